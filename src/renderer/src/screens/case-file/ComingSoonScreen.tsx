import { Badge, Card, EmptyState, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { ScreenHeader } from '../../components/ScreenHeader';
import { routes } from '../../lib/routes';
import { findArea } from './areas';

/** An area that arrives in a later release: what it will hold, so the map of the app is whole. */
export function ComingSoonScreen() {
  const { t } = useTranslation();
  const area = findArea(useParams()['area']);
  if (!area || area.built) return <Navigate to={routes.overview} replace />;
  const Icon = area.icon;

  return (
    <Stack gap="lg" data-testid={`screen-${area.key}`}>
      <ScreenHeader title={t(`areas.${area.key}.title`)} />
      <Card padding="xl" data-testid="coming-soon">
        <EmptyState
          py="xl"
          variant="light"
          size="lg"
          icon={<Icon size={32} stroke={1.5} />}
          title={t('comingSoon.title')}
          description={t(`areas.${area.key}.description`)}
        >
          <EmptyState.Actions>
            <Badge variant="outline" color="gray" size="lg" radius="sm">
              {t('comingSoon.badge')}
            </Badge>
          </EmptyState.Actions>
        </EmptyState>
      </Card>
    </Stack>
  );
}
