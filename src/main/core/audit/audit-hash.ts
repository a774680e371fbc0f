import { hash } from 'node:crypto';

/** Fields of an audit entry that its hash covers, in a fixed order. */
export interface AuditHashInput {
  seq: number;
  at: string;
  operator_id: string | null;
  operator_name: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  changes: string;
}

/** The first entry's predecessor: ties the chain to one case file, so chains cannot be spliced. */
export function genesisHash(caseFileId: string): string {
  return hash('sha256', `custodia-audit-genesis:v1:${caseFileId}`, 'hex');
}

/** The hashed fields as an array, in the order of `AuditHashInput` (and of the audit_log columns). */
export type AuditHashFields = [
  number,
  string,
  string | null,
  string,
  string,
  string,
  string | null,
  string,
];

export function auditHashFields(e: AuditHashInput): AuditHashFields {
  return [
    e.seq,
    e.at,
    e.operator_id,
    e.operator_name,
    e.action,
    e.entity_type,
    e.entity_id,
    e.changes,
  ];
}

/**
 * Lowercase hex SHA-256 of the previous entry's hash (64 hex digits) followed by the fields as a
 * JSON array, UTF-8. The fixed-width prefix and JSON keep field boundaries unambiguous, and
 * anyone can recompute it with standard tools (`printf '%s%s' "$prev" "$json" | sha256sum`).
 */
export function auditEntryHash(prevHash: string, fields: AuditHashFields): string {
  return hash('sha256', prevHash + JSON.stringify(fields), 'hex');
}
