import { createHash } from 'node:crypto';
import {
  AccountFields,
  PaymentFields,
  type AccountRecord,
  type PaymentRecord,
} from '../../../shared/domain/finance';
import type { PartyRef } from '../../../shared/domain/seizure';
import {
  MAX_STORED_ERRORS,
  type ImportCounts,
  type RowError,
  type StatementImportRecord,
  type StatementImportResult,
  type StatementMapping,
} from '../../../shared/domain/statement';
import { attachmentLimit, storeAttachment } from '../attachments/attachment-store';
import { bytesSource } from '../attachments/ingest-source';
import { diffFields } from '../audit/audit-log';
import type { WriteTx } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import {
  insertRecord,
  listRecords,
  newMeta,
  type RecordSpec,
  type SqlValue,
  type StoredRecord,
} from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { indexAccount, paymentIndexer } from './finance-search';
import { ACCOUNT_SPEC, PAYMENT_SPEC } from './specs';
import { STATEMENT_IMPORT_SPEC } from './statement-mappings';
import type { StatementBytes } from './statement-read';
import { StatementCancelled, type RowOutcome, type StatementTransaction } from './statement-rows';
import { existingFingerprints, type StatementRunOptions } from './statement-steps';

/**
 * The write of a statement import, inside the import's one transaction (see statement-import):
 * the statement file as an attachment, the statement_import record, the counterparty accounts
 * the rows need and every payment, duplicates decided again against what the case holds now.
 *
 * Audit decision: the import is ONE audit entry (action `statement.import`: the statement_import
 * id, the file's SHA-256, the rows created, skipped as duplicates and refused, and the SHA-256 of
 * the created payments' ids and fingerprints), not one entry per payment. A 100,000-row
 * statement would otherwise add 100,000 hash-chained entries that say nothing the statement
 * itself (kept, hashed, beside them) does not; each payment still names its import and row, so
 * every payment traces back to the entry, the file and the line it came from. Payments are kept
 * in PAYMENT_SPEC's columns, so every other service reads them like typed-in ones; a later edit
 * of an imported payment is audited field by field as usual. Counterparty accounts created by the
 * import are ordinary records and are audited one by one (one per distinct account, not per row).
 */

const MEDIA_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Writes a record's row without auditing it (the import audits once, see the module comment). */
function insertRowStatement<R extends StoredRecord>(db: Sqlite, spec: RecordSpec<R>, sample: R) {
  const names = [
    ...Object.keys(spec.columns(sample)),
    'data',
    'version',
    'created_at',
    'updated_at',
  ];
  const statement = db.prepare(
    `INSERT INTO ${spec.table} (id, ${names.join(', ')}) VALUES (?, ${names.map(() => '?').join(', ')})`,
  );
  return (record: R) => {
    const { id, version, createdAt, updatedAt, ...data } = record;
    const columns = spec.columns(record);
    const values: SqlValue[] = [
      id,
      ...Object.values(columns),
      JSON.stringify(data),
      version,
      createdAt,
      updatedAt,
    ];
    statement.run(values);
  };
}

const compactNumber = (s: string) => s.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
const counterpartyKey = (t: StatementTransaction) =>
  t.counterpartyIban ? `iban:${t.counterpartyIban}` : `no:${compactNumber(t.counterpartyAccount)}`;

type PaymentData = Omit<PaymentRecord, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

/**
 * Writes imported payments exactly as insertRecord would (PAYMENT_SPEC's columns, the record's
 * data as JSON in PaymentFields' order), without an audit entry each (see the module comment)
 * and without copying each record twice: 100,000 rows must stay well inside the time budget.
 * The first payment is checked against PaymentFields; should the schema ever add a default the
 * import does not know, every payment is parsed from then on. Each payment is indexed for the
 * global search as it is written.
 */
function paymentWriter(tx: WriteTx) {
  const at = tx.now.toISOString();
  let statement: ReturnType<Sqlite['prepare']> | null = null;
  let parseEvery: boolean | null = null;
  const index = paymentIndexer(tx.db, { fresh: true });
  return (
    built: PaymentFields,
    imported: Pick<PaymentRecord, 'caseId' | 'importId' | 'row' | 'fingerprint'>,
  ): string => {
    if (parseEvery === null) {
      parseEvery = JSON.stringify(PaymentFields.parse(built)) !== JSON.stringify(built);
    }
    const fields = parseEvery ? PaymentFields.parse(built) : built;
    const data: PaymentData = Object.assign(fields, imported);
    // PAYMENT_SPEC.columns reads the record's fields only, never its id, version or times.
    const columns = PAYMENT_SPEC.columns(data as PaymentRecord);
    if (!statement) {
      const names = [...Object.keys(columns), 'data', 'version', 'created_at', 'updated_at'];
      statement = tx.db.prepare(
        `INSERT INTO ${PAYMENT_SPEC.table} (id, ${names.join(', ')}) VALUES (?, ${names.map(() => '?').join(', ')})`,
      );
    }
    const id = tx.newId();
    statement.run([id, ...Object.values(columns), JSON.stringify(data), 1, at, at]);
    // `data` is written already and not used again: lend it the id rather than copy it.
    index(Object.assign(data, { id }));
    return id;
  };
}

/**
 * The case's account for each counterparty IBAN or account number: an account the case already
 * has (by IBAN, else by number), else one created once per distinct value (kind bank, holder
 * named as in the first row that names it).
 */
function counterpartyAccounts(
  tx: WriteTx,
  caseId: string,
  rows: readonly StatementTransaction[],
): { byKey: Map<string, AccountRecord>; created: number } {
  const accounts = listRecords<AccountRecord>(tx.db, ACCOUNT_SPEC, 'case_id = ?', [caseId]);
  const byKey = new Map<string, AccountRecord>();
  for (const a of accounts) {
    if (a.iban !== '') byKey.set(`iban:${a.iban}`, a);
    if (a.accountNumber !== '' && !byKey.has(`no:${compactNumber(a.accountNumber)}`))
      byKey.set(`no:${compactNumber(a.accountNumber)}`, a);
  }
  let created = 0;
  for (const r of rows) {
    if (r.counterpartyAccount === '') continue;
    const key = counterpartyKey(r);
    if (byKey.has(key) || key === 'no:') continue;
    const fields = AccountFields.parse({
      kind: 'bank',
      iban: r.counterpartyIban ?? '',
      accountNumber: r.counterpartyIban ? '' : r.counterpartyAccount.slice(0, 120),
      country: r.counterpartyIban ? r.counterpartyIban.slice(0, 2) : null,
      holder: { partyId: null, name: r.counterpartyName },
      notes: '',
    });
    const account = insertRecord<AccountRecord>(tx, ACCOUNT_SPEC, {
      ...fields,
      caseId,
      ...newMeta(tx),
    });
    indexAccount(tx.db, account);
    byKey.set(key, account);
    created += 1;
  }
  return { byKey, created };
}

export interface WriteImportArgs {
  file: StatementBytes;
  sha256: string;
  caseId: string;
  account: AccountRecord;
  mapping: StatementMapping;
  mappingId: string | null;
  mappingName: string | null;
  acceptValidRows: boolean;
  outcomes: RowOutcome[];
  fingerprints: Map<number, string>;
  counts: { rows: number; valid: number; invalid: number; duplicates: number };
  errors: RowError[];
  options: StatementRunOptions;
}

export function writeImport(
  tx: WriteTx,
  session: CaseFileSession,
  a: WriteImportArgs,
): StatementImportResult {
  const { file, caseId, account, options } = a;
  const progress = options.onProgress ?? (() => undefined);
  const chunk = options.chunkSize ?? 5000;
  const attachment = storeAttachment(tx, session, bytesSource(file.name, file.bytes), {
    name: file.name,
    mediaType: MEDIA_TYPES[file.kind],
    limit: attachmentLimit(session),
  });
  // Duplicates are decided again inside the transaction: another import may have committed since
  // the rows were checked.
  const existing = existingFingerprints(tx.db, caseId);
  const seen = new Set<string>();
  const toCreate: { tx: StatementTransaction; fingerprint: string }[] = [];
  let duplicates = 0;
  for (const o of a.outcomes) {
    if (!o.ok) continue;
    const fp = a.fingerprints.get(o.row) as string;
    if (existing.has(fp) || seen.has(fp)) {
      duplicates += 1;
      continue;
    }
    seen.add(fp);
    toCreate.push({ tx: o.tx, fingerprint: fp });
  }
  const { byKey, created: accountsCreated } = counterpartyAccounts(
    tx,
    caseId,
    toCreate.map((r) => r.tx),
  );
  const dates = toCreate.map((r) => r.tx.date).sort();
  const counts: ImportCounts = {
    ...a.counts,
    duplicates,
    created: toCreate.length,
    accountsCreated,
  };
  const record: StatementImportRecord = {
    caseId,
    accountId: account.id,
    attachmentId: attachment.id,
    fileName: file.name,
    sha256: attachment.sha256,
    size: attachment.size,
    kind: file.kind,
    mappingId: a.mappingId,
    mappingName: a.mappingName,
    mapping: a.mapping,
    acceptedValidRows: a.acceptValidRows,
    counts,
    firstDate: dates[0] ?? null,
    lastDate: dates.at(-1) ?? null,
    errors: a.errors.slice(0, MAX_STORED_ERRORS),
    errorsTotal: a.errors.length,
    ...newMeta(tx),
  };
  insertRowStatement(tx.db, STATEMENT_IMPORT_SPEC, record)(record);

  const own: PartyRef = account.holder;
  const writePayment = paymentWriter(tx);
  const paymentsHash = createHash('sha256');
  for (let start = 0; start < toCreate.length; start += chunk) {
    if (options.signal?.aborted) throw new StatementCancelled();
    const end = Math.min(start + chunk, toCreate.length);
    for (let i = start; i < end; i++) {
      const { tx: t, fingerprint } = toCreate[i] as (typeof toCreate)[number];
      const other = t.counterpartyAccount === '' ? undefined : byKey.get(counterpartyKey(t));
      // A transfer between the account and itself keeps the name but not the account link.
      const otherId = other && other.id !== account.id ? other.id : null;
      const otherRef: PartyRef = {
        partyId: other?.holder.partyId ?? null,
        name: t.counterpartyName,
      };
      const out = t.direction === 'out';
      const id = writePayment(
        {
          date: t.date,
          at: t.at,
          valueDate: t.valueDate,
          amount: { amount: t.amount, currency: t.currency },
          payer: out ? own : otherRef,
          payerAccountId: out ? account.id : otherId,
          beneficiary: out ? otherRef : own,
          beneficiaryAccountId: out ? otherId : account.id,
          method: t.method,
          purpose: t.purpose,
          reference: t.reference,
          intermediaries: [],
          sources: [],
          grading: null,
          notes: '',
        },
        { caseId, importId: record.id, row: t.row, fingerprint },
      );
      paymentsHash.update(`${id} ${fingerprint}\n`);
    }
    progress({ step: 'import', done: end, total: Math.max(toCreate.length, 1) });
  }
  tx.audit({
    action: 'statement.import',
    entityType: 'statement_import',
    entityId: record.id,
    changes: diffFields(null, {
      caseId,
      accountId: account.id,
      fileName: file.name,
      sha256: attachment.sha256,
      attachmentId: attachment.id,
      mappingId: a.mappingId,
      mappingName: a.mappingName,
      acceptedValidRows: a.acceptValidRows,
      rows: counts.rows,
      created: counts.created,
      duplicates: counts.duplicates,
      refused: counts.invalid,
      accountsCreated,
      paymentsSha256: paymentsHash.digest('hex'),
    }),
  });
  return {
    status: 'imported',
    importId: record.id,
    attachmentId: attachment.id,
    sha256: attachment.sha256,
    counts,
    errors: a.errors,
    errorsTotal: a.errors.length,
  };
}
