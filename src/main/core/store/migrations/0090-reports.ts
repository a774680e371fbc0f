import { sql, type Kysely } from 'kysely';

/**
 * PDF reports (issue #9): the report register (one row per distinct PDF generated: its ID,
 * SHA-256, parameters, operator; never updated but for the count of identical regenerations)
 * and the international requests of a case (MLA and return requests, record-store style, with
 * their status for the tracking lists).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (q: ReturnType<typeof sql>) => q.execute(db);

  await run(sql`
    CREATE TABLE report (
      id           TEXT PRIMARY KEY,
      case_id      TEXT NOT NULL REFERENCES case_record (id),
      kind         TEXT NOT NULL,
      sha256       TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
      data         TEXT NOT NULL CHECK (json_valid(data)),
      generated_at TEXT NOT NULL,
      generations  INTEGER NOT NULL DEFAULT 1 CHECK (generations >= 1)
    ) STRICT`);
  await run(sql`CREATE INDEX report_case ON report (case_id, generated_at)`);

  await run(sql`
    CREATE TABLE intl_request (
      id         TEXT PRIMARY KEY,
      case_id    TEXT NOT NULL REFERENCES case_record (id),
      kind       TEXT NOT NULL CHECK (kind IN ('mla', 'return')),
      status     TEXT NOT NULL,
      data       TEXT NOT NULL CHECK (json_valid(data)),
      version    INTEGER NOT NULL CHECK (version >= 1),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`);
  await run(sql`CREATE INDEX intl_request_case ON intl_request (case_id)`);
}
