import { Id } from '../../../shared/domain/common';
import type {
  CitedPayment,
  ProvenanceChain,
  ProvenanceEventRecord,
} from '../../../shared/domain/provenance';
import type { PartyRef } from '../../../shared/domain/seizure';
import { AAM_WORDS_EN, aamLine } from '../../../shared/provenance/aam';
import { orderProblems } from '../../../shared/provenance/span-compare';
import type { CaseFileSession } from '../case-file/session';
import { paymentsByIds } from '../finance/event-payments';
import { objectSpec } from '../objects/object-specs';
import { requireRecord } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { parseInput } from '../support/validate';
import { claimsOf, eventsOf } from './specs';

/**
 * One object's chain as the screens and reports show it: events in chain order, the claims
 * beside them, the AAM provenance line (English; the renderer builds its own in the interface
 * language from the same events), the pairs of events whose dates contradict their order, the
 * names of the parties they point to, and the payments the events cite (where the object's
 * chain meets the money chain).
 */

/**
 * Names of the parties, by id, as the directory has them now. A party merged into another lives
 * on as that one, so its survivor's name is shown.
 */
export function partyNamesOf(db: Sqlite, ids: Iterable<string>): Record<string, string> {
  const read = db.prepare('SELECT name, merged_into FROM party WHERE id = ?');
  const names: Record<string, string> = {};
  for (const id of new Set(ids)) {
    let row = read.get(id) as { name: string; merged_into: string | null } | undefined;
    const seen = new Set([id]);
    while (row?.merged_into && !seen.has(row.merged_into)) {
      seen.add(row.merged_into);
      const next = read.get(row.merged_into) as typeof row | undefined;
      if (!next) break;
      row = next;
    }
    if (row) names[id] = row.name;
  }
  return names;
}

export function partyIdsOf(refs: readonly PartyRef[]): string[] {
  return refs.flatMap((r) => (r.partyId === null ? [] : [r.partyId]));
}

/** The parties an event names: who it came from, who it went to, who acted between them. */
export const eventParties = (e: ProvenanceEventRecord): PartyRef[] => [
  e.fromParty,
  e.toParty,
  e.agent,
];

/** Pairs of events whose position contradicts their dates, as ids (earlier position first). */
export function orderProblemsOf(
  events: readonly ProvenanceEventRecord[],
): ProvenanceChain['orderProblems'] {
  return orderProblems(events.map((e) => e.span)).map(([before, after]) => ({
    before: (events[before] as ProvenanceEventRecord).id,
    after: (events[after] as ProvenanceEventRecord).id,
  }));
}

export function chainOf(db: Sqlite, objectId: string): ProvenanceChain {
  const object = requireRecord(db, objectSpec(db), objectId);
  const events = eventsOf(db, objectId);
  const claims = claimsOf(db, objectId);
  const cited = paymentsByIds(
    db,
    events.flatMap((e) => e.payments ?? []),
  );
  const parties = partyNamesOf(
    db,
    partyIdsOf([
      ...events.flatMap(eventParties),
      ...claims.map((c) => c.claimant),
      ...cited.flatMap((p) => [p.payer, p.beneficiary]),
    ]),
  );
  const partyName = (ref: PartyRef): string =>
    (ref.partyId !== null ? parties[ref.partyId] : undefined) ?? ref.name;
  const payments: Record<string, CitedPayment> = {};
  for (const p of cited) {
    payments[p.id] = {
      id: p.id,
      date: p.date,
      amount: p.amount,
      method: p.method,
      payer: partyName(p.payer),
      beneficiary: partyName(p.beneficiary),
      reference: p.reference,
    };
  }
  return {
    objectId,
    caseId: object.caseId,
    events,
    claims,
    aam: aamLine(events, { partyName, words: AAM_WORDS_EN }),
    orderProblems: orderProblemsOf(events),
    parties,
    payments,
  };
}

export function provenanceChain(session: CaseFileSession, objectId: string): ProvenanceChain {
  return chainOf(session.db, parseInput(Id, objectId, 'object id'));
}
