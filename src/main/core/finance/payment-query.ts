import type { PaymentRecord } from '../../../shared/domain/finance';
import {
  PaymentListQuery,
  PaymentTotalsQuery,
  type PaymentFilters,
  type PaymentPage,
  type PaymentTotals,
} from '../../../shared/domain/finance-views';
import { convertedTotal } from '../../../shared/finance/convert';
import { compareAmounts, SCALE } from '../../../shared/finance/decimal';
import { fold } from '../../../shared/search/fold';
import type { CaseFileSession } from '../case-file/session';
import { CASE_SPEC } from '../cases/cases';
import { invalid } from '../objects/references';
import { requireRecord, rowToRecord, type SqlValue } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { parseInput } from '../support/validate';
import { paymentViews } from './payments';
import { ratesInto } from './rates';

/**
 * Payment lists of any length (a statement brings thousands of rows): the page is chosen in
 * SQL on the indexed columns and the amount's sort key, and only that page is read in full.
 * Totals read just the date, amount and currency of every matching payment.
 *
 * Amounts are exact decimal text; SQL compares them through a fixed-width key (15 integer
 * digits, 6 decimals, zero-padded), so "9999.99" sorts before "10000.00" and a range filter is
 * exact, never a floating-point comparison. Payments are positive, so the key needs no sign.
 */
const AMOUNT = "json_extract(p.data, '$.amount.amount')";
const WHOLE = `CASE WHEN instr(${AMOUNT}, '.') > 0 THEN substr(${AMOUNT}, 1, instr(${AMOUNT}, '.') - 1) ELSE ${AMOUNT} END`;
const FRACTION = `CASE WHEN instr(${AMOUNT}, '.') > 0 THEN substr(${AMOUNT}, instr(${AMOUNT}, '.') + 1) ELSE '' END`;
const AMOUNT_KEY = `(substr('000000000000000' || ${WHOLE}, -15, 15) || substr(${FRACTION} || '000000', 1, ${SCALE}))`;

/** The same key for a bound value. */
export function amountKey(amount: string): string {
  const [whole = '0', fraction = ''] = amount.replace(/^-/, '').split('.');
  return whole.padStart(15, '0').slice(-15) + fraction.padEnd(SCALE, '0').slice(0, SCALE);
}

const SORT_SQL = {
  date: (dir: string) => `p.date ${dir}, json_extract(p.data, '$.at') ${dir}, p.rowid ${dir}`,
  amount: (dir: string) => `${AMOUNT_KEY} ${dir}, p.date, p.rowid`,
  updated: (dir: string) => `p.updated_at ${dir}, p.date, p.rowid`,
};

const WHAT = 'payment list query';

/** Parties of the directory whose folded name contains `wanted` (already folded). */
function partiesNamed(db: Sqlite, wanted: string): string[] {
  if (wanted === '') return [];
  const rows = db.prepare('SELECT id, name FROM party').all() as Array<{
    id: string;
    name: string;
  }>;
  return rows.filter((r) => fold(r.name).includes(wanted)).map((r) => r.id);
}

/**
 * `custodia_folded_has(text, wanted)`: 1 when the folded text contains `wanted` (folded), so that "hrelic"
 * finds "Hrelić" and "racun" "Račun". Registered once per connection, when a text filter first
 * needs it.
 */
const FOLDED_HAS = 'custodia_folded_has';
const withFoldedHas = new WeakSet<Sqlite>();
function registerFoldedHas(db: Sqlite): void {
  if (withFoldedHas.has(db)) return;
  db.function(FOLDED_HAS, { deterministic: true }, (text: unknown, wanted: unknown) =>
    typeof text === 'string' && typeof wanted === 'string' && fold(text).includes(wanted) ? 1 : 0,
  );
  withFoldedHas.add(db);
}

/**
 * Text on the payment itself (reference, purpose, names typed on it), or a party of the directory
 * named on either side or holding either account: case, diacritics and script aside, or literally
 * (so that "50%" finds "50%").
 */
function textWhere(db: Sqlite, text: string, params: Record<string, SqlValue>): string {
  const wanted = fold(text).trim();
  params['text'] = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  params['textParties'] = JSON.stringify(partiesNamed(db, wanted));
  if (wanted !== '') {
    registerFoldedHas(db);
    params['folded'] = wanted;
  }
  const match = (path: string) => {
    const value = `json_extract(p.data, '$.${path}')`;
    const literal = `${value} LIKE @text ESCAPE '\\'`;
    return wanted === '' ? literal : `(${literal} OR ${FOLDED_HAS}(${value}, @folded))`;
  };
  const parties = 'SELECT value FROM json_each(@textParties)';
  return `(${['reference', 'purpose', 'payer.name', 'beneficiary.name'].map(match).join(' OR ')}
    OR p.payer_party_id IN (${parties}) OR p.beneficiary_party_id IN (${parties})
    OR p.payer_account_id IN (SELECT id FROM account WHERE holder_party_id IN (${parties}))
    OR p.beneficiary_account_id IN (SELECT id FROM account WHERE holder_party_id IN (${parties})))`;
}

/** The WHERE clause of a case's payments that match `filters`. */
function whereOf(
  db: Sqlite,
  caseId: string,
  f: PaymentFilters,
): { sql: string; params: Record<string, SqlValue> } {
  const where = ['p.case_id = @caseId'];
  const params: Record<string, SqlValue> = { caseId };
  if (f.accountId !== undefined) {
    where.push('(p.payer_account_id = @accountId OR p.beneficiary_account_id = @accountId)');
    params['accountId'] = f.accountId;
  }
  if (f.partyId !== undefined) {
    // The party on either side, or as the holder of the account on either side.
    where.push(`(p.payer_party_id = @partyId OR p.beneficiary_party_id = @partyId
      OR p.payer_account_id IN (SELECT id FROM account WHERE holder_party_id = @partyId)
      OR p.beneficiary_account_id IN (SELECT id FROM account WHERE holder_party_id = @partyId))`);
    params['partyId'] = f.partyId;
  }
  if (f.dateFrom !== undefined) {
    where.push('p.date >= @dateFrom');
    params['dateFrom'] = f.dateFrom;
  }
  if (f.dateTo !== undefined) {
    where.push('p.date <= @dateTo');
    params['dateTo'] = f.dateTo;
  }
  if (f.dateFrom !== undefined && f.dateTo !== undefined && f.dateFrom > f.dateTo) {
    throw invalid('filters.dateTo', 'the period ends before it begins', WHAT);
  }
  if (f.amountMin !== undefined && compareAmounts(f.amountMin, '0') > 0) {
    where.push(`${AMOUNT_KEY} >= @amountMin`);
    params['amountMin'] = amountKey(f.amountMin);
  }
  if (f.amountMax !== undefined) {
    if (compareAmounts(f.amountMax, '0') < 0) where.push('0');
    else {
      where.push(`${AMOUNT_KEY} <= @amountMax`);
      params['amountMax'] = amountKey(f.amountMax);
    }
  }
  if (
    f.amountMin !== undefined &&
    f.amountMax !== undefined &&
    compareAmounts(f.amountMin, f.amountMax) > 0
  ) {
    throw invalid('filters.amountMax', 'the largest amount is below the smallest', WHAT);
  }
  if (f.methods !== undefined && f.methods.length > 0) {
    const names = f.methods.map((m, i) => {
      params[`method${i}`] = m;
      return `@method${i}`;
    });
    where.push(`json_extract(p.data, '$.method') IN (${names.join(', ')})`);
  }
  if (f.currency !== undefined) {
    where.push('p.currency = @currency');
    params['currency'] = f.currency;
  }
  if (f.importId !== undefined) {
    where.push('p.import_id = @importId');
    params['importId'] = f.importId;
  }
  if (f.text !== undefined && f.text !== '') where.push(textWhere(db, f.text, params));
  return { sql: where.join(' AND '), params };
}

/** One page of a case's payments, filtered and sorted, with the number of all that match. */
export function queryPayments(db: Sqlite, query: PaymentListQuery): PaymentPage {
  const q = parseInput(PaymentListQuery, query, WHAT);
  const { sql, params } = whereOf(db, q.caseId, q.filters);
  const total = db
    .prepare(`SELECT count(*) FROM payment p WHERE ${sql}`)
    .pluck()
    .get(params) as number;
  const order = SORT_SQL[q.sort](q.direction === 'asc' ? 'ASC' : 'DESC');
  const rows = db
    .prepare(
      `SELECT p.id, p.data, p.version, p.created_at, p.updated_at FROM payment p
       WHERE ${sql} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: q.limit, offset: q.offset }) as Parameters<typeof rowToRecord>[0][];
  const records = rows.map((r) => rowToRecord<PaymentRecord>(r));
  const conversion =
    q.base === undefined ? undefined : { base: q.base, rates: ratesInto(db, q.base) };
  return { total, rows: paymentViews(db, records, conversion) };
}

export function listPayments(session: CaseFileSession, query: PaymentListQuery): PaymentPage {
  const page = queryPayments(session.db, query);
  if (page.total === 0) requireRecord(session.db, CASE_SPEC, (query as { caseId: string }).caseId);
  return page;
}

/**
 * The total of a case's payments that match `filters`, in `base` (EUR unless said otherwise):
 * the exact sum of what the rate table converts, and per currency what it cannot.
 */
export function paymentTotals(session: CaseFileSession, query: PaymentTotalsQuery): PaymentTotals {
  const q = parseInput(PaymentTotalsQuery, query, 'payment totals query');
  const db = session.db;
  requireRecord(db, CASE_SPEC, q.caseId);
  const { sql, params } = whereOf(db, q.caseId, q.filters);
  const rows = db
    .prepare(`SELECT p.date, ${AMOUNT} AS amount, p.currency FROM payment p WHERE ${sql}`)
    .all(params) as Array<{ date: string; amount: string; currency: string }>;
  const total = convertedTotal(
    rows.map((r) => ({ date: r.date, amount: { amount: r.amount, currency: r.currency } })),
    q.base,
    ratesInto(db, q.base),
  );
  return { ...total, count: rows.length };
}
