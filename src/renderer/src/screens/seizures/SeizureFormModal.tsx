import { Divider, Modal, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
import { partyDisplayName } from '../../../../shared/domain/party';
import type { PartySummary } from '../../../../shared/domain/party-views';
import type { SeizureRecord } from '../../../../shared/domain/seizure';
import type { IpcError } from '../../../../shared/ipc/define';
import { api } from '../../api';
import { EditConflictAlert } from '../../components/data/EditConflictAlert';
import { FieldErrors } from '../../components/data/FieldErrors';
import { formKeys } from '../../components/data/form-keys';
import { FORM_MODAL_Z_INDEX } from '../../components/data/form-modal';
import { MarkdownField } from '../../components/data/MarkdownField';
import { FormFooter } from '../../components/data/FormFooter';
import { useDiscardGuard } from '../../components/data/useDiscardGuard';
import { useFocusFirstError } from '../../components/data/useFocusFirstError';
import { applyFieldErrors, type InputIssue } from '../../lib/form-errors';
import { useIpc } from '../../lib/useIpc';
import { useNotify } from '../../lib/useNotify';
import {
  newSeizureValues,
  referencedParties,
  seizureFields,
  seizureValues,
  type SeizureFormValues,
} from './seizure-form';
import { SeizureMainFields } from './SeizureMainFields';
import { ShipmentFields } from './ShipmentFields';
import { useSeizuresText } from './useSeizuresText';

/**
 * Record a seizure (record null) or edit one, version-aware. Main checks everything (the date and
 * time, the legal basis against the vocabulary, HS codes, amounts, the parties named) and its
 * answer lands on the fields, down to a route leg or a declared value.
 */
export function SeizureFormModal(props: {
  caseId: string;
  record: SeizureRecord | null;
  /** Names of the parties the record refers to. */
  parties?: ReadonlyMap<string, PartySummary>;
  onSaved: (record: SeizureRecord) => void;
  onClosed: () => void;
}) {
  const { record } = props;
  const t = useSeizuresText();
  const call = useIpc();
  const notify = useNotify();
  const guard = useDiscardGuard();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [opened, setOpened] = useState(true);
  const [version, setVersion] = useState(record?.version ?? 0);
  const [unplaced, setUnplaced] = useState<InputIssue[]>([]);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useForm<SeizureFormValues>({
    mode: 'controlled',
    initialValues: record ? seizureValues(record, props.parties ?? new Map()) : newSeizureValues(),
  });

  const close = () => void guard(form.isDirty(), () => setOpened(false));

  const claim = (error: IpcError): boolean => {
    if (error.code === CaseFileErrorCode.EditConflict) {
      setConflict(true);
      return true;
    }
    if (
      error.code === CaseFileErrorCode.AlreadyExists &&
      error.details?.['field'] === 'reference'
    ) {
      form.setFieldError('reference', t('form.referenceTaken'));
      return true;
    }
    const outcome = applyFieldErrors(form, error);
    setUnplaced(outcome.unplaced);
    if (outcome.claimed) focusFirstError();
    return outcome.claimed;
  };

  const save = async (values: SeizureFormValues) => {
    if (busy) return;
    setBusy(true);
    setUnplaced([]);
    setConflict(false);
    form.clearErrors();
    const fields = seizureFields(values);
    const saved = record
      ? await call(api.seizure.update({ id: record.id, version, fields }), claim)
      : await call(api.seizure.create({ caseId: props.caseId, fields }), claim);
    setBusy(false);
    if (!saved) return;
    notify.success(t(record ? 'form.saved' : 'form.created', { reference: saved.reference }));
    setOpened(false);
    props.onSaved(saved);
  };

  const reload = async () => {
    if (!record) return;
    setReloading(true);
    const view = await call(api.seizure.get({ id: record.id }));
    const names = new Map(props.parties ?? []);
    for (const id of view ? referencedParties(view.record) : []) {
      if (names.has(id)) continue;
      const party = await call(api.party.get({ id }), () => true);
      if (party) {
        const r = party.record;
        names.set(id, { id, kind: r.kind, name: partyDisplayName(r), flags: r.flags });
      }
    }
    setReloading(false);
    if (!view) return;
    const values = seizureValues(view.record, names);
    form.setInitialValues(values);
    form.setValues(values);
    form.clearErrors();
    setVersion(view.record.version);
    setConflict(false);
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      onExitTransitionEnd={props.onClosed}
      closeOnEscape={false}
      closeOnClickOutside={false}
      zIndex={FORM_MODAL_Z_INDEX}
      size="64rem"
      title={record ? t('form.editTitle', { reference: record.reference }) : t('form.createTitle')}
      data-testid="seizure-form-modal"
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={form.onSubmit((values) => void save(values))}
        onKeyDown={formKeys({ save: () => formRef.current?.requestSubmit(), cancel: close })}
        data-testid="seizure-form"
      >
        <Stack gap="md">
          {conflict ? (
            <EditConflictAlert onReload={() => void reload()} reloading={reloading} />
          ) : null}
          <SeizureMainFields form={form} />
          <MarkdownField
            label={t('fields.notes')}
            placeholder={t('form.notesPlaceholder')}
            value={form.values.notes}
            onChange={(v) => form.setFieldValue('notes', v)}
            error={form.errors['notes']}
            minRows={3}
            testId="seizure-form-notes"
          />
          <Divider />
          <Title order={3} size="h5">
            {t('form.shipmentSection')}
          </Title>
          <ShipmentFields form={form} />
          <FieldErrors issues={unplaced} testId="seizure-form-unplaced" />
          <FormFooter
            onCancel={close}
            busy={busy}
            saveLabel={record ? t('form.save') : t('form.create')}
            saveTestId="seizure-form-save"
            cancelTestId="seizure-form-cancel"
          />
        </Stack>
      </form>
    </Modal>
  );
}
