import type { z } from 'zod';
import {
  AccountRecord,
  ExchangeRateRecord,
  MAX_RATE_AGE_DAYS,
  PaymentRecord,
  RelationshipRecord,
} from '../../../shared/domain/finance';
import { StatementImportRecord } from '../../../shared/domain/statement';
import type { WriteTx } from '../audit/write';
import { syncCitations } from '../documents/citations';
import { RATE_SPEC } from '../finance/rates';
import { ACCOUNT_SPEC, PAYMENT_SPEC, RELATIONSHIP_SPEC } from '../finance/specs';
import { STATEMENT_IMPORT_SPEC } from '../finance/statement-mappings';
import {
  getRecord,
  insertRecord,
  listRecords,
  type RecordSpec,
  type StoredRecord,
} from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import type { Section } from './import-checks';
import { inSchemaOrder, type RecordsWriter } from './provenance-sections';

/**
 * The money side of a bundle (issue #6): accounts, statement imports (with their files among
 * the attachments, so that imported payments keep their import and row), payments,
 * relationships, and the exchange rates the payments need. `document_citation` and
 * `event_payment` are derived, not carried: import derives them again with the services' own
 * helpers, in the same transaction.
 *
 * Exchange rates belong to the whole case file, not to a case. A bundle carries the rates its
 * payments need: each rate of a payment's currency (into any base) dated on the payment's day or
 * up to MAX_RATE_AGE_DAYS (7) days before it, so the receiving unit's totals come out the same.
 * The rest of the unit's table stays at home.
 */
export interface FinanceSections {
  accounts: AccountRecord[];
  statementImports: StatementImportRecord[];
  payments: PaymentRecord[];
  relationships: RelationshipRecord[];
  exchangeRates: ExchangeRateRecord[];
}

const inList = (n: number) => `(${Array.from({ length: n }, () => '?').join(', ')})`;

export function collectFinance(
  db: Sqlite,
  caseIds: string[],
): FinanceSections & { partyIds: string[]; attachmentIds: string[] } {
  const inCases = inList(caseIds.length);
  const ofCases = <R extends StoredRecord>(spec: RecordSpec<R>, schema: z.ZodType<R>): R[] =>
    inSchemaOrder(schema, listRecords<R>(db, spec, `case_id IN ${inCases}`, caseIds, 'id'));

  const accounts = ofCases(ACCOUNT_SPEC, AccountRecord);
  const statementImports = ofCases(STATEMENT_IMPORT_SPEC, StatementImportRecord);
  const payments = ofCases(PAYMENT_SPEC, PaymentRecord);
  const relationships = ofCases(RELATIONSHIP_SPEC, RelationshipRecord);
  const exchangeRates = inSchemaOrder(
    ExchangeRateRecord,
    listRecords<ExchangeRateRecord>(
      db,
      RATE_SPEC,
      `EXISTS (SELECT 1 FROM payment p WHERE p.case_id IN ${inCases}
         AND p.currency = exchange_rate.currency
         AND p.date >= exchange_rate.date
         AND p.date <= date(exchange_rate.date, '+${MAX_RATE_AGE_DAYS} days'))`,
      caseIds,
      'id',
    ),
  );

  const partyIds = new Set<string>();
  const add = (...refs: Array<{ partyId: string | null }>) => {
    for (const r of refs) if (r.partyId) partyIds.add(r.partyId);
  };
  for (const a of accounts) add(a.holder, a.institution);
  for (const p of payments) add(p.payer, p.beneficiary);
  for (const r of relationships) add(r.subject, r.object);
  return {
    accounts,
    statementImports,
    payments,
    relationships,
    exchangeRates,
    partyIds: [...partyIds],
    attachmentIds: statementImports.map((s) => s.attachmentId),
  };
}

/**
 * Writes the sections inside the import's transaction (after the documents they cite and the
 * files of the statement imports). New accounts, payments and relationships get their citations
 * derived. A rate the case file already holds for the same currency, base and day is left as it
 * is (the checks refused a bundle whose rate differs).
 */
export function importFinance(
  tx: WriteTx,
  bundle: FinanceSections,
  records: RecordsWriter,
  count: (outcome: 'created' | 'unchanged', section: Section) => void,
): void {
  const db = tx.db;
  records<AccountRecord>('accounts', ACCOUNT_SPEC, (a) =>
    syncCitations(db, 'account', a.id, a.sources),
  );
  records<StatementImportRecord>('statementImports', STATEMENT_IMPORT_SPEC);
  records<PaymentRecord>('payments', PAYMENT_SPEC, (p) =>
    syncCitations(db, 'payment', p.id, p.sources),
  );
  records<RelationshipRecord>('relationships', RELATIONSHIP_SPEC, (r) =>
    syncCitations(db, 'relationship', r.id, r.sources),
  );
  const sameDay = db.prepare(
    'SELECT 1 FROM exchange_rate WHERE currency = ? AND base = ? AND date = ?',
  );
  for (const r of bundle.exchangeRates) {
    if (getRecord(db, RATE_SPEC, r.id) || sameDay.get(r.currency, r.base, r.date)) {
      count('unchanged', 'exchangeRates');
      continue;
    }
    insertRecord(tx, RATE_SPEC, r, `${RATE_SPEC.entity}.import`);
    count('created', 'exchangeRates');
  }
}
