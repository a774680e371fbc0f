import { PAYMENT_METHODS, type PaymentMethod } from '../../../shared/domain/finance';
import {
  CURRENCY_ALIASES,
  type RowError,
  type RowProblem,
  type StatementField,
  type StatementMapping,
} from '../../../shared/domain/statement';
import { parseDate } from '../../../shared/finance/date-parse';
import {
  absDecimal,
  isZeroDecimal,
  MAX_DECIMALS,
  MAX_WHOLE_DIGITS,
  negateDecimal,
  parseDecimal,
} from '../../../shared/finance/number-parse';
import type { ColumnKey, ResolvedColumns } from './statement-columns';
import { cellText, type Cell } from './statement-read';

/**
 * The cells of one statement row read with the mapping's formats: text, dates, the currency,
 * the payment method and the signed amount (signed, debit/credit or with a debit/credit mark).
 * Each reader records what is wrong with its cell as a row error in the row's context (with the
 * header and the value as written) and returns null or an empty value instead.
 */

/** Longest text kept per field (the domain's Line). */
const MAX_TEXT = 500;

const clip = (s: string) => (s.length > 200 ? `${s.slice(0, 199)}…` : s);

export interface RowContext {
  row: number;
  cells: Cell[];
  errors: RowError[];
}

function cellAt(ctx: RowContext, columns: ResolvedColumns, key: ColumnKey): Cell {
  const col = columns[key];
  return col === undefined ? '' : (ctx.cells[col.index] ?? '');
}

export function addError(
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
export function oneLine(raw: string): string {
  const plain = !/[^\x20-\x7e]/.test(raw) && !raw.includes('  ');
  return plain ? raw.trim() : raw.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function text(
  ctx: RowContext,
  columns: ResolvedColumns,
  key: ColumnKey & StatementField,
): string {
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

export function dateOf(
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

export function currencyOf(
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

export function methodOf(
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
export function signedAmount(
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
