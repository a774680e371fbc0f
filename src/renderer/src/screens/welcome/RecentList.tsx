import { ActionIcon, Card, Group, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconFolder, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { RecentCaseFile } from '../../../../shared/ipc/schemas';
import { api } from '../../api';
import { useSettings } from '../../hooks/useSettings';
import { useFormat } from '../../i18n/useFormat';
import { routes } from '../../lib/routes';
import { useIpc } from '../../lib/useIpc';
import classes from './RecentList.module.css';
import { displayName } from '../../lib/display-name';

/** Case files opened on this device before (paths only), each with a way to forget it. */
export function RecentList() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const call = useIpc();
  const { settings } = useSettings();
  const [recent, setRecent] = useState<RecentCaseFile[] | null>(null);

  useEffect(() => {
    void call(api.recent.list({})).then((list) => setRecent(list ?? []));
  }, [call]);

  const forget = async (path: string) => {
    const list = await call(api.recent.forget({ path }));
    if (list) setRecent(list);
  };

  if (recent === null) return null;
  const empty =
    settings?.rememberRecent === false ? t('welcome.recentOff') : t('welcome.recentEmpty');

  return (
    <Card padding={0} shadow="xs" data-testid="recent-list">
      <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="md" pt="sm" pb={6}>
        {t('welcome.recent')}
      </Text>
      {recent.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="md" data-testid="recent-empty">
          {empty}
        </Text>
      ) : (
        <Stack gap={0}>
          {recent.map((item) => (
            <Group key={item.path} className={classes.row} wrap="nowrap" gap="xs" pr="xs">
              <UnstyledButton
                className={classes.open}
                onClick={() => void navigate(routes.unlock(item.path))}
                data-testid="recent-item"
              >
                <Group wrap="nowrap" gap="sm">
                  <IconFolder size={20} stroke={1.5} color="var(--mantine-color-steel-7)" />
                  <Stack gap={0} miw={0} style={{ flex: 1 }}>
                    <Text size="sm" fw={600} truncate="end">
                      {displayName(item.name)}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace" truncate="start">
                      <span dir="ltr">{item.path}</span>
                    </Text>
                  </Stack>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {format.date(item.lastOpenedAt)}
                  </Text>
                </Group>
              </UnstyledButton>
              <Tooltip label={t('welcome.forget')}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('welcome.forget')}
                  onClick={() => void forget(item.path)}
                  data-testid="recent-forget"
                >
                  <IconX size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
