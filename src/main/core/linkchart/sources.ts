import type { AccountRecord, RelationshipRecord } from '../../../shared/domain/finance';
import {
  PROVENANCE_EVENT_GROUPS,
  type ProvenanceEventRecord,
} from '../../../shared/domain/provenance';
import type { LinkChartFilters } from '../../../shared/ipc/linkchart.contract';
import { ACCOUNT_SPEC, RELATIONSHIP_SPEC } from '../finance/specs';
import { EVENT_SPEC } from '../provenance/specs';
import { listRecords, type SqlValue } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';

/**
 * What the chart is drawn from, read with plain SQL where the records are many (payments: a
 * statement brings thousands) and as records where they are few. Each reader takes a WHERE clause
 * so the case's chart and one node's neighbourhood (across every case) share the code.
 */

/** A payment as the chart needs it: keys from the columns, names and amount from the JSON. */
export interface PaymentRow {
  id: string;
  case_id: string;
  date: string;
  currency: string;
  amount: string;
  method: string;
  payer_party_id: string | null;
  payer_account_id: string | null;
  payer_name: string | null;
  beneficiary_party_id: string | null;
  beneficiary_account_id: string | null;
  beneficiary_name: string | null;
}

const PAYMENT_COLUMNS = `p.id, p.case_id, p.date, p.currency,
  json_extract(p.data, '$.amount.amount') AS amount,
  json_extract(p.data, '$.method') AS method,
  p.payer_party_id, p.payer_account_id, json_extract(p.data, '$.payer.name') AS payer_name,
  p.beneficiary_party_id, p.beneficiary_account_id,
  json_extract(p.data, '$.beneficiary.name') AS beneficiary_name`;

/** The period filter as SQL on `p.date` (ISO days compare as text). */
function periodClause(filters: LinkChartFilters): { sql: string; params: SqlValue[] } {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  if (filters.from) {
    parts.push('p.date >= ?');
    params.push(filters.from);
  }
  if (filters.to) {
    parts.push('p.date <= ?');
    params.push(filters.to);
  }
  return { sql: parts.length ? ` AND ${parts.join(' AND ')}` : '', params };
}

export function readPayments(
  db: Sqlite,
  where: string,
  params: SqlValue[],
  filters: LinkChartFilters,
): PaymentRow[] {
  const period = periodClause(filters);
  return db
    .prepare(
      `SELECT ${PAYMENT_COLUMNS} FROM payment p WHERE (${where})${period.sql} ORDER BY p.date, p.id`,
    )
    .all(...params, ...period.params) as PaymentRow[];
}

export function readAccounts(db: Sqlite, where: string, params: SqlValue[]): AccountRecord[] {
  return listRecords(db, ACCOUNT_SPEC, where, params);
}

/** "2024" → "2024-01-01" (as a start), "2024-03" → "2024-03-01". */
const startOf = (d: string): string =>
  d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
/** "2024" → "2024-12-31" (as an end), "2024-03" → "2024-03-31" (enough to compare days). */
const endOf = (d: string): string =>
  d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;

/** Whether a span of partial dates (open ends allowed) meets the filter's period. */
export function overlapsPeriod(
  start: string | null,
  end: string | null,
  filters: LinkChartFilters,
): boolean {
  if (filters.to && start !== null && startOf(start) > filters.to) return false;
  if (filters.from && end !== null && endOf(end) < filters.from) return false;
  return true;
}

export function readRelationships(
  db: Sqlite,
  where: string,
  params: SqlValue[],
  filters: LinkChartFilters,
): RelationshipRecord[] {
  return listRecords(db, RELATIONSHIP_SPEC, where, params).filter((r) =>
    overlapsPeriod(r.startDate, r.endDate, filters),
  );
}

const TRANSFER_TYPES: readonly string[] = PROVENANCE_EVENT_GROUPS.transfer;

/**
 * Provenance events that pass an object from one holder to another (sale, gift, theft…), within
 * the period; an event with no date at all stays in (nothing says it is outside).
 */
export function readTransfers(
  db: Sqlite,
  where: string,
  params: SqlValue[],
  filters: LinkChartFilters,
): ProvenanceEventRecord[] {
  const marks = TRANSFER_TYPES.map(() => '?').join(', ');
  return listRecords(
    db,
    EVENT_SPEC,
    `(${where}) AND type IN (${marks})`,
    [...params, ...TRANSFER_TYPES],
    'object_id, position, id',
  ).filter((e) => {
    const row = EVENT_SPEC.columns(e);
    return overlapsPeriod(
      row['earliest'] as string | null,
      row['latest'] as string | null,
      filters,
    );
  });
}

export interface ObjectRow {
  id: string;
  case_id: string;
  exhibit_number: string;
  title: string;
}

export function readObjects(db: Sqlite, ids: readonly string[]): ObjectRow[] {
  const rows: ObjectRow[] = [];
  const read = db.prepare(
    'SELECT id, case_id, exhibit_number, title FROM seized_object WHERE id = ?',
  );
  for (const id of new Set(ids)) {
    const row = read.get(id) as ObjectRow | undefined;
    if (row) rows.push(row);
  }
  return rows;
}
