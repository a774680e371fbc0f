import { sql, type Kysely } from 'kysely';

/**
 * File contents are stored once per SHA-256 (`blob`, in chunks so that no file is ever held whole
 * in memory); each ingest of a file is an `attachment` that keeps its own name, type and time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE blob (
      id          INTEGER PRIMARY KEY,
      sha256      TEXT NOT NULL UNIQUE,
      size        INTEGER NOT NULL CHECK (size >= 0),
      chunk_size  INTEGER NOT NULL CHECK (chunk_size > 0),
      chunk_count INTEGER NOT NULL CHECK (chunk_count >= 0),
      created_at  TEXT NOT NULL
    ) STRICT
  `.execute(db);
  await sql`
    CREATE TABLE blob_chunk (
      blob_id INTEGER NOT NULL REFERENCES blob (id),
      idx     INTEGER NOT NULL CHECK (idx >= 0),
      data    BLOB NOT NULL,
      PRIMARY KEY (blob_id, idx)
    ) STRICT
  `.execute(db);
  await sql`
    CREATE TABLE attachment (
      id            TEXT PRIMARY KEY,
      blob_id       INTEGER NOT NULL REFERENCES blob (id),
      original_name TEXT NOT NULL,
      media_type    TEXT NOT NULL,
      size          INTEGER NOT NULL CHECK (size >= 0),
      ingested_at   TEXT NOT NULL,
      ingested_by   TEXT REFERENCES operator (id) -- NULL: the recovery key was used
    ) STRICT
  `.execute(db);
  await sql`CREATE INDEX attachment_blob ON attachment (blob_id)`.execute(db);
}
