import {
  ActionIcon,
  Alert,
  Anchor,
  Box,
  Button,
  Card,
  CloseButton,
  EmptyState,
  Group,
  ScrollArea,
  Select,
  Skeleton,
  Stack,
  Text,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import {
  IconAffiliate,
  IconAlertCircle,
  IconArrowsSplit2,
  IconFileTypePng,
  IconFileTypeSvg,
  IconFocusCentered,
  IconRefresh,
  IconRoute,
  IconZoomIn,
  IconZoomOut,
} from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  EXPAND_LIMIT,
  LINK_NODE_KINDS,
  LINK_TYPES,
  type LinkChartFilters,
  type LinkEdge,
  type LinkGraph,
  type LinkNode,
  type LinkPaths,
  type LinkType,
} from '../../../../shared/ipc/linkchart.contract';
import { api } from '../../api';
import { useIpc } from '../../lib/useIpc';
import { useNotify } from '../../lib/useNotify';
import { useCaseContext } from '../cases/case-context';
import { useRuleText } from '../findings/useFindingsText';
import { mergeGraph, toElements } from './chart-elements';
import { LinkChartCanvas, type ChartHandle, type ChartTimings } from './LinkChartCanvas';
import { LinkChartDetails } from './LinkChartDetails';
import { LinkChartFilterBar } from './LinkChartFilterBar';
import { LinkChartLegend } from './LinkChartLegend';
import { PathFinder, type NodeOption, type PathRequest } from './PathFinder';
import { useFindingHighlight } from './useFindingHighlight';
import { nodeName, useChartLabels, useLinkChartText } from './useLinkChartText';

type Loaded =
  | { key: string; graph: LinkGraph; fetchMs: number; error?: undefined }
  | { key: string; error: string; graph?: undefined };

interface Extra {
  key: string;
  nodes: LinkNode[];
  edges: LinkEdge[];
  expanded: string[];
  anchor: string | null;
}

const isType = (v: string): v is LinkType => (LINK_TYPES as readonly string[]).includes(v);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const AMOUNT = /^\d{1,15}(\.\d{1,6})?$/;

/** The filters as the address keeps them: `?from=&to=&min=&types=a,b`. */
function filtersOf(params: URLSearchParams): LinkChartFilters {
  const date = (name: string) => {
    const v = params.get(name);
    return v && DATE.test(v) ? v : null;
  };
  const min = params.get('min');
  return {
    from: date('from'),
    to: date('to'),
    minAmount: min && AMOUNT.test(min) ? min : null,
    types: (params.get('types') ?? '').split(',').filter(isType),
  };
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * The case's link chart: parties, organisations, accounts, wallets and objects with typed,
 * directed links, payments aggregated per direction and currency (arrow width from the total).
 * Filters (period, minimum amount, link types) live in the address; so does a finding to
 * highlight (`?finding=<key>`, from the findings list). A node can be expanded (its neighbours,
 * from other cases too, drawn dashed with their case), paths between two nodes found and
 * highlighted, and the chart exported as PNG or SVG (a download, which the app's window saves
 * through the system's save dialog).
 */
export function LinkChartTab() {
  const t = useLinkChartText();
  const rule = useRuleText();
  const call = useIpc();
  const notify = useNotify();
  const labels = useChartLabels();
  const { view } = useCaseContext();
  const caseId = view.record.id;
  const reference = view.record.reference;
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersOf(params), [params]);
  const filtersKey = JSON.stringify(filters);
  const key = `${caseId}|${filtersKey}`;
  const findingKey = params.get('finding');

  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [reloads, setReloads] = useState(0);
  const [extra, setExtra] = useState<Extra | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [selectedEdge, setSelectedEdge] = useState<string | null>(null);
  const [paths, setPaths] = useState<{
    key: string;
    result: LinkPaths;
    depth: number;
    pick: number | null;
  } | null>(null);
  const [pathOpen, setPathOpen] = useState(false);
  const [pathEnds, setPathEnds] = useState<{ from: string | null; to: string | null }>({
    from: null,
    to: null,
  });
  const [busy, setBusy] = useState<'expand' | 'path' | null>(null);
  const [timings, setTimings] = useState<{ key: string; value: ChartTimings } | null>(null);
  const [hideFinding, setHideFinding] = useState<string | null>(null);
  const chart = useRef<ChartHandle>(null);
  // Link types seen in this case's charts: their chips stay when a type filter hides them.
  const [seenTypes, setSeenTypes] = useState<{ caseId: string; types: LinkType[] } | null>(null);

  useEffect(() => {
    let live = true;
    const started = performance.now();
    let failure = '';
    void call(api.linkchart.graph({ caseId, filters: JSON.parse(filtersKey) }), (error) => {
      failure = error.message;
      return true;
    }).then((graph) => {
      if (!live) return;
      if (graph) {
        setSeenTypes((prev) => {
          const known = prev?.caseId === caseId ? prev.types : [];
          const more = graph.edges.map((e) => e.type).filter((type) => !known.includes(type));
          return more.length === 0 && prev?.caseId === caseId
            ? prev
            : { caseId, types: [...new Set([...known, ...more])] };
        });
      }
      setLoaded(
        graph ? { key, graph, fetchMs: performance.now() - started } : { key, error: failure },
      );
    });
    return () => {
      live = false;
    };
  }, [call, caseId, filtersKey, key, reloads]);

  const current = loaded?.key === key ? loaded : null;
  const graph = current?.graph ?? null;
  const ext = extra?.key === key ? extra : null;
  const nodes = useMemo(() => mergeGraph(graph?.nodes ?? [], ext?.nodes ?? []), [graph, ext]);
  const edges = useMemo(() => mergeGraph(graph?.edges ?? [], ext?.edges ?? []), [graph, ext]);
  const elements = useMemo(() => toElements(nodes, edges, labels), [nodes, edges, labels]);
  const nodeById = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const edgeById = useMemo(() => new Map(edges.map((e) => [e.id, e])), [edges]);
  const degree = useMemo(() => {
    const count = new Map<string, number>();
    for (const e of edges) {
      count.set(e.source, (count.get(e.source) ?? 0) + 1);
      count.set(e.target, (count.get(e.target) ?? 0) + 1);
    }
    return (id: string) => count.get(id) ?? 0;
  }, [edges]);
  const seen = seenTypes?.caseId === caseId ? seenTypes.types : [];
  const typeChoices = LINK_TYPES.filter(
    (type) => seen.includes(type) || filters.types.includes(type),
  );
  const kindsShown = LINK_NODE_KINDS.filter((k) => nodes.some((n) => n.kind === k));
  const typesShown = LINK_TYPES.filter((type) => edges.some((e) => e.type === type));
  const options: NodeOption[] = useMemo(() => {
    const collator = new Intl.Collator();
    return nodes
      .map((n) => ({
        value: n.id,
        label: `${nodeName(t, n)} · ${t(`kinds.${n.kind}`)}${n.otherCase ? ` [${n.otherCase.reference}]` : ''}`,
      }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [nodes, t]);

  const setFilters = (next: LinkChartFilters) => {
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        const put = (name: string, value: string | null) =>
          value ? p.set(name, value) : p.delete(name);
        put('from', next.from);
        put('to', next.to);
        put('min', next.minAmount);
        put('types', next.types.length ? next.types.join(',') : null);
        return p;
      },
      { replace: true },
    );
    setSelected([]);
    setSelectedEdge(null);
    setPaths(null);
    setExtra(null);
  };

  const finding = useFindingHighlight(caseId, findingKey);
  const findingShown = finding && hideFinding !== finding.key ? finding : null;
  const livePaths = paths?.key === key ? paths : null;

  const highlight = useMemo(() => {
    if (livePaths) {
      const chosen =
        livePaths.pick !== null
          ? [livePaths.result.paths[livePaths.pick]].filter((p) => p !== undefined)
          : livePaths.result.paths;
      return {
        nodes: new Set(chosen.flatMap((p) => p.nodes)),
        edges: new Set(chosen.flatMap((p) => p.edges)),
      };
    }
    if (findingShown?.status === 'ready') {
      return {
        nodes: new Set(findingShown.located.nodeIds),
        edges: new Set(findingShown.located.edgeIds),
      };
    }
    return null;
  }, [livePaths, findingShown]);
  const highlighted = highlight
    ? [...highlight.nodes].filter((id) => nodeById.has(id)).length +
      [...highlight.edges].filter((id) => edgeById.has(id)).length
    : 0;

  const selection = selectedEdge ? [selectedEdge] : selected;
  const focusNode = selected.at(-1) ?? null;

  const onTap = useCallback(
    (id: string | null, group: 'nodes' | 'edges' | null, additive: boolean) => {
      if (id === null) {
        setSelected([]);
        setSelectedEdge(null);
        return;
      }
      if (group === 'edges') {
        setSelected([]);
        setSelectedEdge(id);
        return;
      }
      setSelectedEdge(null);
      setSelected((prev) => {
        if (!additive) return [id];
        if (prev.includes(id)) return prev.filter((x) => x !== id);
        return [...prev, id].slice(-2);
      });
    },
    [],
  );

  const expand = async (id: string) => {
    setBusy('expand');
    const result = await call(api.linkchart.expand({ caseId, nodeId: id, filters }));
    setBusy(null);
    if (!result) return;
    const before = new Set(nodes.map((n) => n.id));
    const beforeEdges = new Set(edges.map((e) => e.id));
    const newNodes = result.nodes.filter((n) => !before.has(n.id));
    const newEdges = result.edges.filter((e) => !beforeEdges.has(e.id));
    setExtra((prev) => {
      const base =
        prev?.key === key ? prev : { key, nodes: [], edges: [], expanded: [], anchor: null };
      return {
        key,
        nodes: [...base.nodes, ...newNodes],
        edges: [...base.edges, ...newEdges],
        expanded: [...new Set([...base.expanded, id])],
        anchor: id,
      };
    });
    if (newNodes.length === 0 && newEdges.length === 0) notify.success(t('expand.nothing'));
    else notify.success(t('expand.added', { nodes: newNodes.length, edges: newEdges.length }));
    if (result.limited)
      notify.info(t('toolbar.expand'), t('expand.limited', { limit: EXPAND_LIMIT }));
  };

  const findPaths = async (request: PathRequest) => {
    setBusy('path');
    const result = await call(
      api.linkchart.paths({
        caseId,
        ...request,
        filters,
        expanded: ext?.expanded ?? [],
      }),
    );
    setBusy(null);
    if (!result) return;
    setPaths({ key, result, depth: request.maxDepth, pick: null });
    setPathOpen(false);
    setSelected([request.from, request.to]);
    setSelectedEdge(null);
  };

  const openPath = (from: string | null, to: string | null) => {
    setPathEnds({ from, to });
    setPathOpen(true);
  };

  const exportAs = async (kind: 'png' | 'svg') => {
    const handle = chart.current;
    if (!handle) return;
    const file = `${reference}-link-chart.${kind}`;
    const blob =
      kind === 'png'
        ? await handle.png()
        : new Blob([handle.svg()], { type: 'image/svg+xml;charset=utf-8' });
    download(blob, file);
    notify.success(t('toolbar.exported', { file }));
  };

  const ready = timings?.key === `${key}|${reloads}` ? timings.value : null;
  const nameOf = (id: string) => {
    const n = nodeById.get(id);
    return n ? nodeName(t, n) : id;
  };
  const filtered =
    filters.from !== null ||
    filters.to !== null ||
    filters.minAmount !== null ||
    filters.types.length > 0;

  return (
    <Card
      padding="md"
      data-testid="case-tab-panel-links"
      data-state={ready ? 'ready' : 'loading'}
      data-nodes={nodes.length}
      data-edges={edges.length}
      data-fetch-ms={current?.graph ? current.fetchMs.toFixed(0) : undefined}
      data-build-ms={ready?.buildMs.toFixed(0)}
      data-layout-ms={ready?.layoutMs.toFixed(0)}
      data-render-ms={ready?.renderMs.toFixed(0)}
      data-highlighted={highlighted}
    >
      <Stack gap="sm">
        <Text size="xs" c="dimmed">
          {t('intro')}
        </Text>
        <LinkChartFilterBar
          filters={filters}
          types={typeChoices}
          onChange={setFilters}
          trailing={
            graph ? (
              <Text size="xs" c="dimmed" data-testid="linkchart-counts">
                {t('counts', {
                  nodes: nodes.length,
                  edges: edges.length,
                  payments: graph.paymentCount,
                })}
              </Text>
            ) : null
          }
        />
        <Group gap="xs" wrap="wrap" role="toolbar" aria-label={t('toolbar.label')}>
          <Select
            size="xs"
            w={260}
            aria-label={t('toolbar.find')}
            placeholder={t('toolbar.findPlaceholder')}
            data={options}
            value={null}
            onChange={(id) => {
              if (!id) return;
              setSelectedEdge(null);
              setSelected([id]);
              chart.current?.center(id);
            }}
            searchable
            limit={50}
            nothingFoundMessage={t('toolbar.nothingFound')}
            data-testid="linkchart-find"
          />
          <Tooltip label={t('toolbar.expandHint')} openDelay={400} multiline w={280}>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconArrowsSplit2 size={14} />}
              disabled={!focusNode || nodeById.get(focusNode)?.kind === 'unknown'}
              loading={busy === 'expand'}
              onClick={() => focusNode && void expand(focusNode)}
              data-testid="linkchart-expand"
            >
              {t('toolbar.expand')}
            </Button>
          </Tooltip>
          <PathFinder
            options={options}
            opened={pathOpen}
            onOpen={() => openPath(selected[0] ?? null, selected[1] ?? null)}
            onClose={() => setPathOpen(false)}
            from={pathEnds.from}
            to={pathEnds.to}
            onFrom={(from) => setPathEnds((p) => ({ ...p, from }))}
            onTo={(to) => setPathEnds((p) => ({ ...p, to }))}
            busy={busy === 'path'}
            onFind={(r) => void findPaths(r)}
          />
          <Group gap={4} wrap="nowrap">
            <Tooltip label={t('toolbar.fit')}>
              <ActionIcon
                variant="default"
                size={30}
                aria-label={t('toolbar.fit')}
                onClick={() => chart.current?.fit()}
                data-testid="linkchart-fit"
              >
                <IconFocusCentered size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('toolbar.zoomIn')}>
              <ActionIcon
                variant="default"
                size={30}
                aria-label={t('toolbar.zoomIn')}
                onClick={() => chart.current?.zoom(1.25)}
                data-testid="linkchart-zoom-in"
              >
                <IconZoomIn size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('toolbar.zoomOut')}>
              <ActionIcon
                variant="default"
                size={30}
                aria-label={t('toolbar.zoomOut')}
                onClick={() => chart.current?.zoom(0.8)}
                data-testid="linkchart-zoom-out"
              >
                <IconZoomOut size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
          <Group gap={4} wrap="nowrap" ml="auto">
            <Tooltip label={t('toolbar.exportHint')} openDelay={400}>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconFileTypePng size={14} />}
                disabled={!ready}
                onClick={() => void exportAs('png')}
                data-testid="linkchart-export-png"
              >
                {t('toolbar.exportPng')}
              </Button>
            </Tooltip>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconFileTypeSvg size={14} />}
              disabled={!ready}
              onClick={() => void exportAs('svg')}
              data-testid="linkchart-export-svg"
            >
              {t('toolbar.exportSvg')}
            </Button>
          </Group>
        </Group>

        {current?.error !== undefined ? (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle size={18} />}
            data-testid="linkchart-error"
          >
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">{t('failed', { message: current.error })}</Text>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconRefresh size={14} />}
                onClick={() => setReloads((n) => n + 1)}
              >
                {t('retry')}
              </Button>
            </Group>
          </Alert>
        ) : !graph ? (
          <Stack gap="xs" data-testid="linkchart-loading" aria-label={t('loading')}>
            <Skeleton h={480} />
          </Stack>
        ) : nodes.length === 0 ? (
          <EmptyState
            py="lg"
            size="md"
            icon={<IconAffiliate size={28} stroke={1.5} />}
            title={filtered ? t('noMatch.title') : t('empty.title')}
            description={filtered ? t('noMatch.text') : t('empty.text')}
            data-testid={filtered ? 'linkchart-no-match' : 'linkchart-empty'}
          />
        ) : (
          <Group align="stretch" wrap="nowrap" gap="sm" h="max(480px, calc(100vh - 250px))">
            <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
              <Box
                pos="relative"
                style={{
                  flex: 1,
                  minHeight: 0,
                  minWidth: 0,
                  border: '1px solid var(--mantine-color-gray-3)',
                  borderRadius: 'var(--mantine-radius-sm)',
                  overflow: 'hidden',
                  background: '#fcfcfd',
                }}
              >
                <LinkChartCanvas
                  ref={chart}
                  elements={elements}
                  resetKey={`${key}|${reloads}`}
                  anchor={ext?.anchor ?? null}
                  highlight={highlight}
                  selected={selection}
                  onTap={onTap}
                  onReady={(value) => setTimings({ key: `${key}|${reloads}`, value })}
                  label={t('chart')}
                  keysHint={t('toolbar.keys')}
                />
                {!ready ? (
                  <Group
                    gap="xs"
                    style={{ position: 'absolute', top: 8, left: 8 }}
                    data-testid="linkchart-drawing"
                  >
                    <Text size="xs" c="dimmed">
                      {t('loading')}
                    </Text>
                  </Group>
                ) : null}
              </Box>
              <LinkChartLegend kinds={kindsShown} types={typesShown} />
            </Stack>
            <ScrollArea w={350} style={{ flex: 'none' }} type="auto" offsetScrollbars>
              <Stack gap="sm" pr={4}>
                {findingShown ? (
                  <Alert
                    color="red"
                    variant="light"
                    p="xs"
                    title={t('finding.title')}
                    data-testid="linkchart-finding"
                    data-status={findingShown.status}
                  >
                    <Stack gap={4}>
                      {findingShown.status === 'loading' ? (
                        <Text size="sm">{t('finding.loading')}</Text>
                      ) : findingShown.status === 'missing' ? (
                        <Text size="sm">{t('finding.missing')}</Text>
                      ) : (
                        <>
                          <Text size="sm" fw={600} data-testid="linkchart-finding-title">
                            {rule.title(findingShown.finding.ruleId, findingShown.englishTitle)}
                          </Text>
                          <Text size="xs">{rule.explanation(findingShown.finding)}</Text>
                          <Text size="xs" c="dimmed" data-testid="linkchart-finding-shown">
                            {t('finding.shown', {
                              shown: highlighted,
                              total:
                                findingShown.located.nodeIds.length +
                                findingShown.located.edgeIds.length,
                            })}
                          </Text>
                          {highlighted <
                            findingShown.located.nodeIds.length +
                              findingShown.located.edgeIds.length && filtered ? (
                            <Anchor
                              component="button"
                              size="xs"
                              onClick={() =>
                                setFilters({ from: null, to: null, minAmount: null, types: [] })
                              }
                            >
                              {t('finding.outside')} {t('finding.clearFilters')}
                            </Anchor>
                          ) : null}
                        </>
                      )}
                      <Anchor
                        component="button"
                        size="xs"
                        onClick={() => setHideFinding(findingShown.key)}
                        data-testid="linkchart-finding-close"
                      >
                        {t('finding.close')}
                      </Anchor>
                    </Stack>
                  </Alert>
                ) : null}
                {livePaths ? (
                  <Card
                    withBorder
                    padding="xs"
                    data-testid="linkchart-paths"
                    data-count={livePaths.result.paths.length}
                  >
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      <Group gap={6} wrap="nowrap">
                        <IconRoute size={16} color="var(--mantine-color-red-7)" />
                        <Text size="sm" fw={600}>
                          {livePaths.result.paths.length === 0
                            ? t('path.none', {
                                depth: livePaths.depth,
                                from: nameOf(livePaths.result.from),
                                to: nameOf(livePaths.result.to),
                              })
                            : t('path.found', {
                                count: livePaths.result.paths.length,
                                from: nameOf(livePaths.result.from),
                                to: nameOf(livePaths.result.to),
                              })}
                        </Text>
                      </Group>
                      <CloseButton
                        size="sm"
                        aria-label={t('path.clear')}
                        onClick={() => setPaths(null)}
                        data-testid="linkchart-paths-clear"
                      />
                    </Group>
                    {livePaths.result.truncated ? (
                      <Text size="xs" c="dimmed">
                        {t('path.truncated')}
                      </Text>
                    ) : null}
                    <Stack gap={2} mt={4}>
                      {livePaths.result.paths.length > 1 ? (
                        <Anchor
                          component="button"
                          size="xs"
                          ta="left"
                          onClick={() => setPaths({ ...livePaths, pick: null })}
                          fw={livePaths.pick === null ? 700 : 400}
                        >
                          {t('path.all')}
                        </Anchor>
                      ) : null}
                      {livePaths.result.paths.slice(0, 50).map((p, i) => (
                        <UnstyledButton
                          key={p.nodes.join('>')}
                          onClick={() => setPaths({ ...livePaths, pick: i })}
                          title={t('path.pick')}
                          data-testid="linkchart-path-item"
                          style={{
                            borderRadius: 4,
                            padding: '2px 4px',
                            background:
                              livePaths.pick === i ? 'var(--mantine-color-red-0)' : undefined,
                          }}
                        >
                          <Text size="xs">
                            <Text span c="dimmed" size="xs">
                              {t('path.steps', { steps: p.nodes.length - 1 })}:{' '}
                            </Text>
                            {p.nodes.map(nameOf).join(' → ')}
                          </Text>
                        </UnstyledButton>
                      ))}
                    </Stack>
                  </Card>
                ) : null}
                <LinkChartDetails
                  caseId={caseId}
                  filters={filters}
                  node={selectedEdge ? null : (nodeById.get(focusNode ?? '') ?? null)}
                  edge={selectedEdge ? (edgeById.get(selectedEdge) ?? null) : null}
                  nodeById={nodeById}
                  degree={degree}
                  onExpand={(id) => void expand(id)}
                  onPathFrom={(id) => openPath(id, selected.find((x) => x !== id) ?? null)}
                  onClose={() => {
                    setSelected([]);
                    setSelectedEdge(null);
                  }}
                  expanding={busy === 'expand'}
                />
                <Text size="xs" c="dimmed">
                  {t('toolbar.keys')}
                </Text>
              </Stack>
            </ScrollArea>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
