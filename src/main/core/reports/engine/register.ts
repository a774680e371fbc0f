import { createHash } from 'node:crypto';
import {
  ReportRecord,
  type ReportKind,
  type ReportParams,
  type ReportVerification,
} from '../../../../shared/domain/report';
import { write, type WriteTx } from '../../audit/write';
import type { CaseFileSession } from '../../case-file/session';
import type { Sqlite } from '../../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../../support/errors';
import { canonicalJson } from '../../support/canonical-json';

/**
 * The report register: every distinct PDF generated gets one entry (ID, SHA-256, size, pages,
 * parameters, the headings printed, operator, time), written in an audited transaction. The
 * same bytes generated again (same data, parameters and clock) do not make a second entry: the
 * entry counts the generation and the audit log records it. A PDF is recognised by its SHA-256.
 */

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The report's ID, derived from what the report is made of (case file, kind, parameters, the
 * model's SHA-256, generation time, operator): regenerating the same report from the same data
 * with the same clock gives the same ID, and so the same bytes. 60 bits, Crockford base 32.
 */
export function reportIdFor(input: {
  caseFileId: string;
  kind: ReportKind;
  params: ReportParams;
  modelSha256: string;
  generatedAt: string;
  operator: string;
}): string {
  const digest = createHash('sha256').update(canonicalJson(input)).digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 8)) bits = (bits << 8n) | BigInt(byte);
  bits >>= 4n; // 60 bits
  let s = '';
  for (let i = 11; i >= 0; i--) s += CROCKFORD[Number((bits >> BigInt(i * 5)) & 31n)];
  return `CR-${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}`;
}

export const sha256Hex = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

interface ReportRow {
  id: string;
  data: string;
  generations: number;
}

function toRecord(row: ReportRow): ReportRecord {
  return ReportRecord.parse({ ...JSON.parse(row.data), id: row.id, generations: row.generations });
}

export type RegisterInput = Omit<ReportRecord, 'generations'>;

/**
 * Records a generated PDF (audited `report.generate`). Identical bytes already registered under
 * the same ID: the generation is counted (audited `report.regenerate`). Identical bytes under
 * another ID cannot happen (the ID is printed in the PDF) and are refused.
 */
export function registerReport(session: CaseFileSession, entry: RegisterInput): ReportRecord {
  return write(session, (tx) => registerReportTx(tx, entry));
}

/** `registerReport` inside a transaction that also records something else (a letter). */
export function registerReportTx(tx: WriteTx, entry: RegisterInput): ReportRecord {
  const existing = tx.db
    .prepare('SELECT id, data, generations FROM report WHERE sha256 = ?')
    .get(entry.sha256) as ReportRow | undefined;
  if (existing) {
    if (existing.id !== entry.id) {
      throw new CaseFileError(
        CaseFileErrorCode.NotAllowed,
        `These bytes are already registered as report ${existing.id}.`,
      );
    }
    tx.db.prepare('UPDATE report SET generations = generations + 1 WHERE id = ?').run(existing.id);
    tx.audit({
      action: 'report.regenerate',
      entityType: 'report',
      entityId: existing.id,
      changes: {
        generations: { before: existing.generations, after: existing.generations + 1 },
        fileName: { before: null, after: entry.fileName },
      },
    });
    return { ...toRecord(existing), generations: existing.generations + 1 };
  }
  const { id, ...data } = entry;
  tx.db
    .prepare(
      'INSERT INTO report (id, case_id, kind, sha256, data, generated_at) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(id, entry.caseId, entry.kind, entry.sha256, JSON.stringify(data), entry.generatedAt);
  tx.audit({
    action: 'report.generate',
    entityType: 'report',
    entityId: id,
    changes: {
      caseId: { before: null, after: entry.caseId },
      kind: { before: null, after: entry.kind },
      sha256: { before: null, after: entry.sha256 },
      bytes: { before: null, after: entry.bytes },
      pages: { before: null, after: entry.pages },
      params: { before: null, after: entry.params },
      sections: { before: null, after: entry.sections },
      fileName: { before: null, after: entry.fileName },
    },
  });
  return { ...entry, generations: 1 };
}

/** The reports of a case (or of the whole case file), newest first. */
export function listReports(db: Sqlite, caseId?: string): ReportRecord[] {
  const rows = (
    caseId === undefined
      ? db.prepare('SELECT id, data, generations FROM report ORDER BY generated_at DESC, id').all()
      : db
          .prepare(
            'SELECT id, data, generations FROM report WHERE case_id = ? ORDER BY generated_at DESC, id',
          )
          .all(caseId)
  ) as ReportRow[];
  return rows.map(toRecord);
}

export function getReport(db: Sqlite, id: string): ReportRecord | null {
  const row = db.prepare('SELECT id, data, generations FROM report WHERE id = ?').get(id) as
    ReportRow | undefined;
  return row ? toRecord(row) : null;
}

/** The report ID a PDF claims in its metadata (/ReportID or the keywords), if readable. */
export function claimedReportId(pdf: Uint8Array): string | null {
  const text = Buffer.from(pdf).toString('latin1');
  const ID = '(CR-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})';
  const direct = new RegExp(`/ReportID\\s*\\(${ID}\\)`).exec(text);
  if (direct) return direct[1]!;
  // pdfkit writes the value as an indirect string object: /ReportID 20 0 R … 20 0 obj (CR-…)
  const ref = /\/ReportID\s+(\d+)\s+0\s+R/.exec(text);
  if (!ref) return null;
  const obj = new RegExp(`(?:^|\\s)${ref[1]}\\s+0\\s+obj\\s*\\(${ID}\\)`).exec(text);
  return obj ? obj[1]! : null;
}

/**
 * Whether `pdf` is, byte for byte, a registered report. Read-only. When it is not, the answer
 * still names the report the file claims to be (its metadata's ID), so a reader can tell "an
 * altered copy of CR-…" from "not one of ours".
 */
export function verifyReportBytes(db: Sqlite, pdf: Uint8Array): ReportVerification {
  const sha256 = sha256Hex(pdf);
  const row = db
    .prepare('SELECT id, data, generations FROM report WHERE sha256 = ?')
    .get(sha256) as ReportRow | undefined;
  const claimedId = claimedReportId(pdf);
  const report = row ? toRecord(row) : null;
  return {
    match: report !== null,
    sha256,
    bytes: pdf.byteLength,
    report,
    claimedId,
    claimed: report === null && claimedId !== null ? getReport(db, claimedId) : null,
  };
}
