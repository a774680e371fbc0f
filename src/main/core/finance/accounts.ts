import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import {
  AccountFields,
  type AccountFieldsInput,
  type AccountRecord,
} from '../../../shared/domain/finance';
import type { AccountView } from '../../../shared/domain/finance-views';
import { checkBic, checkIban, formatIban } from '../../../shared/finance/iban';
import { walletAddressProblem } from '../../../shared/finance/wallet';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { CASE_SPEC } from '../cases/cases';
import { syncCitations } from '../documents/citations';
import { invalid, requireParty, UpdateInput } from '../objects/references';
import { requireSources } from '../provenance/events';
import {
  insertRecord,
  listRecords,
  newMeta,
  requireRecord,
  rowToRecord,
  updateRecord,
} from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';
import { indexAccount } from './finance-search';
import { ACCOUNT_SPEC } from './specs';
import { accountLabel, nameResolver, requireOrder } from './support';

/**
 * Bank accounts, cards, e-wallets and crypto wallets of a case. An IBAN is kept in electronic
 * form and checked (country, length, mod-97 and national check digits); the country follows from
 * it. One IBAN is one account of a case: a second account with the same IBAN is refused, naming
 * the first, so that payments from statements and typed in meet on the same record.
 */
const WHAT = 'account';

function checkFields(
  db: Sqlite,
  caseId: string,
  input: unknown,
  currentId: string | null,
): AccountFields {
  const fields = parseInput(AccountFields, input, WHAT);
  let { iban, bic, country } = fields;
  if (iban !== '') {
    const checked = checkIban(iban);
    if (!checked.ok) throw invalid('iban', checked.message, WHAT);
    iban = checked.iban;
    if (country !== null && country !== checked.country) {
      throw invalid(
        'country',
        `the IBAN is of an account in ${checked.country}, not ${country}; correct one of the two`,
        WHAT,
      );
    }
    country = checked.country;
    requireUniqueIban(db, caseId, iban, currentId);
  }
  if (bic !== '') {
    const checked = checkBic(bic);
    if (!checked.ok) throw invalid('bic', checked.message, WHAT);
    bic = checked.bic;
  }
  if (fields.kind === 'crypto') {
    if (fields.chain === null) throw invalid('chain', 'name the chain of the wallet', WHAT);
    if (fields.address === '') throw invalid('address', 'a wallet is known by its address', WHAT);
  }
  const addressProblem = walletAddressProblem(fields.chain, fields.address);
  if (fields.address !== '' && addressProblem) throw invalid('address', addressProblem, WHAT);
  if (iban === '' && fields.accountNumber === '' && fields.address === '') {
    throw invalid(
      'iban',
      'name the account: an IBAN, an account or card number, or a wallet address',
      WHAT,
    );
  }
  requireParty(db, fields.holder.partyId, 'holder.partyId', WHAT);
  requireParty(db, fields.institution.partyId, 'institution.partyId', WHAT);
  requireOrder(
    fields.openedOn,
    fields.closedOn,
    'closedOn',
    'the account was closed before it was opened',
    WHAT,
  );
  requireSources(db, caseId, fields.sources);
  return { ...fields, iban, bic, country };
}

function requireUniqueIban(
  db: Sqlite,
  caseId: string,
  iban: string,
  currentId: string | null,
): void {
  const row = db
    .prepare(
      'SELECT id, data, version, created_at, updated_at FROM account WHERE case_id = ? AND iban = ? AND id <> ? LIMIT 1',
    )
    .get(caseId, iban, currentId ?? '') as Parameters<typeof rowToRecord>[0] | undefined;
  if (!row) return;
  const other = rowToRecord<AccountRecord>(row);
  const holder = nameResolver(db, [other.holder])(other.holder);
  const message = `the case already has the account ${formatIban(iban)}${holder ? ` (held by ${holder})` : ''}; open that one instead of adding it again`;
  throw new CaseFileError(
    CaseFileErrorCode.AlreadyExists,
    `Invalid ${WHAT} (iban): ${message}. Nothing was saved.`,
    { entity: 'account', id: other.id, issues: [{ path: ['iban'], message }] },
  );
}

/** Accounts as the screens show them: names resolved, label, how many payments. */
export function accountViews(db: Sqlite, accounts: readonly AccountRecord[]): AccountView[] {
  const name = nameResolver(
    db,
    accounts.flatMap((a) => [a.holder, a.institution]),
  );
  const count = db
    .prepare(
      'SELECT count(*) FROM payment WHERE payer_account_id = ? OR beneficiary_account_id = ?',
    )
    .pluck();
  return accounts.map((a) => ({
    ...a,
    holderName: name(a.holder),
    institutionName: name(a.institution),
    label: accountLabel(a),
    paymentCount: count.get(a.id, a.id) as number,
  }));
}

export function accountView(db: Sqlite, id: string): AccountView {
  return accountViews(db, [requireRecord(db, ACCOUNT_SPEC, id)])[0] as AccountView;
}

export const AddAccountInput = z.object({ caseId: Id, fields: z.unknown() }).strict();

export function addAccount(
  session: CaseFileSession,
  input: { caseId: string; fields: AccountFieldsInput },
): AccountView {
  const { caseId, fields: raw } = parseInput(AddAccountInput, input, WHAT);
  return write(session, (tx) => {
    requireRecord(tx.db, CASE_SPEC, caseId);
    const fields = checkFields(tx.db, caseId, raw, null);
    const record: AccountRecord = { ...fields, caseId, ...newMeta(tx) };
    insertRecord(tx, ACCOUNT_SPEC, record);
    syncCitations(tx.db, 'account', record.id, record.sources);
    indexAccount(tx.db, record);
    return accountView(tx.db, record.id);
  });
}

/** Replaces an account's fields; refused on a stale version (EDIT_CONFLICT). */
export function updateAccount(
  session: CaseFileSession,
  input: { id: string; version: number; fields: AccountFieldsInput },
): AccountView {
  const { id, version, fields: raw } = parseInput(UpdateInput, input, `${WHAT} change`);
  return write(session, (tx) => {
    const current = requireRecord(tx.db, ACCOUNT_SPEC, id);
    const fields = checkFields(tx.db, current.caseId, raw, id);
    const next = updateRecord(tx, ACCOUNT_SPEC, id, version, (c) => ({
      ...fields,
      caseId: c.caseId,
    }));
    if (next.version !== current.version) {
      syncCitations(tx.db, 'account', id, next.sources);
      indexAccount(tx.db, next);
    }
    return accountView(tx.db, id);
  });
}

export function getAccount(session: CaseFileSession, id: string): AccountView {
  return accountView(session.db, parseInput(Id, id, 'account id'));
}

/** The case's accounts, in the order they were recorded. */
export function listAccounts(session: CaseFileSession, caseId: string): AccountView[] {
  const id = parseInput(Id, caseId, 'case id');
  requireRecord(session.db, CASE_SPEC, id);
  return accountViews(
    session.db,
    listRecords<AccountRecord>(session.db, ACCOUNT_SPEC, 'case_id = ?', [id]),
  );
}
