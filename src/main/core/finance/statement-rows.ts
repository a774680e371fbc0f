import { createHash } from 'node:crypto';
import { PAYMENT_METHODS, type PaymentMethod } from '../../../shared/domain/finance';
import {
  CURRENCY_ALIASES,
  type MappingIssue,
  type RowError,
  type RowProblem,
  type StatementCounts,
  type StatementField,
  type StatementMapping,
} from '../../../shared/domain/statement';
import { parseDate } from '../../../shared/finance/date-parse';
import { checkIban } from '../../../shared/finance/iban';
import {
  absDecimal,
  isZeroDecimal,
  MAX_DECIMALS,
  MAX_WHOLE_DIGITS,
  negateDecimal,
  normalizeDecimal,
  parseDecimal,
} from '../../../shared/finance/number-parse';
import {
  cellText,
  isBlankRow,
  type Cell,
  type RawRow,
  type StatementTable,
} from './statement-read';

/**
 * From rows of cells to statement transactions: the mapping's columns found among the headers,
 * each row read with the mapping's formats into a transaction or into row errors (one per cell
 * at fault, each with the row number as in the file), and each transaction fingerprinted so a
 * re-import recognises it. Pure apart from hashing; the import and the preview share it.
 */

/** Longest text kept per field (the domain's Line). */
const MAX_TEXT = 500;

type ColumnKey =
  | 'date'
  | 'valueDate'
  | 'counterpartyName'
  | 'counterpartyAccount'
  | 'reference'
  | 'purpose'
  | 'transactionId'
  | 'amount'
  | 'debit'
  | 'credit'
  | 'indicator'
  | 'currency'
  | 'method';

/** Index of each mapped column in the header row (absent when the mapping leaves it out). */
export type ResolvedColumns = Partial<Record<ColumnKey, { index: number; header: string }>>;

const foldHeader = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Where each of the mapping's columns stands; issues name the mapping field and the header. */
export function resolveColumns(
  headers: readonly string[],
  mapping: StatementMapping,
): { columns: ResolvedColumns; issues: MappingIssue[] } {
  const wanted: { key: ColumnKey; header: string | null; path: string[] }[] = [
    ...(
      [
        'date',
        'valueDate',
        'counterpartyName',
        'counterpartyAccount',
        'reference',
        'purpose',
        'transactionId',
      ] as const
    ).map((key) => ({ key, header: mapping.columns[key], path: ['columns', key] })),
  ];
  const a = mapping.amount;
  if (a.mode === 'signed')
    wanted.push({ key: 'amount', header: a.column, path: ['amount', 'column'] });
  if (a.mode === 'debit-credit') {
    wanted.push({ key: 'debit', header: a.debit, path: ['amount', 'debit'] });
    wanted.push({ key: 'credit', header: a.credit, path: ['amount', 'credit'] });
  }
  if (a.mode === 'indicator') {
    wanted.push({ key: 'amount', header: a.column, path: ['amount', 'column'] });
    wanted.push({ key: 'indicator', header: a.indicator, path: ['amount', 'indicator'] });
  }
  if (mapping.currency.mode === 'column') {
    wanted.push({ key: 'currency', header: mapping.currency.column, path: ['currency', 'column'] });
  }
  if (mapping.method.mode === 'column') {
    wanted.push({ key: 'method', header: mapping.method.column, path: ['method', 'column'] });
  }
  const exact = new Map<string, number[]>();
  const folded = new Map<string, number[]>();
  headers.forEach((h, i) => {
    exact.set(h.trim(), [...(exact.get(h.trim()) ?? []), i]);
    folded.set(foldHeader(h), [...(folded.get(foldHeader(h)) ?? []), i]);
  });
  const columns: ResolvedColumns = {};
  const issues: MappingIssue[] = [];
  for (const w of wanted) {
    if (w.header === null) continue;
    const found = exact.get(w.header.trim()) ?? folded.get(foldHeader(w.header)) ?? [];
    if (found.length === 0) {
      issues.push({ path: w.path, message: `the file has no column "${w.header}"` });
    } else if (found.length > 1) {
      issues.push({
        path: w.path,
        message: `the file has ${found.length} columns named "${w.header}"; rename one in the file`,
      });
    } else {
      columns[w.key] = { index: found[0] as number, header: headers[found[0] as number] as string };
    }
  }
  return { columns, issues };
}

/** A transaction read from one row; amounts are exact decimals, seen from the statement's account. */
export interface StatementTransaction {
  row: number;
  date: string;
  /** Local date and time when the row has a time of day. */
  at: string | null;
  valueDate: string | null;
  direction: 'in' | 'out';
  /** Positive. */
  amount: string;
  currency: string;
  counterpartyName: string;
  /** As written (trimmed); `iban` is set when it is a valid IBAN. */
  counterpartyAccount: string;
  counterpartyIban: string | null;
  reference: string;
  purpose: string;
  transactionId: string;
  method: PaymentMethod;
}

export type RowOutcome =
  | { row: number; ok: true; tx: StatementTransaction }
  | { row: number; ok: false; errors: RowError[]; partial: Partial<StatementTransaction> };

const clip = (s: string) => (s.length > 200 ? `${s.slice(0, 199)}…` : s);

interface RowContext {
  row: number;
  cells: Cell[];
  errors: RowError[];
}

function cellAt(ctx: RowContext, columns: ResolvedColumns, key: ColumnKey): Cell {
  const col = columns[key];
  return col === undefined ? '' : (ctx.cells[col.index] ?? '');
}

function addError(
  ctx: RowContext,
  columns: ResolvedColumns,
  key: ColumnKey | null,
  field: StatementField | null,
  problem: RowProblem,
  message: string,
): void {
  const col = key ? columns[key] : undefined;
  ctx.errors.push({
    row: ctx.row,
    column: col?.header ?? null,
    field,
    problem,
    message,
    value: key ? clip(cellText(cellAt(ctx, columns, key))) : '',
  });
}

/** Text as one line: NFC, runs of white space as one space, trimmed (fast path for plain ASCII). */
function oneLine(raw: string): string {
  const plain = !/[^\x20-\x7e]/.test(raw) && !raw.includes('  ');
  return plain ? raw.trim() : raw.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function text(ctx: RowContext, columns: ResolvedColumns, key: ColumnKey & StatementField): string {
  const value = oneLine(cellText(cellAt(ctx, columns, key)));
  if (value.length > MAX_TEXT) {
    addError(ctx, columns, key, key, 'too-long', `longer than ${MAX_TEXT} characters`);
    return '';
  }
  return value;
}

const EXACT_DECIMAL = new RegExp(`^-?\\d{1,${MAX_WHOLE_DIGITS}}(\\.\\d{1,${MAX_DECIMALS}})?$`);

/** A signed amount from a cell, or null (error recorded). Empty gives 'empty' unless allowed. */
function amountOf(
  ctx: RowContext,
  columns: ResolvedColumns,
  key: ColumnKey,
  field: StatementField,
  mapping: StatementMapping,
): string | null {
  const cell = cellAt(ctx, columns, key);
  if (typeof cell !== 'string') {
    if ('number' in cell) {
      if (EXACT_DECIMAL.test(cell.number)) return cell.number;
      addError(
        ctx,
        columns,
        key,
        field,
        'too-many-decimals',
        `not an amount with at most ${MAX_DECIMALS} decimals`,
      );
      return null;
    }
    addError(ctx, columns, key, field, 'cell-type', 'a date where an amount was expected');
    return null;
  }
  const r = parseDecimal(cell, mapping.numberFormat);
  if (r.ok) return r.value;
  addError(ctx, columns, key, field, r.problem, r.message);
  return null;
}

function dateOf(
  ctx: RowContext,
  columns: ResolvedColumns,
  key: 'date' | 'valueDate',
  mapping: StatementMapping,
  required: boolean,
): { date: string; time: string | null } | null {
  const cell = cellAt(ctx, columns, key);
  if (typeof cell !== 'string') {
    if ('date' in cell) return cell;
    addError(ctx, columns, key, key, 'cell-type', 'a number where a date was expected');
    return null;
  }
  if (cell.trim() === '' && !required) return null;
  const r = parseDate(cell, mapping.dateFormat);
  if (r.ok) return { date: r.date, time: r.time };
  addError(ctx, columns, key, key, r.problem, r.message);
  return null;
}

function currencyOf(
  ctx: RowContext,
  columns: ResolvedColumns,
  mapping: StatementMapping,
): string | null {
  if (mapping.currency.mode === 'fixed') return mapping.currency.code;
  const raw = cellText(cellAt(ctx, columns, 'currency'))
    .trim()
    .toUpperCase();
  if (/^[A-Z]{3}$/.test(raw)) return raw;
  const alias = CURRENCY_ALIASES[raw];
  if (alias) return alias;
  addError(
    ctx,
    columns,
    'currency',
    'currency',
    raw === '' ? 'empty' : 'currency-unknown',
    raw === '' ? 'no currency' : 'not a currency code such as RSD or EUR',
  );
  return null;
}

const foldValue = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

function methodOf(
  ctx: RowContext,
  columns: ResolvedColumns,
  mapping: StatementMapping,
): PaymentMethod {
  const m = mapping.method;
  if (m.mode === 'fixed') return m.method;
  const value = foldValue(cellText(cellAt(ctx, columns, 'method')));
  const hit = m.values.find((v) => foldValue(v.text) === value);
  if (hit) return hit.method;
  return (PAYMENT_METHODS as readonly string[]).includes(value)
    ? (value as PaymentMethod)
    : m.otherwise;
}

/** Signed amount (seen from the statement's account: negative = out) and its source column. */
function signedAmount(
  ctx: RowContext,
  columns: ResolvedColumns,
  mapping: StatementMapping,
): { signed: string; key: ColumnKey; field: StatementField } | null {
  const a = mapping.amount;
  if (a.mode === 'signed') {
    const v = amountOf(ctx, columns, 'amount', 'amount', mapping);
    if (v === null) return null;
    return {
      signed: a.negative === 'outgoing' ? v : negateDecimal(v),
      key: 'amount',
      field: 'amount',
    };
  }
  if (a.mode === 'debit-credit') {
    const empty = (key: ColumnKey) => cellText(cellAt(ctx, columns, key)).trim() === '';
    const debitEmpty = empty('debit');
    const creditEmpty = empty('credit');
    const debit = debitEmpty ? null : amountOf(ctx, columns, 'debit', 'debit', mapping);
    const credit = creditEmpty ? null : amountOf(ctx, columns, 'credit', 'credit', mapping);
    if ((!debitEmpty && debit === null) || (!creditEmpty && credit === null)) return null;
    // Many exports print 0,00 in the column that does not apply.
    const d = debit !== null && !isZeroDecimal(debit) ? debit : null;
    const c = credit !== null && !isZeroDecimal(credit) ? credit : null;
    if (d !== null && c !== null) {
      addError(
        ctx,
        columns,
        'debit',
        'amount',
        'amount-both',
        'an amount both in debit and in credit',
      );
      return null;
    }
    if (d === null && c === null) {
      addError(
        ctx,
        columns,
        'debit',
        'amount',
        'amount-missing',
        'no amount in debit or in credit',
      );
      return null;
    }
    // A debit column sometimes carries a minus; the column, not the sign, gives the direction.
    return d !== null
      ? { signed: negateDecimal(absDecimal(d)), key: 'debit', field: 'debit' }
      : { signed: absDecimal(c as string), key: 'credit', field: 'credit' };
  }
  const v = amountOf(ctx, columns, 'amount', 'amount', mapping);
  const indicator = foldValue(cellText(cellAt(ctx, columns, 'indicator')));
  const isDebit = a.debitValues.some((x) => foldValue(x) === indicator);
  const isCredit = a.creditValues.some((x) => foldValue(x) === indicator);
  if (!isDebit && !isCredit) {
    addError(
      ctx,
      columns,
      'indicator',
      'indicator',
      'indicator-unknown',
      `neither a debit (${a.debitValues.join(', ')}) nor a credit (${a.creditValues.join(', ')}) mark`,
    );
    return null;
  }
  if (v === null) return null;
  if (v.startsWith('-')) {
    addError(
      ctx,
      columns,
      'amount',
      'amount',
      'indicator-signed',
      'a signed amount beside a debit/credit mark',
    );
    return null;
  }
  return { signed: isDebit ? negateDecimal(v) : v, key: 'amount', field: 'amount' };
}

/** Reads one row with the mapping. */
export function readRow(
  raw: RawRow,
  columns: ResolvedColumns,
  mapping: StatementMapping,
): RowOutcome {
  const ctx: RowContext = { row: raw.row, cells: raw.cells, errors: [] };
  const date = dateOf(ctx, columns, 'date', mapping, true);
  const valueDate = columns.valueDate ? dateOf(ctx, columns, 'valueDate', mapping, false) : null;
  const amount = signedAmount(ctx, columns, mapping);
  if (amount && isZeroDecimal(amount.signed)) {
    addError(
      ctx,
      columns,
      amount.key,
      amount.field,
      'amount-zero',
      'a zero amount is not a payment',
    );
  }
  const currency = currencyOf(ctx, columns, mapping);
  const counterpartyName = text(ctx, columns, 'counterpartyName');
  const counterpartyAccount = text(ctx, columns, 'counterpartyAccount');
  const reference = text(ctx, columns, 'reference');
  const purpose = text(ctx, columns, 'purpose');
  const transactionId = text(ctx, columns, 'transactionId');
  const method = methodOf(ctx, columns, mapping);
  if (
    counterpartyName === '' &&
    counterpartyAccount === '' &&
    !ctx.errors.some((e) => e.field === 'counterpartyName' || e.field === 'counterpartyAccount')
  ) {
    addError(
      ctx,
      columns,
      columns.counterpartyName ? 'counterpartyName' : 'counterpartyAccount',
      'counterpartyName',
      'counterparty-missing',
      'no counterparty: neither a name nor an account',
    );
  }
  const iban = counterpartyAccount === '' ? null : ibanOf(counterpartyAccount);
  if (ctx.errors.length > 0 || !date || !amount || !currency) {
    const partial: Partial<StatementTransaction> = {
      row: raw.row,
      ...(date ? { date: date.date } : {}),
      valueDate: valueDate?.date ?? null,
      ...(amount
        ? {
            direction: amount.signed.startsWith('-') ? 'out' : 'in',
            amount: absDecimal(amount.signed),
          }
        : {}),
      ...(currency ? { currency } : {}),
      counterpartyName,
      counterpartyAccount: iban ?? counterpartyAccount,
      counterpartyIban: iban,
      reference,
      purpose,
      transactionId,
      method,
    };
    return { row: raw.row, ok: false, errors: ctx.errors, partial };
  }
  return {
    row: raw.row,
    ok: true,
    tx: {
      row: raw.row,
      date: date.date,
      at: date.time ? `${date.date}T${date.time}` : null,
      valueDate: valueDate?.date ?? null,
      direction: amount.signed.startsWith('-') ? 'out' : 'in',
      amount: absDecimal(amount.signed),
      currency,
      counterpartyName,
      counterpartyAccount: iban ?? counterpartyAccount,
      counterpartyIban: iban,
      reference,
      purpose,
      transactionId,
      method,
    },
  };
}

/**
 * The IBAN in electronic form when `account` is a valid one, else null. A statement names the
 * same few accounts again and again: the checks are remembered (a bounded cache).
 */
const ibanCache = new Map<string, string | null>();
function ibanOf(account: string): string | null {
  let known = ibanCache.get(account);
  if (known === undefined) {
    const checked = checkIban(account);
    known = checked.ok ? checked.iban : null;
    if (ibanCache.size >= 50_000) ibanCache.clear();
    ibanCache.set(account, known);
  }
  return known;
}

const norm = (s: string) => oneLine(s).toUpperCase();

/** What identifies a transaction of one account, before counting repeats (see fingerprint). */
function identity(tx: StatementTransaction): string {
  const signed = normalizeDecimal(tx.direction === 'out' ? negateDecimal(tx.amount) : tx.amount);
  return JSON.stringify(
    tx.transactionId !== ''
      ? [tx.date, signed, tx.currency, 'id', tx.transactionId]
      : [
          tx.date,
          signed,
          tx.currency,
          norm(tx.counterpartyName),
          norm(tx.counterpartyIban ?? tx.counterpartyAccount),
          norm(tx.reference),
        ],
  );
}

function hashIdentity(accountId: string, key: string, occurrence: number | null): string {
  return createHash('sha256')
    .update(`v1\n${accountId}\n${key}${occurrence === null ? '' : `\n${occurrence}`}`)
    .digest('hex');
}

/**
 * What makes a row the same row on re-import: SHA-256 over the statement's account, the date,
 * the signed amount (written one way: 12.50 = 12.5), the currency and
 * - with the bank's own transaction id: that id (the counterparty's name or the reference may be
 *   written differently by another export of the same bank, the id is not);
 * - without it: the counterparty (name and account), the reference, and the row's occurrence
 *   among identical rows of the same file. Two identical card payments on one day are two
 *   payments: the second is occurrence 2 in this file and in any later statement that repeats
 *   both, so a re-import still adds nothing and neither is lost.
 * The purpose is left out (banks cut it differently from one export to the next).
 */
export function fingerprint(
  accountId: string,
  tx: StatementTransaction,
  occurrence: number,
): string {
  return hashIdentity(accountId, identity(tx), tx.transactionId !== '' ? null : occurrence);
}

export interface ReadRowsOptions {
  /** The statement's account: with it, every valid row gets its fingerprint. */
  accountId?: string | null;
  /** Fingerprints already in the case: rows with one of them are duplicates. */
  existing?: ReadonlySet<string>;
  signal?: AbortSignal;
  /** Rows between two checks of `signal` (and progress reports). */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface ReadRowsResult {
  outcomes: RowOutcome[];
  /** Fingerprint per valid row (same order as the ok outcomes); empty without an account. */
  fingerprints: Map<number, string>;
  /** Rows (by number) already imported before, or repeated within the file. */
  duplicates: Set<number>;
  counts: StatementCounts;
}

export class StatementCancelled extends Error {
  constructor() {
    super('The statement import was cancelled; nothing was written.');
    this.name = 'StatementCancelled';
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The data rows: below the header, blank rows left out, the mapping's last rows dropped. */
export function dataRows(table: StatementTable, mapping: StatementMapping): RawRow[] {
  const rows = table.rows.filter((r) => r.row > mapping.headerRow && !isBlankRow(r));
  return mapping.skipLastRows > 0
    ? rows.slice(0, Math.max(0, rows.length - mapping.skipLastRows))
    : rows;
}

export function headersOf(table: StatementTable, headerRow: number): string[] {
  const row = table.rows.find((r) => r.row === headerRow);
  return row ? row.cells.map((c) => cellText(c).trim()) : [];
}

/**
 * Reads every data row, in chunks: between chunks it yields to the event loop (so a cancel
 * request can arrive) and stops with StatementCancelled when `signal` is aborted.
 */
export async function readRows(
  rows: readonly RawRow[],
  columns: ResolvedColumns,
  mapping: StatementMapping,
  options: ReadRowsOptions = {},
): Promise<ReadRowsResult> {
  const chunk = options.chunkSize ?? 5000;
  const outcomes: RowOutcome[] = [];
  const fingerprints = new Map<number, string>();
  const duplicates = new Set<number>();
  const seen = new Map<string, number>();
  const inFile = new Set<string>();
  const accountId = options.accountId ?? null;
  for (let start = 0; start < rows.length; start += chunk) {
    if (options.signal?.aborted) throw new StatementCancelled();
    for (const raw of rows.slice(start, start + chunk)) {
      const outcome = readRow(raw, columns, mapping);
      outcomes.push(outcome);
      if (!outcome.ok || accountId === null) continue;
      const tx = outcome.tx;
      const key = identity(tx);
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      const fp = hashIdentity(accountId, key, tx.transactionId !== '' ? null : occurrence);
      fingerprints.set(tx.row, fp);
      if (inFile.has(fp) || options.existing?.has(fp)) duplicates.add(tx.row);
      else inFile.add(fp);
    }
    options.onProgress?.(Math.min(start + chunk, rows.length), rows.length);
    if (start + chunk < rows.length) await nextTurn();
  }
  const valid = outcomes.filter((o) => o.ok).length;
  return {
    outcomes,
    fingerprints,
    duplicates,
    counts: {
      rows: outcomes.length,
      valid,
      invalid: outcomes.length - valid,
      duplicates: duplicates.size,
    },
  };
}
