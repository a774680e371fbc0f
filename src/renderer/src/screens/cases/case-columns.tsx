import { Text } from '@mantine/core';
import {
  IconBuildingMonument,
  IconGavel,
  IconShieldLock,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import { useMemo } from 'react';
import { CASE_STATUSES, type CaseSummary } from '../../../../shared/domain/case';
import { useCalendarDate } from '../../components/data/dates';
import type { SortValue } from '../../components/data/sort-rows';
import type { Column } from '../../components/data/VirtualTable';
import { useFormat } from '../../i18n/useFormat';
import { useVocabulary } from '../../hooks/useVocabulary';
import { CaseStatusBadge, HandlingCodeBadge } from './case-marks';
import { useCasesText } from './useCasesText';

export interface CaseColumn extends Column<CaseSummary> {
  sortValue: (row: CaseSummary) => SortValue;
}

const mono = { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 };

/** The columns of the case list; every one sorts (statuses in workflow order). */
export function useCaseColumns(): CaseColumn[] {
  const t = useCasesText();
  const date = useCalendarDate();
  const format = useFormat();
  const { labelOf } = useVocabulary('offence_type');

  return useMemo(() => {
    const count = (key: 'objects' | 'parties' | 'seizures', icon: Icon): CaseColumn => ({
      key,
      header: t(`columns.${key}`),
      icon,
      width: '3.25rem',
      align: 'end',
      sortable: true,
      firstDirection: 'desc',
      sortValue: (c) => c.counts[key],
      render: (c) => (
        <Text span size="sm" c={c.counts[key] === 0 ? 'gray.5' : undefined}>
          {format.number(c.counts[key])}
        </Text>
      ),
    });
    return [
      {
        key: 'reference',
        header: t('columns.reference'),
        width: '8rem',
        sortable: true,
        sortValue: (c) => c.reference,
        render: (c) => (
          <Text span fw={600} style={mono} title={c.reference}>
            {c.reference}
          </Text>
        ),
      },
      {
        key: 'title',
        header: t('columns.title'),
        width: 'minmax(10rem, 3fr)',
        sortable: true,
        sortValue: (c) => c.title,
        render: (c) => (
          <Text span size="sm" fw={500} title={c.title}>
            {c.title}
          </Text>
        ),
      },
      {
        key: 'status',
        header: t('columns.status'),
        width: '11.75rem',
        sortable: true,
        sortValue: (c) => CASE_STATUSES.indexOf(c.status),
        render: (c) => <CaseStatusBadge status={c.status} />,
      },
      {
        key: 'openedOn',
        header: t('columns.openedOn'),
        width: '6.5rem',
        sortable: true,
        firstDirection: 'desc',
        sortValue: (c) => c.openedOn,
        render: (c) => (
          <Text span size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {date(c.openedOn)}
          </Text>
        ),
      },
      {
        key: 'offences',
        header: t('columns.offences'),
        width: 'minmax(7rem, 1.6fr)',
        sortable: true,
        sortValue: (c) => c.offences.map(labelOf).join(', '),
        render: (c) => {
          const text = c.offences.map(labelOf).join(', ');
          return (
            <Text span size="sm" c="gray.8" title={text}>
              {text || t('data.notGiven')}
            </Text>
          );
        },
      },
      {
        key: 'leadInvestigator',
        header: t('columns.leadInvestigator'),
        width: 'minmax(7.5rem, 1.2fr)',
        sortable: true,
        sortValue: (c) => c.leadInvestigator,
        render: (c) => (
          <Text span size="sm" title={c.leadInvestigator}>
            {c.leadInvestigator || t('data.notGiven')}
          </Text>
        ),
      },
      {
        key: 'handlingCode',
        header: t('columns.handlingCode'),
        icon: IconShieldLock,
        width: '3.25rem',
        sortable: true,
        sortValue: (c) => c.handlingCode,
        render: (c) => <HandlingCodeBadge code={c.handlingCode} />,
      },
      count('objects', IconBuildingMonument),
      count('parties', IconUsers),
      count('seizures', IconGavel),
    ];
  }, [t, date, format, labelOf]);
}
