import { Alert, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SPLIT_MAX } from '../../../../../shared/domain/object-views';
import type { IpcError } from '../../../../../shared/ipc/define';
import { api } from '../../../api';
import { formKeys } from '../../../components/data/form-keys';
import { FORM_MODAL_Z_INDEX } from '../../../components/data/form-modal';
import { FormFooter } from '../../../components/data/FormFooter';
import { useFormat } from '../../../i18n/useFormat';
import { errorText } from '../../../lib/error-text';
import { useIpc } from '../../../lib/useIpc';
import { useNotify } from '../../../lib/useNotify';
import { useObjectsText } from '../useObjectsText';

/**
 * "Describe items from this lot": creates that many item records, numbered after the lot
 * ("M-7/1", "M-7/2"…) and sharing its type, materials, dating and origin, to describe one by one.
 */
export function SplitLotModal(props: {
  lotId: string;
  exhibit: string;
  left: number;
  onDone: () => void;
  onClosed: () => void;
}) {
  const t = useObjectsText();
  const { t: common } = useTranslation();
  const format = useFormat();
  const call = useIpc();
  const notify = useNotify();
  const formRef = useRef<HTMLFormElement>(null);
  const [opened, setOpened] = useState(true);
  const [count, setCount] = useState<number | string>(1);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const max = Math.min(props.left, SPLIT_MAX);

  // Someone else may have described items meanwhile: say how many are left now.
  const claim = (error: IpcError) => {
    const left = error.details?.['left'];
    setRefusal(
      typeof left === 'number'
        ? t('lot.tooMany', { left: format.number(left) })
        : errorText(common, error),
    );
    return true;
  };

  const save = async () => {
    if (busy || count === '') return;
    setBusy(true);
    setRefusal(null);
    const result = await call(
      api.object.splitLot({ lotId: props.lotId, count: Number(count) }),
      claim,
    );
    setBusy(false);
    if (!result) return;
    notify.success(
      t('lot.created', {
        count: result.created.length,
        first: result.created[0]?.exhibitNumber ?? '',
        last: result.created.at(-1)?.exhibitNumber ?? '',
      }),
    );
    setOpened(false);
    props.onDone();
  };

  const close = () => setOpened(false);
  return (
    <Modal
      opened={opened}
      onClose={close}
      onExitTransitionEnd={props.onClosed}
      closeOnEscape={false}
      zIndex={FORM_MODAL_Z_INDEX}
      size="md"
      title={t('lot.splitTitle', { exhibit: props.exhibit })}
      data-testid="lot-split-modal"
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        onKeyDown={formKeys({ save: () => formRef.current?.requestSubmit(), cancel: close })}
      >
        <Stack gap="md">
          <Text size="sm">{t('lot.splitIntro', { exhibit: props.exhibit })}</Text>
          <NumberInput
            label={t('lot.splitCount')}
            description={t('lot.splitLeft', { left: format.number(props.left) })}
            min={1}
            max={max}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="strict"
            value={count}
            onChange={setCount}
            data-autofocus
            w={200}
            data-testid="lot-split-count"
          />
          {refusal ? (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertCircle size={18} />}
              data-testid="lot-split-error"
            >
              {refusal}
            </Alert>
          ) : null}
          <FormFooter
            onCancel={close}
            busy={busy}
            saveLabel={t('lot.splitConfirm', { count: Number(count) || 0 })}
            saveTestId="lot-split-save"
            saveDisabled={count === ''}
          />
        </Stack>
      </form>
    </Modal>
  );
}
