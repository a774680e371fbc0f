import { Badge, DataList, Group, Text, Tooltip } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseFileInfo } from '../../../../shared/ipc/schemas';
import { useFormat } from '../../i18n/useFormat';
import { InfoCard } from './InfoCard';

/** Who can open the case file, and where its audit chain stands. */
export function AccessCard({ info }: { info: CaseFileInfo }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <InfoCard title={t('overview.access')} icon={IconShieldLock} testId="overview-access">
      <DataList size="sm" gap={6} labelWidth={150}>
        <DataList.Item>
          <DataList.ItemLabel c="dimmed">
            {t('overview.operators', { count: info.operators.length })}
          </DataList.ItemLabel>
          <DataList.ItemValue miw={0}>
            <Group gap={4}>
              {info.operators.map((name) => (
                <Badge key={name} variant="light" color="gray" radius="sm" tt="none" maw="100%">
                  {name}
                </Badge>
              ))}
            </Group>
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel c="dimmed">{t('overview.recoveryKey')}</DataList.ItemLabel>
          <DataList.ItemValue>
            <Text size="sm" c={info.recoveryKey ? undefined : 'orange.8'}>
              {info.recoveryKey ? t('overview.recoveryKeySet') : t('overview.recoveryKeyMissing')}
            </Text>
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel c="dimmed">{t('overview.auditEntries')}</DataList.ItemLabel>
          <DataList.ItemValue>{format.number(info.auditHead?.seq ?? 0)}</DataList.ItemValue>
        </DataList.Item>
        {info.auditHead ? (
          <DataList.Item>
            <DataList.ItemLabel c="dimmed">{t('overview.auditHead')}</DataList.ItemLabel>
            <DataList.ItemValue miw={0}>
              <Tooltip label={info.auditHead.hash} multiline maw={320}>
                <Text size="sm" ff="monospace" truncate="end">
                  {info.auditHead.hash}
                </Text>
              </Tooltip>
            </DataList.ItemValue>
          </DataList.Item>
        ) : null}
      </DataList>
    </InfoCard>
  );
}
