import { Grid, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { CaseFileErrorCode } from '../../../../../shared/case-file/errors';
import { RELATIONSHIP_TYPES } from '../../../../../shared/domain/finance';
import type { AccountView, RelationshipView } from '../../../../../shared/domain/finance-views';
import type { IpcError } from '../../../../../shared/ipc/define';
import { api } from '../../../api';
import { EditConflictAlert } from '../../../components/data/EditConflictAlert';
import { FieldErrors } from '../../../components/data/FieldErrors';
import { formKeys } from '../../../components/data/form-keys';
import { FORM_MODAL_Z_INDEX } from '../../../components/data/form-modal';
import { FormFooter } from '../../../components/data/FormFooter';
import { useDiscardGuard } from '../../../components/data/useDiscardGuard';
import { useFocusFirstError } from '../../../components/data/useFocusFirstError';
import type { InputIssue } from '../../../lib/form-errors';
import { useIpc } from '../../../lib/useIpc';
import { useNotify } from '../../../lib/useNotify';
import { DocumentSourcesField } from '../../documents/DocumentSourcesField';
import { errorsUnder } from '../../provenance/form-support';
import { PartyRefField } from '../../seizures/PartyRefField';
import { claimFieldErrors } from '../form-values';
import { GradingField } from '../GradingField';
import { useMoneyText } from '../money-text';
import { accountOptions } from '../useCaseAccounts';
import {
  newRelationshipValues,
  relationshipFields,
  relationshipValues,
  type RelationshipFormValues,
} from './relationship-form';

const PARTY_PATHS = ['subject', 'object'];

/**
 * A link between two parties (owns, directs, represents, employs, is family or associate of,
 * controls) or a signatory's power over an account; an ended link keeps its end date and stays on
 * record. The sentence under the type says which way the link reads.
 */
export function RelationshipFormModal(props: {
  caseId: string;
  relationship: RelationshipView | null;
  accounts: readonly AccountView[] | null;
  /** When the case's list has it, for a reload after an edit conflict. */
  fetchCurrent: (id: string) => Promise<RelationshipView | null>;
  onSaved: () => void;
  onClosed: () => void;
}) {
  const { relationship } = props;
  const t = useMoneyText();
  const call = useIpc();
  const notify = useNotify();
  const guard = useDiscardGuard();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [opened, setOpened] = useState(true);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(relationship?.version ?? 0);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [unplaced, setUnplaced] = useState<InputIssue[]>([]);
  const form = useForm<RelationshipFormValues>({
    mode: 'controlled',
    initialValues: relationship ? relationshipValues(relationship) : newRelationshipValues(),
  });
  const v = form.values;
  const signatory = v.type === 'signatory';

  const close = () => void guard(form.isDirty(), () => setOpened(false));

  const claim = (error: IpcError) => {
    if (error.code === CaseFileErrorCode.EditConflict) {
      setConflict(true);
      return true;
    }
    const outcome = claimFieldErrors(form, error, PARTY_PATHS);
    setUnplaced(outcome.unplaced);
    if (outcome.claimed) focusFirstError();
    return outcome.claimed;
  };

  const save = async (values: RelationshipFormValues) => {
    if (busy) return;
    setBusy(true);
    setUnplaced([]);
    const fields = relationshipFields(values);
    const saved = relationship
      ? await call(api.relationship.update({ id: relationship.id, version, fields }), claim)
      : await call(api.relationship.add({ caseId: props.caseId, fields }), claim);
    setBusy(false);
    if (!saved) return;
    notify.success(t(relationship ? 'relationships.saved' : 'relationships.added'));
    setOpened(false);
    props.onSaved();
  };

  const reload = async () => {
    if (!relationship) return;
    setReloading(true);
    const fresh = await props.fetchCurrent(relationship.id);
    setReloading(false);
    if (!fresh) return;
    const values = relationshipValues(fresh);
    form.setInitialValues(values);
    form.setValues(values);
    setVersion(fresh.version);
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
      size="50rem"
      title={relationship ? t('relationships.editTitle') : t('relationships.addTitle')}
      data-testid="relationship-modal"
    >
      <form
        ref={formRef}
        noValidate
        data-testid="relationship-form"
        onSubmit={form.onSubmit((values) => void save(values))}
        onKeyDown={formKeys({ save: () => formRef.current?.requestSubmit(), cancel: close })}
      >
        <Stack gap="md">
          {conflict ? (
            <EditConflictAlert onReload={() => void reload()} reloading={reloading} />
          ) : null}
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <Select
                label={t('relationships.fields.type')}
                required
                data={RELATIONSHIP_TYPES.map((r) => ({
                  value: r,
                  label: t(`relationshipTypes.${r}`),
                }))}
                comboboxProps={{ withinPortal: true }}
                data-autofocus
                {...form.getInputProps('type')}
                data-testid="relationship-form-type"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 7 }}>
              <TextInput
                label={t('relationships.fields.role')}
                placeholder={t('relationships.rolePlaceholder')}
                {...form.getInputProps('role')}
                data-testid="relationship-form-role"
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <PartyRefField
                form={form}
                path="subject"
                value={v.subject}
                label={t(`relationships.subject.${v.type ?? 'none'}`)}
                testId="relationship-form-subject"
              />
            </Grid.Col>
            <Grid.Col span={12}>
              {signatory ? (
                <Select
                  label={t('relationships.fields.account')}
                  required
                  data={accountOptions(props.accounts)}
                  searchable
                  comboboxProps={{ withinPortal: true }}
                  {...form.getInputProps('accountId')}
                  data-testid="relationship-form-account"
                />
              ) : (
                <PartyRefField
                  form={form}
                  path="object"
                  value={v.object}
                  label={t(`relationships.object.${v.type ?? 'none'}`)}
                  testId="relationship-form-object"
                />
              )}
            </Grid.Col>
            {v.type === 'ownership' ? (
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <TextInput
                  label={t('relationships.fields.percentage')}
                  inputMode="decimal"
                  rightSection="%"
                  {...form.getInputProps('percentage')}
                  data-testid="relationship-form-percentage"
                />
              </Grid.Col>
            ) : null}
            <Grid.Col span={{ base: 6, sm: 4 }}>
              <TextInput
                label={t('relationships.fields.startDate')}
                placeholder={t('common.partialDatePlaceholder')}
                {...form.getInputProps('startDate')}
                data-testid="relationship-form-startDate"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 4 }}>
              <TextInput
                label={t('relationships.fields.endDate')}
                placeholder={t('common.partialDatePlaceholder')}
                {...form.getInputProps('endDate')}
                data-testid="relationship-form-endDate"
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <DocumentSourcesField
                caseId={props.caseId}
                label={t('common.sources')}
                value={v.sources}
                onChange={(sources) => form.setFieldValue('sources', sources)}
                error={form.errors['sources']}
                errors={errorsUnder(form.errors, 'sources')}
                testId="relationship-form-sources"
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <GradingField
                value={v.grading}
                onChange={(grading) => form.setFieldValue('grading', grading)}
                errors={form.errors}
                testId="relationship-form-grading"
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label={t('common.notes')}
                autosize
                minRows={2}
                maxRows={6}
                {...form.getInputProps('notes')}
                data-testid="relationship-form-notes"
              />
            </Grid.Col>
          </Grid>
          <FieldErrors issues={unplaced} />
          <FormFooter
            onCancel={close}
            busy={busy}
            saveLabel={relationship ? t('common.save') : t('relationships.addConfirm')}
            saveTestId="relationship-form-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
