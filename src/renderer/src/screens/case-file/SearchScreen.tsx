import { Card, EmptyState, Stack } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ScreenHeader } from '../../components/ScreenHeader';

/** Search across the case file's records; it answers once there are records to search. */
export function SearchScreen() {
  const { t } = useTranslation();
  const query = useSearchParams()[0].get('q') ?? '';
  return (
    <Stack gap="lg" data-testid="screen-search">
      <ScreenHeader
        title={t('search.title')}
        description={query ? t('search.query', { query }) : undefined}
      />
      <Card padding="xl">
        <EmptyState
          py="xl"
          variant="light"
          size="lg"
          icon={<IconSearch size={32} stroke={1.5} />}
          title={t('comingSoon.title')}
          description={t('search.description')}
        />
      </Card>
    </Stack>
  );
}
