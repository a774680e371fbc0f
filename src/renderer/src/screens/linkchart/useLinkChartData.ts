import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  LINK_TYPES,
  type LinkChartFilters,
  type LinkEdge,
  type LinkGraph,
  type LinkNode,
  type LinkType,
} from '../../../../shared/ipc/linkchart.contract';
import { api } from '../../api';
import { useIpc } from '../../lib/useIpc';
import { mergeGraph, toElements } from './chart-elements';
import type { NodeOption } from './PathFinder';
import { nodeName, useChartLabels, useLinkChartText } from './useLinkChartText';

type Loaded =
  | { key: string; graph: LinkGraph; fetchMs: number; error?: undefined }
  | { key: string; error: string; graph?: undefined };

/** Nodes and links added to the chart by expanding nodes (for the chart with that key). */
export interface Extra {
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

/**
 * The link chart's data: the filters and the finding to highlight read from the address, the
 * case's graph loaded for those filters (reloaded on request), the nodes and links added by
 * expanding merged in, and what the screen derives from them (chart elements, lookups by id,
 * degree, the link types to offer as filter chips, the node options of "find" and "find path").
 * `key` names the chart (case and filters): state kept for another key is stale.
 */
export function useLinkChartData(caseId: string) {
  const t = useLinkChartText();
  const call = useIpc();
  const labels = useChartLabels();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersOf(params), [params]);
  const filtersKey = JSON.stringify(filters);
  const key = `${caseId}|${filtersKey}`;
  const findingKey = params.get('finding');

  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [reloads, setReloads] = useState(0);
  const [extra, setExtra] = useState<Extra | null>(null);
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
  const options: NodeOption[] = useMemo(() => {
    const collator = new Intl.Collator();
    return nodes
      .map((n) => ({
        value: n.id,
        label: `${nodeName(t, n)} · ${t(`kinds.${n.kind}`)}${n.otherCase ? ` [${n.otherCase.reference}]` : ''}`,
      }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [nodes, t]);

  /** Puts the filters in the address (replacing the entry) and drops the expanded nodes. */
  const writeFilters = (next: LinkChartFilters) => {
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
    setExtra(null);
  };

  return {
    filters,
    key,
    findingKey,
    current,
    graph,
    reloads,
    reload: () => setReloads((n) => n + 1),
    ext,
    setExtra,
    writeFilters,
    nodes,
    edges,
    elements,
    nodeById,
    edgeById,
    degree,
    typeChoices,
    options,
  };
}
