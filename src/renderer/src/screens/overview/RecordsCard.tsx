import { Group, Stack, Text } from '@mantine/core';
import { IconListDetails } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseFileInfo } from '../../../../shared/ipc/schemas';
import en from '../../../../shared/i18n/locales/en.json';
import { useFormat } from '../../i18n/useFormat';
import { InfoCard } from './InfoCard';

type TableKey = keyof typeof en.tables;
const isKnownTable = (name: string): name is TableKey => Object.hasOwn(en.tables, name);

/** How many rows each kind of record has; tables not yet named in the interface keep their name. */
export function RecordsCard({ info }: { info: CaseFileInfo }) {
  const { t } = useTranslation();
  const format = useFormat();
  const entries = Object.entries(info.counts).map(([table, count]) => ({
    table,
    label: isKnownTable(table) ? t(`tables.${table}`) : table,
    count,
  }));
  entries.sort((a, b) => a.label.localeCompare(b.label));

  return (
    <InfoCard title={t('overview.records')} icon={IconListDetails} testId="overview-records">
      <Stack gap={6}>
        {entries.map((entry) => (
          <Group key={entry.table} justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm" c="dimmed" truncate="end">
              {entry.label}
            </Text>
            <Text size="sm" fw={500} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {format.number(entry.count)}
            </Text>
          </Group>
        ))}
      </Stack>
    </InfoCard>
  );
}
