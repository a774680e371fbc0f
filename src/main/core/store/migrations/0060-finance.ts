import { sql, type Kysely } from 'kysely';
import { DEFAULT_VOCABULARIES } from '../../../../shared/domain/vocabularies';

/**
 * The money side (issue #6): accounts and wallets, payments, relationships between parties,
 * the unit's exchange rates, saved statement mappings and the record of each statement import.
 *
 * Records keep their zod-parsed JSON in `data` with plain columns for keys, filters and order,
 * as in 0040 and 0050. `payment.fingerprint` makes a re-imported statement row the same row
 * (unique per case). `event_payment` (which payments paid for a provenance event) and
 * `document_citation` are derived by the services in the same transaction as the record they
 * come from; `document_citation` is rebuilt here so that accounts, payments and relationships can
 * cite documents too (SQLite cannot widen a CHECK in place).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (q: ReturnType<typeof sql>) => q.execute(db);
  const meta = sql.raw(`
      data       TEXT NOT NULL CHECK (json_valid(data)),
      version    INTEGER NOT NULL CHECK (version >= 1),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL`);

  await run(sql`
    CREATE TABLE account (
      id              TEXT PRIMARY KEY,
      case_id         TEXT NOT NULL REFERENCES case_record (id),
      kind            TEXT NOT NULL,
      iban            TEXT,
      holder_party_id TEXT REFERENCES party (id),
      ${meta}
    ) STRICT`);
  await run(sql`CREATE INDEX account_case ON account (case_id)`);
  await run(sql`CREATE INDEX account_iban ON account (iban) WHERE iban IS NOT NULL`);
  await run(sql`CREATE INDEX account_holder ON account (holder_party_id)`);

  await run(sql`
    CREATE TABLE statement_mapping (
      id   TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      ${meta}
    ) STRICT`);

  await run(sql`
    CREATE TABLE statement_import (
      id            TEXT PRIMARY KEY,
      case_id       TEXT NOT NULL REFERENCES case_record (id),
      account_id    TEXT REFERENCES account (id),
      attachment_id TEXT NOT NULL REFERENCES attachment (id),
      ${meta}
    ) STRICT`);
  await run(sql`CREATE INDEX statement_import_case ON statement_import (case_id)`);

  await run(sql`
    CREATE TABLE payment (
      id                     TEXT PRIMARY KEY,
      case_id                TEXT NOT NULL REFERENCES case_record (id),
      date                   TEXT NOT NULL,
      currency               TEXT NOT NULL,
      payer_party_id         TEXT REFERENCES party (id),
      payer_account_id       TEXT REFERENCES account (id),
      beneficiary_party_id   TEXT REFERENCES party (id),
      beneficiary_account_id TEXT REFERENCES account (id),
      import_id              TEXT REFERENCES statement_import (id),
      fingerprint            TEXT,
      ${meta}
    ) STRICT`);
  await run(sql`CREATE INDEX payment_case_date ON payment (case_id, date)`);
  await run(sql`CREATE INDEX payment_payer_account ON payment (payer_account_id)`);
  await run(sql`CREATE INDEX payment_beneficiary_account ON payment (beneficiary_account_id)`);
  await run(sql`CREATE INDEX payment_payer_party ON payment (payer_party_id)`);
  await run(sql`CREATE INDEX payment_beneficiary_party ON payment (beneficiary_party_id)`);
  await run(sql`
    CREATE UNIQUE INDEX payment_fingerprint ON payment (case_id, fingerprint)
    WHERE fingerprint IS NOT NULL`);

  await run(sql`
    CREATE TABLE relationship (
      id               TEXT PRIMARY KEY,
      case_id          TEXT NOT NULL REFERENCES case_record (id),
      type             TEXT NOT NULL,
      subject_party_id TEXT REFERENCES party (id),
      object_party_id  TEXT REFERENCES party (id),
      account_id       TEXT REFERENCES account (id),
      ${meta}
    ) STRICT`);
  await run(sql`CREATE INDEX relationship_case ON relationship (case_id)`);
  await run(sql`CREATE INDEX relationship_subject ON relationship (subject_party_id)`);
  await run(sql`CREATE INDEX relationship_object ON relationship (object_party_id)`);

  await run(sql`
    CREATE TABLE exchange_rate (
      id       TEXT PRIMARY KEY,
      currency TEXT NOT NULL,
      base     TEXT NOT NULL,
      date     TEXT NOT NULL,
      ${meta},
      UNIQUE (currency, base, date)
    ) STRICT`);

  await run(sql`
    CREATE TABLE event_payment (
      event_id   TEXT NOT NULL REFERENCES provenance_event (id),
      payment_id TEXT NOT NULL REFERENCES payment (id),
      PRIMARY KEY (event_id, payment_id)
    ) STRICT, WITHOUT ROWID`);
  await run(sql`CREATE INDEX event_payment_payment ON event_payment (payment_id)`);

  await run(sql`
    CREATE TABLE document_citation_0060 (
      document_id TEXT NOT NULL REFERENCES document (id),
      kind        TEXT NOT NULL CHECK (kind IN
                    ('provenance_event', 'claim', 'account', 'payment', 'relationship')),
      entity_id   TEXT NOT NULL,
      page        TEXT NOT NULL,
      PRIMARY KEY (document_id, kind, entity_id, page)
    ) STRICT, WITHOUT ROWID`);
  await run(sql`INSERT INTO document_citation_0060 SELECT * FROM document_citation`);
  await run(sql`DROP TABLE document_citation`);
  await run(sql`ALTER TABLE document_citation_0060 RENAME TO document_citation`);
  await run(sql`CREATE INDEX document_citation_entity ON document_citation (kind, entity_id)`);

  // The unit's editable list of high-risk jurisdictions (finance.high-risk-jurisdiction), seeded
  // from the FATF lists as shipped (shared/domain/vocabularies.ts), after every existing entry.
  const start = await sql<{ p: number }>`SELECT coalesce(max(position), 0) AS p FROM vocabulary`
    .execute(db)
    .then((r) => r.rows[0]?.p ?? 0);
  let position = start;
  for (const entry of DEFAULT_VOCABULARIES.high_risk_jurisdiction) {
    position += 1;
    await run(sql`
      INSERT INTO vocabulary (kind, code, parent, label, source, builtin, position)
      VALUES ('high_risk_jurisdiction', ${entry.code}, ${entry.parent ?? null}, ${entry.label},
              ${entry.source ?? null}, 1, ${position})`);
  }
}
