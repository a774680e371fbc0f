import type { PaymentRecord } from '../../../shared/domain/finance';
import { getRecord } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { PAYMENT_SPEC } from './specs';

/**
 * Where the object's chain meets the money chain: a provenance event (a sale, a consignment)
 * cites the payments that paid for it. The event record keeps the list; `event_payment` is
 * derived from it in the same transaction (as `document_citation` is from sources), so a
 * payment can be asked what it paid for.
 */

/**
 * Refuses payment ids that do not exist, belong to another case or are named twice. `path`
 * names the field; each issue points at the item (`payments.2`).
 */
export function requirePaymentsOfCase(
  db: Sqlite,
  caseId: string,
  ids: readonly string[],
  path = 'payments',
): void {
  const caseOf = db.prepare('SELECT case_id FROM payment WHERE id = ?').pluck();
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    const owner = caseOf.get(id) as string | undefined;
    const message = seen.has(id)
      ? `payment ${id} is named twice`
      : owner === undefined
        ? `there is no payment ${id}`
        : owner !== caseId
          ? `payment ${id} is a payment of another case`
          : null;
    seen.add(id);
    if (message === null) return;
    throw new CaseFileError(CaseFileErrorCode.InvalidInput, `Invalid ${path}: ${message}.`, {
      issues: [{ path: [...path.split('.'), String(i)], message }],
    });
  });
}

/** Makes `event_payment` say exactly which payments the event cites. */
export function syncEventPayments(
  db: Sqlite,
  eventId: string,
  paymentIds: readonly string[],
): void {
  db.prepare('DELETE FROM event_payment WHERE event_id = ?').run(eventId);
  const insert = db.prepare(
    'INSERT INTO event_payment (event_id, payment_id) VALUES (?, ?) ON CONFLICT DO NOTHING',
  );
  for (const id of paymentIds) insert.run(eventId, id);
}

/** The payments with these ids, in that order (unknown ids are left out). */
export function paymentsByIds(db: Sqlite, ids: Iterable<string>): PaymentRecord[] {
  return [...new Set(ids)].flatMap((id) => getRecord<PaymentRecord>(db, PAYMENT_SPEC, id) ?? []);
}

/** The provenance events that cite each of the payments, keyed by payment id. */
export function eventsCiting(
  db: Sqlite,
  paymentIds: readonly string[],
): Map<string, Array<{ id: string; objectId: string; type: string }>> {
  const out = new Map<string, Array<{ id: string; objectId: string; type: string }>>();
  if (paymentIds.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT ep.payment_id, e.id, e.object_id, e.type FROM event_payment ep
       JOIN provenance_event e ON e.id = ep.event_id
       WHERE ep.payment_id IN (SELECT value FROM json_each(?))
       ORDER BY e.object_id, e.position, e.id`,
    )
    .all(JSON.stringify(paymentIds)) as Array<{
    payment_id: string;
    id: string;
    object_id: string;
    type: string;
  }>;
  for (const r of rows) {
    const list = out.get(r.payment_id) ?? [];
    list.push({ id: r.id, objectId: r.object_id, type: r.type });
    out.set(r.payment_id, list);
  }
  return out;
}
