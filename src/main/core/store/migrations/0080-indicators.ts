import { sql, type Kysely } from 'kysely';
import {
  SHIPPED_AT,
  SHIPPED_CATALOGUE,
  SHIPPED_VERSION_ID,
  shippedIndicatorId,
} from '../../../../shared/indicators/shipped-catalogue';
import { DEFAULT_VOCABULARIES } from '../../../../shared/domain/vocabularies';

/**
 * Trafficking indicators (issue #8): versions of the indicator catalogue and their indicators
 * (immutable once written: an observation keeps the wording it was made under), observations on a
 * case's records, people's decisions on suggestions, and Red List matches of objects. The shipped
 * catalogue is version 1, with fixed ids; the editable list of conflict-affected countries (for
 * the object rules) is seeded after every existing vocabulary entry.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (q: ReturnType<typeof sql>) => q.execute(db);
  const meta = sql.raw(`
      data       TEXT NOT NULL CHECK (json_valid(data)),
      version    INTEGER NOT NULL CHECK (version >= 1),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL`);

  await run(sql`
    CREATE TABLE indicator_version (
      id         TEXT PRIMARY KEY,
      number     INTEGER NOT NULL UNIQUE CHECK (number >= 1),
      data       TEXT NOT NULL CHECK (json_valid(data)),
      created_at TEXT NOT NULL
    ) STRICT`);
  await run(sql`
    CREATE TABLE indicator (
      id         TEXT PRIMARY KEY,
      version_id TEXT NOT NULL REFERENCES indicator_version (id),
      code       TEXT NOT NULL,
      position   INTEGER NOT NULL,
      data       TEXT NOT NULL CHECK (json_valid(data)),
      UNIQUE (version_id, code)
    ) STRICT`);

  await run(sql`
    CREATE TABLE indicator_observation (
      id           TEXT PRIMARY KEY,
      case_id      TEXT NOT NULL REFERENCES case_record (id),
      indicator_id TEXT NOT NULL REFERENCES indicator (id),
      subject_kind TEXT NOT NULL,
      subject_id   TEXT NOT NULL,
      status       TEXT NOT NULL,
      finding_key  TEXT,
      ${meta}
    ) STRICT`);
  await run(sql`CREATE INDEX indicator_observation_case ON indicator_observation (case_id)`);
  await run(
    sql`CREATE INDEX indicator_observation_subject ON indicator_observation (subject_kind, subject_id)`,
  );

  await run(sql`
    CREATE TABLE suggestion_decision (
      id             TEXT PRIMARY KEY,
      case_id        TEXT NOT NULL REFERENCES case_record (id),
      finding_key    TEXT NOT NULL,
      indicator_code TEXT NOT NULL,
      decision       TEXT NOT NULL CHECK (decision IN ('accepted', 'dismissed')),
      data           TEXT NOT NULL CHECK (json_valid(data)),
      decided_at     TEXT NOT NULL,
      UNIQUE (case_id, finding_key, indicator_code)
    ) STRICT`);

  await run(sql`
    CREATE TABLE red_list_match (
      id        TEXT PRIMARY KEY,
      case_id   TEXT NOT NULL REFERENCES case_record (id),
      object_id TEXT NOT NULL REFERENCES seized_object (id),
      category  TEXT NOT NULL,
      ${meta}
    ) STRICT`);
  await run(sql`CREATE INDEX red_list_match_object ON red_list_match (object_id)`);

  const c = SHIPPED_CATALOGUE;
  await run(sql`
    INSERT INTO indicator_version (id, number, data, created_at)
    VALUES (${SHIPPED_VERSION_ID}, 1, ${JSON.stringify({
      name: c.name,
      source: c.source,
      origin: 'shipped',
      fileSha256: null,
      mode: 'replace',
      createdBy: 'Custodia',
    })}, ${SHIPPED_AT})`);
  for (const [i, ind] of c.indicators.entries()) {
    await run(sql`
      INSERT INTO indicator (id, version_id, code, position, data)
      VALUES (${shippedIndicatorId(i)}, ${SHIPPED_VERSION_ID}, ${ind.code}, ${i + 1},
              ${JSON.stringify(ind)})`);
  }

  const start = await sql<{ p: number }>`SELECT coalesce(max(position), 0) AS p FROM vocabulary`
    .execute(db)
    .then((r) => r.rows[0]?.p ?? 0);
  let position = start;
  for (const entry of DEFAULT_VOCABULARIES.conflict_country) {
    position += 1;
    await run(sql`
      INSERT INTO vocabulary (kind, code, parent, label, source, builtin, position)
      VALUES ('conflict_country', ${entry.code}, ${entry.parent ?? null}, ${entry.label},
              ${entry.source ?? null}, 1, ${position})`);
  }
}
