import { Checkbox, Grid, Select, TagsInput, TextInput } from '@mantine/core';
import { useVocabulary } from '../../hooks/useVocabulary';
import { useCountries } from '../parties/countries';
import { PartyRefField } from './PartyRefField';
import { inputOf, type SeizureForm } from './seizure-form';
import { useSeizuresText } from './useSeizuresText';

/** When, where, on what basis, by whom, from whom: the seizure record itself. */
export function SeizureMainFields({ form }: { form: SeizureForm }) {
  const t = useSeizuresText();
  const countries = useCountries();
  const legalBases = useVocabulary('legal_basis', [form.values.legalBasis]);
  const v = form.values;
  const tags = (path: 'officers' | 'witnesses' | 'sealNumbers', label: string, hint?: string) => (
    <TagsInput
      label={label}
      description={hint}
      placeholder={v[path].length === 0 ? t('form.typeAndEnter') : undefined}
      clearable
      acceptValueOnBlur
      {...inputOf(form, path)}
    />
  );

  return (
    <Grid gap="md">
      <Grid.Col span={4}>
        <TextInput
          label={t('fields.reference')}
          description={t('form.referenceHint')}
          required
          autoComplete="off"
          data-autofocus
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          {...inputOf(form, 'reference')}
        />
      </Grid.Col>
      <Grid.Col span={4}>
        <TextInput
          type="datetime-local"
          label={t('fields.seizedAt')}
          description={t('form.seizedAtHint')}
          required
          {...inputOf(form, 'seizedAt')}
        />
      </Grid.Col>
      <Grid.Col span={4}>
        <TextInput
          label={t('fields.authority')}
          description={t('form.authorityHint')}
          {...inputOf(form, 'authority')}
        />
      </Grid.Col>
      <Grid.Col span={6}>
        <TextInput label={t('fields.placeAddress')} {...inputOf(form, 'place.address')} />
      </Grid.Col>
      <Grid.Col span={2}>
        <Select
          label={t('fields.country')}
          data={countries.options}
          searchable
          clearable
          allowDeselect
          comboboxProps={{ withinPortal: true }}
          {...inputOf(form, 'place.country')}
        />
      </Grid.Col>
      <Grid.Col span={2}>
        <TextInput label={t('fields.lat')} inputMode="decimal" {...inputOf(form, 'place.lat')} />
      </Grid.Col>
      <Grid.Col span={2}>
        <TextInput label={t('fields.lon')} inputMode="decimal" {...inputOf(form, 'place.lon')} />
      </Grid.Col>
      <Grid.Col span={4}>
        <Select
          label={t('fields.legalBasis')}
          placeholder={t('form.legalBasisPlaceholder')}
          data={legalBases.options}
          required
          comboboxProps={{ withinPortal: true }}
          {...inputOf(form, 'legalBasis')}
        />
      </Grid.Col>
      <Grid.Col span={8}>
        <TextInput
          label={t('fields.legalBasisReference')}
          placeholder={t('form.legalBasisReferencePlaceholder')}
          {...inputOf(form, 'legalBasisReference')}
        />
      </Grid.Col>
      <Grid.Col span={6}>{tags('officers', t('fields.officers'))}</Grid.Col>
      <Grid.Col span={6}>{tags('witnesses', t('fields.witnesses'))}</Grid.Col>
      <Grid.Col span={12}>
        <PartyRefField form={form} path="holder" value={v.holder} label={t('fields.holder')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <Checkbox
          label={t('fields.holderPresent')}
          {...form.getInputProps('holderPresent', { type: 'checkbox' })}
          data-testid="seizure-form-holderPresent"
        />
      </Grid.Col>
      <Grid.Col span={6}>
        {tags('sealNumbers', t('fields.sealNumbers'), t('form.sealNumbersHint'))}
      </Grid.Col>
      <Grid.Col span={3}>
        <Checkbox
          mt={30}
          label={t('fields.receiptIssued')}
          {...form.getInputProps('receiptIssued', { type: 'checkbox' })}
          data-testid="seizure-form-receiptIssued"
        />
      </Grid.Col>
      <Grid.Col span={3}>
        <TextInput
          label={t('fields.receiptNumber')}
          disabled={!v.receiptIssued}
          {...inputOf(form, 'receiptNumber')}
        />
      </Grid.Col>
    </Grid>
  );
}
