import { Text } from '@mantine/core';
import { IconStack2 } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { ObjectSummary } from '../../../../../shared/domain/object-views';
import type { Column } from '../../../components/data/VirtualTable';
import { useVocabulary } from '../../../hooks/useVocabulary';
import { useFormat } from '../../../i18n/useFormat';
import { useCountries } from '../fields/countries';
import { LegalStatusBadge, mono } from '../object-marks';
import { useDataText } from '../../../components/data/data-text';
import { useObjectsText } from '../useObjectsText';

/** "Coins and medals › Coin": the type at both levels of the vocabulary. */
export function useTypeLabel(): (typeL1: string, typeL2: string | null) => string {
  const { labelOf } = useVocabulary('object_type');
  return useMemo(
    () => (typeL1: string, typeL2: string | null) =>
      typeL2 ? `${labelOf(typeL1)} › ${labelOf(typeL2)}` : labelOf(typeL1),
    [labelOf],
  );
}

/** The object list's columns; exhibit number, type and legal status sort (on the server). */
export function useObjectColumns(): Column<ObjectSummary>[] {
  const t = useObjectsText();
  const data = useDataText();
  const format = useFormat();
  const { labelOf } = useVocabulary('object_type');
  const typeLabel = useTypeLabel();
  const { nameOf } = useCountries();

  return useMemo(
    () => [
      {
        key: 'exhibit',
        header: t('columns.exhibit'),
        width: 'minmax(6.5rem, 0.8fr)',
        sortable: true,
        render: (o) => (
          <Text span fw={600} style={mono} title={o.exhibitNumber} data-testid="object-row-exhibit">
            {o.exhibitNumber}
          </Text>
        ),
      },
      {
        key: 'title',
        header: t('columns.title'),
        width: 'minmax(12rem, 2.4fr)',
        render: (o) => (
          <Text span size="sm" fw={500} title={o.title}>
            {o.title}
          </Text>
        ),
      },
      {
        key: 'type',
        header: t('columns.type'),
        width: 'minmax(8rem, 1.4fr)',
        sortable: true,
        render: (o) => (
          <Text span size="sm" c="gray.8" title={typeLabel(o.typeL1, o.typeL2)}>
            {labelOf(o.typeL2 ?? o.typeL1)}
          </Text>
        ),
      },
      {
        key: 'dating',
        header: t('columns.dating'),
        width: 'minmax(8rem, 1.5fr)',
        render: (o) => (
          <Text span size="sm" c={o.datingText ? 'gray.8' : 'gray.5'} title={o.datingText}>
            {o.datingText || data('notGiven')}
          </Text>
        ),
      },
      {
        key: 'country',
        header: t('columns.country'),
        width: 'minmax(8.5rem, 1fr)',
        render: (o) => (
          <Text span size="sm" c={o.countryOfOrigin ? 'gray.8' : 'gray.5'}>
            {o.countryOfOrigin ? nameOf(o.countryOfOrigin) : data('notGiven')}
          </Text>
        ),
      },
      {
        key: 'legalStatus',
        header: t('columns.legalStatus'),
        width: '9.5rem',
        sortable: true,
        render: (o) => <LegalStatusBadge status={o.legalStatus} />,
      },
      {
        key: 'lotCount',
        header: t('columns.lotCount'),
        icon: IconStack2,
        width: '4.5rem',
        align: 'end',
        render: (o) =>
          o.lotCount === null ? null : (
            <Text span size="sm" fw={600} data-testid="object-row-lot">
              {format.number(o.lotCount)}
            </Text>
          ),
      },
    ],
    [t, data, format, labelOf, typeLabel, nameOf],
  );
}
