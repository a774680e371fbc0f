import type { Sqlite } from '../store/sqlite';
import { auditEntryHash, genesisHash } from './audit-hash';
import { readRecordedHead } from './audit-log';

export type AuditChainReport =
  | { ok: true; entries: number; headHash: string | null }
  | { ok: false; entries: number; brokenAt: number; reason: string };

type Row = [number, string, string | null, string, string, string, string | null, string, Buffer, Buffer];

/**
 * Recomputes every hash from the first entry on and names the first entry that does not fit:
 * a gap in the sequence (deleted entry), a wrong link (inserted or reordered entry) or a hash
 * that does not match the entry's content (edited entry); then checks the recorded head, which
 * shows entries cut off at the end.
 */
export function verifyAuditChain(db: Sqlite, caseFileId: string): AuditChainReport {
  const stmt = db
    .prepare(
      `SELECT seq, at, operator_id, operator_name, action, entity_type, entity_id, changes, prev_hash, hash
       FROM audit_log ORDER BY seq`,
    )
    .raw(true);
  let prev = genesisHash(caseFileId);
  let expectedSeq = 1;
  let entries = 0;
  for (const r of stmt.iterate() as IterableIterator<Row>) {
    const [seq, at, operator_id, operator_name, action, entity_type, entity_id, changes, prevHash, hash] = r;
    const fail = (reason: string): AuditChainReport => ({ ok: false, entries, brokenAt: seq, reason });
    if (seq !== expectedSeq) {
      return { ok: false, entries, brokenAt: expectedSeq, reason: `entry ${expectedSeq} is missing (next is ${seq})` };
    }
    if (!prevHash.equals(prev)) return fail(`entry ${seq} does not link to entry ${seq - 1}`);
    const computed = auditEntryHash(prev, { seq, at, operator_id, operator_name, action, entity_type, entity_id, changes });
    if (!computed.equals(hash)) return fail(`entry ${seq} was altered after it was written (hash mismatch)`);
    prev = hash;
    expectedSeq += 1;
    entries += 1;
  }
  const recorded = readRecordedHead(db);
  const headHash = entries > 0 ? prev.toString('hex') : null;
  if (recorded && (recorded.seq !== entries || recorded.hash !== headHash)) {
    return {
      ok: false,
      entries,
      brokenAt: entries + 1,
      reason: `the log ends at entry ${entries} but the case file recorded entry ${recorded.seq} as the last: entries were removed`,
    };
  }
  return { ok: true, entries, headHash };
}
