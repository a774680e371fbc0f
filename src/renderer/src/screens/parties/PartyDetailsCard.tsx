import { Badge, Card, DataList, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { PartyRecord } from '../../../../shared/domain/party';
import { useDataText } from '../../components/data/data-text';
import { useCalendarDate } from '../../components/data/dates';
import { MarkdownView } from '../../components/data/MarkdownView';
import { useEnumLabel, useVocabulary } from '../../hooks/useVocabulary';
import { useCountries } from './countries';
import { usePartiesText } from './usePartiesText';

/** Every field of a party, read-only; "—" for what was not given. */
export function PartyDetailsCard({ record }: { record: PartyRecord }) {
  const t = usePartiesText();
  const data = useDataText();
  const date = useCalendarDate();
  const label = useEnumLabel();
  const countries = useCountries();
  const documentTypes = useVocabulary('identity_document');
  const organisationTypes = useVocabulary('organisation_type');

  const none = (
    <Text span size="sm" c="gray.5">
      {data('notGiven')}
    </Text>
  );
  const text = (value: string | null | undefined) => (value ? value : none);
  const item = (key: string, name: string, value: ReactNode) => (
    <DataList.Item key={key} data-testid={`party-field-${key}`}>
      <DataList.ItemLabel>{name}</DataList.ItemLabel>
      <DataList.ItemValue>{value}</DataList.ItemValue>
    </DataList.Item>
  );
  const list = (values: ReactNode[]) =>
    values.length > 0 ? (
      <Stack gap={2}>
        {values.map((v, i) => (
          <Text key={i} size="sm">
            {v}
          </Text>
        ))}
      </Stack>
    ) : (
      none
    );
  const country = (code: string | null) => (code ? countries.nameOf(code) : '');

  const aliases =
    record.aliases.length > 0 ? (
      <Group gap={4}>
        {record.aliases.map((a) => (
          <Badge key={a} variant="outline" color="gray" radius="sm" tt="none" fw={500}>
            {a}
          </Badge>
        ))}
      </Group>
    ) : (
      none
    );
  const addresses = list(
    record.addresses.map((a) => {
      const where = [a.line, [a.postalCode, a.city].filter(Boolean).join(' '), country(a.country)];
      const text = where.filter(Boolean).join(', ');
      return a.label ? `${a.label}: ${text}` : text;
    }),
  );
  const contacts = list(record.contacts.map((c) => `${label('contactKind', c.kind)}: ${c.value}`));

  return (
    <Card data-testid="party-details">
      <Title order={3} size="h5" mb="sm">
        {t('page.details')}
      </Title>
      <DataList size="sm" gap={8} labelWidth="11rem" withDivider>
        {record.kind === 'person' ? (
          <>
            {item('familyName', t('fields.familyName'), text(record.familyName))}
            {item('givenNames', t('fields.givenNames'), text(record.givenNames))}
            {record.patronymic
              ? item('patronymic', t('fields.patronymic'), record.patronymic)
              : null}
            {item('sex', t('fields.sex'), label('sex', record.sex))}
            {item(
              'dateOfBirth',
              t('fields.dateOfBirth'),
              record.dateOfBirth ? date(record.dateOfBirth) : none,
            )}
            {item('placeOfBirth', t('fields.placeOfBirth'), text(record.placeOfBirth))}
            {item(
              'nationalities',
              t('fields.nationalities'),
              text(record.nationalities.map(country).join(', ')),
            )}
            {item(
              'identityDocuments',
              t('fields.identityDocuments'),
              list(
                record.identityDocuments.map((d) => (
                  <>
                    {documentTypes.labelOf(d.type)}{' '}
                    <Text span ff="monospace" size="sm" fw={600}>
                      {d.number}
                    </Text>
                    {d.issuingCountry ? ` · ${country(d.issuingCountry)}` : ''}
                    {d.issuedOn || d.expiresOn
                      ? ` · ${d.issuedOn ? date(d.issuedOn) : '…'} – ${d.expiresOn ? date(d.expiresOn) : '…'}`
                      : ''}
                  </>
                )),
              ),
            )}
          </>
        ) : (
          <>
            {item('name', t('fields.name'), record.name)}
            {item(
              'organisationType',
              t('fields.organisationType'),
              organisationTypes.labelOf(record.organisationType),
            )}
            {item(
              'registrationNumber',
              t('fields.registrationNumber'),
              record.registrationNumber ? (
                <Text span ff="monospace" size="sm">
                  {record.registrationNumber}
                </Text>
              ) : (
                none
              ),
            )}
            {item('jurisdiction', t('fields.jurisdiction'), text(country(record.jurisdiction)))}
          </>
        )}
        {item('aliases', t('fields.aliases'), aliases)}
        {item('addresses', t('fields.addresses'), addresses)}
        {item('contacts', t('fields.contacts'), contacts)}
        {item(
          'notes',
          t('fields.notes'),
          record.notes ? <MarkdownView testId="party-notes">{record.notes}</MarkdownView> : none,
        )}
      </DataList>
    </Card>
  );
}
