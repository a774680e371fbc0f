import { Divider, Grid, MultiSelect, Select, Switch, Textarea, TextInput } from '@mantine/core';
import type { ExpertView } from '../../../../../shared/domain/expert-views';
import { api } from '../../../api';
import { RecordFormModal, useRecordForm } from '../../../components/data/RecordFormModal';
import { useVocabulary } from '../../../hooks/useVocabulary';
import { useIpc } from '../../../lib/useIpc';
import { useExpertCountries } from './countries';
import {
  claimExpertErrors,
  expertFields,
  expertValues,
  newExpertValues,
  type ExpertFormValues,
} from './expert-form';
import { useExpertsText } from './experts-text';
import { useSpokenLanguages } from './languages';

const COMBO = { withinPortal: true } as const;

/**
 * An expert of the directory, new (record null) or corrected: who they are, the fields of
 * expertise (the case file's vocabulary), the languages they work in, accreditation and court
 * registration, contacts and availability. Main checks every field and names the refused ones.
 */
export function ExpertFormModal(props: {
  record: ExpertView | null;
  onSaved: (saved: ExpertView) => void;
  onClosed: () => void;
}) {
  const t = useExpertsText();
  const call = useIpc();
  const state = useRecordForm<ExpertFormValues, ExpertView>({
    record: props.record,
    initialValues: newExpertValues,
    toValues: expertValues,
    submit: (values, version) =>
      version === null
        ? api.expert.add({ fields: expertFields(values) })
        : api.expert.update({
            id: props.record?.id ?? '',
            version,
            fields: expertFields(values),
          }),
    claimErrors: claimExpertErrors,
    fetchCurrent: async (id) => (await call(api.expert.get({ id })))?.expert ?? null,
    savedMessage: t(props.record ? 'form.saved' : 'form.added'),
    onSaved: props.onSaved,
  });
  const { form } = state;
  const v = form.values;
  const vocabulary = useVocabulary('expertise_field', props.record?.fields ?? []);
  const languages = useSpokenLanguages(v.languages);
  const countries = useExpertCountries();
  const input = (path: keyof ExpertFormValues) => ({
    ...form.getInputProps(path),
    'data-testid': `expert-form-${path}`,
  });

  return (
    <RecordFormModal
      state={state}
      title={props.record ? t('form.editTitle', { name: props.record.name }) : t('form.addTitle')}
      saveLabel={props.record ? t('form.save') : t('form.add')}
      testId="expert"
      size="56rem"
      onClosed={props.onClosed}
    >
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput
            label={t('form.name')}
            placeholder={t('form.namePlaceholder')}
            required
            autoFocus
            data-autofocus
            {...input('name')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label={t('form.title')}
            placeholder={t('form.titlePlaceholder')}
            {...input('title')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput label={t('form.institution')} {...input('institution')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Select
            label={t('form.country')}
            data={countries.options}
            searchable
            clearable
            comboboxProps={COMBO}
            {...input('country')}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <MultiSelect
            label={t('form.fields')}
            description={t('form.fieldsHint')}
            required
            data={vocabulary.options.map((o) => ({ value: o.value, label: o.label }))}
            searchable
            clearable
            hidePickedOptions
            comboboxProps={COMBO}
            {...input('fields')}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <MultiSelect
            label={t('form.languages')}
            description={t('form.languagesHint')}
            data={languages.options}
            searchable
            clearable
            hidePickedOptions
            comboboxProps={COMBO}
            {...input('languages')}
          />
        </Grid.Col>
      </Grid>
      <Divider label={t('form.standing')} labelPosition="left" />
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 7 }}>
          <TextInput
            label={t('form.accreditation')}
            placeholder={t('form.accreditationPlaceholder')}
            {...input('accreditation')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <TextInput
            label={t('form.courtRegistration')}
            placeholder={t('form.courtRegistrationPlaceholder')}
            {...input('courtRegistration')}
          />
        </Grid.Col>
      </Grid>
      <Divider label={t('form.contacts')} labelPosition="left" />
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput type="email" label={t('form.email')} {...input('email')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput type="tel" label={t('form.phone')} {...input('phone')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <TextInput label={t('form.address')} {...input('address')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea
            label={t('form.availability')}
            placeholder={t('form.availabilityPlaceholder')}
            autosize
            minRows={2}
            maxRows={8}
            {...input('availability')}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea label={t('form.notes')} autosize minRows={2} maxRows={8} {...input('notes')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Switch
            label={t('form.active')}
            description={t('form.activeHint')}
            {...form.getInputProps('active', { type: 'checkbox' })}
            data-testid="expert-form-active"
          />
        </Grid.Col>
      </Grid>
    </RecordFormModal>
  );
}
