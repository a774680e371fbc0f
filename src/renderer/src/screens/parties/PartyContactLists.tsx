import { Grid, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useEnumLabel } from '../../hooks/useVocabulary';
import { useCountries } from './countries';
import { inputOf, newAddress, newContact, type ContactKind, type PartyForm } from './party-form';
import { RepeatableRows } from './RepeatableRows';
import { usePartiesText } from './usePartiesText';

const CONTACT_KINDS: readonly ContactKind[] = [
  'phone',
  'email',
  'web',
  'social',
  'messenger',
  'other',
];

/** Addresses and contacts, both kinds of party. */
export function PartyContactLists({ form }: { form: PartyForm }) {
  const t = usePartiesText();
  const label = useEnumLabel();
  const countries = useCountries();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <RepeatableRows
        label={t('fields.addresses')}
        addLabel={t('form.addAddress')}
        removeLabel={t('form.removeRow')}
        emptyText={t('form.noAddresses')}
        rows={form.values.addresses}
        onAdd={() => form.insertListItem('addresses', newAddress())}
        onRemove={(i) => form.removeListItem('addresses', i)}
        max={20}
        testId="party-form-addresses"
        render={(_row, i) => (
          <Grid gap="xs">
            <Grid.Col span={4}>
              <TextInput
                size="xs"
                label={t('fields.addressLabel')}
                placeholder={t('form.addressLabelPlaceholder')}
                {...inputOf(form, `addresses.${i}.label`)}
              />
            </Grid.Col>
            <Grid.Col span={8}>
              <TextInput
                size="xs"
                label={t('fields.addressLine')}
                {...inputOf(form, `addresses.${i}.line`)}
              />
            </Grid.Col>
            <Grid.Col span={3}>
              <TextInput
                size="xs"
                label={t('fields.postalCode')}
                {...inputOf(form, `addresses.${i}.postalCode`)}
              />
            </Grid.Col>
            <Grid.Col span={4}>
              <TextInput
                size="xs"
                label={t('fields.city')}
                {...inputOf(form, `addresses.${i}.city`)}
              />
            </Grid.Col>
            <Grid.Col span={5}>
              <Select
                size="xs"
                label={t('fields.country')}
                data={countries.options}
                searchable
                clearable
                allowDeselect
                comboboxProps={{ withinPortal: true }}
                {...inputOf(form, `addresses.${i}.country`)}
              />
            </Grid.Col>
          </Grid>
        )}
      />
      <RepeatableRows
        label={t('fields.contacts')}
        addLabel={t('form.addContact')}
        removeLabel={t('form.removeRow')}
        emptyText={t('form.noContacts')}
        rows={form.values.contacts}
        onAdd={() => form.insertListItem('contacts', newContact())}
        onRemove={(i) => form.removeListItem('contacts', i)}
        max={50}
        testId="party-form-contacts"
        render={(_row, i) => (
          <Grid gap="xs">
            <Grid.Col span={4}>
              <Select
                size="xs"
                label={t('fields.contactKind')}
                data={CONTACT_KINDS.map((k) => ({ value: k, label: label('contactKind', k) }))}
                comboboxProps={{ withinPortal: true }}
                {...inputOf(form, `contacts.${i}.kind`)}
              />
            </Grid.Col>
            <Grid.Col span={8}>
              <TextInput
                size="xs"
                label={t('fields.contactValue')}
                {...inputOf(form, `contacts.${i}.value`)}
              />
            </Grid.Col>
          </Grid>
        )}
      />
    </SimpleGrid>
  );
}
