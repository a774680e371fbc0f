/**
 * The link chart across cases: expanding a node of a case's chart with its neighbours from every
 * case (marked with the case they come from), and the chart with its expansions as one graph.
 * Also the entry point of the chart services (re-exports ./case-graph, ./neighbourhood, ./locate).
 */
import {
  EXPAND_LIMIT,
  type LinkChartFilters,
  type LinkEdge,
  type LinkExpansion,
  type LinkNode,
  type OtherCase,
} from '../../../shared/ipc/linkchart.contract';
import { CASE_SPEC } from '../cases/cases';
import { requireRecord } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { PartyDirectory } from './builder';
import { annotateParties, caseBuilder, caseGraph, caseReferences, NO_FILTERS } from './case-graph';
import { neighbourhood } from './neighbourhood';

export { caseGraph, NO_FILTERS } from './case-graph';
export { neighbourhood } from './neighbourhood';
export { locateEvidence } from './locate';

/**
 * Expands a node: its neighbours one step away and the links to them, found in every case of the
 * case file. What does not belong to the chart's case is marked with the case it comes from, so
 * the chart can draw it apart. A very connected node is cut at EXPAND_LIMIT links (the chart's
 * case first), and the answer says so.
 */
export function expandNode(
  db: Sqlite,
  caseId: string,
  node: string,
  filters: LinkChartFilters,
): LinkExpansion {
  requireRecord(db, CASE_SPEC, caseId);
  const parties = new PartyDirectory(db);
  const found = neighbourhood(db, node, filters, parties);
  const references = caseReferences(db);
  const ref = (id: string | undefined): OtherCase | null =>
    id === undefined ? null : { id, reference: references.get(id) ?? '' };

  // What the case itself has, whatever the filters: anything else came from another case.
  const own = caseBuilder(db, caseId, NO_FILTERS, parties).finish();
  const ownNodes = new Set(own.nodes.map((n) => n.id));

  let edges = found.edges.map((e) => {
    const from = found.builder.edgeCase.get(e.id);
    return from !== caseId ? { ...e, otherCase: ref(from) } : e;
  });
  let limited = false;
  if (edges.length > EXPAND_LIMIT) {
    limited = true;
    edges = [...edges]
      .sort((a, b) => Number(a.otherCase !== null) - Number(b.otherCase !== null))
      .slice(0, EXPAND_LIMIT)
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  }
  const keep = new Set([node, ...edges.flatMap((e) => [e.source, e.target])]);
  const nodes = found.nodes
    .filter((n) => keep.has(n.id))
    .map((n) => {
      if (ownNodes.has(n.id)) return n;
      // The case that brought it in: its own (accounts, objects), else that of its first link.
      const viaEdge = edges.find((e) => e.source === n.id || e.target === n.id);
      const from =
        n.kind === 'account' || n.kind === 'wallet' || n.kind === 'object'
          ? found.builder.nodeCase.get(n.id)
          : viaEdge
            ? (found.builder.edgeCase.get(viaEdge.id) ?? found.builder.nodeCase.get(n.id))
            : found.builder.nodeCase.get(n.id);
      return from !== caseId ? { ...n, otherCase: ref(from) } : n;
    });
  annotateParties(db, caseId, parties, nodes, references);
  return { nodeId: node, nodes, edges, limited };
}

/** The case's chart and the neighbourhoods of the given nodes, as one graph (for a path search). */
export function chartWithExpansions(
  db: Sqlite,
  caseId: string,
  filters: LinkChartFilters,
  expanded: readonly string[],
): { nodes: LinkNode[]; edges: LinkEdge[] } {
  const graph = caseGraph(db, caseId, filters);
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const edges = new Map(graph.edges.map((e) => [e.id, e]));
  const parties = new PartyDirectory(db);
  for (const id of new Set(expanded)) {
    const more = neighbourhood(db, id, filters, parties);
    for (const n of more.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of more.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
