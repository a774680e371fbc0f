import type { CaseLink, CaseStatusChange } from '../../../shared/domain/case';
import type { CustodyEntry, LegalStatusChange, Photo } from '../../../shared/domain/object';
import type { CaseParty } from '../../../shared/domain/party';
import type { Sqlite } from '../store/sqlite';

/**
 * The rows that are not versioned records (histories, links, roles, photos): how each maps
 * between its table and its bundle form. Used by export (read) and import (insert).
 */
export interface RowTable<T> {
  table: string;
  entity: string;
  /** Column ← field, in insert order. */
  columns: ReadonlyArray<readonly [column: string, field: keyof T & string]>;
  /** Fields kept as JSON in a `data` column (custody entries). */
  dataFields?: ReadonlyArray<keyof T & string>;
}

export const STATUS_CHANGES: RowTable<CaseStatusChange> = {
  table: 'case_status_change',
  entity: 'case_status_change',
  columns: [
    ['id', 'id'],
    ['case_id', 'caseId'],
    ['from_status', 'from'],
    ['to_status', 'to'],
    ['on_date', 'on'],
    ['note', 'note'],
    ['recorded_at', 'recordedAt'],
    ['recorded_by', 'recordedBy'],
  ],
};

export const CASE_LINKS: RowTable<CaseLink> = {
  table: 'case_link',
  entity: 'case_link',
  columns: [
    ['id', 'id'],
    ['case_id', 'caseId'],
    ['other_case_id', 'otherCaseId'],
    ['relation', 'relation'],
    ['note', 'note'],
    ['created_at', 'createdAt'],
  ],
};

export const CASE_PARTIES: RowTable<CaseParty> = {
  table: 'case_party',
  entity: 'case_party',
  columns: [
    ['id', 'id'],
    ['case_id', 'caseId'],
    ['party_id', 'partyId'],
    ['role', 'role'],
    ['note', 'note'],
    ['created_at', 'createdAt'],
  ],
};

export const LEGAL_STATUS_CHANGES: RowTable<LegalStatusChange> = {
  table: 'legal_status_change',
  entity: 'legal_status_change',
  columns: [
    ['id', 'id'],
    ['object_id', 'objectId'],
    ['from_status', 'from'],
    ['to_status', 'to'],
    ['on_date', 'on'],
    ['reference', 'reference'],
    ['note', 'note'],
    ['recorded_at', 'recordedAt'],
    ['recorded_by', 'recordedBy'],
  ],
};

export const PHOTOS: RowTable<Photo> = {
  table: 'object_photo',
  entity: 'photo',
  columns: [
    ['id', 'id'],
    ['object_id', 'objectId'],
    ['attachment_id', 'attachmentId'],
    ['role', 'role'],
    ['caption', 'caption'],
    ['position', 'position'],
    ['created_at', 'createdAt'],
  ],
};

export const CUSTODY: RowTable<CustodyEntry> = {
  table: 'custody_entry',
  entity: 'custody_entry',
  columns: [
    ['id', 'id'],
    ['object_id', 'objectId'],
    ['seq', 'seq'],
    ['action', 'action'],
    ['at', 'at'],
    ['corrects_id', 'correctsEntryId'],
    ['recorded_at', 'recordedAt'],
    ['recorded_by', 'recordedBy'],
  ],
  dataFields: [
    'action',
    'at',
    'from',
    'to',
    'location',
    'purpose',
    'authority',
    'condition',
    'sealCheck',
    'newSealNumber',
    'note',
    'correctsEntryId',
  ],
};

export function readRows<T>(db: Sqlite, spec: RowTable<T>, where: string, params: unknown[]): T[] {
  const rows = db
    .prepare(`SELECT * FROM ${spec.table} WHERE ${where} ORDER BY id`)
    .all(...params) as Array<Record<string, unknown>>;
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [column, field] of spec.columns) out[field] = row[column];
    if (spec.dataFields) Object.assign(out, JSON.parse(row['data'] as string));
    return out as T;
  });
}

export function insertRow<T>(db: Sqlite, spec: RowTable<T>, value: T): void {
  const v = value as Record<string, unknown>;
  const columns = spec.columns.map(([c]) => c);
  const params = spec.columns.map(([, f]) => v[f] ?? null);
  if (spec.dataFields) {
    columns.push('data');
    params.push(JSON.stringify(Object.fromEntries(spec.dataFields.map((f) => [f, v[f]]))));
  }
  db.prepare(
    `INSERT INTO ${spec.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  ).run(...(params as Array<string | number | null>));
}

export function rowExists(db: Sqlite, table: string, id: string): boolean {
  return db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}
