import {
  Alert,
  Box,
  Button,
  Card,
  EmptyState,
  Group,
  ScrollArea,
  Skeleton,
  Stack,
  Text,
} from '@mantine/core';
import { IconAffiliate, IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import { useCallback, useRef, useState } from 'react';
import {
  EXPAND_LIMIT,
  LINK_NODE_KINDS,
  LINK_TYPES,
  type LinkChartFilters,
} from '../../../../shared/ipc/linkchart.contract';
import { api } from '../../api';
import { useIpc } from '../../lib/useIpc';
import { useNotify } from '../../lib/useNotify';
import { useCaseContext } from '../cases/case-context';
import { LinkChartCanvas, type ChartHandle, type ChartTimings } from './LinkChartCanvas';
import { LinkChartDetails } from './LinkChartDetails';
import { LinkChartFilterBar } from './LinkChartFilterBar';
import { LinkChartFindingCard } from './LinkChartFindingCard';
import { LinkChartLegend } from './LinkChartLegend';
import { LinkChartPathsCard, type PathsFound } from './LinkChartPathsCard';
import { LinkChartToolbar } from './LinkChartToolbar';
import { PathFinder, type PathRequest } from './PathFinder';
import { useChartHighlight } from './useChartHighlight';
import { useFindingHighlight } from './useFindingHighlight';
import { useLinkChartData } from './useLinkChartData';
import { nodeName, useLinkChartText } from './useLinkChartText';

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
  const call = useIpc();
  const notify = useNotify();
  const { view } = useCaseContext();
  const caseId = view.record.id;
  const reference = view.record.reference;
  const data = useLinkChartData(caseId);
  const { filters, key, current, graph, reloads, ext, setExtra, nodes, edges, nodeById, edgeById } =
    data;

  const [selected, setSelected] = useState<string[]>([]);
  const [selectedEdge, setSelectedEdge] = useState<string | null>(null);
  const [paths, setPaths] = useState<PathsFound | null>(null);
  const [pathOpen, setPathOpen] = useState(false);
  const [pathEnds, setPathEnds] = useState<{ from: string | null; to: string | null }>({
    from: null,
    to: null,
  });
  const [busy, setBusy] = useState<'expand' | 'path' | null>(null);
  const [timings, setTimings] = useState<{ key: string; value: ChartTimings } | null>(null);
  const [hideFinding, setHideFinding] = useState<string | null>(null);
  const chart = useRef<ChartHandle>(null);

  const kindsShown = LINK_NODE_KINDS.filter((k) => nodes.some((n) => n.kind === k));
  const typesShown = LINK_TYPES.filter((type) => edges.some((e) => e.type === type));

  const setFilters = (next: LinkChartFilters) => {
    data.writeFilters(next);
    setSelected([]);
    setSelectedEdge(null);
    setPaths(null);
  };

  const finding = useFindingHighlight(caseId, data.findingKey);
  const findingShown = finding && hideFinding !== finding.key ? finding : null;
  const livePaths = paths?.key === key ? paths : null;

  const { highlight, highlighted } = useChartHighlight(livePaths, findingShown, nodeById, edgeById);

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
          types={data.typeChoices}
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
        <LinkChartToolbar
          chart={chart}
          options={data.options}
          onFind={(id) => {
            setSelectedEdge(null);
            setSelected([id]);
            chart.current?.center(id);
          }}
          canExpand={!!focusNode && nodeById.get(focusNode)?.kind !== 'unknown'}
          expanding={busy === 'expand'}
          onExpand={() => focusNode && void expand(focusNode)}
          pathFinder={
            <PathFinder
              options={data.options}
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
          }
          ready={!!ready}
          reference={reference}
        />

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
                onClick={data.reload}
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
                  elements={data.elements}
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
                  <LinkChartFindingCard
                    finding={findingShown}
                    highlighted={highlighted}
                    filtered={filtered}
                    onClearFilters={() =>
                      setFilters({ from: null, to: null, minAmount: null, types: [] })
                    }
                    onClose={() => setHideFinding(findingShown.key)}
                  />
                ) : null}
                {livePaths ? (
                  <LinkChartPathsCard
                    paths={livePaths}
                    nameOf={nameOf}
                    onPick={(pick) => setPaths({ ...livePaths, pick })}
                    onClear={() => setPaths(null)}
                  />
                ) : null}
                <LinkChartDetails
                  caseId={caseId}
                  filters={filters}
                  node={selectedEdge ? null : (nodeById.get(focusNode ?? '') ?? null)}
                  edge={selectedEdge ? (edgeById.get(selectedEdge) ?? null) : null}
                  nodeById={nodeById}
                  degree={data.degree}
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
