import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import { EVIDENCE_KINDS } from '../../../shared/domain/finding';
import {
  LinkChartFilters,
  MAX_PATH_DEPTH,
  MAX_PATHS,
  type EdgePayments,
  type LinkChartFiltersInput,
  type LinkExpansion,
  type LinkGraph,
  type LinkPaths,
  type LocatedEvidence,
} from '../../../shared/ipc/linkchart.contract';
import type { CaseFileSession } from '../case-file/session';
import { CASE_SPEC } from '../cases/cases';
import { requireRecord } from '../records/record-store';
import { parseInput } from '../support/validate';
import { edgePayments } from './edge-payments';
import { caseGraph, chartWithExpansions, expandNode, locateEvidence } from './graph';
import { findPaths } from './paths';

/**
 * The link chart of a case (issue #6 point 6): read-only services over the case file. Each takes
 * the filters the screen shows (period, minimum amount, link types) and answers with elements
 * whose ids are stable (see shared/ipc/linkchart.contract.ts).
 */
export { caseGraph, expandNode, locateEvidence, neighbourhood, NO_FILTERS } from './graph';
export { findPaths, type PathGraph, type PathOptions } from './paths';
export { edgePayments } from './edge-payments';
export { edgeId, nodeId, parseNodeId, parsePaymentEdgeId, foldName } from './ids';
export { formatMicros } from './builder';

const Filters = LinkChartFilters.default({ from: null, to: null, minAmount: null, types: [] });
const NodeId = z.string().min(1).max(300);

export function linkChart(
  session: CaseFileSession,
  input: { caseId: string; filters?: LinkChartFiltersInput },
): LinkGraph {
  const { caseId, filters } = parseInput(
    z.object({ caseId: Id, filters: Filters }).strict(),
    input,
    'link chart request',
  );
  return caseGraph(session.db, caseId, filters);
}

export function expandLinkChart(
  session: CaseFileSession,
  input: { caseId: string; nodeId: string; filters?: LinkChartFiltersInput },
): LinkExpansion {
  const { caseId, nodeId, filters } = parseInput(
    z.object({ caseId: Id, nodeId: NodeId, filters: Filters }).strict(),
    input,
    'expansion request',
  );
  return expandNode(session.db, caseId, nodeId, filters);
}

export const PathQuery = z
  .object({
    caseId: Id,
    from: NodeId,
    to: NodeId,
    maxDepth: z.number().int().min(1).max(MAX_PATH_DEPTH).default(5),
    directed: z.boolean().default(false),
    filters: Filters,
    expanded: z.array(NodeId).max(200).default([]),
  })
  .strict();
export type PathQuery = z.input<typeof PathQuery>;

/**
 * Every path between two nodes of the chart as the screen shows it (the case's chart within the
 * filters, plus the neighbourhoods it expanded), at most `maxDepth` steps, shortest first. The
 * unknown side of a cash payment ends a path but is never passed through. `directed` follows
 * payments from payer to beneficiary only; other links (holding an account, owning a company)
 * are walked both ways.
 */
export function linkChartPaths(session: CaseFileSession, input: PathQuery): LinkPaths {
  const q = parseInput(PathQuery, input, 'path search');
  const graph = chartWithExpansions(session.db, q.caseId, q.filters, q.expanded);
  const { paths, truncated } = findPaths(graph, q.from, q.to, {
    maxDepth: q.maxDepth,
    // Money goes one way; a holder and the account, an owner and the company, go together.
    oneWay: q.directed ? new Set(['payment']) : null,
    maxPaths: MAX_PATHS,
    endOnly: new Set(['unknown']),
  });
  return { from: q.from, to: q.to, paths, truncated };
}

export function linkChartEdgePayments(
  session: CaseFileSession,
  input: { caseId: string; edgeId: string; filters?: LinkChartFiltersInput },
): EdgePayments {
  const { caseId, edgeId, filters } = parseInput(
    z.object({ caseId: Id, edgeId: z.string().min(1).max(600), filters: Filters }).strict(),
    input,
    'payment link request',
  );
  requireRecord(session.db, CASE_SPEC, caseId);
  return edgePayments(session.db, edgeId, filters);
}

export function locateOnLinkChart(
  session: CaseFileSession,
  input: { caseId: string; refs: ReadonlyArray<{ kind: string; id: string }> },
): LocatedEvidence {
  const { caseId, refs } = parseInput(
    z
      .object({
        caseId: Id,
        refs: z.array(z.object({ kind: z.enum(EVIDENCE_KINDS), id: Id })).max(10_000),
      })
      .strict(),
    input,
    'evidence to locate',
  );
  requireRecord(session.db, CASE_SPEC, caseId);
  return locateEvidence(session.db, refs);
}
