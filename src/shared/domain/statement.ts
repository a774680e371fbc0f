import { z } from 'zod';
import {
  DECIMAL_SEPARATORS,
  THOUSANDS_SEPARATORS,
  type NumberProblem,
} from '../finance/number-parse';
import { DATE_FORMATS, type DateProblem } from '../finance/date-parse';
import { Currency, DateTime, Id, IsoDate, Line, RecordMeta, ShortLine, Text } from './common';
import { PAYMENT_METHODS } from './finance';

/**
 * Bank statement import (issue #6 point 2): how a bank's CSV or XLSX export maps onto payments
 * (a StatementMapping, saved per bank and reused), what a preview shows, what an import reports,
 * and the record each import leaves (statement_import).
 *
 * Columns are named by their header text as it stands in the file, so one mapping serves every
 * statement of that bank whatever the column order.
 */

export const STATEMENT_ENCODINGS = ['auto', 'utf-8', 'windows-1250', 'windows-1251'] as const;
export type StatementEncoding = (typeof STATEMENT_ENCODINGS)[number];
export const STATEMENT_DELIMITERS = ['auto', ',', ';', '\t', '|'] as const;
export type StatementDelimiter = (typeof STATEMENT_DELIMITERS)[number];

/** A header as it stands in the file (matched ignoring case and repeated spaces). */
export const StatementColumn = z.string().trim().min(1, 'name the column').max(200);
const OptionalColumn = StatementColumn.nullable().default(null);
/** A value of a debit/credit indicator column, e.g. "D", "Dug.", "Pot.". */
const IndicatorValue = z.string().trim().min(1).max(40);

export const NumberFormatSchema = z
  .object({
    decimal: z.enum(DECIMAL_SEPARATORS),
    thousands: z.enum(THOUSANDS_SEPARATORS),
  })
  .strict()
  .refine((f) => f.decimal !== f.thousands, {
    message: 'the decimal and thousands separators must differ',
    path: ['thousands'],
  });

/**
 * How the amount and its direction are read, seen from the statement's own account:
 * - signed: one column, negative = money out (or the other way round for banks that print it so);
 * - debit-credit: two columns, debit = out, credit = in; exactly one of them holds an amount;
 * - indicator: an unsigned amount and a column saying D / C (values configurable).
 */
export const StatementAmount = z.discriminatedUnion('mode', [
  z
    .object({
      mode: z.literal('signed'),
      column: StatementColumn,
      negative: z.enum(['outgoing', 'incoming']).default('outgoing'),
    })
    .strict(),
  z
    .object({ mode: z.literal('debit-credit'), debit: StatementColumn, credit: StatementColumn })
    .strict(),
  z
    .object({
      mode: z.literal('indicator'),
      column: StatementColumn,
      indicator: StatementColumn,
      debitValues: z.array(IndicatorValue).min(1).max(20),
      creditValues: z.array(IndicatorValue).min(1).max(20),
    })
    .strict(),
]);
export type StatementAmount = z.infer<typeof StatementAmount>;

export const StatementCurrency = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('fixed'), code: Currency }).strict(),
  z.object({ mode: z.literal('column'), column: StatementColumn }).strict(),
]);
export type StatementCurrency = z.infer<typeof StatementCurrency>;

export const StatementMethod = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('fixed'), method: z.enum(PAYMENT_METHODS) }).strict(),
  z
    .object({
      mode: z.literal('column'),
      column: StatementColumn,
      /** Values of the column (matched ignoring case) and the method each stands for. */
      values: z
        .array(z.object({ text: IndicatorValue, method: z.enum(PAYMENT_METHODS) }).strict())
        .max(50)
        .default([]),
      /** For any other value. */
      otherwise: z.enum(PAYMENT_METHODS).default('other'),
    })
    .strict(),
]);
export type StatementMethod = z.infer<typeof StatementMethod>;

export const StatementColumns = z
  .object({
    date: StatementColumn,
    valueDate: OptionalColumn,
    counterpartyName: OptionalColumn,
    /** IBAN or national account number of the other side. */
    counterpartyAccount: OptionalColumn,
    reference: OptionalColumn,
    purpose: OptionalColumn,
    /** The bank's own id of the transaction: the best key for recognising a row on re-import. */
    transactionId: OptionalColumn,
  })
  .strict();

const fold = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

export const StatementMapping = z
  .object({
    encoding: z.enum(STATEMENT_ENCODINGS).default('auto'),
    delimiter: z.enum(STATEMENT_DELIMITERS).default('auto'),
    /** XLSX: the worksheet by name; null = the first. */
    sheet: z.string().trim().min(1).max(100).nullable().default(null),
    /** The row of the headers, 1-based as in the file (banks often put a title block above). */
    headerRow: z.number().int().min(1).max(1000).default(1),
    /** Rows at the end that are not transactions (totals, closing balance). */
    skipLastRows: z.number().int().min(0).max(1000).default(0),
    columns: StatementColumns,
    amount: StatementAmount,
    currency: StatementCurrency,
    method: StatementMethod.default({ mode: 'fixed', method: 'wire' }),
    dateFormat: z.enum(DATE_FORMATS),
    numberFormat: NumberFormatSchema,
    /** The case's account the statement belongs to; may be given at import time instead. */
    accountId: Id.nullable().default(null),
  })
  .strict()
  .refine((m) => m.columns.counterpartyName !== null || m.columns.counterpartyAccount !== null, {
    message: "map the column of the counterparty's name or of its account",
    path: ['columns', 'counterpartyName'],
  })
  .refine(
    (m) =>
      m.amount.mode !== 'indicator' ||
      !m.amount.debitValues.some((d) =>
        (m.amount as { creditValues: string[] }).creditValues.some((c) => fold(c) === fold(d)),
      ),
    { message: 'a value cannot mean both debit and credit', path: ['amount', 'creditValues'] },
  );
export type StatementMapping = z.infer<typeof StatementMapping>;
export type StatementMappingInput = z.input<typeof StatementMapping>;

/** A mapping saved under a name (unique in the case file), usually one per bank and format. */
export const StatementMappingFields = z
  .object({
    name: ShortLine.min(1, 'give the mapping a name'),
    bank: Line.default(''),
    notes: Text.default(''),
    mapping: StatementMapping,
  })
  .strict();
export type StatementMappingFields = z.infer<typeof StatementMappingFields>;
export type StatementMappingFieldsInput = z.input<typeof StatementMappingFields>;
export const StatementMappingRecord = StatementMappingFields.extend(RecordMeta.shape);
export type StatementMappingRecord = z.infer<typeof StatementMappingRecord>;

/** The parts of a payment a statement row fills, by which a row error names its field. */
export const STATEMENT_FIELDS = [
  'date',
  'valueDate',
  'amount',
  'debit',
  'credit',
  'indicator',
  'currency',
  'counterpartyName',
  'counterpartyAccount',
  'reference',
  'purpose',
  'transactionId',
  'method',
] as const;
export type StatementField = (typeof STATEMENT_FIELDS)[number];

/** Why a row was refused; the screen translates the code, the message is the English text. */
export const ROW_PROBLEMS = [
  // amounts (shared/finance/number-parse.ts)
  'empty',
  'not-a-number',
  'separators',
  'grouping',
  'too-many-decimals',
  'too-large',
  // dates (shared/finance/date-parse.ts)
  'date-format',
  'no-such-day',
  'year-range',
  // the row as a whole
  'amount-missing',
  'amount-both',
  'amount-zero',
  'indicator-unknown',
  'indicator-signed',
  'currency-unknown',
  'counterparty-missing',
  'cell-type',
  'too-long',
] as const;
export type RowProblem = (typeof ROW_PROBLEMS)[number];
/** Every problem the amount and date readers report is a row problem (checked by the compiler). */
type Covered<T extends RowProblem> = T;
export type ParseProblem = Covered<NumberProblem | DateProblem>;

export const RowError = z.object({
  /** The row as numbered in the file: 1-based, the header and any title rows included. */
  row: z.number().int().min(1),
  /** The header of the column at fault; null when the row as a whole is. */
  column: z.string().nullable(),
  field: z.enum(STATEMENT_FIELDS).nullable(),
  problem: z.enum(ROW_PROBLEMS),
  message: z.string(),
  /** The cell as it stands in the file (cut to 200 characters). */
  value: z.string(),
});
export type RowError = z.infer<typeof RowError>;

/** A problem of the mapping against this file (a column it names is not there). */
export const MappingIssue = z.object({ path: z.array(z.string()), message: z.string() });
export type MappingIssue = z.infer<typeof MappingIssue>;

export const StatementCounts = z.object({
  /** Transaction rows read (below the header; blank rows and skipped last rows not counted). */
  rows: z.number().int().min(0),
  valid: z.number().int().min(0),
  invalid: z.number().int().min(0),
  /** Valid rows already in the case (imported before), or repeated in the file. */
  duplicates: z.number().int().min(0),
});
export type StatementCounts = z.infer<typeof StatementCounts>;

/** One row as the import would take it (preview). */
export const ParsedStatementRow = z.object({
  row: z.number().int().min(1),
  ok: z.boolean(),
  duplicate: z.boolean(),
  direction: z.enum(['in', 'out']).nullable(),
  date: IsoDate.nullable(),
  at: DateTime.nullable(),
  valueDate: IsoDate.nullable(),
  /** Positive amount; the direction says which way it went. */
  amount: z.string().nullable(),
  currency: z.string().nullable(),
  counterpartyName: z.string(),
  counterpartyAccount: z.string(),
  reference: z.string(),
  purpose: z.string(),
  transactionId: z.string(),
  method: z.enum(PAYMENT_METHODS).nullable(),
  errors: z.array(RowError),
});
export type ParsedStatementRow = z.infer<typeof ParsedStatementRow>;

export const STATEMENT_FILE_KINDS = ['csv', 'xlsx'] as const;

export const StatementFileInfo = z.object({
  name: z.string(),
  size: z.number().int().min(0),
  kind: z.enum(STATEMENT_FILE_KINDS),
  /** CSV: the encoding used (detected when the mapping said auto); null for XLSX. */
  encoding: z.enum(STATEMENT_ENCODINGS).nullable(),
  delimiter: z.enum(STATEMENT_DELIMITERS).nullable(),
  /** XLSX: the worksheets, and the one read. */
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
});
export type StatementFileInfo = z.infer<typeof StatementFileInfo>;

export const StatementPreview = z.object({
  file: StatementFileInfo,
  headerRow: z.number().int().min(1),
  headers: z.array(z.string()),
  /** The first rows below the header, as text, each with its row number in the file. */
  rows: z.array(z.object({ row: z.number().int().min(1), cells: z.array(z.string()) })),
  /** Empty when the mapping is complete and fits the file; then `parsed` is given. */
  mappingIssues: z.array(MappingIssue),
  parsed: z
    .object({
      counts: StatementCounts,
      rows: z.array(ParsedStatementRow),
      /** Row errors of the whole file, the first MAX_PREVIEW_ERRORS of them. */
      errors: z.array(RowError),
      errorsTotal: z.number().int().min(0),
      /** Duplicates are known only when a case and an account were named. */
      duplicatesChecked: z.boolean(),
    })
    .nullable(),
});
export type StatementPreview = z.infer<typeof StatementPreview>;

export const MAX_PREVIEW_ROWS = 500;
export const DEFAULT_PREVIEW_ROWS = 50;
export const MAX_PREVIEW_ERRORS = 1000;
/** Row errors kept in the statement_import record (the counts are always complete). */
export const MAX_STORED_ERRORS = 10_000;

export const ImportCounts = StatementCounts.extend({
  /** Payments written. */
  created: z.number().int().min(0),
  /** Counterparty accounts created (one per distinct IBAN or account number not yet known). */
  accountsCreated: z.number().int().min(0),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

/** What statement_import keeps of each import: the file, the mapping as used, the outcome. */
export const StatementImportRecord = z
  .object({
    caseId: Id,
    accountId: Id,
    attachmentId: Id,
    fileName: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    size: z.number().int().min(0),
    kind: z.enum(STATEMENT_FILE_KINDS),
    mappingId: Id.nullable(),
    mappingName: z.string().nullable(),
    /** The mapping exactly as applied (a later change of the saved mapping does not alter it). */
    mapping: StatementMapping,
    acceptedValidRows: z.boolean(),
    counts: ImportCounts,
    /** Dates of the first and last transaction imported (null when none). */
    firstDate: IsoDate.nullable(),
    lastDate: IsoDate.nullable(),
    errors: z.array(RowError),
    errorsTotal: z.number().int().min(0),
  })
  .extend(RecordMeta.shape);
export type StatementImportRecord = z.infer<typeof StatementImportRecord>;

export const StatementImportSummary = StatementImportRecord.omit({ errors: true, mapping: true });
export type StatementImportSummary = z.infer<typeof StatementImportSummary>;

export const StatementImportResult = z.object({
  /**
   * imported: written (valid rows, duplicates skipped); refused: malformed rows and the valid
   * rows were not accepted, nothing written; cancelled: stopped on request, nothing written.
   */
  status: z.enum(['imported', 'refused', 'cancelled']),
  importId: Id.nullable(),
  attachmentId: Id.nullable(),
  sha256: z.string(),
  counts: ImportCounts,
  errors: z.array(RowError),
  errorsTotal: z.number().int().min(0),
});
export type StatementImportResult = z.infer<typeof StatementImportResult>;

export const STATEMENT_PROGRESS_STEPS = ['read', 'validate', 'import', 'done'] as const;
export type StatementProgressStep = (typeof STATEMENT_PROGRESS_STEPS)[number];
export interface StatementProgress {
  step: StatementProgressStep;
  done: number;
  total: number;
}

/**
 * Currency as some statements write it, besides the ISO 4217 code: local abbreviations and the
 * ISO numeric codes of the region's currencies. Anything else must be a three-letter code.
 */
export const CURRENCY_ALIASES: Readonly<Record<string, string>> = {
  DIN: 'RSD',
  'DIN.': 'RSD',
  ДИН: 'RSD',
  'ДИН.': 'RSD',
  KM: 'BAM',
  ДЕН: 'MKD',
  'ДЕН.': 'MKD',
  DEN: 'MKD',
  LEK: 'ALL',
  LEKË: 'ALL',
  '€': 'EUR',
  $: 'USD',
  '£': 'GBP',
  '941': 'RSD',
  '977': 'BAM',
  '807': 'MKD',
  '008': 'ALL',
  '191': 'HRK',
  '978': 'EUR',
  '840': 'USD',
  '756': 'CHF',
  '826': 'GBP',
  '643': 'RUB',
  '949': 'TRY',
};
