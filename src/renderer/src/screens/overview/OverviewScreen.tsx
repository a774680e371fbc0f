import { SimpleGrid, Skeleton, Stack } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFileInfo } from '../../../../shared/ipc/schemas';
import { api } from '../../api';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useSession } from '../../hooks/useSession';
import { useIpc } from '../../lib/useIpc';
import { AccessCard } from './AccessCard';
import { CaseFileCard } from './CaseFileCard';
import { IntegrityCard } from './IntegrityCard';
import { RecordsCard } from './RecordsCard';
import { displayName } from '../../lib/display-name';

/** The case file at a glance, and the two safety tasks: verify and back up. */
export function OverviewScreen() {
  const { t } = useTranslation();
  const call = useIpc();
  const { summary } = useSession();
  const [info, setInfo] = useState<CaseFileInfo | null>(null);

  const load = useCallback(async () => {
    const next = await call(api.casefile.info({}));
    if (next) setInfo(next);
  }, [call]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Stack gap="lg" data-testid="screen-overview">
      <ScreenHeader
        title={summary ? displayName(summary.name) : t('areas.overview.title')}
        description={info?.path ?? summary?.path}
      />
      {info ? (
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <CaseFileCard info={info} />
          <AccessCard info={info} />
          <RecordsCard info={info} />
        </SimpleGrid>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} h={200} radius="sm" />
          ))}
        </SimpleGrid>
      )}
      <IntegrityCard onFinished={() => void load()} />
    </Stack>
  );
}
