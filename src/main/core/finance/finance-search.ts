import type {
  AccountFields,
  AccountRecord,
  PaymentFields,
  PaymentRecord,
} from '../../../shared/domain/finance';
import type { PartyRef } from '../../../shared/domain/seizure';
import { formatIban } from '../../../shared/finance/iban';
import { partyNamesOf } from '../provenance/chain';
import { indexForSearch, searchAdder, searchText, type IndexEntry } from '../search/search-index';
import type { Sqlite } from '../store/sqlite';
import { getRecord } from '../records/record-store';
import { ACCOUNT_SPEC } from './specs';
import { accountLabel, nameResolver } from './support';

/**
 * Accounts and payments in the global search. The entries are made by pure functions of the
 * record and of how names and accounts read (`accountSearchEntry`, `paymentSearchEntry`), so that
 * the services, the statement import (100,000 payments in one transaction), the bundle import and
 * migration 0110 index alike.
 */

type AccountLike = AccountFields & Pick<AccountRecord, 'id' | 'caseId'>;
type PaymentLike = PaymentFields & Pick<PaymentRecord, 'id' | 'caseId'>;

/** How a party reference reads: the directory's name now, else the name typed. */
export type NameOf = (ref: PartyRef) => string;
/** How an account reads as a side of a payment (`accountSide`), null when unknown. */
export type AccountLabelOf = (id: string) => string | null;

/** An account as a side of a payment: its holder's name, else its label (IBAN, number…). */
export function accountSide(a: AccountRecord, nameOf: NameOf): string {
  return nameOf(a.holder) || accountLabel(a);
}

/** Letters and digits only, upper case: "160-0000000001234-56" → "160000000000123456". */
const compact = (s: string) => s.replace(/[^0-9A-Za-z]/g, '').toUpperCase();

/**
 * Title: the holder and the account's full identifier (IBAN in electronic form, else the wallet
 * address, else the account or card number). The IBAN is also in the body in groups of four, and
 * an account number also without its separators, so that the identifier is found typed either
 * way: "RS35 2650 …" matches the groups, "RS352650…" the electronic form.
 */
export function accountSearchEntry(a: AccountLike, nameOf: NameOf): IndexEntry {
  const identifier = a.iban || a.address || a.accountNumber;
  const holder = nameOf(a.holder);
  const institution = nameOf(a.institution);
  const number = a.accountNumber;
  return {
    kind: 'account',
    entityId: a.id,
    caseId: a.caseId,
    title: [holder, identifier].filter((s) => s !== '').join(' · ') || a.kind,
    body: searchText(
      a.iban !== '' ? formatIban(a.iban) : null,
      number !== '' && number !== identifier ? number : null,
      number !== '' && compact(number) !== number ? compact(number) : null,
      a.address !== '' && a.address !== identifier ? a.address : null,
      a.holder.name !== '' && a.holder.name !== holder ? a.holder.name : null,
      institution,
      a.institution.name !== '' && a.institution.name !== institution ? a.institution.name : null,
      a.bic,
      a.currency,
      a.chain,
      a.notes,
    ),
  };
}

/**
 * Title: date · amount currency · payer → beneficiary (each named by the party, else the name
 * typed, else the account's holder or label); body: purpose, reference, method, intermediaries,
 * notes.
 */
export function paymentSearchEntry(
  p: PaymentLike,
  nameOf: NameOf,
  labelOf: AccountLabelOf,
): IndexEntry {
  const side = (ref: PartyRef, accountId: string | null) =>
    nameOf(ref) || (accountId === null ? null : labelOf(accountId)) || '—';
  return {
    kind: 'payment',
    entityId: p.id,
    caseId: p.caseId,
    title: `${p.date} · ${p.amount.amount} ${p.amount.currency} · ${side(p.payer, p.payerAccountId)} → ${side(p.beneficiary, p.beneficiaryAccountId)}`,
    body: searchText(
      p.purpose,
      p.reference,
      p.method.replaceAll('_', ' '),
      p.intermediaries,
      p.notes,
    ),
  };
}

/** Indexes an account as it is now (replacing its entry); inside the writing transaction. */
export function indexAccount(db: Sqlite, a: AccountRecord): void {
  indexForSearch(db, accountSearchEntry(a, nameResolver(db, [a.holder, a.institution])));
}

/** Indexes a payment as it is now (replacing its entry); inside the writing transaction. */
export function indexPayment(db: Sqlite, p: PaymentRecord): void {
  paymentIndexer(db, { fresh: false })(p);
}

/**
 * For many payments in one transaction (a statement import): names and account labels are looked
 * up once each. `fresh`: the payments were just inserted, no earlier entry is looked for, and
 * nothing else indexes payments while the indexer is in use (see searchAdder); else each
 * payment's entry replaces the one it had.
 */
export function paymentIndexer(db: Sqlite, options: { fresh: boolean }): (p: PaymentLike) => void {
  const names = new Map<string, string | undefined>();
  const labels = new Map<string, string | null>();
  const nameOf: NameOf = (ref) => {
    if (ref.partyId === null) return ref.name;
    if (!names.has(ref.partyId))
      names.set(ref.partyId, partyNamesOf(db, [ref.partyId])[ref.partyId]);
    return names.get(ref.partyId) ?? ref.name;
  };
  const labelOf: AccountLabelOf = (id) => {
    if (!labels.has(id)) {
      const a = getRecord<AccountRecord>(db, ACCOUNT_SPEC, id);
      labels.set(id, a ? accountSide(a, nameOf) : null);
    }
    return labels.get(id) ?? null;
  };
  if (options.fresh) {
    const add = searchAdder(db);
    return (p) => add(paymentSearchEntry(p, nameOf, labelOf));
  }
  return (p) => indexForSearch(db, paymentSearchEntry(p, nameOf, labelOf));
}
