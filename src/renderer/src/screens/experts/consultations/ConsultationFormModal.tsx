import { Grid, MultiSelect, Select, Textarea, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsultationView, ExpertView } from '../../../../../shared/domain/expert-views';
import type { Language } from '../../../../../shared/ipc/schemas';
import { api } from '../../../api';
import { RecordFormModal, useRecordForm } from '../../../components/data/RecordFormModal';
import { useSession } from '../../../hooks/useSession';
import { LANGUAGES } from '../../../i18n';
import { applyFieldErrors } from '../../../lib/form-errors';
import { LANGUAGE_NAMES } from '../../../lib/language-names';
import { useIpc } from '../../../lib/useIpc';
import { useCaseObjects } from '../../objects/useCaseObjects';
import { useSpokenLanguages } from '../directory/languages';
import {
  claimQuestionIssues,
  consultationFields,
  consultationValues,
  isLanguage,
  newConsultationValues,
  proposeSecondLanguage,
  type ConsultationFormValues,
} from './consultation-form';
import { useConsultationsText } from './consultations-text';
import { ExpertSelect } from './ExpertSelect';
import { QuestionsField } from './QuestionsField';

const LANGUAGE_OPTIONS = LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }));

/**
 * A consultation of the case, new or corrected: the expert asked (from the directory), the
 * objects concerned, the questions, the mandate, the deadline, and the letter's language with a
 * second one proposed when the expert does not speak it. The state and its dates are changed by
 * the consultation screen's actions, not here.
 */
export function ConsultationFormModal(props: {
  caseId: string;
  consultation: ConsultationView | null;
  onSaved: (saved: ConsultationView) => void;
  onClosed: () => void;
}) {
  const { consultation, caseId } = props;
  const t = useConsultationsText();
  const { i18n } = useTranslation();
  const call = useIpc();
  const { summary } = useSession();
  const objects = useCaseObjects(caseId);
  const spoken = useSpokenLanguages();
  const [experts, setExperts] = useState<ExpertView[] | null>(null);

  useEffect(() => {
    let live = true;
    void call(api.expert.list({ includeInactive: true })).then((rows) => {
      if (live && rows) setExperts(rows);
    });
    return () => {
      live = false;
    };
  }, [call]);

  const state = useRecordForm<ConsultationFormValues, ConsultationView>({
    record: consultation,
    initialValues: () =>
      newConsultationValues({
        language: isLanguage(i18n.language) ? i18n.language : 'en',
        signatory: summary?.operatorIsPerson ? summary.operatorName : '',
      }),
    toValues: consultationValues,
    submit: (values, version) => {
      const fields = consultationFields(values, consultation);
      return consultation && version !== null
        ? api.consultation.update({ id: consultation.id, version, fields })
        : api.consultation.add({ caseId, fields });
    },
    claimErrors: (form, error) =>
      applyFieldErrors(form, claimQuestionIssues(form.getValues(), error)),
    fetchCurrent: async (id) => (await call(api.consultation.get({ id }))) ?? null,
    savedMessage: consultation ? t('form.saved') : t('form.added'),
    onSaved: props.onSaved,
  });
  const { form } = state;
  const v = form.values;
  const expert = experts?.find((e) => e.id === v.expertId) ?? null;

  const propose = (language: Language, chosen: ExpertView | null) => {
    if (!chosen) return;
    form.setFieldValue(
      'secondLanguage',
      proposeSecondLanguage(language, chosen.languages, i18n.language),
    );
  };

  const objectOptions = useMemo(() => {
    const options = new Map<string, string>();
    for (const o of consultation?.objects ?? []) {
      options.set(o.id, `${o.exhibitNumber} — ${o.title}`);
    }
    for (const o of objects ?? []) options.set(o.id, `${o.exhibitNumber} — ${o.title}`);
    return [...options].map(([value, label]) => ({ value, label }));
  }, [objects, consultation]);

  const speaks = expert
    ? expert.languages.length > 0
      ? t('form.expertSpeaks', {
          name: expert.name,
          languages: expert.languages.map(spoken.nameOf).join(', '),
        })
      : t('form.expertLanguagesUnknown', { name: expert.name })
    : t('form.secondLanguageHint');

  return (
    <RecordFormModal
      state={state}
      title={
        consultation
          ? t('form.editTitle', { reference: consultation.reference || consultation.expertName })
          : t('form.addTitle')
      }
      saveLabel={consultation ? t('form.save') : t('form.addConfirm')}
      testId="consultation"
      size="56rem"
      onClosed={props.onClosed}
    >
      <Grid gap="sm">
        <Grid.Col span={12}>
          <ExpertSelect
            experts={experts}
            value={v.expertId}
            onChange={(chosen) => {
              form.setFieldValue('expertId', chosen?.id ?? null);
              propose(v.language, chosen);
            }}
            error={form.errors['expertId']}
            testId="consultation-form-expert"
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <MultiSelect
            label={t('fields.objects')}
            required
            placeholder={v.objectIds.length === 0 ? t('form.objectsPlaceholder') : undefined}
            data={objectOptions}
            searchable
            clearable
            hidePickedOptions
            nothingFoundMessage={objects === null ? t('form.loading') : t('form.objectsNone')}
            maxDropdownHeight={280}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('objectIds')}
            data-testid="consultation-form-objects"
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <QuestionsField form={form} testId="consultation-form-questions" />
        </Grid.Col>
        <Grid.Col span={12}>
          <TextInput
            label={t('fields.legalBasis')}
            placeholder={t('form.legalBasisPlaceholder')}
            {...form.getInputProps('legalBasis')}
            data-testid="consultation-form-legalBasis"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput
            label={t('fields.orderedBy')}
            placeholder={t('form.orderedByPlaceholder')}
            {...form.getInputProps('orderedBy')}
            data-testid="consultation-form-orderedBy"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label={t('fields.orderReference')}
            {...form.getInputProps('orderReference')}
            data-testid="consultation-form-orderReference"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label={t('fields.reference')}
            description={t('form.referenceHint')}
            {...form.getInputProps('reference')}
            data-testid="consultation-form-reference"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            type="date"
            label={t('fields.deadline')}
            description={t('form.deadlineHint')}
            {...form.getInputProps('deadline')}
            data-testid="consultation-form-deadline"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label={t('fields.signatory')}
            description={t('form.signatoryHint')}
            {...form.getInputProps('signatory')}
            data-testid="consultation-form-signatory"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label={t('fields.language')}
            data={LANGUAGE_OPTIONS}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('language')}
            onChange={(value) => {
              if (!isLanguage(value)) return;
              form.setFieldValue('language', value);
              propose(value, expert);
            }}
            data-testid="consultation-form-language"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label={t('fields.secondLanguage')}
            description={speaks}
            placeholder={t('form.noSecondLanguage')}
            data={LANGUAGE_OPTIONS.filter((o) => o.value !== v.language)}
            clearable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('secondLanguage')}
            onChange={(value) =>
              form.setFieldValue('secondLanguage', isLanguage(value) ? value : null)
            }
            data-testid="consultation-form-secondLanguage"
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea
            label={t('fields.notes')}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('notes')}
            data-testid="consultation-form-notes"
          />
        </Grid.Col>
      </Grid>
    </RecordFormModal>
  );
}
