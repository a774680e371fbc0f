import type { PaymentMethod } from '../../../shared/domain/finance';
import type { RowError, StatementMapping } from '../../../shared/domain/statement';
import { checkIban } from '../../../shared/finance/iban';
import { absDecimal, isZeroDecimal } from '../../../shared/finance/number-parse';
import {
  addError,
  currencyOf,
  dateOf,
  methodOf,
  signedAmount,
  text,
  type RowContext,
} from './statement-cells';
import type { ResolvedColumns } from './statement-columns';
import type { RawRow } from './statement-read';

/**
 * One statement row read into a transaction seen from the statement's account, or into its row
 * errors (every cell at fault, each with the row number as in the file) and what could be read.
 */

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
