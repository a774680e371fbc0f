import { sql, type Kysely } from 'kysely';
import { DEFAULT_VOCABULARIES } from '../../../../shared/domain/vocabularies';

/**
 * Documents (evidence items), provenance events and ownership claims (issue #5).
 *
 * Like 0040, records keep their zod-parsed JSON in `data` with plain columns for keys and order.
 * `document_object` and `document_citation` are kept by the services in the same transaction as
 * the record they derive from, so "which documents concern this object" and "what cites this
 * document" are index lookups. `document_text` holds the text read from a document's file for
 * search (inside the encrypted case file, like everything else).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (q: ReturnType<typeof sql>) => q.execute(db);
  const meta = sql.raw(`
      data       TEXT NOT NULL CHECK (json_valid(data)),
      version    INTEGER NOT NULL CHECK (version >= 1),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL`);

  await run(sql`
    CREATE TABLE document (
      id            TEXT PRIMARY KEY,
      case_id       TEXT NOT NULL REFERENCES case_record (id),
      type          TEXT NOT NULL,
      attachment_id TEXT REFERENCES attachment (id),
      issued_on     TEXT,
      assessment    TEXT NOT NULL,
      ${meta}
    ) STRICT`);
  await run(sql`CREATE INDEX document_case ON document (case_id, issued_on)`);
  await run(sql`CREATE INDEX document_attachment ON document (attachment_id)`);

  await run(sql`
    CREATE TABLE document_object (
      document_id TEXT NOT NULL REFERENCES document (id),
      object_id   TEXT NOT NULL REFERENCES seized_object (id),
      PRIMARY KEY (document_id, object_id)
    ) STRICT, WITHOUT ROWID`);
  await run(sql`CREATE INDEX document_object_object ON document_object (object_id)`);

  await run(sql`
    CREATE TABLE document_text (
      document_id TEXT PRIMARY KEY REFERENCES document (id),
      status      TEXT NOT NULL,
      pages       INTEGER NOT NULL,
      text        TEXT NOT NULL
    ) STRICT`);

  await run(sql`
    CREATE TABLE provenance_event (
      id        TEXT PRIMARY KEY,
      case_id   TEXT NOT NULL REFERENCES case_record (id),
      object_id TEXT NOT NULL REFERENCES seized_object (id),
      position  INTEGER NOT NULL CHECK (position >= 1),
      type      TEXT NOT NULL,
      earliest  TEXT,
      latest    TEXT,
      ${meta}
    ) STRICT`);
  await run(sql`CREATE INDEX provenance_event_object ON provenance_event (object_id, position)`);
  await run(sql`CREATE INDEX provenance_event_case ON provenance_event (case_id)`);

  await run(sql`
    CREATE TABLE ownership_claim (
      id        TEXT PRIMARY KEY,
      case_id   TEXT NOT NULL REFERENCES case_record (id),
      object_id TEXT NOT NULL REFERENCES seized_object (id),
      status    TEXT NOT NULL,
      ${meta}
    ) STRICT`);
  await run(sql`CREATE INDEX ownership_claim_object ON ownership_claim (object_id)`);

  await run(sql`
    CREATE TABLE document_citation (
      document_id TEXT NOT NULL REFERENCES document (id),
      kind        TEXT NOT NULL CHECK (kind IN ('provenance_event', 'claim')),
      entity_id   TEXT NOT NULL,
      page        TEXT NOT NULL,
      PRIMARY KEY (document_id, kind, entity_id, page)
    ) STRICT, WITHOUT ROWID`);
  await run(sql`CREATE INDEX document_citation_entity ON document_citation (kind, entity_id)`);

  const start = await sql<{ p: number }>`SELECT coalesce(max(position), 0) AS p FROM vocabulary`
    .execute(db)
    .then((r) => r.rows[0]?.p ?? 0);
  let position = start;
  for (const entry of DEFAULT_VOCABULARIES.document_type) {
    position += 1;
    await run(sql`
      INSERT INTO vocabulary (kind, code, parent, label, source, builtin, position)
      VALUES ('document_type', ${entry.code}, ${entry.parent ?? null}, ${entry.label},
              ${entry.source ?? null}, 1, ${position})`);
  }
}
