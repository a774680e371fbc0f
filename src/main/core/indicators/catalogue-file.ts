import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import {
  CatalogueFile,
  type CatalogueImportResult,
  type IndicatorDefinition,
} from '../../../shared/domain/indicator';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { writeFileAtomic } from '../support/durable-fs';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { catalogue, currentVersion, duplicateCodes, indicatorsOf, writeVersion } from './catalogue';

/**
 * Catalogue files, so that a unit can load an official list (the regional "Common List of
 * Indicators" is not public) or exchange its own:
 * - JSON in the CatalogueFile form `{ "format": "custodia-indicators", "version": 1, "name",
 *   "source", "indicators": [IndicatorDefinition…] }`;
 * - CSV with the header `code,theme,text,source,weight,appliesTo` (appliesTo `;`-separated), the
 *   version named after the file; UTF-8 with or without BOM, comma, semicolon or tab delimited.
 *   Text a spreadsheet would run as a formula is written with a leading `'`, taken off on import.
 *
 * A catalogue file is untrusted input: capped in size, and checked in full before anything is
 * written. A file with any error is refused whole, every problem named `indicators.<i>.<field>`
 * (i counting from 0, as in the JSON list; the message also gives the CSV row). A valid file
 * becomes a new version: "replace" makes the file the catalogue; "extend" keeps the current
 * version's indicators, the file's overriding those with the same code and adding the others.
 */

export const INDICATORS_FORMAT = 'custodia-indicators';
export const INDICATORS_FORMAT_VERSION = 1;
export const MAX_CATALOGUE_FILE_BYTES = 5 * 1024 * 1024;
/** The columns of a CSV catalogue, in the order of IndicatorDefinition. */
export const CATALOGUE_CSV_KEYS = [
  'code',
  'theme',
  'text',
  'source',
  'weight',
  'appliesTo',
] as const;
/** How many problems a refusal lists (the message says how many there were). */
const MAX_ISSUES = 100;

interface FileIssue {
  path: string[];
  message: string;
}

function refused(file: string, message: string, issues?: FileIssue[]): CaseFileError {
  return new CaseFileError(
    CaseFileErrorCode.InvalidInput,
    `${path.basename(file)} was not imported: ${message}. Nothing was changed.`,
    { issues: issues ?? [{ path: ['file'], message }] },
  );
}

// ── Reading ───────────────────────────────────────────────────────────────────────────────────

function readText(file: string): { text: string; sha256: string } {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw refused(file, 'it cannot be read');
  }
  if (!stat.isFile()) throw refused(file, 'it is not a file');
  if (stat.size > MAX_CATALOGUE_FILE_BYTES) {
    throw refused(
      file,
      `it is larger than ${MAX_CATALOGUE_FILE_BYTES / 1024 / 1024} MiB, more than a catalogue of indicators`,
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

/** The file's content as a CatalogueFile candidate, and how to name a list entry in messages. */
interface Candidate {
  value: unknown;
  where: (index: number) => string;
}

function readJson(file: string, text: string): Candidate {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw refused(file, `it is not valid JSON (${(e as Error).message})`);
  }
  const where = (i: number) => `indicator ${i + 1}`;
  if (Array.isArray(data)) {
    // A bare list of indicators: the version is named after the file.
    return {
      value: {
        format: INDICATORS_FORMAT,
        version: INDICATORS_FORMAT_VERSION,
        name: path.basename(file),
        indicators: data,
      },
      where,
    };
  }
  if (typeof data !== 'object' || data === null) {
    throw refused(file, 'it holds no catalogue of indicators');
  }
  const d = data as Record<string, unknown>;
  if (d['format'] !== INDICATORS_FORMAT) {
    throw refused(file, `it is not a catalogue of indicators (format "${INDICATORS_FORMAT}")`);
  }
  if (d['version'] !== INDICATORS_FORMAT_VERSION) {
    throw refused(
      file,
      `it is version ${String(d['version'])} of the format; this Custodia reads version ${INDICATORS_FORMAT_VERSION}`,
    );
  }
  return { value: d, where };
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

function cellValue(key: string, raw: string): unknown {
  const cell = GUARDED.test(raw) ? raw.slice(1) : raw;
  if (key === 'appliesTo') {
    return cell
      .split(/[;|]/)
      .map((s) => s.trim())
      .filter(Boolean);
  }
  if (key === 'weight') {
    const t = cell.trim();
    return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
  }
  if (key === 'code' || key === 'theme') return cell.trim();
  return cell;
}

function readCsv(file: string, text: string): Candidate {
  let records: string[][];
  try {
    records = parseCsv(text.replace(/\r\n?/g, '\n'), {
      delimiter: csvDelimiter(text),
      record_delimiter: '\n',
      relax_column_count: true,
      skip_empty_lines: false,
      to: 2002,
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
  const known = new Map(CATALOGUE_CSV_KEYS.map((k) => [k.toLowerCase(), k as string]));
  const issues: FileIssue[] = [];
  const keys = header.map((h, i) => {
    const key = known.get(h.trim().toLowerCase());
    if (!key) {
      issues.push({
        path: ['columns', String(i + 1)],
        message: `column ${i + 1} "${h}" is not one of ${CATALOGUE_CSV_KEYS.join(', ')}`,
      });
    }
    return key ?? '';
  });
  for (const required of ['code', 'theme', 'text', 'weight', 'appliesTo']) {
    if (!keys.includes(required)) {
      issues.push({ path: ['columns'], message: `the header has no column "${required}"` });
    }
  }
  const repeated = keys.filter((k, i) => k !== '' && keys.indexOf(k) !== i);
  for (const k of new Set(repeated)) {
    issues.push({ path: ['columns'], message: `the column "${k}" appears twice` });
  }
  if (issues.length > 0) {
    throw refused(file, 'its header row is not a catalogue of indicators', issues);
  }
  const lines: number[] = [];
  const indicators: unknown[] = [];
  rows.forEach((cells, i) => {
    // A final line break, or blank lines, are not indicators.
    if (cells.every((c) => c.trim() === '')) return;
    const value: Record<string, unknown> = {};
    keys.forEach((key, k) => {
      value[key] = cellValue(key, cells[k] ?? '');
    });
    if (cells.length > keys.length) {
      // More cells than columns: zod refuses the unknown key, naming this row.
      value['extra cells'] = cells.slice(keys.length);
    }
    lines.push(i + 2);
    indicators.push(value);
  });
  return {
    value: {
      format: INDICATORS_FORMAT,
      version: INDICATORS_FORMAT_VERSION,
      name: path.basename(file),
      indicators,
    },
    where: (i) => `row ${lines[i] ?? '?'} (indicator ${i + 1})`,
  };
}

function looksLikeJson(text: string): boolean {
  const first = text.trimStart()[0];
  return first === '{' || first === '[';
}

/** The whole file checked with the CatalogueFile rules; every problem named. */
function checkCatalogue(file: string, candidate: Candidate): CatalogueFile {
  const parsed = CatalogueFile.safeParse(candidate.value);
  if (parsed.success) return parsed.data;
  const found = [...parsed.error.issues, ...duplicateCodes(candidate.value, parsed.error.issues)];
  const issues: FileIssue[] = found.map((issue) => {
    const at = issue.path.map(String);
    let message = issue.message;
    if (at[0] === 'indicators' && at.length >= 2 && /^\d+$/.test(at[1] as string)) {
      const field = at.slice(2).join('.');
      message = `${candidate.where(Number(at[1]))}${field ? `, ${field}` : ''}: ${issue.message}`;
    } else if (at.length > 0) {
      message = `${at.join('.')}: ${issue.message}`;
    }
    return { path: at, message };
  });
  const first = issues[0]?.message ?? '';
  throw refused(
    file,
    `${issues.length === 1 ? 'it has a problem' : `it has ${issues.length} problems`} (${first}${issues.length > 1 ? '; …' : ''})`,
    issues.slice(0, MAX_ISSUES),
  );
}

/** The current indicators, those of the file overriding them by code, new ones appended. */
function extended(
  current: readonly IndicatorDefinition[],
  added: readonly IndicatorDefinition[],
): IndicatorDefinition[] {
  const byCode = new Map(added.map((i) => [i.code.toUpperCase(), i]));
  const out = current.map((i) => {
    const over = byCode.get(i.code.toUpperCase());
    if (over) byCode.delete(i.code.toUpperCase());
    return over ?? i;
  });
  return [...out, ...byCode.values()];
}

function definition(i: IndicatorDefinition): IndicatorDefinition {
  return {
    code: i.code,
    theme: i.theme,
    text: i.text,
    source: i.source,
    weight: i.weight,
    appliesTo: [...i.appliesTo],
  };
}

/**
 * Loads a catalogue file (JSON or CSV, told apart by content) as a new version, replacing or
 * extending the current one. Refused whole, with every problem named, if any entry is invalid.
 */
export async function importCatalogue(
  session: CaseFileSession,
  file: string,
  mode: 'replace' | 'extend',
): Promise<CatalogueImportResult> {
  if (mode !== 'replace' && mode !== 'extend') {
    throw new CaseFileError(
      CaseFileErrorCode.InvalidInput,
      `Unknown import mode ${String(mode)}.`,
      {
        issues: [{ path: ['mode'], message: 'choose replace or extend' }],
      },
    );
  }
  const { text, sha256 } = readText(file);
  const json = looksLikeJson(text);
  const parsed = checkCatalogue(file, json ? readJson(file, text) : readCsv(file, text));
  return write(session, (tx) => {
    const current = currentVersion(tx.db);
    let indicators = parsed.indicators.map(definition);
    if (mode === 'extend') {
      indicators = extended(indicatorsOf(tx.db, current.id).map(definition), indicators);
      if (indicators.length > 2000) {
        throw refused(file, 'with it the catalogue would have more than 2000 indicators');
      }
    }
    return writeVersion(tx, session.actor.operatorName, {
      name: parsed.name,
      source: parsed.source || (mode === 'extend' ? current.source : ''),
      origin: 'file',
      mode,
      fileSha256: sha256,
      indicators,
      action: 'indicator.import',
      audit: { file: path.basename(file), format: json ? 'json' : 'csv' },
    });
  });
}

// ── Writing ───────────────────────────────────────────────────────────────────────────────────

/** A catalogue as JSON text (CatalogueFile form): two-space indented, final newline. */
export function catalogueJson(file: CatalogueFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** One CSV field (RFC 4180); text a spreadsheet would run as a formula is guarded with '. */
function csvField(value: string): string {
  const s = FORMULA_START.test(value) || GUARDED.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A catalogue as CSV: UTF-8 with BOM (spreadsheets then read Cyrillic right), CRLF. */
export function catalogueCsv(indicators: readonly IndicatorDefinition[]): string {
  const lines = [CATALOGUE_CSV_KEYS.join(',')];
  for (const i of indicators) {
    lines.push(
      [i.code, i.theme, i.text, i.source, String(i.weight), i.appliesTo.join(';')]
        .map(csvField)
        .join(','),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/**
 * Writes a version of the catalogue (the current one when none is named) to `file`, replacing
 * it atomically (the save dialog asked before overwriting), and records the export with the
 * file's SHA-256.
 */
export async function exportCatalogue(
  session: CaseFileSession,
  file: string,
  format: 'json' | 'csv',
  versionId?: string,
): Promise<{ path: string; count: number; sha256: string }> {
  if (format !== 'json' && format !== 'csv') {
    throw new CaseFileError(
      CaseFileErrorCode.InvalidInput,
      `Unknown catalogue format ${String(format)}.`,
      { issues: [{ path: ['format'], message: 'choose json or csv' }] },
    );
  }
  const { version, indicators } = catalogue(session, versionId);
  const definitions = indicators.map(definition);
  const text =
    format === 'json'
      ? catalogueJson({
          format: INDICATORS_FORMAT,
          version: INDICATORS_FORMAT_VERSION,
          name: version.name,
          source: version.source,
          indicators: definitions,
        })
      : catalogueCsv(definitions);
  const bytes = Buffer.from(text, 'utf8');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  writeFileAtomic(file, bytes);
  write(session, (tx) =>
    tx.audit({
      action: 'indicator.export',
      entityType: 'indicator_version',
      entityId: version.id,
      changes: {
        file: { before: null, after: path.basename(file) },
        format: { before: null, after: format },
        number: { before: null, after: version.number },
        count: { before: null, after: definitions.length },
        sha256: { before: null, after: sha256 },
      },
    }),
  );
  return { path: file, count: definitions.length, sha256 };
}
