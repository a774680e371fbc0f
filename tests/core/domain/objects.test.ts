import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bytesSource, ingestAttachment, write, type CaseFileSession } from '../../../src/main/core';
import { createCase } from '../../../src/main/core/cases/cases';
import {
  addCheck,
  changeLegalStatus,
  createObject,
  createSeizure,
  exhibitSortKey,
  getObject,
  legalStatusHistory,
  listChecks,
  listObjects,
  splitFromLot,
  updateCheck,
  updateObject,
} from '../../../src/main/core/objects';
import type { ObjectFieldsInput, ObjectRecord } from '../../../src/shared/domain/object';
import { toFtsQuery } from '../../../src/shared/search/query';
import { expectCaseFileError, newCaseFile, PASSPHRASE } from '../../helpers/case-files';
import { ipcFixture, type IpcFixture } from '../../ipc/ipc-fixture';

const NOWHERE = '00000000-0000-4000-8000-00000000ffff';

function auditOf(session: CaseFileSession, entityId: string) {
  return (
    session.db
      .prepare('SELECT action, changes FROM audit_log WHERE entity_id = ? ORDER BY seq')
      .all(entityId) as Array<{ action: string; changes: string }>
  ).map((r) => ({ action: r.action, changes: JSON.parse(r.changes) as Record<string, unknown> }));
}

function searchIds(session: CaseFileSession, text: string): string[] {
  return session.db
    .prepare("SELECT entity_id FROM search_index WHERE search_index MATCH ? AND kind = 'object'")
    .pluck()
    .all(toFtsQuery(text)) as string[];
}

function fieldsOf(o: ObjectRecord): ObjectFieldsInput {
  const {
    id: _i,
    version: _v,
    createdAt: _c,
    updatedAt: _u,
    caseId: _k,
    legalStatus: _l,
    ...fields
  } = o;
  return fields;
}

const ICON: ObjectFieldsInput = {
  exhibitNumber: 'E-1',
  typeL1: 'religious',
  typeL2: 'religious.icon',
  title: 'Св. Никола',
  measurements: [
    { dimension: 'height', value: 38, unit: 'cm' },
    { dimension: 'width', value: 29.5, unit: 'cm' },
  ],
  materials: ['tempera', 'wood (lime)'],
  techniques: ['egg tempera on gesso', 'gilding'],
  inscriptions: [
    { kind: 'inscription', text: 'IC XC', position: 'upper corners', script: 'Greek' },
    { kind: 'inscription', text: 'О АГИОС НИКОЛАОС', script: 'Greek' },
    { kind: 'property_mark', text: 'Манастир Св. Јован Бигорски, инв. 114' },
  ],
  dating: { earliest: 1550, latest: 1600, text: 'second half of the 16th century' },
  subject: 'Saint Nicholas, half figure, blessing',
  distinguishingFeatures: 'Vertical crack through the left board; candle burns lower edge',
  placeOfOrigin: { text: 'Western Macedonia', country: 'MK' },
  countryOfOrigin: 'MK',
  countryOfOriginCertainty: 'probable',
  unesco1970: ['g'],
  reg116Category: 'a3',
};

const HOARD: ObjectFieldsInput = {
  exhibitNumber: 'E-2',
  typeL1: 'coins',
  typeL2: 'coins.hoard',
  lotCount: 1200,
  materials: ['bronze'],
  dating: { earliest: 306, latest: 337, text: 'Constantine I' },
  description: 'Hoard of 1,200 Roman bronze coins (folles), green patina, soil deposits',
  countryOfOrigin: 'RS',
};

const HEAD: ObjectFieldsInput = {
  exhibitNumber: 'E-10',
  typeL1: 'archaeological',
  typeL2: 'archaeological.sculpture',
  materials: ['marble'],
  description: 'Marble head of a young man, Roman, broken at the neck\nSecond line',
  distinguishingFeatures: 'Nose broken off; root marks on the left cheek',
  placeOfOrigin: { text: 'Stobi (?)', country: 'MK' },
  dating: { text: '2nd century AD' },
};

async function caseWithSeizure() {
  const { session } = await newCaseFile();
  const c = createCase(session, {
    reference: 'ITCG-2026-0011',
    title: 'Icons and antiquities — Skopje–München',
    openedOn: '2026-02-10',
  });
  const seizure = createSeizure(session, c.id, {
    reference: 'ZP-14/2026',
    seizedAt: '2026-02-10T06:30+01:00',
    legalBasis: 'customs-control',
    legalBasisReference: 'Carinski zakon, čl. 85',
  });
  return { session, caseId: c.id, seizureId: seizure.id };
}

describe('objects', () => {
  it('creates an object seized on the seizure date, with a display title, audit and search text', async () => {
    const { session, caseId, seizureId } = await caseWithSeizure();
    const icon = createObject(session, caseId, { ...ICON, seizureId });
    expect(icon).toMatchObject({ legalStatus: 'seized', version: 1, caseId });
    expect(legalStatusHistory(session.db, icon.id)).toMatchObject([
      { from: null, to: 'seized', on: '2026-02-10', reference: 'Carinski zakon, čl. 85' },
    ]);
    expect(auditOf(session, icon.id)[0]).toMatchObject({
      action: 'object.create',
      changes: { title: { before: null, after: 'Св. Никола' } },
    });
    const head = createObject(session, caseId, HEAD);
    // Without a seizure, the object is seized "today" by the case file's clock.
    expect(legalStatusHistory(session.db, head.id)[0]?.on).toBe('2026-03-01');
    const titles = session.db
      .prepare('SELECT exhibit_number, title FROM seized_object ORDER BY exhibit_sort')
      .all();
    expect(titles).toEqual([
      { exhibit_number: 'E-1', title: 'Св. Никола' },
      {
        exhibit_number: 'E-10',
        title: 'Sculpture, statue — Marble head of a young man, Roman, broken at the neck',
      },
    ]);
    expect(searchIds(session, 'IC XC')).toEqual([icon.id]);
    expect(searchIds(session, 'sv nikola')).toEqual([icon.id]);
    expect(searchIds(session, 'bigorski')).toEqual([icon.id]);
    expect(searchIds(session, 'root marks stobi')).toEqual([head.id]);
    expect(searchIds(session, 'E-10')).toEqual([head.id]);
  });

  it('checks the object type pair, the Reg. 116/2009 category, and the field it names', async () => {
    const { session, caseId } = await caseWithSeizure();
    const cases: Array<[ObjectFieldsInput, string]> = [
      [{ ...ICON, typeL2: 'coins.coin' }, 'typeL2'],
      [{ ...ICON, typeL1: 'religious.icon', typeL2: null }, 'typeL1'],
      [{ ...ICON, typeL1: 'relics' }, 'typeL1'],
      [{ ...ICON, reg116Category: 'a99' }, 'reg116Category'],
      [{ ...ICON, exhibitNumber: ' ' }, 'exhibitNumber'],
      [{ ...ICON, countryOfOrigin: 'Macedonia' }, 'countryOfOrigin'],
    ];
    for (const [fields, field] of cases) {
      const e = await expectCaseFileError(
        () => createObject(session, caseId, fields),
        'INVALID_INPUT',
      );
      expect(e.message, field).toContain(field);
    }
    expect(createObject(session, caseId, { ...ICON, typeL2: null }).typeL2).toBeNull();
  });

  it('keeps references inside the case: seizure, lot and related objects', async () => {
    const { session, caseId, seizureId } = await caseWithSeizure();
    const other = createCase(session, {
      reference: 'ITCG-2026-0012',
      title: 'Other case',
      openedOn: '2026-02-11',
    });
    const foreignSeizure = createSeizure(session, other.id, {
      reference: 'ZP-1',
      seizedAt: '2026-02-11T09:00',
      legalBasis: 'search-warrant',
    });
    const foreignLot = createObject(session, other.id, { ...HOARD, exhibitNumber: 'X-1' });
    const icon = createObject(session, caseId, { ...ICON, seizureId });
    const refused: Array<[ObjectFieldsInput, string]> = [
      [{ ...HEAD, seizureId: foreignSeizure.id }, 'seizureId'],
      [{ ...HEAD, seizureId: NOWHERE }, 'seizureId'],
      [{ ...HEAD, lotId: foreignLot.id }, 'lotId'],
      [{ ...HEAD, lotId: icon.id }, 'lotId'],
      [
        { ...HEAD, relatedObjects: [{ objectId: icon.id }, { objectId: NOWHERE }] },
        'relatedObjects.1',
      ],
    ];
    for (const [fields, field] of refused) {
      const e = await expectCaseFileError(
        () => createObject(session, caseId, fields),
        'INVALID_INPUT',
      );
      expect(e.message, field).toContain(field);
    }
    const head = createObject(session, caseId, {
      ...HEAD,
      relatedObjects: [{ objectId: icon.id, relation: 'same consignment' }],
    });
    expect(head.relatedObjects).toEqual([{ objectId: icon.id, relation: 'same consignment' }]);
    const lot = createObject(session, caseId, HOARD);
    const selfLot = await expectCaseFileError(
      () => updateObject(session, { id: lot.id, version: 1, fields: { ...HOARD, lotId: lot.id } }),
      'INVALID_INPUT',
    );
    expect(selfLot.message).toContain('lotId');
    const selfRelated = await expectCaseFileError(
      () =>
        updateObject(session, {
          id: head.id,
          version: 1,
          fields: { ...HEAD, relatedObjects: [{ objectId: head.id }] },
        }),
      'INVALID_INPUT',
    );
    expect(selfRelated.message).toContain('relatedObjects.0');
  });

  it('keeps exhibit numbers unique within a case, whatever their case', async () => {
    const { session, caseId } = await caseWithSeizure();
    createObject(session, caseId, ICON);
    const e = await expectCaseFileError(
      () => createObject(session, caseId, { ...HEAD, exhibitNumber: 'e-1' }),
      'ALREADY_EXISTS',
    );
    expect(e.message).toContain('e-1');
    expect(e.details).toMatchObject({ field: 'exhibitNumber' });
    const other = createCase(session, { reference: 'B-1', title: 'B', openedOn: '2026-01-01' });
    expect(createObject(session, other.id, ICON).exhibitNumber).toBe('E-1');
    const head = createObject(session, caseId, HEAD);
    await expectCaseFileError(
      () =>
        updateObject(session, {
          id: head.id,
          version: 1,
          fields: { ...HEAD, exhibitNumber: 'E-1' },
        }),
      'ALREADY_EXISTS',
    );
  });

  it('updates with field-level audit, re-indexes, and refuses an outdated version', async () => {
    const { session, caseId } = await caseWithSeizure();
    const head = createObject(session, caseId, HEAD);
    const next = updateObject(session, {
      id: head.id,
      version: 1,
      fields: { ...fieldsOf(head), title: 'Глава младића', authenticity: 'genuine' },
    });
    expect(next).toMatchObject({ version: 2, legalStatus: 'seized', caseId });
    expect(auditOf(session, head.id).at(-1)).toEqual({
      action: 'object.update',
      changes: {
        title: { before: '', after: 'Глава младића' },
        authenticity: { before: 'undetermined', after: 'genuine' },
      },
    });
    expect(searchIds(session, 'glava mladica')).toEqual([head.id]);
    await expectCaseFileError(
      () => updateObject(session, { id: head.id, version: 1, fields: fieldsOf(head) }),
      'EDIT_CONFLICT',
    );
    const same = updateObject(session, { id: head.id, version: 2, fields: fieldsOf(next) });
    expect(same.version).toBe(2);
    expect(auditOf(session, head.id).map((a) => a.action)).toEqual([
      'object.create',
      'object.update',
    ]);
  });
});

describe('lots', () => {
  it('splits items out of a lot of 1,200 coins, numbered after it, without changing its count', async () => {
    const { session, caseId, seizureId } = await caseWithSeizure();
    const lot = createObject(session, caseId, { ...HOARD, seizureId });
    const first = splitFromLot(session, { lotId: lot.id, count: 3 });
    expect(first.created.map((o) => o.exhibitNumber)).toEqual(['E-2/1', 'E-2/2', 'E-2/3']);
    expect(first).toMatchObject({ lotCount: 1200, describedItems: 3 });
    expect(first.created[0]).toMatchObject({
      lotId: lot.id,
      seizureId,
      typeL1: 'coins',
      typeL2: null,
      lotCount: null,
      datingText: 'Constantine I',
      countryOfOrigin: 'RS',
      legalStatus: 'seized',
    });
    // A number typed by hand after the lot's is respected: the next split continues after it.
    createObject(session, caseId, {
      ...HOARD,
      exhibitNumber: 'E-2/7',
      lotCount: null,
      typeL2: null,
      lotId: lot.id,
    });
    const one = splitFromLot(session, {
      lotId: lot.id,
      fields: {
        typeL2: 'coins.coin',
        description: 'Follis of Constantine I, mint of Siscia',
        measurements: [{ dimension: 'weight', value: 3.1, unit: 'g' }],
      },
    });
    expect(one.created.map((o) => [o.exhibitNumber, o.title])).toEqual([
      ['E-2/8', 'Coin — Follis of Constantine I, mint of Siscia'],
    ]);
    expect(one.describedItems).toBe(5);
    const view = getObject(session, lot.id);
    expect(view.record.lotCount).toBe(1200);
    expect(view.lot).toMatchObject({ lotCount: 1200, describedItems: 5 });
    expect(view.lot?.items.rows.map((o) => o.exhibitNumber)).toEqual([
      'E-2/1',
      'E-2/2',
      'E-2/3',
      'E-2/7',
      'E-2/8',
    ]);
    const item = getObject(session, one.created[0]?.id ?? '');
    expect(item.partOfLot?.id).toBe(lot.id);
    expect(item.lot).toBeNull();
  });

  it('refuses to describe more items than the lot has left, or to split a single object', async () => {
    const { session, caseId } = await caseWithSeizure();
    const lot = createObject(session, caseId, { ...HOARD, lotCount: 5 });
    splitFromLot(session, { lotId: lot.id, count: 4 });
    const before = listObjects(session, { caseId }).total;
    const e = await expectCaseFileError(
      () => splitFromLot(session, { lotId: lot.id, count: 2 }),
      'NOT_ALLOWED',
    );
    expect(e.details).toMatchObject({ left: 1, requested: 2 });
    expect(listObjects(session, { caseId }).total).toBe(before);
    await expectCaseFileError(
      () =>
        createObject(session, caseId, {
          ...HEAD,
          lotId: lot.id,
          exhibitNumber: 'E-2/9',
          lotCount: 2,
        }),
      'NOT_ALLOWED',
    );
    const single = createObject(session, caseId, HEAD);
    await expectCaseFileError(() => splitFromLot(session, { lotId: single.id }), 'NOT_ALLOWED');
    await expectCaseFileError(
      () => splitFromLot(session, { lotId: lot.id, count: 2, fields: { exhibitNumber: 'X' } }),
      'INVALID_INPUT',
    );
    // The lot's count cannot drop below what is described, nor the lot stop being one.
    for (const lotCount of [3, null]) {
      await expectCaseFileError(
        () => updateObject(session, { id: lot.id, version: 1, fields: { ...HOARD, lotCount } }),
        'NOT_ALLOWED',
      );
    }
    expect(
      updateObject(session, { id: lot.id, version: 1, fields: { ...HOARD, lotCount: 4 } }).lotCount,
    ).toBe(4);
  });

  it('counts a sub-lot by its own count and refuses a lot inside its own items', async () => {
    const { session, caseId } = await caseWithSeizure();
    const hoard = createObject(session, caseId, HOARD);
    const silver = splitFromLot(session, {
      lotId: hoard.id,
      fields: { lotCount: 300, materials: ['silver'], description: 'Silver siliquae of the hoard' },
    }).created[0];
    expect(silver).toMatchObject({ exhibitNumber: 'E-2/1', lotCount: 300 });
    expect(getObject(session, hoard.id).lot?.describedItems).toBe(300);
    expect(
      splitFromLot(session, { lotId: silver?.id ?? '', count: 2 }).created.map(
        (o) => o.exhibitNumber,
      ),
    ).toEqual(['E-2/1/1', 'E-2/1/2']);
    const circle = await expectCaseFileError(
      () =>
        updateObject(session, {
          id: hoard.id,
          version: 1,
          fields: { ...HOARD, lotId: silver?.id },
        }),
      'INVALID_INPUT',
    );
    expect(circle.message).toContain('lotId');
  });
});

describe('object list', () => {
  it('sorts exhibit numbers naturally', () => {
    const numbers = ['E-10', 'e-2', 'E-2/10', 'E-2/2', 'E-1', 'A-100', 'A-20', 'E-02'];
    expect([...numbers].sort((a, b) => (exhibitSortKey(a) < exhibitSortKey(b) ? -1 : 1))).toEqual([
      'A-20',
      'A-100',
      'E-1',
      'E-02',
      'e-2',
      'E-2/2',
      'E-2/10',
      'E-10',
    ]);
  });

  it('pages, filters and sorts small summaries with photo counts and cover', async () => {
    const { session, caseId, seizureId } = await caseWithSeizure();
    const icon = createObject(session, caseId, { ...ICON, seizureId });
    const lot = createObject(session, caseId, { ...HOARD, seizureId });
    const head = createObject(session, caseId, HEAD);
    splitFromLot(session, { lotId: lot.id, count: 2 });
    changeLegalStatus(session, { objectId: head.id, version: 1, to: 'frozen', on: '2026-03-01' });
    // Two photos of the icon; the cover is the first by position.
    const photos: Awaited<ReturnType<typeof ingestAttachment>>[] = [];
    for (const name of ['front.jpg', 'back.jpg']) {
      photos.push(
        await ingestAttachment(session, bytesSource(name, Buffer.from(name)), {
          mediaType: 'image/jpeg',
        }),
      );
    }
    write(session, (tx) => {
      photos.forEach((p, i) => {
        tx.db
          .prepare(
            "INSERT INTO object_photo (id, object_id, attachment_id, role, caption, position, created_at) VALUES (?, ?, ?, 'overall', '', ?, ?)",
          )
          .run(tx.newId(), icon.id, p.id, 1 - i, tx.now.toISOString());
      });
      tx.audit({
        action: 'object.add-photos',
        entityType: 'object',
        entityId: icon.id,
        changes: {},
      });
    });

    const all = listObjects(session, { caseId });
    expect(all.total).toBe(5);
    expect(all.rows.map((o) => o.exhibitNumber)).toEqual(['E-1', 'E-2', 'E-2/1', 'E-2/2', 'E-10']);
    expect(all.rows[0]).toEqual({
      id: icon.id,
      caseId,
      exhibitNumber: 'E-1',
      title: 'Св. Никола',
      typeL1: 'religious',
      typeL2: 'religious.icon',
      legalStatus: 'seized',
      lotCount: null,
      lotId: null,
      seizureId,
      photoCount: 2,
      coverAttachmentId: photos[1]?.id,
      datingText: 'second half of the 16th century',
      countryOfOrigin: 'MK',
      version: 1,
      updatedAt: icon.updatedAt,
    });
    expect(all.rows[1]).toMatchObject({ lotCount: 1200, photoCount: 0, coverAttachmentId: null });

    const page = listObjects(session, { caseId, offset: 1, limit: 2, direction: 'desc' });
    expect(page).toMatchObject({ total: 5 });
    expect(page.rows.map((o) => o.exhibitNumber)).toEqual(['E-2/2', 'E-2/1']);
    const ex = (q: Parameters<typeof listObjects>[1]) =>
      listObjects(session, q).rows.map((o) => o.exhibitNumber);
    expect(ex({ caseId, sort: 'type' })).toEqual(['E-10', 'E-2', 'E-2/1', 'E-2/2', 'E-1']);
    expect(ex({ caseId, sort: 'legalStatus', direction: 'desc' })).toEqual([
      'E-10',
      'E-1',
      'E-2',
      'E-2/1',
      'E-2/2',
    ]);
    expect(ex({ caseId, sort: 'updated', direction: 'desc' })[0]).toBe('E-10');
    expect(ex({ caseId, filters: { typeL1: 'coins' } })).toEqual(['E-2', 'E-2/1', 'E-2/2']);
    expect(ex({ caseId, filters: { legalStatus: ['frozen', 'confiscated'] } })).toEqual(['E-10']);
    expect(ex({ caseId, filters: { seizureId } })).toEqual(['E-1', 'E-2', 'E-2/1', 'E-2/2']);
    expect(ex({ caseId, filters: { lotId: lot.id } })).toEqual(['E-2/1', 'E-2/2']);
    expect(
      ex({ caseId, filters: { updatedFrom: '2026-03-01', updatedTo: '2026-03-01' } }),
    ).toHaveLength(5);
    expect(ex({ caseId, filters: { updatedTo: '2026-02-28' } })).toEqual([]);
    await expectCaseFileError(() => listObjects(session, { caseId, limit: 501 }), 'INVALID_INPUT');
    await expectCaseFileError(() => listObjects(session, { caseId: NOWHERE }), 'NOT_FOUND');
    await expectCaseFileError(
      () => listObjects(session, { caseId, filters: { legalStatus: ['lost' as 'seized'] } }),
      'INVALID_INPUT',
    );
  });

  it('chooses a page of a large case on the index, reading only that page', async () => {
    const { session, caseId } = await caseWithSeizure();
    const lot = createObject(session, caseId, HOARD);
    // Every one of the 1,200 coins described: the lot is then fully accounted for.
    expect(splitFromLot(session, { lotId: lot.id, count: 1200 }).describedItems).toBe(1200);
    await expectCaseFileError(() => splitFromLot(session, { lotId: lot.id }), 'NOT_ALLOWED');
    const first = listObjects(session, { caseId, limit: 100 });
    expect(first.total).toBe(1201);
    expect(first.rows).toHaveLength(100);
    expect(first.rows.map((o) => o.exhibitNumber).slice(0, 4)).toEqual([
      'E-2',
      'E-2/1',
      'E-2/2',
      'E-2/3',
    ]);
    const last = listObjects(session, { caseId, offset: 1199, limit: 500 });
    expect(last.rows.map((o) => o.exhibitNumber)).toEqual(['E-2/1199', 'E-2/1200']);
    // No timing here (bench/ measures): the plan shows the exhibit order comes from the index,
    // with no sort of the whole case, and the count from the index alone.
    const plan = (sql: string) =>
      (session.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(caseId) as Array<{ detail: string }>)
        .map((r) => r.detail)
        .join('\n');
    const pagePlan = plan(
      'SELECT o.rowid FROM seized_object o WHERE o.case_id = ? ORDER BY o.exhibit_sort, o.rowid LIMIT 100',
    );
    expect(pagePlan).toContain('USING COVERING INDEX seized_object_list');
    expect(pagePlan).not.toContain('TEMP B-TREE');
    expect(plan('SELECT count(*) FROM seized_object o WHERE o.case_id = ?')).toContain(
      'COVERING INDEX',
    );
  });
});

describe('legal status', () => {
  it('follows the allowed moves, dated and referenced, with the history kept', async () => {
    const { session, caseId, seizureId } = await caseWithSeizure();
    const icon = createObject(session, caseId, { ...ICON, seizureId });
    let v = changeLegalStatus(session, {
      objectId: icon.id,
      version: 1,
      to: 'frozen',
      on: '2026-02-12',
      reference: 'Kpp 45/26, Osnovni sud Subotica',
    });
    expect(auditOf(session, icon.id).at(-1)).toEqual({
      action: 'object.change-legal-status',
      changes: { legalStatus: { before: 'seized', after: 'frozen' } },
    });
    v = changeLegalStatus(session, {
      objectId: icon.id,
      version: v.version,
      to: 'confiscated',
      on: '2026-06-30',
    });
    await expectCaseFileError(
      () =>
        changeLegalStatus(session, {
          objectId: icon.id,
          version: v.version,
          to: 'frozen',
          on: '2026-07-01',
        }),
      'NOT_ALLOWED',
    );
    v = changeLegalStatus(session, {
      objectId: icon.id,
      version: v.version,
      to: 'restituted',
      on: '2026-09-15',
      note: 'Handed over to the Ministry of Culture of North Macedonia',
    });
    await expectCaseFileError(
      () =>
        changeLegalStatus(session, {
          objectId: icon.id,
          version: v.version,
          to: 'frozen',
          on: '2026-10-01',
        }),
      'NOT_ALLOWED',
    );
    // A re-seizure is the one way out of a final status.
    v = changeLegalStatus(session, {
      objectId: icon.id,
      version: v.version,
      to: 'seized',
      on: '2026-10-01',
    });
    expect(v.legalStatus).toBe('seized');
    expect(legalStatusHistory(session.db, icon.id).map((h) => `${h.from}→${h.to}@${h.on}`)).toEqual(
      [
        'null→seized@2026-02-10',
        'seized→frozen@2026-02-12',
        'frozen→confiscated@2026-06-30',
        'confiscated→restituted@2026-09-15',
        'restituted→seized@2026-10-01',
      ],
    );
    const view = getObject(session, icon.id);
    expect(view.allowedLegalStatuses).toEqual([
      'frozen',
      'confiscated',
      'returned',
      'restituted',
      'released',
    ]);
    expect(view.legalStatusHistory[1]).toMatchObject({
      reference: 'Kpp 45/26, Osnovni sud Subotica',
      recordedBy: 'Ana Petrović',
    });
  });

  it('refuses a date before the last change and an outdated version; the history is append-only', async () => {
    const { session, caseId, seizureId } = await caseWithSeizure();
    const icon = createObject(session, caseId, { ...ICON, seizureId });
    const early = await expectCaseFileError(
      () =>
        changeLegalStatus(session, {
          objectId: icon.id,
          version: 1,
          to: 'frozen',
          on: '2026-02-01',
        }),
      'INVALID_INPUT',
    );
    expect(early.message).toContain('on');
    changeLegalStatus(session, { objectId: icon.id, version: 1, to: 'frozen', on: '2026-02-10' });
    await expectCaseFileError(
      () =>
        changeLegalStatus(session, {
          objectId: icon.id,
          version: 1,
          to: 'released',
          on: '2026-03-01',
        }),
      'EDIT_CONFLICT',
    );
    expect(legalStatusHistory(session.db, icon.id)).toHaveLength(2);
    expect(() =>
      session.db.prepare("UPDATE legal_status_change SET to_status = 'released'").run(),
    ).toThrow(/append-only/);
    expect(() => session.db.prepare('DELETE FROM legal_status_change').run()).toThrow(
      /append-only/,
    );
  });
});

describe('external checks', () => {
  it('records checks against stolen-art databases, flags a no hit, and audits edits', async () => {
    const { session, caseId } = await caseWithSeizure();
    const icon = createObject(session, caseId, ICON);
    const certificate = await ingestAttachment(
      session,
      bytesSource('swoa-certificate.pdf', Buffer.from('%PDF-1.4 certificate')),
      { mediaType: 'application/pdf' },
    );
    const swoa = addCheck(session, icon.id, {
      database: 'interpol-swoa',
      checkedOn: '2026-02-11',
      checkedBy: 'Ивана Стојановић',
      queryKind: 'text_and_image',
      query: 'icon St Nicholas 16th c.',
      result: 'no_hit',
      certificateAttachmentId: certificate.id,
    });
    expect(swoa).toMatchObject({ objectId: icon.id, noHitDisclaimer: true, version: 1 });
    const national = addCheck(session, icon.id, {
      database: 'national',
      checkedOn: '2026-02-12',
      checkedBy: 'Marko Jovanović',
      queryKind: 'text',
      result: 'possible_match',
    });
    expect(national.noHitDisclaimer).toBe(false);
    const {
      id: _i,
      version: _v,
      createdAt: _c,
      updatedAt: _u,
      objectId: _o,
      noHitDisclaimer: _n,
      ...fields
    } = national;
    const hit = updateCheck(session, {
      id: national.id,
      version: 1,
      fields: { ...fields, result: 'hit', reference: 'MK-KU-2019-0044' },
    });
    expect(hit).toMatchObject({ version: 2, result: 'hit', noHitDisclaimer: false });
    expect(auditOf(session, national.id).at(-1)).toEqual({
      action: 'external_check.update',
      changes: {
        result: { before: 'possible_match', after: 'hit' },
        reference: { before: '', after: 'MK-KU-2019-0044' },
      },
    });
    await expectCaseFileError(
      () => updateCheck(session, { id: national.id, version: 1, fields }),
      'EDIT_CONFLICT',
    );
    expect(listChecks(session, icon.id).map((c) => c.database)).toEqual([
      'interpol-swoa',
      'national',
    ]);
    expect(getObject(session, icon.id).checks).toHaveLength(2);
  });

  it('refuses an unknown database, a missing certificate, an unknown object and an empty checker', async () => {
    const { session, caseId } = await caseWithSeizure();
    const icon = createObject(session, caseId, ICON);
    const check = {
      database: 'art-loss-register',
      checkedOn: '2026-02-11',
      checkedBy: 'Marko Jovanović',
      queryKind: 'image' as const,
      result: 'no_hit' as const,
    };
    const refused: Array<[Record<string, unknown>, string]> = [
      [{ ...check, database: 'google' }, 'database'],
      [{ ...check, certificateAttachmentId: NOWHERE }, 'certificateAttachmentId'],
      [{ ...check, checkedBy: ' ' }, 'checkedBy'],
    ];
    for (const [fields, field] of refused) {
      const e = await expectCaseFileError(
        () => addCheck(session, icon.id, fields as typeof check),
        'INVALID_INPUT',
      );
      expect(e.message).toContain(field);
    }
    await expectCaseFileError(() => addCheck(session, NOWHERE, check), 'NOT_FOUND');
    expect(listChecks(session, icon.id)).toEqual([]);
  });
});

const fixtures: IpcFixture[] = [];
afterEach(() => {
  for (const f of fixtures.splice(0)) f.services.dispose();
});

describe('object channels', () => {
  it('answers seizure: and object: requests through the IPC envelope', async () => {
    const f = ipcFixture();
    fixtures.push(f);
    const created = await f.ipc.invoke('casefile:create', {
      path: path.join(f.dir, 'objects.custodia'),
      operatorName: 'Ana Petrović',
      passphrase: PASSPHRASE,
    });
    expect(created.ok).toBe(true);
    const c = await f.ipc.invoke('case:create', {
      fields: {
        reference: 'ITCG-2026-0031',
        title: 'Coins from Viminacium',
        openedOn: '2026-02-01',
      },
    });
    if (!c.ok) throw new Error(c.error.message);
    const s = await f.ipc.invoke('seizure:create', {
      caseId: c.value.id,
      fields: { reference: 'PS-3/26', seizedAt: '2026-02-02T10:15', legalBasis: 'search-warrant' },
    });
    if (!s.ok) throw new Error(s.error.message);
    const lot = await f.ipc.invoke('object:create', {
      caseId: c.value.id,
      fields: { ...HOARD, seizureId: s.value.id },
    });
    if (!lot.ok) throw new Error(lot.error.message);
    const split = await f.ipc.invoke('object:split-lot', { lotId: lot.value.id, count: 2 });
    expect(split).toMatchObject({ ok: true, value: { describedItems: 2, lotCount: 1200 } });
    const custody = await f.ipc.invoke('object:add-custody', {
      objectId: lot.value.id,
      fields: { action: 'store', at: '2026-02-02T14:00', location: 'Magacin dokaza 2, polica B' },
    });
    expect(custody).toMatchObject({
      ok: true,
      value: {
        entry: { seq: 1, correctedBy: null },
        custody: { current: { location: 'Magacin dokaza 2, polica B' } },
      },
    });
    const list = await f.ipc.invoke('object:list', { caseId: c.value.id, sort: 'exhibit' });
    expect(list.ok && list.value.rows.map((o) => o.exhibitNumber)).toEqual([
      'E-2',
      'E-2/1',
      'E-2/2',
    ]);
    const view = await f.ipc.invoke('object:get', { id: lot.value.id });
    expect(view.ok && view.value.seizure?.itemCount).toBe(1200);
    const seizures = await f.ipc.invoke('seizure:list', { caseId: c.value.id });
    expect(seizures.ok && seizures.value.map((x) => x.objectCount)).toEqual([3]);
    const bad = await f.ipc.invoke('object:create', {
      caseId: c.value.id,
      fields: { ...HOARD, exhibitNumber: 'E-3', typeL2: 'religious.icon' },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(bad.ok || bad.error.message).toContain('typeL2');
    const status = await f.ipc.invoke('object:change-legal-status', {
      objectId: lot.value.id,
      version: 1,
      to: 'returned',
      on: '2026-02-01',
    });
    expect(status).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
