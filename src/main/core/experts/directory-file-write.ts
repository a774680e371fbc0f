import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ExpertFields, ExpertRecord } from '../../../shared/domain/expert';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { writeFileAtomic } from '../support/durable-fs';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { allExperts } from './directory';
import {
  EXPERT_FILE_KEYS,
  EXPERTS_FORMAT,
  EXPERTS_FORMAT_VERSION,
  FORMULA_START,
  GUARDED,
} from './directory-file-format';

/**
 * Writing the directory to a file (JSON or CSV, see directory-file-format.ts): every expert's
 * fields, never its id, and an audit entry with the file's SHA-256.
 */

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
