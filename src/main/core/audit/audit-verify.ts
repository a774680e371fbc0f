import type { Sqlite } from '../store/sqlite';
import { auditEntryHash, genesisHash, type AuditHashFields } from './audit-hash';
import { readRecordedHead } from './audit-log';

export type AuditChainReport =
  | { ok: true; entries: number; headHash: string | null }
  | {
      ok: false;
      entries: number;
      brokenAt: number;
      kind: 'missing' | 'unlinked' | 'altered' | 'truncated';
      reason: string;
    };

type Row = [...AuditHashFields, string, string];

/**
 * Recomputes every hash from the first entry on and names the first entry that does not fit:
 * a gap in the sequence (deleted entry), a wrong link (inserted or reordered entry) or a hash
 * that does not match the entry's content (edited entry); then checks the recorded head, which
 * shows entries cut off at the end. The loop is the hot path of `verify` (≥ 200k entries/s):
 * rows come as arrays in hash-field order, so they are hashed without reshaping.
 */
export function verifyAuditChain(db: Sqlite, caseFileId: string): AuditChainReport {
  const stmt = db
    .prepare(
      `SELECT seq, at, operator_id, operator_name, action, entity_type, entity_id, changes, prev_hash, hash
       FROM audit_log ORDER BY seq`,
    )
    .raw(true);
  let prev = genesisHash(caseFileId);
  let entries = 0;
  for (const row of stmt.iterate() as IterableIterator<Row>) {
    const seq = row[0];
    const prevHash = row[8];
    const hash = row[9];
    const expectedSeq = entries + 1;
    if (seq !== expectedSeq) {
      return {
        ok: false,
        entries,
        brokenAt: expectedSeq,
        kind: 'missing',
        reason: `entry ${expectedSeq} is missing (next is ${seq})`,
      };
    }
    if (prevHash !== prev) {
      return {
        ok: false,
        entries,
        brokenAt: seq,
        kind: 'unlinked',
        reason: `entry ${seq} does not link to entry ${seq - 1}`,
      };
    }
    // Drop the two hash columns in place: the rest is exactly the hashed field array.
    (row as unknown[]).length = 8;
    if (auditEntryHash(prev, row as unknown as AuditHashFields) !== hash) {
      return {
        ok: false,
        entries,
        brokenAt: seq,
        kind: 'altered',
        reason: `entry ${seq} was altered after it was written (hash mismatch)`,
      };
    }
    prev = hash;
    entries += 1;
  }
  const recorded = readRecordedHead(db);
  const headHash = entries > 0 ? prev : null;
  if (recorded && (recorded.seq !== entries || recorded.hash !== headHash)) {
    return {
      ok: false,
      entries,
      brokenAt: entries + 1,
      kind: 'truncated',
      reason: `the log ends at entry ${entries} but the case file recorded entry ${recorded.seq} as the last: entries were removed`,
    };
  }
  return { ok: true, entries, headHash };
}
