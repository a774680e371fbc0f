import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { auditEntryHash, auditHashFields, genesisHash } from './audit-hash';

export interface Actor {
  operatorId: string | null;
  operatorName: string;
}

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

export interface AuditEntryInput {
  action: string;
  entityType: string;
  entityId: string | null;
  changes: FieldChanges;
}

export interface AuditHead {
  seq: number;
  hash: string;
}

const AUDIT_HEAD_KEY = 'audit_head';

export function readAuditHead(db: Sqlite): AuditHead | null {
  const row = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  return row ? { seq: row.seq, hash: row.hash } : null;
}

/**
 * Appends one entry. Must run inside the caller's transaction: the entry commits or rolls back
 * with the change it records. The head is also kept in `case_file_meta` so that a log cut short
 * at its end (which a chain alone cannot show) is caught by `verify`.
 */
export function appendAudit(
  db: Sqlite,
  caseFileId: string,
  actor: Actor,
  at: Date,
  entry: AuditEntryInput,
): AuditHead {
  if (!db.inTransaction)
    throw new Error("audit entries are written inside the change's transaction");
  const head = readAuditHead(db);
  // Appending after entries were cut off the end would make the chain and the recorded head
  // agree again and hide the removal from `verify`: refuse instead (the caller's transaction rolls back).
  const recorded = readRecordedHead(db);
  if (recorded && (recorded.seq !== (head?.seq ?? 0) || recorded.hash !== head?.hash)) {
    throw new CaseFileError(
      CaseFileErrorCode.Damaged,
      'The audit log does not end at the entry the case file recorded as its last: entries were removed or altered. Nothing was changed. Run verify and restore the case file from a backup.',
    );
  }
  const row = {
    seq: (head?.seq ?? 0) + 1,
    at: at.toISOString(),
    operator_id: actor.operatorId,
    operator_name: actor.operatorName,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    changes: JSON.stringify(entry.changes),
  };
  const prevHash = head?.hash ?? genesisHash(caseFileId);
  const hash = auditEntryHash(prevHash, auditHashFields(row));
  db.prepare(
    `INSERT INTO audit_log (seq, at, operator_id, operator_name, action, entity_type, entity_id, changes, prev_hash, hash)
     VALUES (@seq, @at, @operator_id, @operator_name, @action, @entity_type, @entity_id, @changes, @prev_hash, @hash)`,
  ).run({ ...row, prev_hash: prevHash, hash });
  db.prepare(
    `INSERT INTO case_file_meta (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(AUDIT_HEAD_KEY, JSON.stringify({ seq: row.seq, hash }));
  return { seq: row.seq, hash };
}

export function readRecordedHead(db: Sqlite): { seq: number; hash: string } | null {
  const row = db.prepare('SELECT value FROM case_file_meta WHERE key = ?').get(AUDIT_HEAD_KEY) as
    { value: string } | undefined;
  return row ? (JSON.parse(row.value) as { seq: number; hash: string }) : null;
}

/** Field-level before/after of the fields that differ (new rows: every field, before = null). */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChanges {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChanges = {};
  for (const key of keys) {
    const b = before?.[key] ?? null;
    const a = after?.[key] ?? null;
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[key] = { before: b, after: a };
  }
  return changes;
}
