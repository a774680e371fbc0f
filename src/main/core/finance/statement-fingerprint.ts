import { createHash } from 'node:crypto';
import { negateDecimal, normalizeDecimal } from '../../../shared/finance/number-parse';
import { oneLine } from './statement-cells';
import type { StatementTransaction } from './statement-transaction';

/**
 * The fingerprint that makes a statement row the same row on re-import (see fingerprint).
 */

const norm = (s: string) => oneLine(s).toUpperCase();

/** What identifies a transaction of one account, before counting repeats (see fingerprint). */
export function identity(tx: StatementTransaction): string {
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

export function hashIdentity(accountId: string, key: string, occurrence: number | null): string {
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
