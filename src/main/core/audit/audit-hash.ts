import { createHash } from 'node:crypto';

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
export function genesisHash(caseFileId: string): Buffer {
  return createHash('sha256').update(`custodia-audit-genesis:v1:${caseFileId}`).digest();
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

/** SHA-256(prev_hash ‖ UTF-8 JSON array of the fields). JSON gives unambiguous field boundaries. */
export function auditEntryHash(prevHash: Buffer, fields: AuditHashFields): Buffer {
  return createHash('sha256').update(prevHash).update(JSON.stringify(fields)).digest();
}
