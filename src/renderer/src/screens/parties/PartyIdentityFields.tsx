import { Checkbox, Grid, Group, MultiSelect, Select, TagsInput, TextInput } from '@mantine/core';
import { useEnumLabel, useVocabulary } from '../../hooks/useVocabulary';
import { useCountries } from './countries';
import { inputOf, newDocument, type PartyFlag, type PartyForm, type Sex } from './party-form';
import { RepeatableRows } from './RepeatableRows';
import { usePartiesText } from './usePartiesText';

const SEXES: readonly Sex[] = ['unknown', 'female', 'male'];
const FLAGS: readonly PartyFlag[] = ['pep', 'sanctioned'];

function AliasesAndFlags({ form }: { form: PartyForm }) {
  const t = usePartiesText();
  const label = useEnumLabel();
  return (
    <>
      <Grid.Col span={8}>
        <TagsInput
          label={t('fields.aliases')}
          description={t('form.aliasesHint')}
          placeholder={form.values.aliases.length === 0 ? t('form.typeAndEnter') : undefined}
          clearable
          {...inputOf(form, 'aliases')}
        />
      </Grid.Col>
      <Grid.Col span={4}>
        <Checkbox.Group
          label={t('fields.flags')}
          value={form.values.flags}
          onChange={(v) =>
            form.setFieldValue(
              'flags',
              FLAGS.filter((f) => v.includes(f)),
            )
          }
          error={form.errors['flags']}
        >
          <Group gap="md" mt={8}>
            {FLAGS.map((f) => (
              <Checkbox
                key={f}
                value={f}
                label={label('partyFlag', f)}
                data-testid={`party-form-flag-${f}`}
              />
            ))}
          </Group>
        </Checkbox.Group>
      </Grid.Col>
    </>
  );
}

/** Names, birth, nationalities and identity documents of a person. */
export function PersonFields({ form }: { form: PartyForm }) {
  const t = usePartiesText();
  const label = useEnumLabel();
  const countries = useCountries();
  const documentTypes = useVocabulary(
    'identity_document',
    form.values.identityDocuments.map((d) => d.type),
  );

  return (
    <>
      <Grid gap="md">
        <Grid.Col span={4}>
          <TextInput
            label={t('fields.familyName')}
            autoComplete="off"
            data-autofocus
            {...inputOf(form, 'familyName')}
          />
        </Grid.Col>
        <Grid.Col span={4}>
          <TextInput
            label={t('fields.givenNames')}
            autoComplete="off"
            {...inputOf(form, 'givenNames')}
          />
        </Grid.Col>
        <Grid.Col span={4}>
          <TextInput
            label={t('fields.patronymic')}
            description={t('form.patronymicHint')}
            autoComplete="off"
            {...inputOf(form, 'patronymic')}
          />
        </Grid.Col>
        <Grid.Col span={3}>
          <Select
            label={t('fields.sex')}
            data={SEXES.map((s) => ({ value: s, label: label('sex', s) }))}
            comboboxProps={{ withinPortal: true }}
            {...inputOf(form, 'sex')}
          />
        </Grid.Col>
        <Grid.Col span={3}>
          <TextInput
            label={t('fields.dateOfBirth')}
            placeholder={t('form.partialDatePlaceholder')}
            autoComplete="off"
            {...inputOf(form, 'dateOfBirth')}
          />
        </Grid.Col>
        <Grid.Col span={6}>
          <TextInput label={t('fields.placeOfBirth')} {...inputOf(form, 'placeOfBirth')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <MultiSelect
            label={t('fields.nationalities')}
            data={countries.options}
            searchable
            clearable
            hidePickedOptions
            maxValues={5}
            comboboxProps={{ withinPortal: true }}
            {...inputOf(form, 'nationalities')}
          />
        </Grid.Col>
        <AliasesAndFlags form={form} />
      </Grid>
      <RepeatableRows
        label={t('fields.identityDocuments')}
        addLabel={t('form.addDocument')}
        removeLabel={t('form.removeRow')}
        emptyText={t('form.noDocuments')}
        rows={form.values.identityDocuments}
        onAdd={() => form.insertListItem('identityDocuments', newDocument())}
        onRemove={(i) => form.removeListItem('identityDocuments', i)}
        max={20}
        testId="party-form-documents"
        render={(_row, i) => (
          <Grid gap="xs">
            <Grid.Col span={3}>
              <Select
                size="xs"
                label={t('fields.documentType')}
                data={documentTypes.options}
                comboboxProps={{ withinPortal: true }}
                {...inputOf(form, `identityDocuments.${i}.type`)}
              />
            </Grid.Col>
            <Grid.Col span={3}>
              <TextInput
                size="xs"
                label={t('fields.documentNumber')}
                autoComplete="off"
                {...inputOf(form, `identityDocuments.${i}.number`)}
              />
            </Grid.Col>
            <Grid.Col span={2}>
              <Select
                size="xs"
                label={t('fields.issuingCountry')}
                data={countries.options}
                searchable
                clearable
                allowDeselect
                comboboxProps={{ withinPortal: true }}
                {...inputOf(form, `identityDocuments.${i}.issuingCountry`)}
              />
            </Grid.Col>
            <Grid.Col span={2}>
              <TextInput
                size="xs"
                label={t('fields.issuedOn')}
                placeholder={t('form.shortDatePlaceholder')}
                {...inputOf(form, `identityDocuments.${i}.issuedOn`)}
              />
            </Grid.Col>
            <Grid.Col span={2}>
              <TextInput
                size="xs"
                label={t('fields.expiresOn')}
                placeholder={t('form.shortDatePlaceholder')}
                {...inputOf(form, `identityDocuments.${i}.expiresOn`)}
              />
            </Grid.Col>
          </Grid>
        )}
      />
    </>
  );
}

/** Name, type, registration and jurisdiction of an organisation. */
export function OrganisationFields({ form }: { form: PartyForm }) {
  const t = usePartiesText();
  const countries = useCountries();
  const types = useVocabulary('organisation_type', [form.values.organisationType]);
  return (
    <Grid gap="md">
      <Grid.Col span={8}>
        <TextInput
          label={t('fields.name')}
          required
          autoComplete="off"
          data-autofocus
          {...inputOf(form, 'name')}
        />
      </Grid.Col>
      <Grid.Col span={4}>
        <Select
          label={t('fields.organisationType')}
          data={types.options}
          searchable
          comboboxProps={{ withinPortal: true }}
          {...inputOf(form, 'organisationType')}
        />
      </Grid.Col>
      <Grid.Col span={4}>
        <TextInput
          label={t('fields.registrationNumber')}
          autoComplete="off"
          {...inputOf(form, 'registrationNumber')}
        />
      </Grid.Col>
      <Grid.Col span={8}>
        <Select
          label={t('fields.jurisdiction')}
          data={countries.options}
          searchable
          clearable
          allowDeselect
          comboboxProps={{ withinPortal: true }}
          {...inputOf(form, 'jurisdiction')}
        />
      </Grid.Col>
      <AliasesAndFlags form={form} />
    </Grid>
  );
}
