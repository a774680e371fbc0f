import { Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import type { CaseRecord, CaseStatus } from '../../../../shared/domain/case';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
import type { IpcError } from '../../../../shared/ipc/define';
import { api } from '../../api';
import { localIsoDate } from '../../components/data/dates';
import { EditConflictAlert } from '../../components/data/EditConflictAlert';
import { FieldErrors } from '../../components/data/FieldErrors';
import { formKeys } from '../../components/data/form-keys';
import { FORM_MODAL_Z_INDEX } from '../../components/data/form-modal';
import { FormFooter } from '../../components/data/FormFooter';
import { useDiscardGuard } from '../../components/data/useDiscardGuard';
import { useFocusFirstError } from '../../components/data/useFocusFirstError';
import { useEnumLabel } from '../../hooks/useVocabulary';
import { applyFieldErrors, type InputIssue } from '../../lib/form-errors';
import { useIpc } from '../../lib/useIpc';
import { useNotify } from '../../lib/useNotify';
import { CaseStatusBadge } from './case-marks';
import { useCasesText } from './useCasesText';

/** One move along the workflow: when it happened (today unless told otherwise) and why. */
export function StatusChangeModal(props: {
  record: CaseRecord;
  to: CaseStatus;
  onMoved: (record: CaseRecord) => void;
  onReload: () => Promise<void>;
  onClosed: () => void;
}) {
  const { record, to } = props;
  const t = useCasesText();
  const label = useEnumLabel();
  const call = useIpc();
  const notify = useNotify();
  const guard = useDiscardGuard();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [opened, setOpened] = useState(true);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [unplaced, setUnplaced] = useState<InputIssue[]>([]);
  const today = localIsoDate();
  const form = useForm({
    mode: 'controlled',
    initialValues: { on: today < record.openedOn ? record.openedOn : today, note: '' },
  });
  const status = label('caseStatus', to);

  const close = () => void guard(form.isDirty(), () => setOpened(false));

  const claim = (error: IpcError) => {
    if (error.code === CaseFileErrorCode.EditConflict) {
      setConflict(true);
      return true;
    }
    const outcome = applyFieldErrors(form, error);
    setUnplaced(outcome.unplaced);
    if (outcome.claimed) focusFirstError();
    return outcome.claimed;
  };

  const save = async (values: { on: string; note: string }) => {
    if (busy) return;
    setBusy(true);
    setUnplaced([]);
    const moved = await call(
      api.case.changeStatus({
        id: record.id,
        version: record.version,
        to,
        on: values.on,
        note: values.note,
      }),
      claim,
    );
    setBusy(false);
    if (!moved) return;
    notify.success(t('workflow.moved', { status }));
    setOpened(false);
    props.onMoved(moved);
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      onExitTransitionEnd={props.onClosed}
      closeOnEscape={false}
      zIndex={FORM_MODAL_Z_INDEX}
      closeOnClickOutside={false}
      size={520}
      title={t('workflow.modalTitle', { status })}
      data-testid="status-modal"
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={form.onSubmit((values) => void save(values))}
        onKeyDown={formKeys({ save: () => formRef.current?.requestSubmit(), cancel: close })}
      >
        <Stack gap="md">
          {conflict ? (
            <EditConflictAlert
              reloading={reloading}
              onReload={() => {
                setReloading(true);
                void props.onReload().then(() => setOpened(false));
              }}
            />
          ) : null}
          <Group gap="xs" data-testid="status-modal-move">
            <CaseStatusBadge status={record.status} />
            <Text size="sm" c="dimmed" aria-hidden>
              →
            </Text>
            <CaseStatusBadge status={to} />
          </Group>
          <TextInput
            type="date"
            label={t('workflow.on')}
            description={t('workflow.onHint')}
            required
            min={record.openedOn}
            data-autofocus
            {...form.getInputProps('on')}
            data-testid="status-modal-on"
          />
          <Textarea
            label={t('workflow.note')}
            placeholder={t('workflow.notePlaceholder')}
            autosize
            minRows={3}
            maxRows={8}
            {...form.getInputProps('note')}
            data-testid="status-modal-note"
          />
          <FieldErrors issues={unplaced} />
          <FormFooter
            onCancel={close}
            busy={busy}
            saveLabel={t('workflow.confirm', { status })}
            saveTestId="status-modal-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
