import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CaseFileErrorCode,
  unlockCaseFile,
  verifyAuditChain,
  verifyCaseFile,
} from '../../src/main/core';
import { appendAudit, diffFields, type Actor } from '../../src/main/core/audit/audit-log';
import { DEFAULT_CIPHER } from '../../src/main/core/case-file/key-file.schema';
import { appliedMigrations, migrate, queryBuilder } from '../../src/main/core/store/migrate';
import { LATEST_MIGRATION, migrations } from '../../src/main/core/store/migrations';
import { openEncrypted, type Sqlite } from '../../src/main/core/store/sqlite';
import { newCaseFile, OPERATOR, PASSPHRASE, snapshotFolder, tempDir } from '../helpers/case-files';

const CASE_FILE_ID = '00000000-0000-4000-8000-0000000000aa';
const ACTOR: Actor = { operatorId: null, operatorName: 'migration test' };
const FUTURE_MIGRATION = '0040-from-a-newer-custodia';

function freshDatabase(): { db: Sqlite; file: string } {
  const file = path.join(tempDir(), 'case.db');
  return { db: openEncrypted(file, randomBytes(32), DEFAULT_CIPHER, { create: true }), file };
}

function tableNames(db: Sqlite): string[] {
  return db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
}

/** Schema and every row of every table, for "nothing changed" comparisons. */
function dumpDatabase(db: Sqlite): Record<string, unknown[]> {
  // case_file_meta is WITHOUT ROWID: ordered by its key instead.
  const dump: Record<string, unknown[]> = {
    sqlite_schema: db
      .prepare('SELECT type, name, tbl_name, rootpage, sql FROM sqlite_schema ORDER BY type, name')
      .all(),
  };
  for (const t of tableNames(db)) {
    const order = t === 'case_file_meta' ? 'key' : 'rowid';
    dump[t] = db.prepare(`SELECT * FROM "${t}" ORDER BY ${order}`).all();
  }
  return dump;
}

function writeAuditEntries(db: Sqlite, count: number): void {
  db.transaction(() => {
    for (let i = 1; i <= count; i++) {
      appendAudit(db, CASE_FILE_ID, ACTOR, new Date(Date.UTC(2026, 2, 1, 8, 0, i)), {
        action: 'test.entry',
        entityType: 'test',
        entityId: `entity-${i}`,
        changes: diffFields(null, { n: i, note: `entry ${i} — čćžšđ` }),
      });
    }
  })();
}

describe('migrations', () => {
  it('the bundled list ends at the latest migration', () => {
    expect(Object.keys(migrations)).toEqual([
      '0010-case-file-core',
      '0020-audit-log',
      '0030-attachments',
      '0040-cases-objects',
      '0050-provenance',
      '0060-finance',
      '0070-experts',
      '0080-indicators',
      '0090-reports',
      '0100-print-derivative',
      '0110-search-kinds',
    ]);
    expect(LATEST_MIGRATION).toBe('0110-search-kinds');
  });

  it('migrate to N-1, write data, migrate to N: the data survives and the new tables are STRICT', async () => {
    const { db } = freshDatabase();
    try {
      const qb = queryBuilder(db);
      const first = await migrate(qb, '0030-attachments');
      expect(first).toEqual({
        from: null,
        to: '0030-attachments',
        ran: ['0010-case-file-core', '0020-audit-log', '0030-attachments'],
      });
      expect(tableNames(db).filter((t) => !t.startsWith('kysely_'))).toEqual([
        'attachment',
        'audit_log',
        'blob',
        'blob_chunk',
        'case_file_meta',
        'operator',
      ]);

      db.transaction(() => {
        db.prepare('INSERT INTO case_file_meta (key, value) VALUES (?, ?)').run(
          'case_file_id',
          CASE_FILE_ID,
        );
      })();
      writeAuditEntries(db, 4);
      const auditBefore = db.prepare('SELECT * FROM audit_log ORDER BY seq').all();
      expect(auditBefore).toHaveLength(4);
      expect(verifyAuditChain(db, CASE_FILE_ID)).toMatchObject({ ok: true, entries: 4 });

      const second = await migrate(qb);
      expect(second).toEqual({
        from: '0030-attachments',
        to: '0110-search-kinds',
        ran: [
          '0040-cases-objects',
          '0050-provenance',
          '0060-finance',
          '0070-experts',
          '0080-indicators',
          '0090-reports',
          '0100-print-derivative',
          '0110-search-kinds',
        ],
      });
      expect(await appliedMigrations(qb)).toEqual([
        '0010-case-file-core',
        '0020-audit-log',
        '0030-attachments',
        '0040-cases-objects',
        '0050-provenance',
        '0060-finance',
        '0070-experts',
        '0080-indicators',
        '0090-reports',
        '0100-print-derivative',
        '0110-search-kinds',
      ]);

      // The entries written at N-1 are all there, unchanged, and still chain.
      expect(db.prepare('SELECT * FROM audit_log ORDER BY seq').all()).toEqual(auditBefore);
      const chain = verifyAuditChain(db, CASE_FILE_ID);
      expect(chain).toMatchObject({ ok: true, entries: 4 });
      expect(
        db.prepare("SELECT value FROM case_file_meta WHERE key = 'case_file_id'").pluck().get(),
      ).toBe(CASE_FILE_ID);
      // The triggers of 0020 still guard the log.
      expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 1').run()).toThrow(/append-only/);

      // The tables of N exist, and every table (but Kysely's own and the FTS5 index, a virtual
      // table with its own shadow tables) is STRICT.
      const tables = tableNames(db);
      expect(tables).toEqual(
        expect.arrayContaining(['case_record', 'seized_object', 'custody_entry', 'search_index']),
      );
      const ours = tables.filter((t) => !t.startsWith('kysely_') && !t.startsWith('search_index'));
      expect(ours).toEqual([
        'account',
        'attachment',
        'audit_log',
        'blob',
        'blob_chunk',
        'case_file_meta',
        'case_link',
        'case_party',
        'case_record',
        'case_status_change',
        'consultation',
        'consultation_object',
        'custody_entry',
        'document',
        'document_citation',
        'document_object',
        'document_text',
        'event_payment',
        'exchange_rate',
        'expert',
        'external_check',
        'image_derivative',
        'image_info',
        'indicator',
        'indicator_observation',
        'indicator_version',
        'intl_request',
        'journal_entry',
        'legal_status_change',
        'object_photo',
        'operator',
        'opinion',
        'ownership_claim',
        'party',
        'payment',
        'provenance_event',
        'red_list_match',
        'relationship',
        'report',
        'search_row',
        'seized_object',
        'seizure',
        'statement_import',
        'statement_mapping',
        'suggestion_decision',
        'vocabulary',
      ]);
      // The built-in vocabularies are seeded.
      expect(
        db.prepare("SELECT count(*) FROM vocabulary WHERE kind = 'offence_type'").pluck().get(),
      ).toBe(12);
      // 0050 seeds the document types after the lists of 0040, positions still unique.
      expect(
        db.prepare("SELECT count(*) FROM vocabulary WHERE kind = 'document_type'").pluck().get(),
      ).toBe(19);
      expect(
        db.prepare('SELECT count(DISTINCT position) = count(*) FROM vocabulary').pluck().get(),
      ).toBe(1);
      for (const t of ours) {
        const sql = db
          .prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?")
          .pluck()
          .get(t) as string;
        expect(sql, t).toMatch(/\)\s*STRICT\b/);
        const listed = db.pragma(`table_list("${t}")`) as { strict: number }[];
        expect(listed[0]?.strict, t).toBe(1);
      }
      // STRICT in force: a value of the wrong type is refused, not coerced.
      expect(() =>
        db
          .prepare(
            "INSERT INTO blob (sha256, size, chunk_size, chunk_count, created_at) VALUES ('x', 'large', 1, 0, 'now')",
          )
          .run(),
      ).toThrow(/cannot store TEXT value in INTEGER column/);

      // Running it again does nothing.
      expect(await migrate(qb)).toEqual({
        from: '0110-search-kinds',
        to: '0110-search-kinds',
        ran: [],
      });
    } finally {
      db.close();
    }
  });

  it('refuses (NEWER_FORMAT) a database that has a migration this build does not know, and changes nothing', async () => {
    const { db } = freshDatabase();
    try {
      const qb = queryBuilder(db);
      await migrate(qb, '0020-audit-log');
      db.prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)').run(
        FUTURE_MIGRATION,
        new Date().toISOString(),
      );
      const before = dumpDatabase(db);
      const changesBefore = db.prepare('SELECT total_changes()').pluck().get();

      await expect(migrate(qb)).rejects.toMatchObject({ code: CaseFileErrorCode.NewerFormat });
      await expect(migrate(qb, '0030-attachments')).rejects.toMatchObject({
        code: CaseFileErrorCode.NewerFormat,
      });

      expect(dumpDatabase(db)).toEqual(before);
      expect(db.prepare('SELECT total_changes()').pluck().get()).toBe(changesBefore);
      expect(tableNames(db)).not.toContain('attachment');
    } finally {
      db.close();
    }
  });

  it('unlock refuses a case file written by a newer Custodia (NEWER_FORMAT) and leaves its files as they were', async () => {
    const cf = await newCaseFile();
    cf.session.db
      .prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)')
      .run(FUTURE_MIGRATION, new Date().toISOString());
    cf.session.lock();
    const before = snapshotFolder(cf.dir);
    await expect(
      unlockCaseFile(cf.dir, { kind: 'passphrase', passphrase: PASSPHRASE }),
    ).rejects.toMatchObject({
      code: CaseFileErrorCode.NewerFormat,
    });
    expect(snapshotFolder(cf.dir)).toEqual(before);
  });

  it('unlock brings a case file left at an older schema up to date and records casefile.migrate', async () => {
    const cf = await newCaseFile();
    const db = cf.session.db;
    // Take the case file back to 0040-cases-objects: 0070, 0060 and 0050 only add these tables
    // (their indexes go with them) and seed vocabularies.
    db.exec(`
      DELETE FROM kysely_migration WHERE name = '0110-search-kinds';
      DELETE FROM kysely_migration WHERE name = '0100-print-derivative';
      DROP TABLE intl_request; DROP TABLE report;
      DELETE FROM kysely_migration WHERE name = '0090-reports';
      DROP TABLE red_list_match; DROP TABLE suggestion_decision;
      DROP TABLE indicator_observation; DROP TABLE indicator; DROP TABLE indicator_version;
      DELETE FROM vocabulary WHERE kind = 'conflict_country';
      DELETE FROM kysely_migration WHERE name = '0080-indicators';
      DROP TABLE opinion; DROP TABLE consultation_object; DROP TABLE consultation;
      DROP TABLE expert;
      DELETE FROM vocabulary WHERE kind IN ('expertise_field', 'red_list_category');
      DELETE FROM kysely_migration WHERE name = '0070-experts';
      DROP TABLE event_payment; DROP TABLE payment; DROP TABLE statement_import;
      DROP TABLE statement_mapping; DROP TABLE relationship; DROP TABLE account;
      DROP TABLE exchange_rate;
      DELETE FROM vocabulary WHERE kind = 'high_risk_jurisdiction';
      DELETE FROM kysely_migration WHERE name = '0060-finance';
      DROP TABLE document_citation; DROP TABLE ownership_claim; DROP TABLE provenance_event;
      DROP TABLE document_text; DROP TABLE document_object; DROP TABLE document;
      DELETE FROM vocabulary WHERE kind = 'document_type';
      DELETE FROM kysely_migration WHERE name = '0050-provenance';
    `);
    expect(await appliedMigrations(cf.session.qb)).toEqual([
      '0010-case-file-core',
      '0020-audit-log',
      '0030-attachments',
      '0040-cases-objects',
    ]);
    const auditBefore = db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    cf.session.lock();

    const session = await unlockCaseFile(
      cf.dir,
      { kind: 'passphrase', passphrase: PASSPHRASE },
      cf.runtime,
    );
    try {
      expect(await appliedMigrations(session.qb)).toEqual([
        '0010-case-file-core',
        '0020-audit-log',
        '0030-attachments',
        '0040-cases-objects',
        '0050-provenance',
        '0060-finance',
        '0070-experts',
        '0080-indicators',
        '0090-reports',
        '0100-print-derivative',
        '0110-search-kinds',
      ]);
      expect(tableNames(session.db)).toEqual(
        expect.arrayContaining([
          'report',
          'intl_request',
          'expert',
          'consultation',
          'opinion',
          'document',
          'provenance_event',
          'ownership_claim',
          'account',
          'payment',
          'event_payment',
        ]),
      );
      const rows = session.db
        .prepare(
          'SELECT seq, action, entity_id, operator_name, changes FROM audit_log ORDER BY seq',
        )
        .all() as {
        seq: number;
        action: string;
        entity_id: string;
        operator_name: string;
        changes: string;
      }[];
      expect(rows).toHaveLength(auditBefore + 1);
      const last = rows.at(-1);
      expect(last).toMatchObject({
        seq: auditBefore + 1,
        action: 'casefile.migrate',
        entity_id: session.caseFileId,
        operator_name: OPERATOR,
      });
      expect(JSON.parse(last?.changes ?? '{}')).toEqual({
        schema: { before: '0040-cases-objects', after: '0110-search-kinds' },
      });
      const report = await verifyCaseFile(session);
      expect(report.firstProblem).toBeUndefined();
      expect(report.ok).toBe(true);
    } finally {
      session.lock();
    }

    // Once up to date, unlocking records nothing more.
    const again = await unlockCaseFile(
      cf.dir,
      { kind: 'passphrase', passphrase: PASSPHRASE },
      cf.runtime,
    );
    try {
      expect(
        again.db
          .prepare("SELECT count(*) FROM audit_log WHERE action = 'casefile.migrate'")
          .pluck()
          .get(),
      ).toBe(1);
      expect(again.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(
        auditBefore + 1,
      );
    } finally {
      again.lock();
    }
  });

  it('0060 keeps the citations of 0050 while widening what may cite, and its keys hold', async () => {
    const { db } = freshDatabase();
    try {
      const qb = queryBuilder(db);
      await migrate(qb, '0050-provenance');
      // Rows of 0050 (references left dangling on purpose: only the rebuild is under test).
      db.pragma('foreign_keys = OFF');
      const cite = db.prepare(
        'INSERT INTO document_citation (document_id, kind, entity_id, page) VALUES (?, ?, ?, ?)',
      );
      cite.run('doc-1', 'provenance_event', 'event-1', '');
      cite.run('doc-1', 'claim', 'claim-1', 'p. 3');
      expect(() => cite.run('doc-1', 'payment', 'payment-1', '')).toThrow(/CHECK constraint/);
      const before = db
        .prepare('SELECT * FROM document_citation ORDER BY document_id, kind, entity_id, page')
        .all();

      expect(await migrate(qb, '0060-finance')).toEqual({
        from: '0050-provenance',
        to: '0060-finance',
        ran: ['0060-finance'],
      });
      db.pragma('foreign_keys = OFF');
      expect(
        db
          .prepare('SELECT * FROM document_citation ORDER BY document_id, kind, entity_id, page')
          .all(),
      ).toEqual(before);
      for (const kind of ['account', 'payment', 'relationship']) cite.run('doc-2', kind, 'x', '');
      expect(() => cite.run('doc-2', 'statement', 'x', '')).toThrow(/CHECK constraint/);
      // The index of 0050 is there again after the rebuild.
      expect(
        db
          .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'document_citation'",
          )
          .pluck()
          .all(),
      ).toContain('document_citation_entity');

      // One payment per statement row (fingerprint) in a case; rows typed in have none.
      const payment = db.prepare(
        `INSERT INTO payment (id, case_id, date, currency, fingerprint, data, version, created_at, updated_at)
         VALUES (?, 'case-1', '2024-03-12', 'EUR', ?, '{}', 1, 'now', 'now')`,
      );
      payment.run('p-1', 'a'.repeat(64));
      payment.run('p-2', null);
      payment.run('p-3', null);
      expect(() => payment.run('p-4', 'a'.repeat(64))).toThrow(/UNIQUE constraint/);
      // One exchange rate per currency, base and day.
      const rate = db.prepare(
        `INSERT INTO exchange_rate (id, currency, base, date, data, version, created_at, updated_at)
         VALUES (?, 'RSD', 'EUR', ?, '{}', 1, 'now', 'now')`,
      );
      rate.run('r-1', '2024-03-12');
      rate.run('r-2', '2024-03-13');
      expect(() => rate.run('r-3', '2024-03-12')).toThrow(/UNIQUE constraint/);
      // Positions of the vocabulary stay unique after what 0060 seeds.
      expect(
        db.prepare('SELECT count(DISTINCT position) = count(*) FROM vocabulary').pluck().get(),
      ).toBe(1);
    } finally {
      db.close();
    }
  });

  it('the database is encrypted: another key does not open it, its own key does', async () => {
    const file = path.join(tempDir(), 'case.db');
    const key = randomBytes(32);
    const db = openEncrypted(file, key, DEFAULT_CIPHER, { create: true });
    await migrate(queryBuilder(db));
    db.close();
    expect(fs.readFileSync(file).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(() => openEncrypted(file, randomBytes(32), DEFAULT_CIPHER)).toThrow(
      expect.objectContaining({ code: CaseFileErrorCode.Damaged }),
    );
    const reopened = openEncrypted(file, key, DEFAULT_CIPHER);
    try {
      expect(await appliedMigrations(queryBuilder(reopened))).toEqual(Object.keys(migrations));
    } finally {
      reopened.close();
    }
  });
});
