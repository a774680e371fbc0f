import { DataList, Text, Tooltip } from '@mantine/core';
import { IconDatabase } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseFileInfo } from '../../../../shared/ipc/schemas';
import { useFormat } from '../../i18n/useFormat';
import { InfoCard } from './InfoCard';

/** What the case file is: identity, age, schema, encryption, size. */
export function CaseFileCard({ info }: { info: CaseFileInfo }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = [
    {
      label: t('overview.id'),
      value: (
        <Tooltip label={info.caseFileId}>
          <Text size="sm" ff="monospace" truncate="end">
            {info.caseFileId}
          </Text>
        </Tooltip>
      ),
    },
    { label: t('overview.created'), value: format.dateTime(info.createdAt) },
    { label: t('overview.schema'), value: info.schema ?? t('overview.none') },
    { label: t('overview.format'), value: format.number(info.formatVersion) },
    { label: t('overview.cipher'), value: info.cipher },
    { label: t('overview.size'), value: format.bytes(info.bytesOnDisk) },
  ];
  return (
    <InfoCard title={t('overview.caseFile')} icon={IconDatabase} testId="overview-case-file">
      <DataList size="sm" gap={6} labelWidth={150}>
        {rows.map((row) => (
          <DataList.Item key={row.label}>
            <DataList.ItemLabel c="dimmed">{row.label}</DataList.ItemLabel>
            <DataList.ItemValue miw={0}>{row.value}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </InfoCard>
  );
}
