import { createHash } from 'node:crypto';
import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import type { AccountRecord } from '../../../shared/domain/finance';
import {
  StatementMapping,
  type ImportCounts,
  type StatementImportRecord,
  type StatementImportResult,
  type StatementImportSummary,
} from '../../../shared/domain/statement';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { CASE_SPEC } from '../cases/cases';
import { invalid } from '../objects/references';
import { listRecords, requireRecord } from '../records/record-store';
import { parseInput } from '../support/validate';
import { STATEMENT_IMPORT_SPEC, STATEMENT_MAPPING_SPEC } from './statement-mappings';
import { readStatementTable, type StatementBytes } from './statement-read';
import {
  dataRows,
  headersOf,
  readRows,
  resolveColumns,
  StatementCancelled,
} from './statement-rows';
import {
  allErrors,
  existingFingerprints,
  mappingError,
  type StatementRunOptions,
} from './statement-steps';
import { writeImport } from './statement-write';
import { requireAccountOfCase } from './support';

export { PreviewInput, previewStatement } from './statement-preview';
export { rowErrorsCsv, rowErrorsOf, writeRowErrors } from './statement-row-errors';
export type { StatementRunOptions } from './statement-steps';

/**
 * Preview and import of a bank statement (issue #6 point 2).
 *
 * An import is all or nothing: the statement file (stored as an attachment, hashed on ingest),
 * its statement_import record (file SHA-256, the mapping as applied, counts, row errors), the
 * counterparty accounts it had to create and every payment are written in ONE transaction. A
 * failure, a cancel or a kill half-way leaves nothing. A file with malformed rows imports nothing
 * unless the person accepts the valid rows; each malformed row is reported with its row number.
 *
 * Audit decision: the import is ONE audit entry, not one per payment (see statement-write).
 *
 * Cancel: rows are read and checked in chunks, yielding to the event loop between chunks so that
 * a cancel request can arrive; the signal is also checked between chunks of the write, which
 * then rolls back. The write itself is one synchronous transaction (better-sqlite3), so in the
 * app a cancel takes effect up to the moment the write begins, and the write is short.
 *
 * The steps live beside this module: statement-preview (the mapping screen's preview),
 * statement-write (the transaction), statement-row-errors (row errors as CSV) and
 * statement-steps (what they share). This module keeps the import itself and the imports of a
 * case, and re-exports the others' public functions.
 */

const WHAT = 'statement import';

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
