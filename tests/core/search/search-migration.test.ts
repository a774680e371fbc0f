import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CIPHER } from '../../../src/main/core/case-file/key-file.schema';
import { createCase } from '../../../src/main/core/cases/cases';
import { addJournalEntry } from '../../../src/main/core/cases/journal';
import { addPayment } from '../../../src/main/core/finance';
import { createObject } from '../../../src/main/core/objects';
import { createParty } from '../../../src/main/core/parties/parties';
import { assignRole } from '../../../src/main/core/parties/party-roles';
import { createRequest } from '../../../src/main/core/reports/requests';
import { searchAll } from '../../../src/main/core/search/search';
import { caseBucket, searchPartition } from '../../../src/main/core/search/search-index';
import { migrate, queryBuilder } from '../../../src/main/core/store/migrate';
import { openEncrypted, type Sqlite } from '../../../src/main/core/store/sqlite';
import type { SearchRequest } from '../../../src/shared/domain/search-views';
import { fold } from '../../../src/shared/search/fold';
import { newCaseFile, tempDir } from '../../helpers/case-files';
import { moneyCase } from '../finance/fixtures';

/** The layout before 0110: kind · 2^50 + bucket · 2^36 + sequence. */
const oldRowid = (kind: number, bucket: number, seq: number) =>
  kind * 2 ** 50 + bucket * 2 ** 36 + seq;
const newRowid = (kind: number, bucket: number, seq: number) =>
  kind * 2 ** 48 + bucket * 2 ** 34 + seq;

const FTS_0040 = `fts5 (
  kind UNINDEXED, entity_id UNINDEXED, case_id UNINDEXED, title UNINDEXED, body UNINDEXED,
  folded, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')`;

/**
 * Takes a current case file's index back to what 0100 left: the old rowid layout, and no entries
 * of the kinds 0110 adds; 0110 is then no longer applied.
 */
function backTo0100(db: Sqlite): void {
  const old = (c: string) =>
    `(((${c} >> 48) << 50) | (((${c} >> 34) & 16383) << 36) | (${c} & 17179869183))`;
  db.exec(`
    CREATE VIRTUAL TABLE search_index_old USING ${FTS_0040};
    INSERT INTO search_index_old (rowid, kind, entity_id, case_id, title, body, folded)
      SELECT ${old('rowid')}, kind, entity_id, case_id, title, body, folded FROM search_index
      WHERE kind NOT IN ('account', 'payment', 'request') ORDER BY rowid;
    DROP TABLE search_index;
    ALTER TABLE search_index_old RENAME TO search_index;
    DELETE FROM search_row WHERE kind IN ('account', 'payment', 'request');
    UPDATE search_row SET rowid_fts = ${old('rowid_fts')};
    DELETE FROM kysely_migration WHERE name = '0110-search-kinds';
  `);
}

describe('migration 0110: the search index’s new rowid layout and kinds', () => {
  it('renumbers every row (kind, bucket and sequence carried over) and keeps the index whole', async () => {
    const db = openEncrypted(path.join(tempDir(), 'case.db'), randomBytes(32), DEFAULT_CIPHER, {
      create: true,
    });
    try {
      const qb = queryBuilder(db);
      await migrate(qb, '0100-print-derivative');
      const caseA = '00000000-0000-4000-8000-0000000000a1';
      const caseB = '00000000-0000-4000-8000-0000000000b2';
      const [a, b] = [caseBucket(caseA), caseBucket(caseB)];
      // [kind position, bucket, sequence, kind, entity, case, title]
      const rows: Array<[number, number, number, string, string, string | null, string]> = [
        [1, a, 1, 'case', 'c-a', caseA, 'Icon of St Nicholas'],
        [2, 0, 1, 'party', 'p-1', null, 'Đorđe Petrović'],
        [2, 0, 2, 'party', 'p-2', null, 'Никола Јовановић'],
        [4, a, 1, 'object', 'o-1', caseA, 'Amfora'],
        [4, b, 7, 'object', 'o-2', caseB, 'Amfora, second'],
        [6, b, 2 ** 20, 'document', 'd-1', caseB, 'Customs declaration'],
      ];
      const insert = db.prepare(
        'INSERT INTO search_index (rowid, kind, entity_id, case_id, title, body, folded) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      const insertRow = db.prepare(
        'INSERT INTO search_row (kind, entity_id, rowid_fts) VALUES (?, ?, ?)',
      );
      db.transaction(() => {
        for (const [k, bucket, seq, kind, id, caseId, title] of rows) {
          insert.run(oldRowid(k, bucket, seq), kind, id, caseId, title, '', fold(title));
          insertRow.run(kind, id, oldRowid(k, bucket, seq));
        }
      })();

      expect((await migrate(qb)).ran).toEqual(['0110-search-kinds']);

      const expected = rows
        .map(([k, bucket, seq, , id]) => ({ id, rowid: newRowid(k, bucket, seq) }))
        .sort((x, y) => x.rowid - y.rowid);
      expect(
        db.prepare('SELECT entity_id AS id, rowid FROM search_index ORDER BY rowid').all(),
      ).toEqual(expected);
      expect(
        db
          .prepare('SELECT entity_id AS id, rowid_fts AS rowid FROM search_row ORDER BY rowid_fts')
          .all(),
      ).toEqual(expected);
      // FTS5's own check of its index against its content, and the new partitions hold them.
      db.prepare("INSERT INTO search_index (search_index) VALUES ('integrity-check')").run();
      const match = (q: string, r: { first: number; last: number }) =>
        db
          .prepare(
            'SELECT entity_id FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid',
          )
          .pluck()
          .all(q, r.first, r.last);
      expect(match('amfora', searchPartition('object')).sort()).toEqual(['o-1', 'o-2']);
      expect(match('amfora', searchPartition('object', caseB))).toEqual(['o-2']);
      expect(match('djordje', searchPartition('party', null))).toEqual(['p-1']);
      expect(match('nikola', searchPartition('party'))).toEqual(['p-2']);
      expect(match('customs', searchPartition('document', caseB))).toEqual(['d-1']);
      expect(match('customs', searchPartition('object'))).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('a case file migrated from 0100 finds what it found before, and its accounts, payments and requests', async () => {
    const { session } = await newCaseFile();
    const m = moneyCase(session);
    const icon = createCase(session, {
      reference: 'ITCG-2026-0002',
      title: 'Икона Св. Николе',
      openedOn: '2026-02-14',
    });
    createObject(session, icon.id, {
      exhibitNumber: 'E-1',
      typeL1: 'religious',
      title: 'Св. Никола',
    });
    createObject(session, m.caseId, {
      exhibitNumber: 'E-1',
      typeL1: 'religious',
      title: 'Nikola icon',
    });
    addJournalEntry(session, {
      caseId: icon.id,
      at: '2026-02-15T10:00:00Z',
      body: 'Nikola Đurić called about the icon.',
    });
    const nikola = createParty(session, {
      kind: 'person',
      givenNames: 'Nikola',
      familyName: 'Đurić',
    });
    assignRole(session, { caseId: icon.id, partyId: nikola.id, role: 'suspect' });
    addPayment(session, {
      caseId: m.caseId,
      fields: {
        date: '2024-03-11',
        amount: { amount: '18500.00', currency: 'EUR' },
        payerAccountId: m.collectorAccount.id,
        beneficiaryAccountId: m.galleryAccount.id,
        purpose: 'Ikona Svetog Nikole',
        reference: 'SLR-77-2024-0311',
      },
    });
    createRequest(session, {
      caseId: m.caseId,
      title: 'Cyprus — bank records',
      fields: {
        kind: 'mla',
        reference: 'KTI 41/2026',
        requestedState: 'CY',
        summary: 'Икона је пренета преко Ђердапа.',
      },
    });
    const queries: SearchRequest[] = [
      { query: 'nikola' },
      { query: 'nikola', caseId: icon.id },
      { query: 'nikola', caseId: m.caseId },
      { query: 'nikola', kinds: ['object', 'payment'] },
      { query: 'ikona' },
      { query: 'RS35 2600 0560 1001 6113 79' },
      { query: 'SLR-77' },
      { query: 'djerdapa' },
      { query: 'KTI 41', kinds: ['request'], caseId: m.caseId },
      { query: 'galerija' },
      { query: 'e' },
    ];
    const before = queries.map((q) => searchAll(session, q));
    // The new kinds were found before the file is taken back.
    expect(before[5]?.groups.map((g) => g.kind)).toEqual(['account']);
    expect(before[6]?.groups.map((g) => g.kind)).toEqual(['payment']);
    expect(before[7]?.groups.map((g) => g.kind)).toEqual(['request']);

    backTo0100(session.db);
    expect(
      session.db.prepare('SELECT min(rowid_fts) FROM search_row').pluck().get() as number,
    ).toBeGreaterThanOrEqual(2 ** 50);
    expect(
      session.db
        .prepare("SELECT count(*) FROM search_row WHERE kind IN ('account', 'payment', 'request')")
        .pluck()
        .get(),
    ).toBe(0);

    expect((await migrate(session.qb)).ran).toEqual(['0110-search-kinds']);

    expect(queries.map((q) => searchAll(session, q))).toEqual(before);
    session.db.prepare("INSERT INTO search_index (search_index) VALUES ('integrity-check')").run();
    // New records go on after the migrated ones, in the new layout.
    const later = createObject(session, icon.id, {
      exhibitNumber: 'E-2',
      typeL1: 'religious',
      title: 'Nikola, second icon',
    });
    const laterRowid = session.db
      .prepare("SELECT rowid_fts FROM search_row WHERE kind = 'object' AND entity_id = ?")
      .pluck()
      .get(later.id) as number;
    const partition = searchPartition('object', icon.id);
    expect(laterRowid).toBe(partition.first + 2);
    expect(searchAll(session, { query: 'second icon' }).groups[0]?.hits[0]?.entityId).toBe(
      later.id,
    );
  });
});
