import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type {
  StatementDelimiter,
  StatementEncoding,
  StatementFileInfo,
} from '../../../shared/domain/statement';
import { decimalFromNumber } from '../../../shared/finance/number-parse';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';

/**
 * Reading a bank statement into rows of cells, before any mapping: CSV (delimiter and encoding
 * detected unless the mapping names them; BOM, quoted fields with line breaks) and XLSX (cells
 * keep their type: a number stays a number, a date a date). Statements are untrusted input: the
 * file is capped in size and in rows, and a file that is neither is refused with a reason.
 */

export const MAX_STATEMENT_BYTES = 200 * 1024 * 1024;
export const MAX_STATEMENT_ROWS = 1_000_000;

/** A cell: text as written (CSV, XLSX text), or a typed XLSX number or date. */
export type Cell = string | { number: string } | { date: string; time: string | null };

export interface RawRow {
  /** The row number as in the file: 1-based, every row (title, header, blank) counted. */
  row: number;
  cells: Cell[];
}

export interface StatementTable {
  info: StatementFileInfo;
  rows: RawRow[];
}

export interface StatementBytes {
  name: string;
  bytes: Buffer;
  kind: 'csv' | 'xlsx';
}

export interface ReadOptions {
  encoding?: StatementEncoding;
  delimiter?: StatementDelimiter;
  sheet?: string | null;
}

function refused(message: string, issuePath = 'file'): CaseFileError {
  return new CaseFileError(CaseFileErrorCode.InvalidInput, message, {
    issues: [{ path: [issuePath], message }],
  });
}

function formatMiB(n: number): string {
  return `${Math.round(n / 1024 / 1024)} MiB`;
}

/** What kind of file the bytes are: XLSX is a ZIP; the old binary .xls is refused by name. */
export function statementKind(bytes: Buffer, name: string): 'csv' | 'xlsx' {
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0x504b0304) return 'xlsx';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from('d0cf11e0a1b11ae1', 'hex'))) {
    throw refused(
      `${name} is an old Excel .xls file; open it in a spreadsheet and save it as .xlsx or CSV.`,
    );
  }
  return 'csv';
}

/**
 * Reads the whole file (statements are read once, parsed from memory and stored from the same
 * bytes, so what is imported is exactly what is stored). Refused above MAX_STATEMENT_BYTES.
 */
export function readStatementBytes(file: string): StatementBytes {
  const name = path.basename(file);
  const stat = fs.statSync(file);
  if (!stat.isFile()) throw refused(`${name} is not a file.`);
  if (stat.size > MAX_STATEMENT_BYTES) {
    throw new CaseFileError(
      CaseFileErrorCode.TooLarge,
      `${name} is larger than ${formatMiB(MAX_STATEMENT_BYTES)}, the most a statement may be; split it by period.`,
      { limit: MAX_STATEMENT_BYTES },
    );
  }
  const bytes = fs.readFileSync(file);
  return { name, bytes, kind: statementKind(bytes, name) };
}

export function statementBytes(name: string, bytes: Buffer): StatementBytes {
  return { name, bytes, kind: statementKind(bytes, name) };
}

function tooManyRows(name: string): CaseFileError {
  return new CaseFileError(
    CaseFileErrorCode.TooLarge,
    `${name} has more than ${MAX_STATEMENT_ROWS.toLocaleString('en')} rows, the most a statement may have; split it by period.`,
    { limit: MAX_STATEMENT_ROWS },
  );
}

// ── text ──────────────────────────────────────────────────────────────────────────────────────

/**
 * Cyrillic (windows-1251) or Latin (windows-1250)? Read as 1251, Latin text with diacritics gives
 * words mixing Latin and Cyrillic letters ("Чukarica"); read as 1250, Cyrillic text gives words
 * made only of accented Latin letters ("Áåîãðàä"). The reading with fewer such words wins.
 */
function guessSingleByte(bytes: Buffer): 'windows-1250' | 'windows-1251' {
  const sample = bytes.subarray(0, 256 * 1024);
  const as1251 = iconv.decode(sample, 'windows-1251');
  const as1250 = iconv.decode(sample, 'windows-1250');
  const words = (s: string) => s.split(/[^\p{L}]+/u).filter((w) => w.length >= 2);
  const mixed = words(as1251).filter((w) => /[A-Za-z]/.test(w) && /[\u0400-\u04ff]/.test(w));
  const accented = words(as1250).filter((w) => /^[\u00c0-\u017f]+$/.test(w));
  return mixed.length > accented.length ? 'windows-1250' : 'windows-1251';
}

/** The text of a CSV, and the encoding it was read in. A BOM wins over the mapping's choice. */
export function decodeText(
  bytes: Buffer,
  encoding: StatementEncoding = 'auto',
  name = 'the file',
): { text: string; encoding: Exclude<StatementEncoding, 'auto'> } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8(bytes.subarray(3), name), encoding: 'utf-8' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-8' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-8' };
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    throw refused(`${name} is neither a CSV text file nor an XLSX workbook.`);
  }
  if (encoding === 'utf-8') return { text: decodeUtf8(bytes, name), encoding };
  if (encoding === 'windows-1250' || encoding === 'windows-1251') {
    return { text: iconv.decode(bytes, encoding), encoding };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const guessed = guessSingleByte(bytes);
    return { text: iconv.decode(bytes, guessed), encoding: guessed };
  }
}

function decodeUtf8(bytes: Buffer, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refused(
      `${name} is not valid UTF-8; choose its encoding (windows-1250 for Latin, windows-1251 for Cyrillic).`,
      'encoding',
    );
  }
}

const CANDIDATES = [';', ',', '\t', '|'] as const;

/**
 * The delimiter that splits the first lines into the most rows of one same width (at least two
 * columns); on a tie, the wider table. `;` first: it is what spreadsheets write where the comma
 * is the decimal separator, as in most of the region.
 */
export function detectDelimiter(text: string): Exclude<StatementDelimiter, 'auto'> {
  let sample = text.slice(0, 16 * 1024);
  const cut = sample.lastIndexOf('\n');
  if (cut > 0 && text.length > sample.length) sample = sample.slice(0, cut);
  let best: { delimiter: (typeof CANDIDATES)[number]; rows: number; width: number } | null = null;
  for (const delimiter of CANDIDATES) {
    let records: string[][];
    try {
      records = parseRecords(sample, delimiter, 100);
    } catch {
      continue;
    }
    const widths = new Map<number, number>();
    for (const r of records)
      if (r.length > 1) widths.set(r.length, (widths.get(r.length) ?? 0) + 1);
    let width = 0;
    let rows = 0;
    for (const [w, n] of widths) if (n > rows || (n === rows && w > width)) [width, rows] = [w, n];
    if (rows > 0 && (!best || rows > best.rows || (rows === best.rows && width > best.width))) {
      best = { delimiter, rows, width };
    }
  }
  return best?.delimiter ?? ';';
}

function parseRecords(text: string, delimiter: string, to?: number): string[][] {
  return parseCsv(text, {
    delimiter,
    record_delimiter: '\n',
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    ...(to !== undefined ? { to } : {}),
  }) as string[][];
}

function readCsv(file: StatementBytes, options: ReadOptions): StatementTable {
  const decoded = decodeText(file.bytes, options.encoding ?? 'auto', file.name);
  // One line ending: files from several systems mix them, and a quoted line break is kept as \n.
  const text = decoded.text.replace(/\r\n?/g, '\n');
  const delimiter =
    options.delimiter && options.delimiter !== 'auto' ? options.delimiter : detectDelimiter(text);
  let records: string[][];
  try {
    records = parseRecords(text, delimiter, MAX_STATEMENT_ROWS + 1);
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw refused(
      `${file.name} cannot be read as CSV${line ? ` (line ${line})` : ''}: ${(e as Error).message}`,
    );
  }
  if (records.length > MAX_STATEMENT_ROWS) throw tooManyRows(file.name);
  // A final line break leaves one empty record after it: not a row of the file.
  const last = records.at(-1);
  if (last && last.length === 1 && last[0] === '' && text.endsWith('\n')) records.pop();
  return {
    info: {
      name: file.name,
      size: file.bytes.length,
      kind: 'csv',
      encoding: decoded.encoding,
      delimiter,
      sheets: [],
      sheet: null,
    },
    rows: records.map((cells, i) => ({ row: i + 1, cells })),
  };
}

// ── XLSX ──────────────────────────────────────────────────────────────────────────────────────

const pad = (n: number) => String(n).padStart(2, '0');

/** An XLSX cell's value as a Cell; dates are read in UTC, as spreadsheets store them. */
export function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    const n = decimalFromNumber(value);
    return n === null ? '' : { number: n };
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const [h, m, s] = [value.getUTCHours(), value.getUTCMinutes(), value.getUTCSeconds()];
    const time = h || m || s ? `${pad(h)}:${pad(m)}${s ? `:${pad(s)}` : ''}` : null;
    return { date, time };
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return '';
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (
      result === undefined ||
      (typeof result === 'object' && result !== null && 'error' in result)
    )
      return '';
    return cellOf(result as ExcelJS.CellValue);
  }
  if ('text' in value) {
    const text = (value as { text: unknown }).text;
    return typeof text === 'string' ? text : cellOf(text as ExcelJS.CellValue);
  }
  return '';
}

/** exceljs is large: loaded on the first XLSX, not with every start of the CLI or the app. */
async function loadExcel(): Promise<typeof ExcelJS> {
  const module = (await import('exceljs')) as typeof ExcelJS & { default?: typeof ExcelJS };
  return module.default ?? module;
}

async function readXlsx(file: StatementBytes, options: ReadOptions): Promise<StatementTable> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  try {
    // exceljs declares its own Buffer type (an ArrayBuffer); it reads Node's Buffer as is.
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw refused(`${file.name} cannot be read as an XLSX workbook: ${(e as Error).message}`);
  }
  const sheets = workbook.worksheets.map((w) => w.name);
  const wanted = options.sheet ?? null;
  const sheet =
    wanted === null
      ? workbook.worksheets[0]
      : (workbook.worksheets.find((w) => w.name === wanted) ??
        workbook.worksheets.find((w) => w.name.toLowerCase() === wanted.toLowerCase()));
  if (!sheet) {
    throw refused(
      wanted === null
        ? `${file.name} has no worksheet.`
        : `${file.name} has no worksheet "${wanted}" (it has: ${sheets.join(', ')}).`,
      'sheet',
    );
  }
  if (sheet.rowCount > MAX_STATEMENT_ROWS) throw tooManyRows(file.name);
  const rows: RawRow[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellOf(row.getCell(c).value));
    rows.push({ row: r, cells });
  }
  return {
    info: {
      name: file.name,
      size: file.bytes.length,
      kind: 'xlsx',
      encoding: null,
      delimiter: null,
      sheets,
      sheet: sheet.name,
    },
    rows,
  };
}

/** The statement as rows of cells, every row of the file with its number. */
export async function readStatementTable(
  file: StatementBytes,
  options: ReadOptions = {},
): Promise<StatementTable> {
  return file.kind === 'xlsx' ? readXlsx(file, options) : readCsv(file, options);
}

/** A cell as text for display and for reading with the mapping's formats. */
export function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if ('number' in cell) return cell.number;
  return cell.time ? `${cell.date} ${cell.time}` : cell.date;
}

export function isBlankRow(row: RawRow): boolean {
  return row.cells.every((c) => cellText(c).trim() === '');
}
