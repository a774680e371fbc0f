import { diffFields } from '../audit/audit-log';
import type { WriteTx } from '../audit/write';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';

/**
 * Storage of the domain's records: each row keeps the zod-parsed record (without id, version and
 * times) as JSON in `data`, and plain columns derived from it for keys, joins, filters and sorting.
 * Every change goes through `insertRecord` / `updateRecord` inside `write()`, which audits the
 * field-level before/after and refuses an edit made to an outdated version (nothing is silently
 * overwritten when two windows or two operators edit the same record).
 */
export type SqlValue = string | number | bigint | Buffer | null;

export interface StoredRecord {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface RecordSpec<R extends StoredRecord> {
  table: string;
  /** Entity type in the audit log, e.g. "case", "object". */
  entity: string;
  /** Columns kept beside `data` (besides id, version and the times). */
  columns: (record: R) => Record<string, SqlValue>;
}

type Data<R extends StoredRecord> = Omit<R, keyof StoredRecord>;

function dataOf<R extends StoredRecord>(record: R): Data<R> {
  const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...data } = record;
  return data;
}

interface Row {
  id: string;
  data: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export function rowToRecord<R extends StoredRecord>(row: Row): R {
  return {
    ...(JSON.parse(row.data) as Data<R>),
    id: row.id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  } as R;
}

export function getRecord<R extends StoredRecord>(
  db: Sqlite,
  spec: RecordSpec<R>,
  id: string,
): R | null {
  const row = db
    .prepare(`SELECT id, data, version, created_at, updated_at FROM ${spec.table} WHERE id = ?`)
    .get(id) as Row | undefined;
  return row ? rowToRecord<R>(row) : null;
}

export function requireRecord<R extends StoredRecord>(
  db: Sqlite,
  spec: RecordSpec<R>,
  id: string,
): R {
  const record = getRecord(db, spec, id);
  if (!record) {
    throw new CaseFileError(CaseFileErrorCode.NotFound, `There is no ${spec.entity} ${id}.`, {
      entity: spec.entity,
      id,
    });
  }
  return record;
}

/** Reads rows of `spec.table` selected by a WHERE clause (column names of the table). */
export function listRecords<R extends StoredRecord>(
  db: Sqlite,
  spec: RecordSpec<R>,
  where: string,
  params: SqlValue[] | Record<string, SqlValue>,
  orderBy = 'created_at, id',
): R[] {
  const rows = db
    .prepare(
      `SELECT id, data, version, created_at, updated_at FROM ${spec.table} WHERE ${where} ORDER BY ${orderBy}`,
    )
    .all(params) as Row[];
  return rows.map((row) => rowToRecord<R>(row));
}

function writeRow<R extends StoredRecord>(
  tx: WriteTx,
  spec: RecordSpec<R>,
  record: R,
  mode: 'insert' | 'update',
): void {
  const columns = {
    ...spec.columns(record),
    data: JSON.stringify(dataOf(record)),
    version: record.version,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
  };
  const names = Object.keys(columns);
  try {
    if (mode === 'insert') {
      tx.db
        .prepare(
          `INSERT INTO ${spec.table} (id, ${names.join(', ')}) VALUES (@id, ${names.map((n) => `@${n}`).join(', ')})`,
        )
        .run({ ...columns, id: record.id });
    } else {
      tx.db
        .prepare(
          `UPDATE ${spec.table} SET ${names.map((n) => `${n} = @${n}`).join(', ')} WHERE id = @id`,
        )
        .run({ ...columns, id: record.id });
    }
  } catch (error) {
    throw translateConstraint(error, spec.entity);
  }
}

/** A UNIQUE or foreign-key failure becomes an error a person can act on. */
export function translateConstraint(error: unknown, entity: string): unknown {
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    const detail = String((error as Error).message).replace(/^UNIQUE constraint failed: /, '');
    return new CaseFileError(
      CaseFileErrorCode.AlreadyExists,
      `Another ${entity} already has this value (${detail}). Nothing was saved.`,
      { entity, constraint: detail },
    );
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new CaseFileError(
      CaseFileErrorCode.InvalidInput,
      `The ${entity} refers to a record that does not exist. Nothing was saved.`,
      { entity },
    );
  }
  return error;
}

/** Inserts a complete record (new, or imported with its own id and times) and audits it. */
export function insertRecord<R extends StoredRecord>(
  tx: WriteTx,
  spec: RecordSpec<R>,
  record: R,
  action = `${spec.entity}.create`,
): R {
  writeRow(tx, spec, record, 'insert');
  tx.audit({
    action,
    entityType: spec.entity,
    entityId: record.id,
    changes: diffFields(null, dataOf(record) as Record<string, unknown>),
  });
  return record;
}

/** Builds a new record's meta fields from the transaction's clock and id generator. */
export function newMeta(tx: WriteTx, id?: string): StoredRecord {
  const at = tx.now.toISOString();
  return { id: id ?? tx.newId(), version: 1, createdAt: at, updatedAt: at };
}

/**
 * Replaces a record's data with `change(current)`, provided the caller edited `expectedVersion`
 * (the version it read). Returns the record unchanged, without writing or auditing, when nothing
 * differs.
 */
export function updateRecord<R extends StoredRecord>(
  tx: WriteTx,
  spec: RecordSpec<R>,
  id: string,
  expectedVersion: number | null,
  change: (current: R) => Data<R>,
  action = `${spec.entity}.update`,
): R {
  const current = requireRecord(tx.db, spec, id);
  if (expectedVersion !== null && current.version !== expectedVersion) {
    throw new CaseFileError(
      CaseFileErrorCode.EditConflict,
      `This ${spec.entity} was changed (version ${current.version}) after you opened version ${expectedVersion}. Nothing was saved; reload it and make your change again.`,
      { entity: spec.entity, id, currentVersion: current.version, expectedVersion },
    );
  }
  const before = dataOf(current) as Record<string, unknown>;
  const after = change(current) as Record<string, unknown>;
  const changes = diffFields(before, after);
  if (Object.keys(changes).length === 0) return current;
  const next = {
    ...(after as Data<R>),
    id,
    version: current.version + 1,
    createdAt: current.createdAt,
    updatedAt: tx.now.toISOString(),
  } as R;
  writeRow(tx, spec, next, 'update');
  tx.audit({ action, entityType: spec.entity, entityId: id, changes });
  return next;
}
