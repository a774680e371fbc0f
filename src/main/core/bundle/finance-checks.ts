import type { CaseBundle } from '../../../shared/domain/bundle';
import type { SourceRef } from '../../../shared/domain/provenance';
import { compareAmounts } from '../../../shared/finance/decimal';
import { checkBic, checkIban } from '../../../shared/finance/iban';
import type { Sqlite } from '../store/sqlite';
import { referenceResolver, type Issue } from './import-checks';

/**
 * The checks of a bundle's money side, as the services enforce them when a person records the
 * records (references, the same case on both ends, a valid IBAN in electronic form, one account
 * per IBAN in a case, one payment per statement-row fingerprint in a case, one rate per currency,
 * base and day), applied to the bundle plus what the case file already holds. Also the payments
 * that provenance events cite. Identifiers unique within a section and clashes with stored
 * records are checked with the other sections (import-checks.ts, import.ts).
 */
export function checkFinance(bundle: CaseBundle, db: Sqlite, issue: Issue): void {
  const { ref } = referenceResolver(bundle, db, issue);
  const caseIn = (table: string, section: ReadonlyArray<{ id: string; caseId: string }>) => {
    const inBundle = new Map(section.map((r) => [r.id, r.caseId]));
    const stored = db.prepare(`SELECT case_id FROM ${table} WHERE id = ?`).pluck();
    return (id: string) => inBundle.get(id) ?? (stored.get(id) as string | undefined);
  };
  const caseOfAccount = caseIn('account', bundle.accounts);
  const caseOfPayment = caseIn('payment', bundle.payments);
  const caseOfImport = caseIn('statement_import', bundle.statementImports);
  const caseOfDocument = caseIn('document', bundle.documents);

  /** A reference that resolves (reported by `ref` when not) to a record of the same case. */
  const ofCase = (
    kind: 'account' | 'payment' | 'statementImport',
    caseOf: (id: string) => string | undefined,
    id: string | null,
    caseId: string,
    p: PropertyKey[],
  ) => {
    if (id === null) return;
    ref(kind, id, p);
    const owner = caseOf(id);
    if (owner !== undefined && owner !== caseId)
      issue(
        p,
        `the ${kind === 'statementImport' ? 'statement import' : kind} belongs to another case`,
      );
  };
  const sources = (section: string, i: number, caseId: string, list: readonly SourceRef[]) =>
    list.forEach((s, j) => {
      const p = [section, i, 'sources', j, 'documentId'];
      ref('document', s.documentId, p);
      const owner = caseOfDocument(s.documentId);
      if (owner !== undefined && owner !== caseId)
        issue(p, `document ${s.documentId} is evidence of another case`);
    });

  const ibans = new Map<string, string>();
  const storedIban = db
    .prepare('SELECT id FROM account WHERE case_id = ? AND iban = ? AND id <> ? LIMIT 1')
    .pluck();
  bundle.accounts.forEach((a, i) => {
    ref('case', a.caseId, ['accounts', i, 'caseId']);
    ref('party', a.holder.partyId, ['accounts', i, 'holder', 'partyId']);
    ref('party', a.institution.partyId, ['accounts', i, 'institution', 'partyId']);
    sources('accounts', i, a.caseId, a.sources);
    if (a.bic !== '') {
      const bic = checkBic(a.bic);
      if (!bic.ok) issue(['accounts', i, 'bic'], bic.message);
    }
    if (a.iban === '') return;
    const checked = checkIban(a.iban);
    if (!checked.ok) {
      issue(['accounts', i, 'iban'], checked.message);
      return;
    }
    if (checked.iban !== a.iban)
      issue(['accounts', i, 'iban'], `write the IBAN in electronic form: ${checked.iban}`);
    const key = `${a.caseId}\u0000${checked.iban}`;
    const holder =
      ibans.get(key) ?? (storedIban.get(a.caseId, checked.iban, a.id) as string | undefined);
    if (holder !== undefined && holder !== a.id)
      issue(['accounts', i, 'iban'], `the case already has the account ${holder} with this IBAN`);
    ibans.set(key, a.id);
  });

  bundle.statementImports.forEach((s, i) => {
    ref('case', s.caseId, ['statementImports', i, 'caseId']);
    ofCase('account', caseOfAccount, s.accountId, s.caseId, ['statementImports', i, 'accountId']);
    ref('attachment', s.attachmentId, ['statementImports', i, 'attachmentId']);
  });

  const fingerprints = new Map<string, string>();
  const storedFingerprint = db
    .prepare('SELECT id FROM payment WHERE case_id = ? AND fingerprint = ? AND id <> ? LIMIT 1')
    .pluck();
  bundle.payments.forEach((p, i) => {
    const at = (...rest: PropertyKey[]) => ['payments', i, ...rest];
    ref('case', p.caseId, at('caseId'));
    ref('party', p.payer.partyId, at('payer', 'partyId'));
    ref('party', p.beneficiary.partyId, at('beneficiary', 'partyId'));
    ofCase('account', caseOfAccount, p.payerAccountId, p.caseId, at('payerAccountId'));
    ofCase('account', caseOfAccount, p.beneficiaryAccountId, p.caseId, at('beneficiaryAccountId'));
    if (p.payerAccountId !== null && p.payerAccountId === p.beneficiaryAccountId)
      issue(at('beneficiaryAccountId'), 'a payment cannot go from an account to itself');
    ofCase('statementImport', caseOfImport, p.importId, p.caseId, at('importId'));
    sources('payments', i, p.caseId, p.sources);
    if (p.fingerprint === null) return;
    const key = `${p.caseId}\u0000${p.fingerprint}`;
    const same =
      fingerprints.get(key) ??
      (storedFingerprint.get(p.caseId, p.fingerprint, p.id) as string | undefined);
    if (same !== undefined && same !== p.id)
      issue(at('fingerprint'), `payment ${same} of the case is the same statement row`);
    fingerprints.set(key, p.id);
  });

  bundle.relationships.forEach((r, i) => {
    const at = (...rest: PropertyKey[]) => ['relationships', i, ...rest];
    ref('case', r.caseId, at('caseId'));
    ref('party', r.subject.partyId, at('subject', 'partyId'));
    ref('party', r.object.partyId, at('object', 'partyId'));
    ofCase('account', caseOfAccount, r.accountId, r.caseId, at('accountId'));
    sources('relationships', i, r.caseId, r.sources);
  });

  const days = new Map<string, number>();
  const storedRate = db.prepare(
    `SELECT id, json_extract(data, '$.rate') AS rate FROM exchange_rate
     WHERE currency = ? AND base = ? AND date = ? AND id <> ?`,
  );
  bundle.exchangeRates.forEach((r, i) => {
    const key = `${r.currency}>${r.base} ${r.date}`;
    if (days.has(key))
      issue(
        ['exchangeRates', i, 'date'],
        `exchangeRates[${days.get(key)}] is the rate of the same day`,
      );
    days.set(key, i);
    const stored = storedRate.get(r.currency, r.base, r.date, r.id) as
      { id: string; rate: string } | undefined;
    if (stored && compareAmounts(stored.rate, r.rate) !== 0)
      issue(
        ['exchangeRates', i, 'rate'],
        `the case file has another rate for 1 ${r.currency} in ${r.base} on ${r.date} (${stored.rate}); it is not overwritten`,
      );
  });

  bundle.provenanceEvents.forEach((e, i) => {
    const seen = new Set<string>();
    e.payments.forEach((id, j) => {
      const p = ['provenanceEvents', i, 'payments', j];
      if (seen.has(id)) issue(p, `payment ${id} is named twice`);
      seen.add(id);
      ofCase('payment', caseOfPayment, id, e.caseId, p);
    });
  });
}
