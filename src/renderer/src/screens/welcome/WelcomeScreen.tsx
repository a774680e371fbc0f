import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconFolderOpen, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useCaseFileDialogs } from '../../hooks/useCaseFileDialogs';
import { useSession } from '../../hooks/useSession';
import { routes } from '../../lib/routes';
import { shortcutLabel } from '../../lib/shortcuts';
import { RecentList } from './RecentList';

/** No case file open: open one, start one, or pick one used before. */
export function WelcomeScreen() {
  const { t } = useTranslation();
  const { summary } = useSession();
  const dialogs = useCaseFileDialogs();
  if (summary) return <Navigate to={routes.overview} replace />;

  return (
    <Stack gap="lg" data-testid="screen-welcome">
      <Stack gap={6}>
        <Title order={1} size="h2">
          {t('app.title')}
        </Title>
        <Text c="gray.7">{t('app.tagline')}</Text>
      </Stack>
      <Card padding="lg" shadow="xs">
        <Stack gap="md">
          <Text size="sm" c="gray.7">
            {t('welcome.intro')}
          </Text>
          <Group grow gap="sm">
            <Button
              leftSection={<IconFolderOpen size={18} />}
              onClick={() => void dialogs.open()}
              data-testid="welcome-open"
            >
              {t('welcome.open')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconPlus size={18} />}
              onClick={() => void dialogs.create()}
              title={shortcutLabel('N')}
              data-testid="welcome-new"
            >
              {t('welcome.new')}
            </Button>
          </Group>
        </Stack>
      </Card>
      <RecentList />
    </Stack>
  );
}
