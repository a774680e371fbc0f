/**
 * One case's link chart: its parties (pinned), accounts, payments, relationships and provenance
 * transfers fed to a GraphBuilder, plus the helpers the other chart services share (case
 * references, transfers with their objects, party roles and other cases).
 */
import type {
  LinkChartFilters,
  LinkGraph,
  LinkNode,
  OtherCase,
} from '../../../shared/ipc/linkchart.contract';
import { CASE_SPEC } from '../cases/cases';
import { requireRecord } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { GraphBuilder, PartyDirectory } from './builder';
import { nodeId } from './ids';
import {
  readAccounts,
  readObjects,
  readPayments,
  readRelationships,
  readTransfers,
} from './sources';

export const NO_FILTERS: LinkChartFilters = { from: null, to: null, minAmount: null, types: [] };

/** Case id → reference, read once per request. */
export function caseReferences(db: Sqlite): Map<string, string> {
  const rows = db.prepare('SELECT id, reference FROM case_record').all() as Array<{
    id: string;
    reference: string;
  }>;
  return new Map(rows.map((r) => [r.id, r.reference]));
}

/** The provenance transfers matching `where`, with their objects, fed to `b`. */
export function addTransfers(
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
export function annotateParties(
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
export function caseBuilder(
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
