/**
 * One node's neighbourhood across every case of the case file: the records that touch a party
 * (and the parties merged into it), an account (and the same account recorded elsewhere), an
 * object or a name-only node, as chart links within the filters.
 */
import type { AccountRecord } from '../../../shared/domain/finance';
import type { LinkChartFilters, LinkEdge, LinkNode } from '../../../shared/ipc/linkchart.contract';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { GraphBuilder, PartyDirectory } from './builder';
import { addTransfers } from './case-graph';
import { foldName, parseNodeId } from './ids';
import {
  readAccounts,
  readObjects,
  readPayments,
  readRelationships,
  readTransfers,
  type PaymentRow,
} from './sources';

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
