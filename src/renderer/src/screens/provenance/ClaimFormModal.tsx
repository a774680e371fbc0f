import { Grid, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
import type { DocumentView } from '../../../../shared/domain/document';
import {
  CLAIM_STATUSES,
  CLAIMANT_KINDS,
  type ClaimRecord,
} from '../../../../shared/domain/provenance';
import type { IpcError } from '../../../../shared/ipc/define';
import { api } from '../../api';
import { EditConflictAlert } from '../../components/data/EditConflictAlert';
import { FieldErrors } from '../../components/data/FieldErrors';
import { formKeys } from '../../components/data/form-keys';
import { FORM_MODAL_Z_INDEX } from '../../components/data/form-modal';
import { FormFooter } from '../../components/data/FormFooter';
import { useDiscardGuard } from '../../components/data/useDiscardGuard';
import { useFocusFirstError } from '../../components/data/useFocusFirstError';
import { applyFieldErrors, type InputIssue } from '../../lib/form-errors';
import { useIpc } from '../../lib/useIpc';
import { useNotify } from '../../lib/useNotify';
import { DocumentSourcesField } from '../documents/DocumentSourcesField';
import { PartyRefField } from '../seizures/PartyRefField';
import { DatePreview } from './DatePreview';
import { claimFields, claimValues, newClaimValues, type ClaimFormValues } from './event-form';
import { errorsUnder, partyAwareTarget } from './form-support';
import { useProvenanceText } from './useProvenanceText';

/**
 * A claim of ownership (the state of origin, a church, the holder…) with its basis and status,
 * new or edited; version-aware like every record.
 */
export function ClaimFormModal(props: {
  objectId: string;
  caseId: string;
  claim: ClaimRecord | null;
  parties: Readonly<Record<string, string>>;
  documents: readonly DocumentView[] | null;
  /** The chain as it is now, for a reload after an edit conflict. */
  fetchCurrent: () => Promise<{ claim: ClaimRecord; parties: Record<string, string> } | null>;
  onSaved: () => void;
  onClosed: () => void;
}) {
  const { claim } = props;
  const t = useProvenanceText();
  const call = useIpc();
  const notify = useNotify();
  const guard = useDiscardGuard();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [opened, setOpened] = useState(true);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(claim?.version ?? 0);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [unplaced, setUnplaced] = useState<InputIssue[]>([]);
  const form = useForm<ClaimFormValues>({
    mode: 'controlled',
    initialValues: claim ? claimValues(claim, props.parties) : newClaimValues(),
  });
  const v = form.values;

  const close = () => void guard(form.isDirty(), () => setOpened(false));

  const claimError = (error: IpcError) => {
    if (error.code === CaseFileErrorCode.EditConflict) {
      setConflict(true);
      return true;
    }
    const outcome = applyFieldErrors(partyAwareTarget(form, ['claimant']), error);
    setUnplaced(outcome.unplaced);
    if (outcome.claimed) focusFirstError();
    return outcome.claimed;
  };

  const save = async (values: ClaimFormValues) => {
    if (busy) return;
    setBusy(true);
    setUnplaced([]);
    const fields = claimFields(values);
    const saved = claim
      ? await call(api.claim.update({ id: claim.id, version, fields }), claimError)
      : await call(api.claim.add({ objectId: props.objectId, fields }), claimError);
    setBusy(false);
    if (!saved) return;
    notify.success(t(claim ? 'claims.saved' : 'claims.added'));
    setOpened(false);
    props.onSaved();
  };

  const reload = async () => {
    setReloading(true);
    const fresh = await props.fetchCurrent();
    setReloading(false);
    if (!fresh) return;
    const values = claimValues(fresh.claim, fresh.parties);
    form.setInitialValues(values);
    form.setValues(values);
    setVersion(fresh.claim.version);
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
      size="44rem"
      title={claim ? t('claims.editTitle') : t('claims.addTitle')}
      data-testid="claim-modal"
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={form.onSubmit((values) => void save(values))}
        onKeyDown={formKeys({ save: () => formRef.current?.requestSubmit(), cancel: close })}
      >
        <Stack gap="md">
          {conflict ? (
            <EditConflictAlert onReload={() => void reload()} reloading={reloading} />
          ) : null}
          <Grid gap="sm">
            <Grid.Col span={12}>
              <PartyRefField
                form={form}
                path="claimant"
                value={v.claimant}
                label={t('claims.claimant')}
                testId="claim-form-claimant"
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <Select
                label={t('claims.kind')}
                required
                data={CLAIMANT_KINDS.map((k) => ({ value: k, label: t(`claimantKinds.${k}`) }))}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps('claimantKind')}
                data-testid="claim-form-kind"
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <Select
                label={t('claims.status')}
                required
                data={CLAIM_STATUSES.map((s) => ({ value: s, label: t(`claimStatuses.${s}`) }))}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps('status')}
                data-testid="claim-form-status"
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label={t('claims.basis')}
                placeholder={t('claims.basisPlaceholder')}
                required
                autosize
                minRows={2}
                maxRows={6}
                {...form.getInputProps('basis')}
                data-testid="claim-form-basis"
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <TextInput
                label={t('claims.date')}
                placeholder={t('claims.datePlaceholder')}
                {...form.getInputProps('date')}
                data-testid="claim-form-date"
              />
              <DatePreview text={v.date} compact testId="claim-form-date-preview" />
            </Grid.Col>
            <Grid.Col span={12}>
              <DocumentSourcesField
                caseId={props.caseId}
                documents={props.documents}
                label={t('claims.sources')}
                value={v.sources}
                onChange={(sources) => form.setFieldValue('sources', sources)}
                error={form.errors['sources']}
                errors={errorsUnder(form.errors, 'sources')}
                testId="claim-form-sources"
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label={t('claims.notes')}
                autosize
                minRows={2}
                maxRows={6}
                {...form.getInputProps('notes')}
                data-testid="claim-form-notes"
              />
            </Grid.Col>
          </Grid>
          <FieldErrors issues={unplaced} />
          <FormFooter
            onCancel={close}
            busy={busy}
            saveLabel={claim ? t('claims.save') : t('claims.addConfirm')}
            saveTestId="claim-form-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
