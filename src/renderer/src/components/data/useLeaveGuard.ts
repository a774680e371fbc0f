import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { useConfirm } from '../../hooks/useConfirm';
import { useDataText } from './data-text';

/**
 * Leaving a screen with unsaved changes (a link, the sidebar, Back) asks first, with the same
 * question as closing a form dialog: "Discard your changes?". An untouched screen just goes.
 */
export function useLeaveGuard(dirty: boolean): void {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  const confirm = useConfirm();
  const t = useDataText();
  const latest = useRef(blocker);
  latest.current = blocker;
  const asking = useRef(false);

  useEffect(() => {
    if (blocker.state !== 'blocked' || asking.current) return;
    asking.current = true;
    void confirm({
      title: t('discard.title'),
      message: t('discard.message'),
      confirmLabel: t('discard.confirm'),
      danger: true,
    }).then((leave) => {
      asking.current = false;
      const now = latest.current;
      if (now.state !== 'blocked') return;
      if (leave) now.proceed();
      else now.reset();
    });
  }, [blocker.state, confirm, t]);
}
