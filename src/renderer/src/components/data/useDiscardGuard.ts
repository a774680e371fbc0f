import { useCallback } from 'react';
import { useConfirm } from '../../hooks/useConfirm';
import { useDataText } from './data-text';

/** Closing a form with unsaved changes asks first; an untouched form just closes. */
export function useDiscardGuard(): (dirty: boolean, close: () => void) => Promise<void> {
  const confirm = useConfirm();
  const t = useDataText();
  return useCallback(
    async (dirty: boolean, close: () => void) => {
      if (
        !dirty ||
        (await confirm({
          title: t('discard.title'),
          message: t('discard.message'),
          confirmLabel: t('discard.confirm'),
          danger: true,
        }))
      ) {
        close();
      }
    },
    [confirm, t],
  );
}
