import type { AccountRecord } from '../../../shared/domain/finance';
import type { PartyRef } from '../../../shared/domain/seizure';
import { formatIban } from '../../../shared/finance/iban';
import { invalid } from '../objects/references';
import { partyNamesOf } from '../provenance/chain';
import { getRecord } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { ACCOUNT_SPEC } from './specs';

/** Checks and lookups the money side's services share. */

/** The account exists and belongs to `caseId`; `path` names the field that holds its id. */
export function requireAccountOfCase(
  db: Sqlite,
  caseId: string,
  accountId: string | null,
  path: string,
  what: string,
): AccountRecord | null {
  if (accountId === null) return null;
  const account = getRecord<AccountRecord>(db, ACCOUNT_SPEC, accountId);
  if (!account) throw invalid(path, `there is no account ${accountId}`, what);
  if (account.caseId !== caseId) throw invalid(path, 'the account belongs to another case', what);
  return account;
}

/**
 * Refuses dates in the wrong order. Partial dates ("2019", "2019-05") compare on what both
 * state, so "2019" and "2019-05-10" are never said to contradict each other.
 */
export function requireOrder(
  from: string | null,
  to: string | null,
  path: string,
  message: string,
  what: string,
): void {
  if (from === null || to === null) return;
  const n = Math.min(from.length, to.length);
  if (from.slice(0, n) > to.slice(0, n)) throw invalid(path, message, what);
}

/** How lists name an account: the IBAN in groups of four, else the number or the address. */
export function accountLabel(a: AccountRecord): string {
  if (a.iban !== '') return formatIban(a.iban);
  if (a.accountNumber !== '') return a.accountNumber;
  if (a.address !== '') return a.address;
  return a.kind;
}

/** Labels of accounts by id (unknown ids are left out). */
export function accountLabels(db: Sqlite, ids: Iterable<string>): Map<string, string> {
  const labels = new Map<string, string>();
  for (const id of new Set(ids)) {
    const a = getRecord<AccountRecord>(db, ACCOUNT_SPEC, id);
    if (a) labels.set(id, accountLabel(a));
  }
  return labels;
}

/** Resolves party references to names: the directory's name now, or the name typed. */
export function nameResolver(db: Sqlite, refs: readonly PartyRef[]): (ref: PartyRef) => string {
  const names = partyNamesOf(
    db,
    refs.flatMap((r) => (r.partyId === null ? [] : [r.partyId])),
  );
  return (ref) => (ref.partyId !== null ? names[ref.partyId] : undefined) ?? ref.name;
}
