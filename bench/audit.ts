import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { DEFAULT_CIPHER } from '../src/main/core/case-file/key-file.schema';
import { auditEntryHash, auditHashFields, genesisHash } from '../src/main/core/audit/audit-hash';
import { verifyAuditChain } from '../src/main/core/audit/audit-verify';
import { migrate, queryBuilder } from '../src/main/core/store/migrate';
import { openEncrypted } from '../src/main/core/store/sqlite';
import { ms } from './util';

const ENTRIES = 1_000_000;

/** Builds a 1M-entry chain in an encrypted database, then times verifyAuditChain over it. */
export async function measureAuditVerify(
  dir: string,
): Promise<{ entries: number; perSecond: number; seconds: number }> {
  const caseFileId = '00000000-0000-4000-8000-0000000000aa';
  const db = openEncrypted(path.join(dir, 'audit.db'), randomBytes(32), DEFAULT_CIPHER, {
    create: true,
  });
  await migrate(queryBuilder(db));
  const insert = db.prepare(
    `INSERT INTO audit_log (seq, at, operator_id, operator_name, action, entity_type, entity_id, changes, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let prev = genesisHash(caseFileId);
  db.transaction(() => {
    for (let seq = 1; seq <= ENTRIES; seq++) {
      const e = {
        seq,
        at: new Date(Date.UTC(2026, 0, 1) + seq * 1000).toISOString(),
        operator_id: '00000000-0000-4000-8000-000000000002',
        operator_name: 'Ana Petrović',
        action: 'object.update',
        entity_type: 'object',
        entity_id: `00000000-0000-4000-8000-${(seq % 5000).toString(16).padStart(12, '0')}`,
        changes: JSON.stringify({ title: { before: `Icon ${seq - 1}`, after: `Icon ${seq}` } }),
      };
      const hash = auditEntryHash(prev, auditHashFields(e));
      insert.run(
        e.seq,
        e.at,
        e.operator_id,
        e.operator_name,
        e.action,
        e.entity_type,
        e.entity_id,
        e.changes,
        prev,
        hash,
      );
      prev = hash;
    }
    db.prepare("INSERT INTO case_file_meta (key, value) VALUES ('audit_head', ?)").run(
      JSON.stringify({ seq: ENTRIES, hash: prev }),
    );
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  const t = process.hrtime.bigint();
  const report = verifyAuditChain(db, caseFileId);
  const seconds = ms(t) / 1000;
  db.close();
  if (!report.ok) throw new Error(`bench chain did not verify: ${report.reason}`);
  return { entries: report.entries, perSecond: report.entries / seconds, seconds };
}
