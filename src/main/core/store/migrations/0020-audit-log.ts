import { sql, type Kysely } from 'kysely';

/**
 * The append-only audit chain. Each entry's hash covers its fields and the previous entry's hash;
 * triggers refuse UPDATE and DELETE so that only a raw connection with the triggers dropped can
 * alter history, and `verify` then names the first entry that no longer fits the chain.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE audit_log (
      seq           INTEGER PRIMARY KEY,
      at            TEXT NOT NULL,
      operator_id   TEXT,
      operator_name TEXT NOT NULL,
      action        TEXT NOT NULL,
      entity_type   TEXT NOT NULL,
      entity_id     TEXT,
      changes       TEXT NOT NULL CHECK (json_valid(changes)),
      prev_hash     TEXT NOT NULL CHECK (length(prev_hash) = 64),
      hash          TEXT NOT NULL CHECK (length(hash) = 64)
    ) STRICT
  `.execute(db);
  await sql`CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id)`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END
  `.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END
  `.execute(db);
}
