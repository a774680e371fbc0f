import { sql, type Kysely } from 'kysely';

/** The case file's identity and its operators (names live here, encrypted, not in keys.json). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE case_file_meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT, WITHOUT ROWID
  `.execute(db);
  await sql`
    CREATE TABLE operator (
      id         TEXT PRIMARY KEY,
      name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
      created_at TEXT NOT NULL,
      removed_at TEXT
    ) STRICT
  `.execute(db);
}
