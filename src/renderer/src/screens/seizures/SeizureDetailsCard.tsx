import { Anchor, Badge, Card, DataList, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartySummary } from '../../../../shared/domain/party-views';
import type { PartyRef, SeizureRecord } from '../../../../shared/domain/seizure';
import { useDataText } from '../../components/data/data-text';
import { MarkdownView } from '../../components/data/MarkdownView';
import { useVocabulary } from '../../hooks/useVocabulary';
import { intlLocale } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';
import { useCountries } from '../parties/countries';
import { partyRoutes } from '../parties/party-routes';
import { useSeizuresText } from './useSeizuresText';

/** A person or organisation named on the record: a link to the party, or the name as written. */
export function PartyRefText(props: {
  value: PartyRef;
  parties: ReadonlyMap<string, PartySummary>;
}) {
  const data = useDataText();
  const { partyId, name } = props.value;
  const party = partyId ? props.parties.get(partyId) : undefined;
  if (party) {
    return (
      <Anchor component={Link} to={partyRoutes.party(party.id)} size="sm">
        {party.name}
      </Anchor>
    );
  }
  return name ? (
    <Text span size="sm">
      {name}
    </Text>
  ) : (
    <Text span size="sm" c="gray.5">
      {data('notGiven')}
    </Text>
  );
}

export function useSeizureItem() {
  const data = useDataText();
  const none = (
    <Text span size="sm" c="gray.5">
      {data('notGiven')}
    </Text>
  );
  return {
    none,
    text: (value: string) => (value ? value : none),
    item: (key: string, label: string, value: ReactNode) => (
      <DataList.Item key={key} data-testid={`seizure-field-${key}`}>
        <DataList.ItemLabel>{label}</DataList.ItemLabel>
        <DataList.ItemValue>{value}</DataList.ItemValue>
      </DataList.Item>
    ),
    chips: (values: readonly string[], mono = false) =>
      values.length > 0 ? (
        <Group gap={4}>
          {values.map((v) => (
            <Badge
              key={v}
              variant="outline"
              color="gray"
              radius="sm"
              tt="none"
              fw={500}
              ff={mono ? 'monospace' : undefined}
            >
              {v}
            </Badge>
          ))}
        </Group>
      ) : (
        none
      ),
  };
}

/** The seizure record: when, where, on what basis, by whom, from whom, under which seals. */
export function SeizureDetailsCard(props: {
  record: SeizureRecord;
  parties: ReadonlyMap<string, PartySummary>;
}) {
  const { record: r, parties } = props;
  const t = useSeizuresText();
  const { i18n } = useTranslation();
  const format = useFormat();
  const countries = useCountries();
  const legalBases = useVocabulary('legal_basis');
  const { item, text, chips, none } = useSeizureItem();
  const coordinate = new Intl.NumberFormat(intlLocale(i18n.language), {
    maximumFractionDigits: 6,
  });
  const coordinates =
    r.place.lat !== null && r.place.lon !== null
      ? `${coordinate.format(r.place.lat)}, ${coordinate.format(r.place.lon)}`
      : '';
  const place = [r.place.address, countries.nameOf(r.place.country), coordinates]
    .filter(Boolean)
    .join(' · ');

  return (
    <Card data-testid="seizure-details">
      <Title order={3} size="h5" mb="sm">
        {t('page.record')}
      </Title>
      <DataList size="sm" gap={8} labelWidth="12rem" withDivider>
        {item('seizedAt', t('fields.seizedAt'), format.dateTime(r.seizedAt))}
        {item('place', t('fields.place'), text(place))}
        {item(
          'legalBasis',
          t('fields.legalBasis'),
          <>
            {legalBases.labelOf(r.legalBasis)}
            {r.legalBasisReference ? (
              <Text span size="sm" c="gray.7">
                {' — '}
                {r.legalBasisReference}
              </Text>
            ) : null}
          </>,
        )}
        {item('authority', t('fields.authority'), text(r.authority))}
        {item('officers', t('fields.officers'), chips(r.officers))}
        {item('witnesses', t('fields.witnesses'), chips(r.witnesses))}
        {item(
          'holder',
          t('fields.holder'),
          <>
            <PartyRefText value={r.holder} parties={parties} />
            <Text span size="sm" c="gray.7">
              {' — '}
              {r.holderPresent ? t('page.holderPresent') : t('page.holderAbsent')}
            </Text>
          </>,
        )}
        {item('sealNumbers', t('fields.sealNumbers'), chips(r.sealNumbers, true))}
        {item(
          'receipt',
          t('fields.receiptIssued'),
          r.receiptIssued ? (
            <Text span size="sm">
              {t('page.receiptYes')}
              {r.receiptNumber ? (
                <Text span ff="monospace" size="sm" fw={600}>
                  {' '}
                  {r.receiptNumber}
                </Text>
              ) : null}
            </Text>
          ) : (
            <Text span size="sm" c="orange.8">
              {t('page.receiptNo')}
            </Text>
          ),
        )}
        {item(
          'notes',
          t('fields.notes'),
          r.notes ? <MarkdownView testId="seizure-notes">{r.notes}</MarkdownView> : none,
        )}
      </DataList>
    </Card>
  );
}
