import { Group, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { PartyListItem } from '../../../../shared/domain/party-views';
import type { SortValue } from '../../components/data/sort-rows';
import type { Column } from '../../components/data/VirtualTable';
import { useEnumLabel } from '../../hooks/useVocabulary';
import { useFormat } from '../../i18n/useFormat';
import { KIND_ICON, PartyFlags } from './party-marks';
import { usePartiesText } from './usePartiesText';

export interface PartyColumn extends Column<PartyListItem> {
  sortValue: (row: PartyListItem) => SortValue;
}

/** The directory's columns; every one sorts. */
export function usePartyColumns(): PartyColumn[] {
  const t = usePartiesText();
  const label = useEnumLabel();
  const format = useFormat();
  return useMemo(
    () => [
      {
        key: 'name',
        header: t('columns.name'),
        width: 'minmax(16rem, 3fr)',
        sortable: true,
        sortValue: (p) => p.name,
        render: (p) => {
          const Icon = KIND_ICON[p.kind];
          return (
            <Group gap={8} wrap="nowrap" miw={0}>
              <Icon size={16} stroke={1.6} color="var(--mantine-color-gray-6)" aria-hidden />
              <Text span size="sm" fw={500} truncate="end" title={p.name}>
                {p.name}
              </Text>
            </Group>
          );
        },
      },
      {
        key: 'kind',
        header: t('columns.kind'),
        width: '9rem',
        sortable: true,
        sortValue: (p) => label('partyKind', p.kind),
        render: (p) => (
          <Text span size="sm" c="gray.7">
            {label('partyKind', p.kind)}
          </Text>
        ),
      },
      {
        key: 'flags',
        header: t('columns.flags'),
        width: 'minmax(10rem, 1.5fr)',
        sortable: true,
        firstDirection: 'desc',
        sortValue: (p) => p.flags.length,
        render: (p) => <PartyFlags flags={p.flags} />,
      },
      {
        key: 'cases',
        header: t('columns.cases'),
        width: '8rem',
        align: 'end',
        sortable: true,
        firstDirection: 'desc',
        sortValue: (p) => p.otherCases,
        render: (p) => (
          <Text span size="sm" c={p.otherCases === 0 ? 'gray.5' : undefined}>
            {format.number(p.otherCases)}
          </Text>
        ),
      },
      {
        key: 'updated',
        header: t('columns.updated'),
        width: '10rem',
        sortable: true,
        firstDirection: 'desc',
        sortValue: (p) => p.updatedAt,
        render: (p) => (
          <Text span size="sm" c="gray.7" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {format.date(p.updatedAt)}
          </Text>
        ),
      },
    ],
    [t, label, format],
  );
}
