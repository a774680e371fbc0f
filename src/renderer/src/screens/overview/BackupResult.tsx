import { Alert, DataList, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { useFormat } from '../../i18n/useFormat';
import { VerifyResult } from './VerifyResult';

/** Where the backup went, its fingerprint to note down, and the verification of the copy. */
export function BackupResult({ backup }: { backup: ChannelOutput<'casefile:backup'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ok = backup.report.ok;

  return (
    <Stack gap="sm" mt="md" data-testid="backup-result" data-ok={ok}>
      <Alert
        color={ok ? 'teal' : 'red'}
        variant="light"
        icon={ok ? <IconCircleCheck size={18} /> : <IconCircleX size={18} />}
        title={ok ? t('backup.ok') : t('backup.failed')}
      >
        <DataList size="sm" gap={4} labelWidth={110}>
          <DataList.Item>
            <DataList.ItemLabel c="dimmed">{t('backup.location')}</DataList.ItemLabel>
            <DataList.ItemValue miw={0}>
              <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                {backup.dir}
              </Text>
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel c="dimmed">{t('backup.size')}</DataList.ItemLabel>
            <DataList.ItemValue>{format.bytes(backup.bytes)}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel c="dimmed">{t('backup.sha256')}</DataList.ItemLabel>
            <DataList.ItemValue miw={0}>
              <Text
                size="xs"
                ff="monospace"
                style={{ wordBreak: 'break-all' }}
                data-testid="backup-sha256"
              >
                {backup.sha256}
              </Text>
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
      </Alert>
      <VerifyResult report={backup.report} compact />
    </Stack>
  );
}
