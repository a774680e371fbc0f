import { sql, type Kysely } from 'kysely';
import { DEFAULT_VOCABULARIES } from '../../../../shared/domain/vocabularies';

/**
 * Experts and their opinions (issue #7): the directory of experts (shared by every case of the
 * case file), consultations (a case's request to one expert about one or more objects, with
 * `consultation_object` derived from the record in the same transaction) and opinions (one
 * expert's assertion about one object). Records keep their zod-parsed JSON in `data` with plain
 * columns for keys, filters and order, as in 0040–0060.
 *
 * `document_citation` is rebuilt once more so that an opinion can cite its signed report (SQLite
 * cannot widen a CHECK in place), and the vocabularies of fields of expertise and of ICOM Red
 * List categories are seeded after every existing entry.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (q: ReturnType<typeof sql>) => q.execute(db);
  const meta = sql.raw(`
      data       TEXT NOT NULL CHECK (json_valid(data)),
      version    INTEGER NOT NULL CHECK (version >= 1),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL`);

  await run(sql`
    CREATE TABLE expert (
      id      TEXT PRIMARY KEY,
      name    TEXT NOT NULL,
      country TEXT,
      active  INTEGER NOT NULL CHECK (active IN (0, 1)),
      ${meta}
    ) STRICT`);
  await run(sql`CREATE INDEX expert_name ON expert (name)`);

  await run(sql`
    CREATE TABLE consultation (
      id        TEXT PRIMARY KEY,
      case_id   TEXT NOT NULL REFERENCES case_record (id),
      expert_id TEXT NOT NULL REFERENCES expert (id),
      status    TEXT NOT NULL,
      deadline  TEXT,
      sent_on   TEXT,
      ${meta}
    ) STRICT`);
  await run(sql`CREATE INDEX consultation_case ON consultation (case_id)`);
  await run(sql`CREATE INDEX consultation_expert ON consultation (expert_id)`);

  await run(sql`
    CREATE TABLE consultation_object (
      consultation_id TEXT NOT NULL REFERENCES consultation (id),
      object_id       TEXT NOT NULL REFERENCES seized_object (id),
      PRIMARY KEY (consultation_id, object_id)
    ) STRICT, WITHOUT ROWID`);
  await run(sql`CREATE INDEX consultation_object_object ON consultation_object (object_id)`);

  await run(sql`
    CREATE TABLE opinion (
      id                 TEXT PRIMARY KEY,
      case_id            TEXT NOT NULL REFERENCES case_record (id),
      object_id          TEXT NOT NULL REFERENCES seized_object (id),
      expert_id          TEXT NOT NULL REFERENCES expert (id),
      consultation_id    TEXT REFERENCES consultation (id),
      report_document_id TEXT REFERENCES document (id),
      date               TEXT NOT NULL,
      ${meta}
    ) STRICT`);
  await run(sql`CREATE INDEX opinion_object ON opinion (object_id, date)`);
  await run(sql`CREATE INDEX opinion_case ON opinion (case_id)`);
  await run(sql`CREATE INDEX opinion_expert ON opinion (expert_id)`);
  await run(sql`CREATE INDEX opinion_consultation ON opinion (consultation_id)`);

  await run(sql`
    CREATE TABLE document_citation_0070 (
      document_id TEXT NOT NULL REFERENCES document (id),
      kind        TEXT NOT NULL CHECK (kind IN
                    ('provenance_event', 'claim', 'account', 'payment', 'relationship',
                     'opinion')),
      entity_id   TEXT NOT NULL,
      page        TEXT NOT NULL,
      PRIMARY KEY (document_id, kind, entity_id, page)
    ) STRICT, WITHOUT ROWID`);
  await run(sql`INSERT INTO document_citation_0070 SELECT * FROM document_citation`);
  await run(sql`DROP TABLE document_citation`);
  await run(sql`ALTER TABLE document_citation_0070 RENAME TO document_citation`);
  await run(sql`CREATE INDEX document_citation_entity ON document_citation (kind, entity_id)`);

  const start = await sql<{ p: number }>`SELECT coalesce(max(position), 0) AS p FROM vocabulary`
    .execute(db)
    .then((r) => r.rows[0]?.p ?? 0);
  let position = start;
  for (const kind of ['expertise_field', 'red_list_category'] as const) {
    for (const entry of DEFAULT_VOCABULARIES[kind]) {
      position += 1;
      await run(sql`
        INSERT INTO vocabulary (kind, code, parent, label, source, builtin, position)
        VALUES (${kind}, ${entry.code}, ${entry.parent ?? null}, ${entry.label},
                ${entry.source ?? null}, 1, ${position})`);
    }
  }
}
