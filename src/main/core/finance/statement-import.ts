import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import {
  AccountFields,
  PaymentFields,
  type AccountRecord,
  type PaymentRecord,
} from '../../../shared/domain/finance';
import type { PartyRef } from '../../../shared/domain/seizure';
import {
  DEFAULT_PREVIEW_ROWS,
  MAX_PREVIEW_ERRORS,
  MAX_PREVIEW_ROWS,
  MAX_STORED_ERRORS,
  STATEMENT_DELIMITERS,
  STATEMENT_ENCODINGS,
  StatementMapping,
  type ImportCounts,
  type MappingIssue,
  type ParsedStatementRow,
  type RowError,
  type StatementImportRecord,
  type StatementImportResult,
  type StatementImportSummary,
  type StatementPreview,
  type StatementProgress,
} from '../../../shared/domain/statement';
import { attachmentLimit, storeAttachment } from '../attachments/attachment-store';
import { bytesSource } from '../attachments/ingest-source';
import { diffFields } from '../audit/audit-log';
import { write, type WriteTx } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { CASE_SPEC } from '../cases/cases';
import { invalid } from '../objects/references';
import {
  insertRecord,
  listRecords,
  newMeta,
  requireRecord,
  type RecordSpec,
  type SqlValue,
  type StoredRecord,
} from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';
import { ACCOUNT_SPEC, PAYMENT_SPEC } from './specs';
import { STATEMENT_IMPORT_SPEC, STATEMENT_MAPPING_SPEC } from './statement-mappings';
import { readStatementTable, cellText, type StatementBytes } from './statement-read';
import {
  dataRows,
  headersOf,
  readRows,
  resolveColumns,
  StatementCancelled,
  type RowOutcome,
  type StatementTransaction,
} from './statement-rows';
import { requireAccountOfCase } from './support';

/**
 * Preview and import of a bank statement (issue #6 point 2).
 *
 * An import is all or nothing: the statement file (stored as an attachment, hashed on ingest),
 * its statement_import record (file SHA-256, the mapping as applied, counts, row errors), the
 * counterparty accounts it had to create and every payment are written in ONE transaction. A
 * failure, a cancel or a kill half-way leaves nothing. A file with malformed rows imports nothing
 * unless the person accepts the valid rows; each malformed row is reported with its row number.
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
 *
 * Cancel: rows are read and checked in chunks, yielding to the event loop between chunks so that
 * a cancel request can arrive; the signal is also checked between chunks of the write, which
 * then rolls back. The write itself is one synchronous transaction (better-sqlite3), so in the
 * app a cancel takes effect up to the moment the write begins, and the write is short.
 */

const WHAT = 'statement import';

const MEDIA_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export interface StatementRunOptions {
  signal?: AbortSignal;
  onProgress?: (progress: StatementProgress) => void;
  /** Rows per chunk (between cancel checks and progress reports). */
  chunkSize?: number;
}

// ── shared steps ─────────────────────────────────────────────────────────────────────────────

function existingFingerprints(db: Sqlite, caseId: string): Set<string> {
  return new Set(
    db
      .prepare('SELECT fingerprint FROM payment WHERE case_id = ? AND fingerprint IS NOT NULL')
      .pluck()
      .all(caseId) as string[],
  );
}

function mappingIssuesOf(error: z.ZodError): MappingIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String), message: i.message }));
}

function mappingError(fileName: string, issues: MappingIssue[]): CaseFileError {
  const first = issues[0];
  return new CaseFileError(
    CaseFileErrorCode.InvalidInput,
    `The mapping does not fit ${fileName}${first ? ` (${first.path.join('.')}): ${first.message}` : ''}. Nothing was imported.`,
    { issues },
  );
}

function allErrors(outcomes: readonly RowOutcome[]): RowError[] {
  const errors: RowError[] = [];
  for (const o of outcomes) if (!o.ok) errors.push(...o.errors);
  return errors;
}

function rowView(o: RowOutcome, duplicates: ReadonlySet<number>): ParsedStatementRow {
  const tx: Partial<StatementTransaction> = o.ok ? o.tx : o.partial;
  return {
    row: o.row,
    ok: o.ok,
    duplicate: duplicates.has(o.row),
    direction: tx.direction ?? null,
    date: tx.date ?? null,
    at: tx.at ?? null,
    valueDate: tx.valueDate ?? null,
    amount: tx.amount ?? null,
    currency: tx.currency ?? null,
    counterpartyName: tx.counterpartyName ?? '',
    counterpartyAccount: tx.counterpartyAccount ?? '',
    reference: tx.reference ?? '',
    purpose: tx.purpose ?? '',
    transactionId: tx.transactionId ?? '',
    method: tx.method ?? null,
    errors: o.ok ? [] : o.errors,
  };
}

// ── preview ──────────────────────────────────────────────────────────────────────────────────

export const PreviewInput = z
  .object({
    /** A mapping, complete or not (a screen sends what has been chosen so far). */
    mapping: z.unknown().optional(),
    /** With both, rows already imported into the case are marked as duplicates. */
    caseId: Id.optional(),
    accountId: Id.optional(),
    limit: z.number().int().min(1).max(MAX_PREVIEW_ROWS).optional(),
  })
  .strict();
export type PreviewInput = z.input<typeof PreviewInput>;

/** How to read the file, from a mapping however incomplete (defaults for what it lacks). */
const ReadPart = z.object({
  encoding: z.enum(STATEMENT_ENCODINGS).catch('auto'),
  delimiter: z.enum(STATEMENT_DELIMITERS).catch('auto'),
  sheet: z.string().trim().min(1).max(100).nullable().catch(null),
  headerRow: z.number().int().min(1).max(1000).catch(1),
});

/**
 * What the mapping screen shows: the file's first rows as they stand, the headers, and, once the
 * mapping is complete and fits, the first rows as they would be imported with per-cell errors
 * and the counts of valid, invalid and duplicate rows over the whole file. Writes nothing.
 */
export async function previewStatement(
  session: CaseFileSession,
  file: StatementBytes,
  input: PreviewInput,
): Promise<StatementPreview> {
  const {
    mapping: raw,
    caseId,
    accountId,
    limit = DEFAULT_PREVIEW_ROWS,
  } = parseInput(PreviewInput, input, 'statement preview');
  const rawObject = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const read = ReadPart.parse({
    encoding: rawObject['encoding'],
    delimiter: rawObject['delimiter'],
    sheet: rawObject['sheet'],
    headerRow: rawObject['headerRow'],
  });
  const table = await readStatementTable(file, read);
  const headers = headersOf(table, read.headerRow);
  const preview: StatementPreview = {
    file: table.info,
    headerRow: read.headerRow,
    headers,
    rows: table.rows.slice(0, limit).map((r) => ({ row: r.row, cells: r.cells.map(cellText) })),
    mappingIssues: [],
    parsed: null,
  };
  const parsedMapping = StatementMapping.safeParse(raw ?? {});
  if (!parsedMapping.success) {
    preview.mappingIssues = mappingIssuesOf(parsedMapping.error);
    return preview;
  }
  const mapping = parsedMapping.data;
  const { columns, issues } = resolveColumns(headers, mapping);
  if (issues.length > 0) {
    preview.mappingIssues = issues;
    return preview;
  }
  let account: AccountRecord | null = null;
  const wantedAccount = accountId ?? mapping.accountId;
  if (caseId !== undefined && wantedAccount !== null) {
    requireRecord(session.db, CASE_SPEC, caseId);
    account = requireAccountOfCase(session.db, caseId, wantedAccount, 'accountId', WHAT);
  }
  const result = await readRows(dataRows(table, mapping), columns, mapping, {
    accountId: account?.id ?? null,
    existing: account && caseId ? existingFingerprints(session.db, caseId) : new Set(),
  });
  const errors = allErrors(result.outcomes);
  preview.parsed = {
    counts: result.counts,
    rows: result.outcomes.slice(0, limit).map((o) => rowView(o, result.duplicates)),
    errors: errors.slice(0, MAX_PREVIEW_ERRORS),
    errorsTotal: errors.length,
    duplicatesChecked: account !== null,
  };
  return preview;
}

// ── import ───────────────────────────────────────────────────────────────────────────────────

export const ImportInput = z
  .object({
    caseId: Id,
    /** The mapping itself, or a saved one by id (exactly one of the two). */
    mapping: z.unknown().optional(),
    mappingId: Id.optional(),
    /** The statement's account (an account of the case); else the mapping's. */
    accountId: Id.optional(),
    /** Import the valid rows of a file that also has malformed ones. */
    acceptValidRows: z.boolean().default(false),
  })
  .strict()
  .refine((i) => (i.mapping === undefined) !== (i.mappingId === undefined), {
    message: 'give either a mapping or the id of a saved mapping',
    path: ['mapping'],
  });
export type ImportInput = z.input<typeof ImportInput>;

/** What an import returns: the result, with every row error (not capped). */
export type ImportOutcome = StatementImportResult;

function emptyCounts(): ImportCounts {
  return { rows: 0, valid: 0, invalid: 0, duplicates: 0, created: 0, accountsCreated: 0 };
}

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
 * import does not know, every payment is parsed from then on.
 */
function paymentWriter(tx: WriteTx) {
  const at = tx.now.toISOString();
  let statement: ReturnType<Sqlite['prepare']> | null = null;
  let parseEvery: boolean | null = null;
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
    byKey.set(key, account);
    created += 1;
  }
  return { byKey, created };
}

/**
 * Imports a statement into a case; see the module comment. Resolves to `refused` (nothing
 * written) when rows are malformed and `acceptValidRows` is false, to `cancelled` (nothing
 * written) when `signal` was aborted, else to `imported`.
 */
export async function importStatement(
  session: CaseFileSession,
  file: StatementBytes,
  input: ImportInput,
  options: StatementRunOptions = {},
): Promise<ImportOutcome> {
  const parsed = parseInput(ImportInput, input, WHAT);
  const { caseId, acceptValidRows } = parsed;
  const progress = options.onProgress ?? (() => undefined);
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const cancelled = (counts: ImportCounts = emptyCounts()): ImportOutcome => ({
    status: 'cancelled',
    importId: null,
    attachmentId: null,
    sha256,
    counts,
    errors: [],
    errorsTotal: 0,
  });

  let mapping: StatementMapping;
  let mappingId: string | null = null;
  let mappingName: string | null = null;
  if (parsed.mappingId !== undefined) {
    const saved = requireRecord(session.db, STATEMENT_MAPPING_SPEC, parsed.mappingId);
    ({ mapping } = saved);
    mappingId = saved.id;
    mappingName = saved.name;
  } else {
    mapping = parseInput(StatementMapping, parsed.mapping, 'statement mapping');
  }
  requireRecord(session.db, CASE_SPEC, caseId);
  const wantedAccount = parsed.accountId ?? mapping.accountId;
  if (wantedAccount === null) {
    throw invalid('accountId', "name the statement's own account (an account of the case)", WHAT);
  }
  const account = requireAccountOfCase(
    session.db,
    caseId,
    wantedAccount,
    'accountId',
    WHAT,
  ) as AccountRecord;

  try {
    progress({ step: 'read', done: 0, total: 1 });
    const table = await readStatementTable(file, mapping);
    progress({ step: 'read', done: 1, total: 1 });
    if (options.signal?.aborted) return cancelled();
    const { columns, issues } = resolveColumns(headersOf(table, mapping.headerRow), mapping);
    if (issues.length > 0) throw mappingError(file.name, issues);
    const rows = dataRows(table, mapping);
    const checked = await readRows(rows, columns, mapping, {
      accountId: account.id,
      existing: existingFingerprints(session.db, caseId),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}),
      onProgress: (done, total) => progress({ step: 'validate', done, total: Math.max(total, 1) }),
    });
    const errors = allErrors(checked.outcomes);
    if (checked.counts.invalid > 0 && !acceptValidRows) {
      progress({ step: 'done', done: 0, total: 1 });
      return {
        status: 'refused',
        importId: null,
        attachmentId: null,
        sha256,
        counts: { ...checked.counts, created: 0, accountsCreated: 0 },
        errors,
        errorsTotal: errors.length,
      };
    }
    if (options.signal?.aborted) return cancelled();

    const result = write(session, (tx) =>
      writeImport(tx, session, {
        file,
        sha256,
        caseId,
        account,
        mapping,
        mappingId,
        mappingName,
        acceptValidRows,
        outcomes: checked.outcomes,
        fingerprints: checked.fingerprints,
        counts: checked.counts,
        errors,
        options,
      }),
    );
    progress({ step: 'done', done: 1, total: 1 });
    return result;
  } catch (e) {
    if (e instanceof StatementCancelled) {
      progress({ step: 'done', done: 0, total: 1 });
      return cancelled();
    }
    throw e;
  }
}

interface WriteImportArgs {
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

function writeImport(tx: WriteTx, session: CaseFileSession, a: WriteImportArgs): ImportOutcome {
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

// ── imports of a case, and their row errors ──────────────────────────────────────────────────

export function listImports(session: CaseFileSession, caseId: string): StatementImportSummary[] {
  const id = parseInput(Id, caseId, 'case id');
  requireRecord(session.db, CASE_SPEC, id);
  return listRecords(
    session.db,
    STATEMENT_IMPORT_SPEC,
    'case_id = ?',
    [id],
    'created_at DESC, id',
  ).map(({ errors: _e, mapping: _m, ...summary }) => summary);
}

export function getImport(session: CaseFileSession, id: string): StatementImportRecord {
  return requireRecord(session.db, STATEMENT_IMPORT_SPEC, parseInput(Id, id, 'import id'));
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field (RFC 4180); text that a spreadsheet would run as a formula is defused with '. */
function csvField(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Row errors as CSV (UTF-8 with BOM, so spreadsheets read Cyrillic and diacritics right). */
export function rowErrorsCsv(errors: readonly RowError[]): string {
  const lines = [['row', 'column', 'field', 'problem', 'message', 'value'].join(',')];
  for (const e of errors) {
    lines.push([e.row, e.column, e.field, e.problem, e.message, e.value].map(csvField).join(','));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** Writes the row errors to `target` (a path the person chose in a save dialog). */
export function writeRowErrors(
  target: string,
  errors: readonly RowError[],
): { path: string; rows: number } {
  fs.writeFileSync(target, rowErrorsCsv(errors));
  return { path: target, rows: errors.length };
}

/** The row errors of a file read with a mapping, all of them (for export before an import). */
export async function rowErrorsOf(file: StatementBytes, rawMapping: unknown): Promise<RowError[]> {
  const mapping = parseInput(StatementMapping, rawMapping, 'statement mapping');
  const table = await readStatementTable(file, mapping);
  const { columns, issues } = resolveColumns(headersOf(table, mapping.headerRow), mapping);
  if (issues.length > 0) throw mappingError(file.name, issues);
  const { outcomes } = await readRows(dataRows(table, mapping), columns, mapping);
  return allErrors(outcomes);
}
