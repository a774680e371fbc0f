import { Anchor, Card, EmptyState, Group, Select, Stack, Text } from '@mantine/core';
import { IconBuildingMonument, IconFolders } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CaseSummary } from '../../../../shared/domain/case';
import { api } from '../../api';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useSession } from '../../hooks/useSession';
import { useIpc } from '../../lib/useIpc';
import { caseRoutes } from '../cases/case-routes';
import { lastOpenedCase, rememberCase } from './last-case';
import { ObjectList } from './list/ObjectList';
import { useObjectsText } from './useObjectsText';

/**
 * The sidebar's Objects area: the objects of one case, the one last opened unless another is
 * picked (`?case=`). Objects always belong to a case; this is a shortcut to them.
 */
export function ObjectsAreaScreen() {
  const t = useObjectsText();
  const { t: common } = useTranslation();
  const call = useIpc();
  const { summary } = useSession();
  const [params, setParams] = useSearchParams();
  const [cases, setCases] = useState<readonly CaseSummary[] | null>(null);

  useEffect(() => {
    let live = true;
    void call(api.case.list({})).then((list) => {
      if (live && list) setCases(list);
    });
    return () => {
      live = false;
    };
  }, [call]);

  const asked = params.get('case');
  const remembered = lastOpenedCase(summary?.caseFileId);
  const known = (id: string | null) => (id && cases?.some((c) => c.id === id) ? id : null);
  // Without a choice: the case last opened, else the one with the most objects.
  const fallback = cases
    ? ([...cases].sort((a, b) => b.counts.objects - a.counts.objects)[0]?.id ?? null)
    : null;
  const caseId = known(asked) ?? known(remembered) ?? fallback;
  const current = cases?.find((c) => c.id === caseId) ?? null;

  const pick = (id: string | null) => {
    if (!id) return;
    rememberCase(summary?.caseFileId, id);
    // A new case starts without the previous case's filters (its seizures are not this one's).
    setParams(new URLSearchParams({ case: id }), { replace: true });
  };

  return (
    <Stack
      gap="md"
      h="calc(100dvh - var(--app-shell-header-offset, 0rem) - 2 * var(--app-shell-padding))"
      data-testid="screen-objects"
    >
      <ScreenHeader
        title={common('areas.objects.title')}
        description={t('area.description')}
        actions={
          <Group gap="xs" wrap="nowrap" align="flex-end">
            <Select
              w={420}
              label={t('area.case')}
              data={(cases ?? []).map((c) => ({
                value: c.id,
                label: `${c.reference} — ${c.title}`,
              }))}
              value={caseId}
              onChange={pick}
              searchable
              nothingFoundMessage={t('area.noCase')}
              data-testid="objects-case-picker"
            />
          </Group>
        }
      />
      {cases !== null && cases.length === 0 ? (
        <Card padding="xl">
          <EmptyState
            py="lg"
            size="md"
            variant="light"
            icon={<IconFolders size={28} stroke={1.5} />}
            title={t('area.noCasesTitle')}
            description={t('area.noCasesText')}
          >
            <EmptyState.Actions>
              <Anchor component={Link} to={caseRoutes.list} size="sm">
                {common('areas.cases.title')}
              </Anchor>
            </EmptyState.Actions>
          </EmptyState>
        </Card>
      ) : current ? (
        <>
          <Group gap={6}>
            <IconBuildingMonument size={16} stroke={1.6} color="var(--mantine-color-gray-6)" />
            <Text size="sm" c="dimmed">
              {t('area.ofCase')}
            </Text>
            <Anchor
              component={Link}
              to={caseRoutes.tab(current.id, 'objects')}
              size="sm"
              ff="monospace"
              data-testid="objects-case-link"
            >
              {current.reference}
            </Anchor>
          </Group>
          <ObjectList key={current.id} caseId={current.id} />
        </>
      ) : null}
    </Stack>
  );
}
