import { Alert, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseFileErrorCode } from '../../../../../shared/case-file/errors';
import type { ObjectRecord } from '../../../../../shared/domain/object';
import type { ObjectView } from '../../../../../shared/domain/object-views';
import type { IpcError } from '../../../../../shared/ipc/define';
import { api } from '../../../api';
import { localIsoDate } from '../../../components/data/dates';
import { EditConflictAlert } from '../../../components/data/EditConflictAlert';
import { FieldErrors } from '../../../components/data/FieldErrors';
import { formKeys } from '../../../components/data/form-keys';
import { FORM_MODAL_Z_INDEX } from '../../../components/data/form-modal';
import { FormFooter } from '../../../components/data/FormFooter';
import { useDiscardGuard } from '../../../components/data/useDiscardGuard';
import { useEnumLabel } from '../../../hooks/useVocabulary';
import { errorText } from '../../../lib/error-text';
import { applyFieldErrors, type InputIssue } from '../../../lib/form-errors';
import { useIpc } from '../../../lib/useIpc';
import { useNotify } from '../../../lib/useNotify';
import { isLegalStatus, LegalStatusBadge } from '../object-marks';
import { useObjectsText } from '../useObjectsText';

interface Values {
  to: string | null;
  on: string;
  reference: string;
  note: string;
}

/**
 * Moves the object to another legal status, offering only the moves main allows from here
 * (LEGAL_STATUS_TRANSITIONS); should main refuse all the same, its reason is shown in place.
 */
export function LegalStatusModal(props: {
  view: ObjectView;
  onMoved: (record: ObjectRecord) => void;
  onReload: () => Promise<void>;
  onClosed: () => void;
}) {
  const { view } = props;
  const { record } = view;
  const t = useObjectsText();
  const { t: common } = useTranslation();
  const label = useEnumLabel();
  const call = useIpc();
  const notify = useNotify();
  const guard = useDiscardGuard();
  const formRef = useRef<HTMLFormElement>(null);
  const [opened, setOpened] = useState(true);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [unplaced, setUnplaced] = useState<InputIssue[]>([]);
  const lastOn = view.legalStatusHistory.at(-1)?.on ?? '';
  const today = localIsoDate();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      to: view.allowedLegalStatuses.length === 1 ? (view.allowedLegalStatuses[0] ?? null) : null,
      on: today < lastOn ? lastOn : today,
      reference: '',
      note: '',
    },
    validate: { to: (v) => (v === null ? t('form.required') : null) },
  });

  const close = () => void guard(form.isDirty(), () => setOpened(false));

  const claim = (error: IpcError) => {
    if (error.code === CaseFileErrorCode.EditConflict) {
      setConflict(true);
      return true;
    }
    if (error.code === CaseFileErrorCode.NotAllowed) {
      const from = error.details?.['from'];
      const to = error.details?.['to'];
      setRefusal(
        typeof from === 'string' && typeof to === 'string'
          ? t('legal.refused', { from: label('legalStatus', from), to: label('legalStatus', to) })
          : errorText(common, error),
      );
      return true;
    }
    const outcome = applyFieldErrors(form, error);
    setUnplaced(outcome.unplaced);
    return outcome.claimed;
  };

  const save = async (values: Values) => {
    if (busy || !isLegalStatus(values.to)) return;
    setBusy(true);
    setRefusal(null);
    setUnplaced([]);
    const moved = await call(
      api.object.changeLegalStatus({
        objectId: record.id,
        version: record.version,
        to: values.to,
        on: values.on,
        reference: values.reference,
        note: values.note,
      }),
      claim,
    );
    setBusy(false);
    if (!moved) return;
    notify.success(t('legal.moved', { status: label('legalStatus', moved.legalStatus) }));
    setOpened(false);
    props.onMoved(moved);
  };

  const to = form.values.to;
  return (
    <Modal
      opened={opened}
      onClose={close}
      onExitTransitionEnd={props.onClosed}
      closeOnEscape={false}
      closeOnClickOutside={false}
      zIndex={FORM_MODAL_Z_INDEX}
      size="lg"
      title={t('legal.modalTitle', { exhibit: record.exhibitNumber })}
      data-testid="legal-modal"
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
          <Group gap="xs" data-testid="legal-modal-move">
            <LegalStatusBadge status={record.legalStatus} />
            <Text size="sm" c="dimmed" aria-hidden>
              →
            </Text>
            {isLegalStatus(to) ? (
              <LegalStatusBadge status={to} />
            ) : (
              <Text size="sm" c="dimmed">
                {t('legal.pick')}
              </Text>
            )}
          </Group>
          <Select
            label={t('legal.to')}
            description={t('legal.toHint')}
            required
            data={view.allowedLegalStatuses.map((s) => ({
              value: s,
              label: label('legalStatus', s),
            }))}
            data-autofocus
            {...form.getInputProps('to')}
            data-testid="legal-modal-to"
          />
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label={t('legal.on')}
              required
              min={lastOn || undefined}
              {...form.getInputProps('on')}
              data-testid="legal-modal-on"
            />
            <TextInput
              label={t('legal.reference')}
              placeholder={t('legal.referencePlaceholder')}
              {...form.getInputProps('reference')}
              data-testid="legal-modal-reference"
            />
          </Group>
          <Textarea
            label={t('legal.note')}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('note')}
            data-testid="legal-modal-note"
          />
          {refusal ? (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertCircle size={18} />}
              title={t('legal.refusedTitle')}
              data-testid="legal-modal-refused"
            >
              {refusal}
            </Alert>
          ) : null}
          <FieldErrors issues={unplaced} />
          <FormFooter
            onCancel={close}
            busy={busy}
            saveLabel={t('legal.confirm')}
            saveTestId="legal-modal-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
