import type { Generated } from 'kysely';

/**
 * Rows as SQLite returns them (TEXT dates, INTEGER sizes, BLOB hashes). Services map them to
 * domain types at the repository edge.
 */
export interface CaseFileMetaTable {
  key: string;
  value: string;
}

export interface OperatorTable {
  id: string;
  name: string;
  created_at: string;
  removed_at: string | null;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  operator_id: string | null;
  operator_name: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  changes: string;
  prev_hash: string;
  hash: string;
}

export interface BlobTable {
  id: Generated<number>;
  sha256: string;
  size: number;
  chunk_size: number;
  chunk_count: number;
  created_at: string;
}

export interface BlobChunkTable {
  blob_id: number;
  idx: number;
  data: Buffer;
}

export interface AttachmentTable {
  id: string;
  blob_id: number;
  original_name: string;
  media_type: string;
  size: number;
  ingested_at: string;
  ingested_by: string | null;
}

export interface CaseFileSchema {
  case_file_meta: CaseFileMetaTable;
  operator: OperatorTable;
  audit_log: AuditLogTable;
  blob: BlobTable;
  blob_chunk: BlobChunkTable;
  attachment: AttachmentTable;
}
