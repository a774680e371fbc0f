import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { ExpertFields } from '../../../shared/domain/expert';
import type { CaseFileSession } from '../case-file/session';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { checkExpertFields } from './directory';
import {
  EXPERT_FILE_KEYS,
  EXPERTS_FORMAT,
  EXPERTS_FORMAT_VERSION,
  GUARDED,
  LIST_KEYS,
} from './directory-file-format';

/**
 * Reading a directory file (JSON or CSV, see directory-file-format.ts) and checking every row,
 * before anything is written. A directory file is untrusted input: capped in size and rows. Any
 * invalid row refuses the whole file, every problem named with its row (a JSON entry counts from
 * 1; a CSV row as a spreadsheet numbers it, the header being row 1).
 */

export const MAX_EXPERTS_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_EXPERTS_ROWS = 20_000;
/** How many row problems a refusal lists (the count says how many there were). */
const MAX_ISSUES = 100;

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

/** A directory file as read and checked: its rows' fields, ready to be added. */
export interface DirectoryFileRows {
  sha256: string;
  format: 'json' | 'csv';
  rows: Array<{ row: number; fields: ExpertFields }>;
}

/**
 * Reads `file` (JSON when it starts with `{` or `[`, CSV otherwise) and checks every row against
 * ExpertFields and the vocabulary; refuses the whole file (INVALID_INPUT) on any problem.
 */
export function readDirectoryFile(session: CaseFileSession, file: string): DirectoryFileRows {
  const { text, sha256 } = readText(file);
  const json = looksLikeJson(text);
  const entries = json ? readJson(file, text) : readCsv(file, text);
  return { sha256, format: json ? 'json' : 'csv', rows: checkEntries(session, file, entries) };
}
