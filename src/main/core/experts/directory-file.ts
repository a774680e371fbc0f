import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { ExpertFields, type ExpertRecord } from '../../../shared/domain/expert';
import type { ExpertImportResult } from '../../../shared/domain/expert-views';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { insertRecord, newMeta } from '../records/record-store';
import { writeFileAtomic } from '../support/durable-fs';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import {
  allExperts,
  checkExpertFields,
  describeExpert,
  expertKey,
  findSameExpert,
} from './directory';
import { EXPERT_SPEC } from './specs';

/**
 * Import and export of the directory of experts, so that units can exchange it:
 * - JSON `{ "format": "custodia-experts", "version": 1, "experts": [ExpertFields…] }` (a bare
 *   array of experts is read too), keys in the order of ExpertFields;
 * - CSV with a header row naming ExpertFields keys, lists (`languages`, `fields`) separated by
 *   `;`, `active` as true/false; UTF-8 with or without BOM, comma, semicolon or tab delimited.
 *   Text a spreadsheet would run as a formula is written with a leading `'`, taken off on import.
 *
 * A directory file is untrusted input: capped in size and rows, and checked in full before
 * anything is written. Any invalid row refuses the whole file, every problem named with its row
 * (a JSON entry counts from 1; a CSV row as a spreadsheet numbers it, the header being row 1).
 * An expert already in the directory (same folded name, institution and country), or listed
 * twice in the file, is skipped and reported; the rest are added in one transaction. Each added
 * expert gets its own audit entry with all its fields (`expert.import`, so its history shows where
 * it came from), and one more entry ties the file's SHA-256 to the counts and the ids added.
 */

export const EXPERTS_FORMAT = 'custodia-experts';
export const EXPERTS_FORMAT_VERSION = 1;
export const MAX_EXPERTS_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_EXPERTS_ROWS = 20_000;
/** How many row problems a refusal lists (the count says how many there were). */
const MAX_ISSUES = 100;

/** The columns of a directory file, in the order of ExpertFields. */
export const EXPERT_FILE_KEYS = Object.keys(ExpertFields.shape) as Array<keyof ExpertFields>;
const LIST_KEYS = new Set<string>(['languages', 'fields']);

interface FileIssue {
  path: string[];
  message: string;
  row?: number;
}

function refused(file: string, message: string, issues?: FileIssue[]): CaseFileError {
  return new CaseFileError(
    CaseFileErrorCode.InvalidInput,
    `${path.basename(file)} was not imported: ${message}. Nothing was added.`,
    { issues: issues ?? [{ path: ['file'], message }] },
  );
}

// ── Reading ───────────────────────────────────────────────────────────────────────────────────

interface Entry {
  row: number;
  value: unknown;
  /** A row refused before its fields are read (a CSV row with more cells than columns). */
  problem?: string;
}

function readText(file: string): { text: string; sha256: string } {
  const stat = fs.statSync(file);
  if (!stat.isFile()) throw refused(file, 'it is not a file');
  if (stat.size > MAX_EXPERTS_FILE_BYTES) {
    throw refused(
      file,
      `it is larger than ${MAX_EXPERTS_FILE_BYTES / 1024 / 1024} MiB, more than a directory of experts`,
    );
  }
  const bytes = fs.readFileSync(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refused(file, 'it is not UTF-8 text; save it as UTF-8 (CSV UTF-8) and try again');
  }
  return { text: text.replace(/^\uFEFF/, ''), sha256 };
}

function readJson(file: string, text: string): Entry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw refused(file, `it is not valid JSON (${(e as Error).message})`);
  }
  let experts: unknown;
  if (Array.isArray(data)) {
    experts = data;
  } else if (typeof data === 'object' && data !== null) {
    const d = data as Record<string, unknown>;
    if (d['format'] !== EXPERTS_FORMAT) {
      throw refused(file, `it is not a directory of experts (format "${EXPERTS_FORMAT}")`);
    }
    if (d['version'] !== EXPERTS_FORMAT_VERSION) {
      throw refused(
        file,
        `it is version ${String(d['version'])} of the format; this Custodia reads version ${EXPERTS_FORMAT_VERSION}`,
      );
    }
    experts = d['experts'];
  }
  if (!Array.isArray(experts)) {
    throw refused(file, 'it holds no list of experts');
  }
  if (experts.length > MAX_EXPERTS_ROWS) {
    throw refused(file, `it has more than ${MAX_EXPERTS_ROWS} experts`);
  }
  return experts.map((value, i) => ({ row: i + 1, value }));
}

const FORMULA_START = /^[=+\-@\t\r]/;
/** A cell written with the formula guard: one leading ' before what looks like a formula. */
const GUARDED = /^'+[=+\-@\t\r]/;

function csvDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => ({ d, n: header.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0] && counts[0].n > 0 ? counts[0].d : ',';
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'da', 'po', 'ja', 'да']);
const FALSE = new Set(['false', 'no', 'n', '0', 'ne', 'jo', 'nein', 'не']);

/** A CSV cell as the value of its ExpertFields key (zod then judges it). */
function cellValue(key: string, raw: string): unknown {
  const cell = GUARDED.test(raw) ? raw.slice(1) : raw;
  if (LIST_KEYS.has(key)) {
    return cell
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
  }
  if (key === 'active') {
    const word = cell.trim().toLowerCase();
    if (word === '') return undefined;
    if (TRUE.has(word)) return true;
    if (FALSE.has(word)) return false;
    return cell;
  }
  if (key === 'country') return cell.trim() === '' ? null : cell.trim().toUpperCase();
  return cell;
}

function readCsv(file: string, text: string): Entry[] {
  let records: string[][];
  try {
    records = parseCsv(text.replace(/\r\n?/g, '\n'), {
      delimiter: csvDelimiter(text),
      record_delimiter: '\n',
      relax_column_count: true,
      skip_empty_lines: false,
      to: MAX_EXPERTS_ROWS + 2,
    }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw refused(
      file,
      `it cannot be read as CSV${line ? ` (line ${line})` : ''}: ${(e as Error).message}`,
    );
  }
  const [header, ...rows] = records;
  if (!header || header.every((h) => h.trim() === '')) throw refused(file, 'it is empty');
  if (rows.length > MAX_EXPERTS_ROWS) {
    throw refused(file, `it has more than ${MAX_EXPERTS_ROWS} rows`);
  }
  const known = new Map(EXPERT_FILE_KEYS.map((k) => [k.toLowerCase(), k as string]));
  const issues: FileIssue[] = [];
  const keys = header.map((h, i) => {
    const key = known.get(
      h
        .trim()
        .replace(/^\uFEFF/, '')
        .toLowerCase(),
    );
    if (!key) {
      issues.push({
        path: ['columns', String(i + 1)],
        message: `column ${i + 1} "${h}" is not one of ${EXPERT_FILE_KEYS.join(', ')}`,
        row: 1,
      });
    }
    return key ?? '';
  });
  for (const required of ['name', 'fields']) {
    if (!keys.includes(required)) {
      issues.push({ path: ['columns'], message: `the header has no column "${required}"`, row: 1 });
    }
  }
  const repeated = keys.filter((k, i) => k !== '' && keys.indexOf(k) !== i);
  for (const k of new Set(repeated)) {
    issues.push({ path: ['columns'], message: `the column "${k}" appears twice`, row: 1 });
  }
  if (issues.length > 0)
    throw refused(file, 'its header row is not a directory of experts', issues);

  const entries: Entry[] = [];
  rows.forEach((cells, i) => {
    const row = i + 2;
    // A final line break, or blank lines, are not experts.
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.length > keys.length) {
      const problem = `${cells.length} cells, but the header has ${keys.length} columns`;
      entries.push({ row, value: null, problem });
      return;
    }
    const value: Record<string, unknown> = {};
    keys.forEach((key, k) => {
      const v = cellValue(key, cells[k] ?? '');
      if (v !== undefined) value[key] = v;
    });
    entries.push({ row, value });
  });
  return entries;
}

function looksLikeJson(text: string): boolean {
  const first = text.trimStart()[0];
  return first === '{' || first === '[';
}

/** Every entry parsed and its codes checked; all problems at once, each naming its row. */
function checkEntries(
  session: CaseFileSession,
  file: string,
  entries: Entry[],
): Array<{ row: number; fields: ExpertFields }> {
  const vocabulary = new Map(
    (
      session.db
        .prepare("SELECT code, retired FROM vocabulary WHERE kind = 'expertise_field'")
        .all() as Array<{ code: string; retired: number }>
    ).map((r) => [r.code, r.retired === 1]),
  );
  const issues: FileIssue[] = [];
  const rowIssue = (row: number, at: Array<string | number>, message: string) => {
    const where = at.length > 0 ? `, ${at.join('.')}` : '';
    issues.push({
      path: ['rows', String(row), ...at.map(String)],
      message: `row ${row}${where}: ${message}`,
      row,
    });
  };
  const valid: Array<{ row: number; fields: ExpertFields }> = [];
  for (const { row, value, problem } of entries) {
    if (problem !== undefined) {
      rowIssue(row, [], problem);
      continue;
    }
    const parsed = ExpertFields.safeParse(value);
    if (!parsed.success) {
      for (const i of parsed.error.issues)
        rowIssue(row, i.path as Array<string | number>, i.message);
      continue;
    }
    let ok = true;
    parsed.data.fields.forEach((code, i) => {
      const retired = vocabulary.get(code);
      if (retired === undefined) {
        ok = false;
        rowIssue(
          row,
          ['fields', i],
          `"${code}" is not in the list of fields of expertise; add it to the list first (Settings → Reference lists)`,
        );
      } else if (retired) {
        ok = false;
        rowIssue(row, ['fields', i], `"${code}" is a retired field of expertise`);
      }
    });
    if (ok) valid.push({ row, fields: checkExpertFields(session.db, parsed.data, null) });
  }
  if (issues.length > 0) {
    const rows = new Set(issues.map((i) => i.row)).size;
    const first = issues[0]?.message ?? '';
    throw refused(
      file,
      `${rows === 1 ? 'one row has' : `${rows} rows have`} problems (${first}${issues.length > 1 ? '; …' : ''})`,
      issues.slice(0, MAX_ISSUES),
    );
  }
  return valid;
}

/** Adds the experts of a directory file (JSON or CSV) that are not in the directory yet. */
export async function importExperts(
  session: CaseFileSession,
  file: string,
): Promise<ExpertImportResult> {
  const { text, sha256 } = readText(file);
  const json = looksLikeJson(text);
  const entries = json ? readJson(file, text) : readCsv(file, text);
  const rows = checkEntries(session, file, entries);
  return write(session, (tx) => {
    const skipped: ExpertImportResult['skipped'] = [];
    const seen = new Map<string, number>();
    const added: string[] = [];
    for (const { row, fields } of rows) {
      const key = expertKey(fields);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        skipped.push({ row, name: fields.name, reason: `the same expert as row ${earlier}` });
        continue;
      }
      seen.set(key, row);
      const existing = findSameExpert(tx.db, fields, null);
      if (existing) {
        skipped.push({
          row,
          name: fields.name,
          reason: `already in the directory as ${describeExpert(existing)}`,
        });
        continue;
      }
      const record: ExpertRecord = { ...fields, ...newMeta(tx) };
      insertRecord(tx, EXPERT_SPEC, record, 'expert.import');
      added.push(record.id);
    }
    tx.audit({
      action: 'expert.import',
      entityType: 'case_file',
      entityId: session.caseFileId,
      changes: {
        file: { before: null, after: path.basename(file) },
        sha256: { before: null, after: sha256 },
        format: { before: null, after: json ? 'json' : 'csv' },
        rows: { before: null, after: rows.length },
        added: { before: null, after: added.length },
        skipped: { before: null, after: skipped.length },
        expertIds: { before: null, after: added },
      },
    });
    return { added: added.length, skipped, sha256 };
  });
}

// ── Writing ───────────────────────────────────────────────────────────────────────────────────

/** An expert's fields only, keys in the order of ExpertFields (ids stay in this case file). */
function fileFields(e: ExpertRecord): ExpertFields {
  const out: Record<string, unknown> = {};
  for (const key of EXPERT_FILE_KEYS) out[key] = e[key];
  return out as ExpertFields;
}

/** The directory as JSON text: two-space indented, final newline. */
export function expertsJson(experts: readonly ExpertRecord[]): string {
  const doc = {
    format: EXPERTS_FORMAT,
    version: EXPERTS_FORMAT_VERSION,
    experts: experts.map(fileFields),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** One CSV field (RFC 4180); text a spreadsheet would run as a formula is guarded with '. */
function csvField(value: string): string {
  const s = FORMULA_START.test(value) || GUARDED.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvCell(key: keyof ExpertFields, e: ExpertFields): string {
  const v = e[key];
  if (Array.isArray(v)) return v.join(';');
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return v ?? '';
}

/** The directory as CSV: UTF-8 with BOM (spreadsheets then read Cyrillic right), CRLF. */
export function expertsCsv(experts: readonly ExpertRecord[]): string {
  const lines = [EXPERT_FILE_KEYS.join(',')];
  for (const e of experts) {
    const f = fileFields(e);
    lines.push(EXPERT_FILE_KEYS.map((k) => csvField(csvCell(k, f))).join(','));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/**
 * Writes every expert of the directory (inactive ones too) to `file`, replacing it atomically
 * (the save dialog asked before overwriting), and records the export with the file's SHA-256.
 */
export async function exportExperts(
  session: CaseFileSession,
  file: string,
  format: 'json' | 'csv',
): Promise<{ path: string; count: number; sha256: string }> {
  if (format !== 'json' && format !== 'csv') {
    throw new CaseFileError(
      CaseFileErrorCode.InvalidInput,
      `Unknown directory format ${String(format)}.`,
    );
  }
  const experts = allExperts(session.db);
  const bytes = Buffer.from(format === 'json' ? expertsJson(experts) : expertsCsv(experts), 'utf8');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  writeFileAtomic(file, bytes);
  write(session, (tx) =>
    tx.audit({
      action: 'expert.export',
      entityType: 'case_file',
      entityId: session.caseFileId,
      changes: {
        file: { before: null, after: path.basename(file) },
        format: { before: null, after: format },
        count: { before: null, after: experts.length },
        sha256: { before: null, after: sha256 },
      },
    }),
  );
  return { path: file, count: experts.length, sha256 };
}
