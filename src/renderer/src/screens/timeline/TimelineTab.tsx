import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  CloseButton,
  EmptyState,
  Group,
  Select,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconExternalLink, IconRefresh, IconTimeline } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  TIMELINE_KINDS,
  type Timeline,
  type TimelineItem,
  type TimelineKind,
} from '../../../../shared/domain/timeline';
import { api } from '../../api';
import { EnumChips, FilterBar } from '../../components/data/FilterBar';
import { useIpc } from '../../lib/useIpc';
import { useCaseContext } from '../cases/case-context';
import { caseRoutes } from '../cases/case-routes';
import { documentRoutes } from '../documents/document-routes';
import { objectRoutes } from '../objects/object-routes';
import { partyRoutes } from '../parties/party-routes';
import { seizureRoutes } from '../seizures/seizure-routes';
import { itemExtent } from './timeline-geometry';
import { KIND_COLOR, KIND_ICON } from './timeline-kinds';
import { TimelineChart } from './TimelineChart';
import { useItemText } from './useItemText';
import { useTimelineText } from './useTimelineText';

const isKind = (v: string): v is TimelineKind => (TIMELINE_KINDS as readonly string[]).includes(v);

type Loaded =
  | { caseId: string; timeline: Timeline; error?: undefined }
  | { caseId: string; error: string; timeline?: undefined };

/** Where the record behind an item is shown. */
export function itemRoute(caseId: string, item: TimelineItem): string | null {
  const object = item.objectIds[0];
  switch (item.kind) {
    case 'provenance':
    case 'claim':
      return object ? objectRoutes.tab(object, 'provenance') : null;
    case 'custody':
      return object ? objectRoutes.tab(object, 'custody') : null;
    case 'document':
      return documentRoutes.document(caseId, item.id);
    case 'seizure':
      return seizureRoutes.seizure(caseId, item.id);
    case 'case_status':
      return caseRoutes.case(caseId);
    case 'payment':
      return null;
  }
}

/**
 * The case's timeline tab: everything dated in the case on one zoomable axis (TimelineChart),
 * filtered by object, party and kind (kept in the address: `?object=`, `?party=`, `?kinds=`),
 * and the details of the item clicked.
 */
export function TimelineTab() {
  const t = useTimelineText();
  const text = useItemText();
  const call = useIpc();
  const { view } = useCaseContext();
  const caseId = view.record.id;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [params, setParams] = useSearchParams();
  const [selectedId, setSelectedId] = useState<string | null>(null);

  const load = useCallback(async () => {
    let failure = '';
    const timeline = await call(api.timeline.case({ caseId }), (error) => {
      failure = error.message;
      return true;
    });
    setLoaded(timeline ? { caseId, timeline } : { caseId, error: failure });
  }, [call, caseId]);

  useEffect(() => {
    void load();
  }, [load]);

  const current = loaded?.caseId === caseId ? loaded : null;
  const timeline = current?.timeline ?? null;

  const objectId = params.get('object');
  const partyId = params.get('party');
  const kinds = (params.get('kinds') ?? '').split(',').filter(isKind);
  const setFilter = (name: 'object' | 'party' | 'kinds', value: string | null) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  };

  const present = useMemo(
    () => TIMELINE_KINDS.filter((k) => timeline?.items.some((i) => i.kind === k)),
    [timeline],
  );
  const kindsKey = kinds.join(',');
  const shown = useMemo(() => {
    const wanted = kindsKey ? kindsKey.split(',') : [];
    return (timeline?.items ?? []).filter(
      (i) =>
        (!objectId || i.objectIds.includes(objectId)) &&
        (!partyId || i.partyIds.includes(partyId)) &&
        (wanted.length === 0 || wanted.includes(i.kind)),
    );
  }, [timeline, objectId, partyId, kindsKey]);
  // A lane for each kind with something to show; lanes left empty by a filter go.
  const lanes = present.filter((k) => shown.some((i) => i.kind === k));
  const undated = shown.filter((i) => itemExtent(i) === null).length;
  const selected = shown.find((i) => i.id === selectedId) ?? null;
  const activeFilters = (objectId ? 1 : 0) + (partyId ? 1 : 0) + (kinds.length ? 1 : 0);

  const describe = useCallback(
    (item: TimelineItem) => ({ title: text.title(item), date: text.dateRead(item.span) }),
    [text],
  );

  return (
    <Card padding="lg" data-testid="case-tab-panel-timeline">
      <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Title order={3} size="h5">
            {t('title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('intro')}
          </Text>
        </Stack>
      </Group>
      {current?.error !== undefined ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle size={18} />}
          data-testid="timeline-error"
        >
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{t('failed', { message: current.error })}</Text>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconRefresh size={14} />}
              onClick={() => void load()}
            >
              {t('retry')}
            </Button>
          </Group>
        </Alert>
      ) : !timeline ? (
        <Stack gap="xs" data-testid="timeline-loading" aria-label={t('loading')}>
          <Skeleton h={28} />
          <Skeleton h={220} />
        </Stack>
      ) : timeline.items.length === 0 ? (
        <EmptyState
          py="lg"
          size="md"
          icon={<IconTimeline size={28} stroke={1.5} />}
          title={t('empty.title')}
          description={t('empty.text')}
          data-testid="timeline-empty"
        />
      ) : (
        <Stack gap="md">
          <FilterBar
            activeCount={activeFilters}
            onClear={() => setParams(new URLSearchParams(), { replace: true })}
            testId="timeline-filters"
            trailing={
              <Text size="xs" c="dimmed" data-testid="timeline-count">
                {t('shown', { shown: shown.length, total: timeline.items.length })}
              </Text>
            }
          >
            <Select
              size="xs"
              w={260}
              label={t('filters.object')}
              placeholder={t('filters.allObjects')}
              data={timeline.objects.map((o) => ({ value: o.id, label: o.label }))}
              value={objectId}
              onChange={(v) => setFilter('object', v)}
              allowDeselect
              clearable
              searchable
              nothingFoundMessage={t('filters.nothingFound')}
              data-testid="timeline-filter-object"
            />
            <Select
              size="xs"
              w={220}
              label={t('filters.party')}
              placeholder={t('filters.allParties')}
              data={timeline.parties.map((p) => ({ value: p.id, label: p.label }))}
              value={partyId}
              onChange={(v) => setFilter('party', v)}
              allowDeselect
              clearable
              searchable
              nothingFoundMessage={t('filters.nothingFound')}
              data-testid="timeline-filter-party"
            />
            <EnumChips
              label={t('filters.kinds')}
              options={present.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
              value={kinds}
              onChange={(v) => setFilter('kinds', v.join(','))}
              testId="timeline-filter-kinds"
            />
          </FilterBar>
          {shown.length === 0 ? (
            <EmptyState
              py="lg"
              size="sm"
              icon={<IconTimeline size={24} stroke={1.5} />}
              title={t('noMatch.title')}
              description={t('noMatch.text', { count: timeline.items.length })}
              data-testid="timeline-no-match"
            />
          ) : (
            <TimelineChart
              items={shown}
              lanes={lanes}
              selectedId={selected?.id ?? null}
              onSelect={(item) => setSelectedId(item.id)}
              describe={describe}
            />
          )}
          {undated > 0 ? (
            <Text size="xs" c="dimmed">
              {t('undated', { count: undated })}
            </Text>
          ) : null}
          <ItemDetails
            caseId={caseId}
            item={selected}
            timeline={timeline}
            onClose={() => setSelectedId(null)}
          />
        </Stack>
      )}
    </Card>
  );
}

function ItemDetails(props: {
  caseId: string;
  item: TimelineItem | null;
  timeline: Timeline;
  onClose: () => void;
}) {
  const t = useTimelineText();
  const text = useItemText();
  const { item, timeline } = props;
  if (!item) {
    return (
      <Text size="sm" c="dimmed" data-testid="timeline-details-none">
        {t('details.none')}
      </Text>
    );
  }
  const Icon = KIND_ICON[item.kind];
  const color = KIND_COLOR[item.kind];
  const s = item.span;
  const route = itemRoute(props.caseId, item);
  const objectLabel = (id: string) => timeline.objects.find((o) => o.id === id)?.label ?? id;
  const partyLabel = (id: string) => timeline.parties.find((p) => p.id === id)?.label ?? id;
  const objectTab = item.kind === 'custody' ? 'custody' : 'provenance';

  return (
    <Card
      withBorder
      padding="md"
      aria-label={t('details.title')}
      data-testid="timeline-details"
      data-id={item.id}
      style={{ borderLeft: `4px solid var(--mantine-color-${color}-6)` }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} miw={0} style={{ flex: 1 }}>
          <Group gap={6} wrap="nowrap">
            <Icon size={16} stroke={1.8} color={`var(--mantine-color-${color}-7)`} />
            <Text size="xs" fw={700} c={`${color}.8`} tt="uppercase">
              {text.title(item)}
            </Text>
            <Badge size="xs" variant="light" color={item.uncertain ? 'yellow' : 'gray'}>
              {item.uncertain ? t('details.uncertain') : t('details.known')}
            </Badge>
          </Group>
          <Text fw={600}>{item.label || text.type(item)}</Text>
          <Group gap="lg" wrap="wrap">
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                {t('details.date')}
              </Text>
              <Text size="sm" data-testid="timeline-details-date">
                {text.dateRead(s)}
              </Text>
            </Stack>
            {item.uncertain ? (
              <>
                <Stack gap={0}>
                  <Text size="xs" c="dimmed">
                    {t('details.began')}
                  </Text>
                  <Text size="sm">{text.window(s.botb, s.eotb)}</Text>
                </Stack>
                <Stack gap={0}>
                  <Text size="xs" c="dimmed">
                    {t('details.ended')}
                  </Text>
                  <Text size="sm">{text.window(s.bote, s.eote)}</Text>
                </Stack>
              </>
            ) : null}
          </Group>
          {item.objectIds.length > 0 ? (
            <Group gap={6} wrap="wrap">
              <Text size="xs" c="dimmed">
                {t('details.objects')}
              </Text>
              {item.objectIds.map((id) => (
                <Anchor
                  key={id}
                  component={Link}
                  to={objectRoutes.tab(id, objectTab)}
                  size="sm"
                  data-testid="timeline-details-object"
                >
                  {objectLabel(id)}
                </Anchor>
              ))}
            </Group>
          ) : null}
          {item.partyIds.length > 0 ? (
            <Group gap={6} wrap="wrap">
              <Text size="xs" c="dimmed">
                {t('details.parties')}
              </Text>
              {item.partyIds.map((id) => (
                <Anchor key={id} component={Link} to={partyRoutes.party(id)} size="sm">
                  {partyLabel(id)}
                </Anchor>
              ))}
            </Group>
          ) : null}
        </Stack>
        <Group gap={4} wrap="nowrap">
          {route ? (
            <Button
              component={Link}
              to={route}
              size="xs"
              variant="light"
              leftSection={<IconExternalLink size={14} />}
              data-testid="timeline-details-open"
            >
              {t('details.open')}
            </Button>
          ) : null}
          <CloseButton aria-label={t('details.close')} onClick={props.onClose} />
        </Group>
      </Group>
    </Card>
  );
}
