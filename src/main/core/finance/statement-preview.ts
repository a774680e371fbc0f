import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import type { AccountRecord } from '../../../shared/domain/finance';
import {
  DEFAULT_PREVIEW_ROWS,
  MAX_PREVIEW_ERRORS,
  MAX_PREVIEW_ROWS,
  STATEMENT_DELIMITERS,
  STATEMENT_ENCODINGS,
  StatementMapping,
  type MappingIssue,
  type ParsedStatementRow,
  type StatementPreview,
} from '../../../shared/domain/statement';
import type { CaseFileSession } from '../case-file/session';
import { CASE_SPEC } from '../cases/cases';
import { requireRecord } from '../records/record-store';
import { parseInput } from '../support/validate';
import { readStatementTable, cellText, type StatementBytes } from './statement-read';
import {
  dataRows,
  headersOf,
  readRows,
  resolveColumns,
  type RowOutcome,
  type StatementTransaction,
} from './statement-rows';
import { allErrors, existingFingerprints } from './statement-steps';
import { requireAccountOfCase } from './support';

/**
 * The statement preview behind the mapping screen (issue #6 point 2): the file's first rows as
 * they stand and, once the mapping fits, as they would be imported, with per-cell errors and the
 * counts of valid, invalid and duplicate rows. It writes nothing.
 */

const WHAT = 'statement import';

function mappingIssuesOf(error: z.ZodError): MappingIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String), message: i.message }));
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
