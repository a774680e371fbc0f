import { sql, type Kysely } from 'kysely';
import { DEFAULT_VOCABULARIES } from '../../../../shared/domain/vocabularies';

/** The lists this migration seeds; later kinds are seeded by the migration that adds them. */
const KINDS_0040 = [
  'offence_type',
  'object_type',
  'party_role',
  'organisation_type',
  'legal_basis',
  'check_database',
  'classification',
  'reg116_category',
  'identity_document',
] as const;

/**
 * Cases, parties, seizures, seized objects, photos, custody, external checks, vocabularies and the
 * search index (issue #4).
 *
 * Records are stored as validated JSON (`data`, the zod-parsed record without its meta fields)
 * plus plain columns the repository derives from it for keys, joins, filters and sorting
 * (see core/records/record-store.ts). Histories that must never change (status changes, legal
 * status changes, custody) are append-only, enforced by triggers like the audit log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (q: ReturnType<typeof sql>) => q.execute(db);
  const meta = sql.raw(`
      data       TEXT NOT NULL CHECK (json_valid(data)),
      version    INTEGER NOT NULL CHECK (version >= 1),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL`);
  const appendOnly = async (table: string) => {
    await run(
      sql.raw(`CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
        BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`),
    );
    await run(
      sql.raw(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
        BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`),
    );
  };

  await run(sql`
    CREATE TABLE vocabulary (
      kind     TEXT NOT NULL,
      code     TEXT NOT NULL,
      parent   TEXT,
      label    TEXT NOT NULL,
      source   TEXT,
      builtin  INTEGER NOT NULL CHECK (builtin IN (0, 1)),
      retired  INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
      position INTEGER NOT NULL,
      PRIMARY KEY (kind, code)
    ) STRICT`);

  await run(sql`
    CREATE TABLE case_record (
      id        TEXT PRIMARY KEY,
      reference TEXT NOT NULL UNIQUE COLLATE NOCASE,
      status    TEXT NOT NULL,
      opened_on TEXT NOT NULL,
      title     TEXT NOT NULL,
      ${meta}
    ) STRICT`);
  await run(sql`
    CREATE TABLE case_status_change (
      id          TEXT PRIMARY KEY,
      case_id     TEXT NOT NULL REFERENCES case_record (id),
      from_status TEXT,
      to_status   TEXT NOT NULL,
      on_date     TEXT NOT NULL,
      note        TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL
    ) STRICT`);
  await run(sql`CREATE INDEX case_status_change_case ON case_status_change (case_id, recorded_at)`);
  await appendOnly('case_status_change');

  await run(sql`
    CREATE TABLE case_link (
      id            TEXT PRIMARY KEY,
      case_id       TEXT NOT NULL REFERENCES case_record (id),
      other_case_id TEXT NOT NULL REFERENCES case_record (id),
      relation      TEXT NOT NULL,
      note          TEXT NOT NULL,
      created_at    TEXT NOT NULL,
      UNIQUE (case_id, other_case_id, relation),
      CHECK (case_id <> other_case_id)
    ) STRICT`);
  await run(sql`CREATE INDEX case_link_other ON case_link (other_case_id)`);

  await run(sql`
    CREATE TABLE journal_entry (
      id      TEXT PRIMARY KEY,
      case_id TEXT NOT NULL REFERENCES case_record (id),
      at      TEXT NOT NULL,
      ${meta}
    ) STRICT`);
  await run(sql`CREATE INDEX journal_entry_case ON journal_entry (case_id, at)`);

  await run(sql`
    CREATE TABLE party (
      id          TEXT PRIMARY KEY,
      kind        TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
      name        TEXT NOT NULL,
      merged_into TEXT REFERENCES party (id),
      ${meta}
    ) STRICT`);
  await run(sql`CREATE INDEX party_name ON party (name COLLATE NOCASE)`);
  await run(sql`
    CREATE TABLE case_party (
      id         TEXT PRIMARY KEY,
      case_id    TEXT NOT NULL REFERENCES case_record (id),
      party_id   TEXT NOT NULL REFERENCES party (id),
      role       TEXT NOT NULL,
      note       TEXT NOT NULL,
      created_at TEXT NOT NULL,
      UNIQUE (case_id, party_id, role)
    ) STRICT`);
  await run(sql`CREATE INDEX case_party_party ON case_party (party_id)`);

  await run(sql`
    CREATE TABLE seizure (
      id        TEXT PRIMARY KEY,
      case_id   TEXT NOT NULL REFERENCES case_record (id),
      reference TEXT NOT NULL,
      seized_at TEXT NOT NULL,
      ${meta},
      UNIQUE (case_id, reference)
    ) STRICT`);

  await run(sql`
    CREATE TABLE seized_object (
      id             TEXT PRIMARY KEY,
      case_id        TEXT NOT NULL REFERENCES case_record (id),
      seizure_id     TEXT REFERENCES seizure (id),
      lot_id         TEXT REFERENCES seized_object (id),
      exhibit_number TEXT NOT NULL COLLATE NOCASE,
      exhibit_sort   TEXT NOT NULL,
      type_l1        TEXT NOT NULL,
      legal_status   TEXT NOT NULL,
      title          TEXT NOT NULL,
      ${meta},
      UNIQUE (case_id, exhibit_number)
    ) STRICT`);
  await run(sql`CREATE INDEX seized_object_list ON seized_object (case_id, exhibit_sort)`);
  // The object list's other sort orders and filters, so a 10,000-object case pages from an index.
  await run(
    sql`CREATE INDEX seized_object_by_type ON seized_object (case_id, type_l1, exhibit_sort)`,
  );
  await run(
    sql`CREATE INDEX seized_object_by_status ON seized_object (case_id, legal_status, exhibit_sort)`,
  );
  await run(sql`CREATE INDEX seized_object_by_update ON seized_object (case_id, updated_at)`);
  await run(sql`CREATE INDEX seized_object_seizure ON seized_object (seizure_id)`);
  await run(sql`CREATE INDEX seized_object_lot ON seized_object (lot_id)`);
  await run(sql`
    CREATE TABLE legal_status_change (
      id          TEXT PRIMARY KEY,
      object_id   TEXT NOT NULL REFERENCES seized_object (id),
      from_status TEXT,
      to_status   TEXT NOT NULL,
      on_date     TEXT NOT NULL,
      reference   TEXT NOT NULL,
      note        TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL
    ) STRICT`);
  await run(sql`CREATE INDEX legal_status_change_object ON legal_status_change (object_id)`);
  await appendOnly('legal_status_change');

  await run(sql`
    CREATE TABLE external_check (
      id         TEXT PRIMARY KEY,
      object_id  TEXT NOT NULL REFERENCES seized_object (id),
      checked_on TEXT NOT NULL,
      result     TEXT NOT NULL,
      ${meta}
    ) STRICT`);
  await run(sql`CREATE INDEX external_check_object ON external_check (object_id)`);

  await run(sql`
    CREATE TABLE object_photo (
      id            TEXT PRIMARY KEY,
      object_id     TEXT NOT NULL REFERENCES seized_object (id),
      attachment_id TEXT NOT NULL REFERENCES attachment (id),
      role          TEXT NOT NULL,
      caption       TEXT NOT NULL,
      position      INTEGER NOT NULL,
      created_at    TEXT NOT NULL,
      UNIQUE (object_id, attachment_id)
    ) STRICT`);
  await run(sql`CREATE INDEX object_photo_object ON object_photo (object_id, position)`);
  // Read once per stored file (EXIF/XMP) and derived once (thumbnail, screen preview): kept
  // inside the encrypted case file, keyed by the file's content.
  await run(sql`
    CREATE TABLE image_info (
      blob_id INTEGER PRIMARY KEY REFERENCES blob (id),
      info    TEXT NOT NULL CHECK (json_valid(info))
    ) STRICT`);
  await run(sql`
    CREATE TABLE image_derivative (
      blob_id    INTEGER NOT NULL REFERENCES blob (id),
      kind       TEXT NOT NULL CHECK (kind IN ('thumb', 'preview')),
      media_type TEXT NOT NULL,
      width      INTEGER NOT NULL,
      height     INTEGER NOT NULL,
      data       BLOB NOT NULL,
      PRIMARY KEY (blob_id, kind)
    ) STRICT`);

  await run(sql`
    CREATE TABLE custody_entry (
      id          TEXT PRIMARY KEY,
      object_id   TEXT NOT NULL REFERENCES seized_object (id),
      seq         INTEGER NOT NULL CHECK (seq >= 1),
      action      TEXT NOT NULL,
      at          TEXT NOT NULL,
      corrects_id TEXT REFERENCES custody_entry (id),
      data        TEXT NOT NULL CHECK (json_valid(data)),
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL,
      UNIQUE (object_id, seq)
    ) STRICT`);
  await appendOnly('custody_entry');

  // Folded text (lower case, no diacritics, Cyrillic transliterated: shared/search/fold.ts) is
  // indexed; the original title and text are kept beside it for result snippets.
  await run(sql`
    CREATE VIRTUAL TABLE search_index USING fts5 (
      kind UNINDEXED, entity_id UNINDEXED, case_id UNINDEXED, title UNINDEXED, body UNINDEXED,
      folded,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3 4'
    )`);
  await run(sql`
    CREATE TABLE search_row (
      kind      TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      rowid_fts INTEGER NOT NULL,
      PRIMARY KEY (kind, entity_id)
    ) STRICT, WITHOUT ROWID`);

  let position = 0;
  for (const kind of KINDS_0040) {
    for (const entry of DEFAULT_VOCABULARIES[kind]) {
      position += 1;
      await run(sql`
        INSERT INTO vocabulary (kind, code, parent, label, source, builtin, position)
        VALUES (${kind}, ${entry.code}, ${entry.parent ?? null}, ${entry.label},
                ${entry.source ?? null}, 1, ${position})`);
    }
  }
}
