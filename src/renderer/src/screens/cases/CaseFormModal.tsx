import { Grid, Modal, MultiSelect, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import type { CaseRecord } from '../../../../shared/domain/case';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
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
import { useVocabulary } from '../../hooks/useVocabulary';
import { applyFieldErrors, type InputIssue } from '../../lib/form-errors';
import { useIpc } from '../../lib/useIpc';
import { useNotify } from '../../lib/useNotify';
import { caseFields, caseValues, newCaseValues, type CaseFormValues } from './case-form';
import { HandlingCodeField } from './HandlingCodeField';
import { useCasesText } from './useCasesText';

/**
 * Create a case (record null) or edit one. Mounted for one opening: it closes itself (after a
 * save, or a confirmed cancel) and tells the parent through onClosed once the dialog is gone.
 * Main checks everything (reference format, vocabularies); its answer lands on the fields.
 */
export function CaseFormModal(props: {
  record: CaseRecord | null;
  onSaved: (record: CaseRecord) => void;
  onClosed: () => void;
}) {
  const { record } = props;
  const t = useCasesText();
  const call = useIpc();
  const notify = useNotify();
  const guard = useDiscardGuard();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [opened, setOpened] = useState(true);
  const [version, setVersion] = useState(record?.version ?? 0);
  const [pattern, setPattern] = useState('');
  const [unplaced, setUnplaced] = useState<InputIssue[]>([]);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useForm<CaseFormValues>({
    mode: 'controlled',
    initialValues: record ? caseValues(record) : newCaseValues(''),
  });
  const offences = useVocabulary('offence_type', form.values.offences);
  const classifications = useVocabulary('classification', [form.values.classification]);

  useEffect(() => {
    void call(api.case.suggestReference({})).then((suggestion) => {
      if (!suggestion) return;
      setPattern(suggestion.pattern);
      if (!record && suggestion.reference && form.getValues().reference === '') {
        const next = { ...form.getValues(), reference: suggestion.reference };
        form.setInitialValues(next);
        form.setValues(next);
      }
    });
    // Once per opening: the suggestion must not overwrite what the person typed since.
  }, []);

  const close = () => void guard(form.isDirty(), () => setOpened(false));

  const claim = (error: IpcError): boolean => {
    if (error.code === CaseFileErrorCode.EditConflict) {
      setConflict(true);
      return true;
    }
    const outcome = applyFieldErrors(form, error, {
      unique: {
        'case_record.reference': { field: 'reference', message: t('form.referenceTaken') },
      },
    });
    setUnplaced(outcome.unplaced);
    if (outcome.claimed) focusFirstError();
    return outcome.claimed;
  };

  const save = async (values: CaseFormValues) => {
    if (busy) return;
    setBusy(true);
    setUnplaced([]);
    setConflict(false);
    const fields = caseFields(values);
    const saved = record
      ? await call(api.case.update({ id: record.id, version, fields }), claim)
      : await call(api.case.create({ fields }), claim);
    setBusy(false);
    if (!saved) return;
    notify.success(t(record ? 'form.saved' : 'form.created', { reference: saved.reference }));
    setOpened(false);
    props.onSaved(saved);
  };

  const reload = async () => {
    if (!record) return;
    setReloading(true);
    const view = await call(api.case.get({ id: record.id }));
    setReloading(false);
    if (!view) return;
    const values = caseValues(view.record);
    form.setInitialValues(values);
    form.setValues(values);
    form.clearErrors();
    setVersion(view.record.version);
    setConflict(false);
  };

  const input = (field: keyof CaseFormValues) => ({
    ...form.getInputProps(field),
    'data-testid': `case-form-${field}`,
  });

  return (
    <Modal
      opened={opened}
      onClose={close}
      onExitTransitionEnd={props.onClosed}
      closeOnEscape={false}
      zIndex={FORM_MODAL_Z_INDEX}
      closeOnClickOutside={false}
      size="60rem"
      title={record ? t('form.editTitle', { reference: record.reference }) : t('form.createTitle')}
      data-testid="case-form-modal"
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={form.onSubmit((values) => void save(values))}
        onKeyDown={formKeys({ save: () => formRef.current?.requestSubmit(), cancel: close })}
        data-testid="case-form"
      >
        <Stack gap="md">
          {conflict ? (
            <EditConflictAlert onReload={() => void reload()} reloading={reloading} />
          ) : null}
          <Grid gap="md">
            <Grid.Col span={4}>
              <TextInput
                label={t('fields.reference')}
                description={
                  pattern ? t('form.referencePattern', { pattern }) : t('form.referenceFree')
                }
                required
                autoComplete="off"
                spellCheck={false}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                {...input('reference')}
              />
            </Grid.Col>
            <Grid.Col span={8}>
              <TextInput
                label={t('fields.title')}
                description={t('form.titleHint')}
                required
                autoComplete="off"
                data-autofocus
                {...input('title')}
              />
            </Grid.Col>
            <Grid.Col span={8}>
              <MultiSelect
                label={t('fields.offences')}
                placeholder={
                  form.values.offences.length === 0 ? t('form.offencesPlaceholder') : undefined
                }
                data={offences.options}
                searchable
                clearable
                hidePickedOptions
                maxDropdownHeight={280}
                {...input('offences')}
              />
            </Grid.Col>
            <Grid.Col span={4}>
              <TextInput type="date" label={t('fields.openedOn')} required {...input('openedOn')} />
            </Grid.Col>
            <Grid.Col span={4}>
              <TextInput
                label={t('fields.jurisdiction')}
                placeholder={t('form.jurisdictionPlaceholder')}
                {...input('jurisdiction')}
              />
            </Grid.Col>
            <Grid.Col span={4}>
              <TextInput label={t('fields.unit')} {...input('unit')} />
            </Grid.Col>
            <Grid.Col span={4}>
              <TextInput label={t('fields.leadInvestigator')} {...input('leadInvestigator')} />
            </Grid.Col>
            <Grid.Col span={4}>
              <TextInput label={t('fields.prosecutor')} {...input('prosecutor')} />
            </Grid.Col>
            <Grid.Col span={4}>
              <TextInput
                label={t('fields.prosecutionReference')}
                {...input('prosecutionReference')}
              />
            </Grid.Col>
            <Grid.Col span={4}>
              <Select
                label={t('fields.classification')}
                data={classifications.options}
                {...input('classification')}
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <HandlingCodeField
                value={form.values.handlingCode}
                onChange={(code) => form.setFieldValue('handlingCode', code)}
                error={form.errors['handlingCode']}
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <TagsInput
                label={t('fields.tags')}
                description={t('form.tagsHint')}
                placeholder={form.values.tags.length === 0 ? t('form.tagsPlaceholder') : undefined}
                clearable
                {...input('tags')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <MarkdownField
                label={t('fields.summary')}
                placeholder={t('form.summaryPlaceholder')}
                value={form.values.summary}
                onChange={(v) => form.setFieldValue('summary', v)}
                error={form.errors['summary']}
                minRows={4}
                testId="case-form-summary"
              />
            </Grid.Col>
          </Grid>
          <FieldErrors issues={unplaced} testId="case-form-unplaced" />
          <FormFooter
            onCancel={close}
            busy={busy}
            saveLabel={record ? t('form.save') : t('form.create')}
            saveTestId="case-form-save"
            cancelTestId="case-form-cancel"
          />
        </Stack>
      </form>
    </Modal>
  );
}
