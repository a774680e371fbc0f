import { Box, Button, Divider, Group, Text, Tooltip } from '@mantine/core';
import { IconKey, IconLock, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseFileSummary } from '../../../../shared/ipc/schemas';
import { Brand } from '../../components/Brand';
import { useLock } from '../../hooks/useLock';
import { shortcutLabel } from '../../lib/shortcuts';
import { GlobalSearch } from './GlobalSearch';
import { displayName } from '../../lib/display-name';

/** Which case file, who is working in it, search, and the way out. */
export function CaseFileHeader({ summary }: { summary: CaseFileSummary }) {
  const { t } = useTranslation();
  const { lock } = useLock();
  const OperatorIcon = summary.operatorIsPerson ? IconUser : IconKey;

  return (
    <Group h="100%" px="md" gap="md" wrap="nowrap" justify="space-between">
      <Group gap="md" wrap="nowrap" miw={0} style={{ flex: 1 }}>
        <Brand />
        <Divider orientation="vertical" h={24} style={{ alignSelf: 'center' }} />
        <Text fw={600} size="sm" truncate="end" miw={0} data-testid="header-case-file">
          {displayName(summary.name)}
        </Text>
      </Group>
      <Box w={340} style={{ flexShrink: 1 }} miw={200}>
        <GlobalSearch />
      </Box>
      <Group gap="sm" wrap="nowrap" justify="flex-end" style={{ flex: 1 }} miw={0}>
        <Tooltip label={t('header.operatorTooltip')}>
          <Group gap={6} wrap="nowrap" miw={0}>
            <OperatorIcon size={16} stroke={1.6} color="var(--mantine-color-gray-6)" />
            <Text size="sm" c="gray.8" truncate="end" data-testid="header-operator">
              {summary.operatorIsPerson ? summary.operatorName : t('header.recoveryOperator')}
            </Text>
          </Group>
        </Tooltip>
        <Tooltip label={t('header.lockTooltip', { shortcut: shortcutLabel('L') })}>
          <Button
            variant="default"
            leftSection={<IconLock size={16} />}
            onClick={() => void lock()}
            data-testid="lock-button"
          >
            {t('header.lock')}
          </Button>
        </Tooltip>
      </Group>
    </Group>
  );
}
