import type { AccountRecord } from '../../../shared/domain/finance';
import type { EvidenceKind } from '../../../shared/domain/finding';
import {
  EXPAND_LIMIT,
  type LinkChartFilters,
  type LinkEdge,
  type LinkExpansion,
  type LinkGraph,
  type LinkNode,
  type OtherCase,
} from '../../../shared/ipc/linkchart.contract';
import { CASE_SPEC } from '../cases/cases';
import { requireRecord } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { GraphBuilder, PartyDirectory } from './builder';
import { edgeId, foldName, nodeId, parseNodeId } from './ids';
import {
  readAccounts,
  readObjects,
  readPayments,
  readRelationships,
  readTransfers,
  type PaymentRow,
} from './sources';

export const NO_FILTERS: LinkChartFilters = { from: null, to: null, minAmount: null, types: [] };

/** Case id → reference, read once per request. */
function caseReferences(db: Sqlite): Map<string, string> {
  const rows = db.prepare('SELECT id, reference FROM case_record').all() as Array<{
    id: string;
    reference: string;
  }>;
  return new Map(rows.map((r) => [r.id, r.reference]));
}

function addTransfers(
  db: Sqlite,
  b: GraphBuilder,
  where: string,
  params: string[],
  f: LinkChartFilters,
) {
  const events = readTransfers(db, where, params, f);
  const objects = new Map(
    readObjects(
      db,
      events.map((e) => e.objectId),
    ).map((o) => [o.id, o]),
  );
  for (const e of events) {
    const object = objects.get(e.objectId);
    if (object) b.addTransfer(e, object);
  }
}

/**
 * The party nodes' roles in the case and the other cases they appear in (as parties of the case:
 * `case_party`). Works on the nodes' surviving party ids, so a merged party brings its roles.
 */
function annotateParties(
  db: Sqlite,
  caseId: string,
  parties: PartyDirectory,
  nodes: LinkNode[],
  references: Map<string, string>,
): void {
  const byNode = new Map(
    nodes.filter((n) => n.entityId && n.id.startsWith('party:')).map((n) => [n.id, n]),
  );
  if (byNode.size === 0) return;
  const rows = db
    .prepare('SELECT party_id, case_id, role FROM case_party ORDER BY case_id, role')
    .all() as Array<{ party_id: string; case_id: string; role: string }>;
  const also = new Map<string, Map<string, OtherCase>>();
  for (const r of rows) {
    const party = parties.resolve(r.party_id);
    if (!party) continue;
    const node = byNode.get(nodeId.party(party.id));
    if (!node) continue;
    if (r.case_id === caseId) {
      if (!node.roles.includes(r.role)) node.roles = [...node.roles, r.role];
    } else {
      const others = also.get(node.id) ?? new Map<string, OtherCase>();
      others.set(r.case_id, { id: r.case_id, reference: references.get(r.case_id) ?? '' });
      also.set(node.id, others);
    }
  }
  for (const [id, others] of also) {
    const node = byNode.get(id) as LinkNode;
    node.alsoIn = [...others.values()].sort((a, b) => a.reference.localeCompare(b.reference));
  }
}

/** Everything of one case, before the type and amount filters are applied (see `finish`). */
function caseBuilder(
  db: Sqlite,
  caseId: string,
  filters: LinkChartFilters,
  parties: PartyDirectory,
) {
  const b = new GraphBuilder(db, parties, filters);
  const cast = db
    .prepare('SELECT party_id FROM case_party WHERE case_id = ? ORDER BY party_id')
    .pluck()
    .all(caseId) as string[];
  for (const partyId of cast) {
    const party = parties.resolve(partyId);
    if (party) b.pin(b.partyInfoNode(party, caseId));
  }
  for (const a of readAccounts(db, 'case_id = ?', [caseId])) b.addAccount(a);
  for (const p of readPayments(db, 'p.case_id = ?', [caseId], filters)) b.addPayment(p);
  for (const r of readRelationships(db, 'case_id = ?', [caseId], filters)) b.addRelationship(r);
  addTransfers(db, b, 'case_id = ?', [caseId], filters);
  return b;
}

/**
 * The case's link chart: its parties (every party of the case, linked or not), their accounts
 * and wallets, the payments between them aggregated per direction and currency, the
 * relationships (ownership, directorship…), who holds which account, and the objects that
 * passed between them (provenance transfers), within the filters.
 */
export function caseGraph(db: Sqlite, caseId: string, filters: LinkChartFilters): LinkGraph {
  requireRecord(db, CASE_SPEC, caseId);
  const parties = new PartyDirectory(db);
  const { nodes, edges, paymentCount } = caseBuilder(db, caseId, filters, parties).finish();
  annotateParties(db, caseId, parties, nodes, caseReferences(db));
  return { caseId, nodes, edges, paymentCount };
}

/** The ids of the party and every party merged into it (directly or through others). */
function mergedGroup(db: Sqlite, partyId: string): string[] {
  return db
    .prepare(
      `WITH RECURSIVE m(id) AS (SELECT ? UNION SELECT p.id FROM party p JOIN m ON p.merged_into = m.id)
       SELECT id FROM m`,
    )
    .pluck()
    .all(partyId) as string[];
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Records anywhere in the case file that touch the node, fed to `b`. */
function collectNeighbourhood(
  db: Sqlite,
  b: GraphBuilder,
  node: string,
  f: LinkChartFilters,
): void {
  const parsed = parseNodeId(node);
  if (!parsed) {
    throw new CaseFileError(CaseFileErrorCode.InvalidInput, `There is no chart node ${node}.`, {
      nodeId: node,
    });
  }
  switch (parsed.kind) {
    case 'party': {
      const party = b.parties.resolve(parsed.id);
      if (!party) {
        throw new CaseFileError(CaseFileErrorCode.NotFound, `There is no party ${parsed.id}.`, {
          entity: 'party',
          id: parsed.id,
        });
      }
      const ids = mergedGroup(db, party.id);
      const m = marks(ids.length);
      for (const p of readPayments(
        db,
        `p.payer_party_id IN (${m}) OR p.beneficiary_party_id IN (${m})`,
        [...ids, ...ids],
        f,
      )) {
        b.addPayment(p);
      }
      for (const a of readAccounts(db, `holder_party_id IN (${m})`, ids)) b.addAccount(a);
      for (const r of readRelationships(
        db,
        `subject_party_id IN (${m}) OR object_party_id IN (${m})`,
        [...ids, ...ids],
        f,
      )) {
        b.addRelationship(r);
      }
      const sides = ['fromParty', 'toParty', 'agent']
        .map((s) => `json_extract(data, '$.${s}.partyId') IN (${m})`)
        .join(' OR ');
      addTransfers(db, b, sides, [...ids, ...ids, ...ids], f);
      return;
    }
    case 'account': {
      const account = b.account(parsed.id);
      if (!account) {
        throw new CaseFileError(CaseFileErrorCode.NotFound, `There is no account ${parsed.id}.`, {
          entity: 'account',
          id: parsed.id,
        });
      }
      b.addAccount(account);
      for (const p of readPayments(
        db,
        'p.payer_account_id = ? OR p.beneficiary_account_id = ?',
        [parsed.id, parsed.id],
        f,
      )) {
        b.addPayment(p);
      }
      for (const r of readRelationships(db, 'account_id = ?', [parsed.id], f)) b.addRelationship(r);
      for (const other of sameAccounts(db, account)) b.addSameAs(account, other);
      return;
    }
    case 'object':
      addTransfers(db, b, 'object_id = ?', [parsed.id], f);
      return;
    case 'name': {
      const named = (name: string | null | undefined) => !!name && foldName(name) === parsed.folded;
      const payments = readPayments(
        db,
        '(p.payer_party_id IS NULL) OR (p.beneficiary_party_id IS NULL)',
        [],
        f,
      ).filter(
        (p: PaymentRow) =>
          (p.payer_party_id === null && named(p.payer_name)) ||
          (p.beneficiary_party_id === null && named(p.beneficiary_name)),
      );
      for (const p of payments) b.addPayment(p);
      for (const a of readAccounts(db, 'holder_party_id IS NULL', [])) {
        if (named(a.holder.name)) b.addAccount(a);
      }
      for (const r of readRelationships(
        db,
        'subject_party_id IS NULL OR object_party_id IS NULL',
        [],
        f,
      )) {
        if (
          (r.subject.partyId === null && named(r.subject.name)) ||
          (r.object.partyId === null && named(r.object.name))
        ) {
          b.addRelationship(r);
        }
      }
      const events = readTransfers(db, '1 = 1', [], f).filter((e) =>
        [e.fromParty, e.toParty, e.agent].some((s) => s.partyId === null && named(s.name)),
      );
      const objects = new Map(
        readObjects(
          db,
          events.map((e) => e.objectId),
        ).map((o) => [o.id, o]),
      );
      for (const e of events) {
        const object = objects.get(e.objectId);
        if (object) b.addTransfer(e, object);
      }
      return;
    }
    case 'unknown':
      return;
  }
}

/** The same bank account (IBAN) or wallet (chain and address) recorded elsewhere. */
function sameAccounts(db: Sqlite, account: AccountRecord): AccountRecord[] {
  if (account.iban !== '') {
    return readAccounts(db, 'iban = ? AND id <> ?', [account.iban, account.id]);
  }
  if (account.kind === 'crypto' && account.address !== '') {
    return readAccounts(db, "kind = 'crypto' AND json_extract(data, '$.address') = ? AND id <> ?", [
      account.address,
      account.id,
    ]).filter((a) => a.chain === account.chain);
  }
  return [];
}

/** The node's links and neighbours, whatever their case, within the filters (unmarked). */
export function neighbourhood(
  db: Sqlite,
  node: string,
  filters: LinkChartFilters,
  parties = new PartyDirectory(db),
): { builder: GraphBuilder; nodes: LinkNode[]; edges: LinkEdge[] } {
  const b = new GraphBuilder(db, parties, filters);
  collectNeighbourhood(db, b, node, filters);
  const done = b.finish();
  const edges = done.edges.filter((e) => e.source === node || e.target === node);
  const keep = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes = done.nodes.filter((n) => keep.has(n.id));
  return { builder: b, nodes, edges };
}

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

/**
 * The chart elements that a finding's evidence names: a payment → its aggregated link and both
 * ends, an account, party or object → its node, a relationship → its link and the parties it
 * joins (when they are directory parties), a provenance event → its links and the object.
 * Evidence of other kinds (documents, the case) has no place on the chart and is left out.
 */
export function locateEvidence(
  db: Sqlite,
  refs: ReadonlyArray<{ kind: EvidenceKind; id: string }>,
): { nodeIds: string[]; edgeIds: string[] } {
  const parties = new PartyDirectory(db);
  const b = new GraphBuilder(db, parties, NO_FILTERS);
  const nodeIds = new Set<string>();
  const edgeIds = new Set<string>();
  for (const ref of refs) {
    switch (ref.kind) {
      case 'party': {
        const party = parties.resolve(ref.id);
        if (party) nodeIds.add(nodeId.party(party.id));
        break;
      }
      case 'account':
        nodeIds.add(nodeId.account(ref.id));
        break;
      case 'object':
        nodeIds.add(nodeId.object(ref.id));
        break;
      case 'payment': {
        const [row] = readPayments(db, 'p.id = ?', [ref.id], NO_FILTERS);
        const ends = row ? b.paymentEnds(row) : null;
        if (row && ends) {
          edgeIds.add(edgeId.payment(row.case_id, ends.from, ends.to, row.currency));
          nodeIds.add(ends.from);
          nodeIds.add(ends.to);
        }
        break;
      }
      case 'relationship': {
        const row = db
          .prepare(
            'SELECT subject_party_id, object_party_id, account_id FROM relationship WHERE id = ?',
          )
          .get(ref.id) as
          | {
              subject_party_id: string | null;
              object_party_id: string | null;
              account_id: string | null;
            }
          | undefined;
        if (row) {
          edgeIds.add(edgeId.relationship(ref.id));
          for (const id of [row.subject_party_id, row.object_party_id]) {
            const party = id ? parties.resolve(id) : null;
            if (party) nodeIds.add(nodeId.party(party.id));
          }
          if (row.account_id) nodeIds.add(nodeId.account(row.account_id));
        }
        break;
      }
      case 'provenance_event': {
        const row = db
          .prepare('SELECT object_id FROM provenance_event WHERE id = ?')
          .pluck()
          .get(ref.id) as string | undefined;
        if (row) {
          nodeIds.add(nodeId.object(row));
          for (const side of ['from', 'to', 'agent'] as const)
            edgeIds.add(edgeId.event(ref.id, side));
        }
        break;
      }
      default:
        break;
    }
  }
  return { nodeIds: [...nodeIds].sort(), edgeIds: [...edgeIds].sort() };
}
