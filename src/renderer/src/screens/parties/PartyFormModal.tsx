import { Divider, Modal, SegmentedControl, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
import { partyDisplayName, type PartyRecord } from '../../../../shared/domain/party';
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
import { useEnumLabel } from '../../hooks/useVocabulary';
import { applyFieldErrors, type InputIssue } from '../../lib/form-errors';
import { useIpc } from '../../lib/useIpc';
import { useNotify } from '../../lib/useNotify';
import {
  newPartyValues,
  partyFields,
  partyValues,
  type PartyForm,
  type PartyFormValues,
  type PartyKind,
} from './party-form';
import { PartyContactLists } from './PartyContactLists';
import { OrganisationFields, PersonFields } from './PartyIdentityFields';
import { usePartiesText } from './usePartiesText';

/**
 * Create a party (record null) or edit one, version-aware: an edit made elsewhere in the meantime
 * is refused by main (EDIT_CONFLICT) and the form offers to reload. Main's field errors land on
 * their fields, including those of repeated rows (`identityDocuments.1.number`).
 */
export function PartyFormModal(props: {
  record: PartyRecord | null;
  initial?: Partial<PartyFormValues>;
  onSaved: (record: PartyRecord) => void;
  onClosed: () => void;
}) {
  const { record } = props;
  const t = usePartiesText();
  const label = useEnumLabel();
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
  const form: PartyForm = useForm<PartyFormValues>({
    mode: 'controlled',
    initialValues: record ? partyValues(record) : { ...newPartyValues(), ...props.initial },
  });

  const close = () => void guard(form.isDirty(), () => setOpened(false));

  const claim = (error: IpcError): boolean => {
    if (error.code === CaseFileErrorCode.EditConflict) {
      setConflict(true);
      return true;
    }
    const outcome = applyFieldErrors(form, error);
    setUnplaced(outcome.unplaced);
    if (outcome.claimed) focusFirstError();
    return outcome.claimed;
  };

  const save = async (values: PartyFormValues) => {
    if (busy) return;
    setBusy(true);
    setUnplaced([]);
    setConflict(false);
    form.clearErrors();
    const fields = partyFields(values);
    const saved = record
      ? await call(api.party.update({ id: record.id, version, fields }), claim)
      : await call(api.party.create({ fields }), claim);
    setBusy(false);
    if (!saved) return;
    notify.success(t(record ? 'form.saved' : 'form.created', { name: partyDisplayName(saved) }));
    setOpened(false);
    props.onSaved(saved);
  };

  const reload = async () => {
    if (!record) return;
    setReloading(true);
    const view = await call(api.party.get({ id: record.id }));
    setReloading(false);
    if (!view) return;
    const values = partyValues(view.record);
    form.setInitialValues(values);
    form.setValues(values);
    form.clearErrors();
    setVersion(view.record.version);
    setConflict(false);
  };

  const kind = form.values.kind;
  return (
    <Modal
      opened={opened}
      onClose={close}
      onExitTransitionEnd={props.onClosed}
      closeOnEscape={false}
      closeOnClickOutside={false}
      zIndex={FORM_MODAL_Z_INDEX}
      size="62rem"
      title={
        record ? t('form.editTitle', { name: partyDisplayName(record) }) : t('form.createTitle')
      }
      data-testid="party-form-modal"
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={form.onSubmit((values) => void save(values))}
        onKeyDown={formKeys({ save: () => formRef.current?.requestSubmit(), cancel: close })}
        data-testid="party-form"
      >
        <Stack gap="md">
          {conflict ? (
            <EditConflictAlert onReload={() => void reload()} reloading={reloading} />
          ) : null}
          <SegmentedControl
            value={kind}
            onChange={(v) => form.setFieldValue('kind', v as PartyKind)}
            disabled={record !== null}
            data={(['person', 'organisation'] as const).map((k) => ({
              value: k,
              label: label('partyKind', k),
            }))}
            style={{ alignSelf: 'flex-start' }}
            data-testid="party-form-kind"
          />
          {kind === 'person' ? <PersonFields form={form} /> : <OrganisationFields form={form} />}
          <Divider />
          <PartyContactLists form={form} />
          <MarkdownField
            label={t('fields.notes')}
            placeholder={t('form.notesPlaceholder')}
            value={form.values.notes}
            onChange={(v) => form.setFieldValue('notes', v)}
            error={form.errors['notes']}
            minRows={3}
            testId="party-form-notes"
          />
          <FieldErrors issues={unplaced} testId="party-form-unplaced" />
          <FormFooter
            onCancel={close}
            busy={busy}
            saveLabel={record ? t('form.save') : t('form.create')}
            saveTestId="party-form-save"
            cancelTestId="party-form-cancel"
          />
        </Stack>
      </form>
    </Modal>
  );
}
