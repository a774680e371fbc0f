import { Anchor, Card, EmptyState, Group, Select, Stack, Text } from '@mantine/core';
import { IconFiles, IconFolders, IconTimeline } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CaseSummary } from '../../../../shared/domain/case';
import { api } from '../../api';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useSession } from '../../hooks/useSession';
import { useIpc } from '../../lib/useIpc';
import { caseRoutes } from '../cases/case-routes';
import { lastOpenedCase, rememberCase } from '../objects/last-case';
import { FindingsList } from './FindingsList';
import { useFindingsText } from './useFindingsText';

/**
 * The sidebar's Provenance area: the findings of one case (gaps, doubtful papers, thresholds),
 * the case last opened unless another is picked (`?case=`), with the way to its timeline and
 * documents. Provenance itself is recorded on each object's page.
 */
export function ProvenanceAreaScreen() {
  const t = useFindingsText();
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
    setParams(new URLSearchParams({ case: id }), { replace: true });
  };

  return (
    <Stack gap="md" data-testid="screen-provenance">
      <ScreenHeader
        title={common('areas.provenance.title')}
        description={t('area.description')}
        actions={
          <Select
            w={420}
            label={t('area.case')}
            data={(cases ?? []).map((c) => ({ value: c.id, label: `${c.reference} — ${c.title}` }))}
            value={caseId}
            onChange={pick}
            searchable
            nothingFoundMessage={t('area.noCase')}
            data-testid="provenance-case-picker"
          />
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
        <Card padding="lg">
          <Group gap="lg" mb="md" wrap="wrap">
            <Group gap={6}>
              <Text size="sm" c="dimmed">
                {t('area.ofCase')}
              </Text>
              <Anchor
                component={Link}
                to={caseRoutes.tab(current.id, 'findings')}
                size="sm"
                ff="monospace"
                data-testid="provenance-case-link"
              >
                {current.reference}
              </Anchor>
            </Group>
            <Anchor
              component={Link}
              to={caseRoutes.tab(current.id, 'timeline')}
              size="sm"
              data-testid="provenance-timeline-link"
            >
              <Group gap={4} wrap="nowrap">
                <IconTimeline size={16} />
                {t('area.timeline')}
              </Group>
            </Anchor>
            <Anchor component={Link} to={caseRoutes.tab(current.id, 'documents')} size="sm">
              <Group gap={4} wrap="nowrap">
                <IconFiles size={16} />
                {t('area.documents')}
              </Group>
            </Anchor>
          </Group>
          <FindingsList key={current.id} caseId={current.id} />
        </Card>
      ) : null}
    </Stack>
  );
}
