import { describe, expect, it } from 'vitest';
import { write, type CaseFileSession } from '../../../src/main/core';
import { createCase } from '../../../src/main/core/cases/cases';
import {
  createObject,
  createSeizure,
  getSeizure,
  listSeizures,
  splitFromLot,
  updateSeizure,
} from '../../../src/main/core/objects';
import { setVocabularyRetired } from '../../../src/main/core/vocab/vocabulary';
import type { SeizureFieldsInput, SeizureRecord } from '../../../src/shared/domain/seizure';
import { toFtsQuery } from '../../../src/shared/search/query';
import { expectCaseFileError, newCaseFile } from '../../helpers/case-files';

function auditOf(session: CaseFileSession, entityId: string) {
  return (
    session.db
      .prepare('SELECT action, changes FROM audit_log WHERE entity_id = ? ORDER BY seq')
      .all(entityId) as Array<{ action: string; changes: string }>
  ).map((r) => ({ action: r.action, changes: JSON.parse(r.changes) as Record<string, unknown> }));
}

/** Parties belong to another service; a bare audited row is all a seizure needs to point at. */
function addParty(session: CaseFileSession, name: string): string {
  return write(session, (tx) => {
    const id = tx.newId();
    const at = tx.now.toISOString();
    tx.db
      .prepare(
        "INSERT INTO party (id, kind, name, merged_into, data, version, created_at, updated_at) VALUES (?, 'person', ?, NULL, '{}', 1, ?, ?)",
      )
      .run(id, name, at, at);
    tx.audit({
      action: 'party.create',
      entityType: 'party',
      entityId: id,
      changes: { name: { before: null, after: name } },
    });
    return id;
  });
}

function searchIds(session: CaseFileSession, text: string): string[] {
  return session.db
    .prepare("SELECT entity_id FROM search_index WHERE search_index MATCH ? AND kind = 'seizure'")
    .pluck()
    .all(toFtsQuery(text)) as string[];
}

function newCase(session: CaseFileSession, reference = 'ITCG-2026-0007') {
  return createCase(session, {
    reference,
    title: 'Кријумчарење икона — Horgoš',
    openedOn: '2026-02-10',
  });
}

const HORGOS: SeizureFieldsInput = {
  reference: 'ZP-14/2026',
  seizedAt: '2026-02-10T06:30+01:00',
  place: { address: 'Granični prelaz Horgoš, Kanjiža', country: 'RS' },
  legalBasis: 'customs-control',
  legalBasisReference: 'Carinski zakon, čl. 85',
  authority: 'Управа царина — Царинарница Суботица',
  officers: ['Marko Jovanović', 'Ивана Стојановић', ' '],
  sealNumbers: ['UC-0048812'],
  holderPresent: true,
  holder: { partyId: null, name: 'Dragan Nikolić' },
  receiptIssued: true,
  receiptNumber: 'P-331',
  shipment: {
    consignee: { partyId: null, name: 'Kunsthandel Adler GmbH, München' },
    carrier: 'Trans-Balkan Kurir d.o.o.',
    routeLegs: [{ from: 'Skopje', to: 'München', mode: 'road', departedOn: '2026-02-09' }],
    transportDocuments: [{ kind: 'cmr', number: 'CMR 0934471' }],
    borderCrossingPoint: 'Horgoš–Röszke',
    declaration: {
      number: '26RS0031000145',
      hsCode: '9706 00 00',
      declaredDescription: 'Decorative wall panel, modern reproduction',
      declaredValue: { amount: '150.00', currency: 'EUR' },
    },
  },
};

function fieldsOf(s: SeizureRecord): SeizureFieldsInput {
  const { id: _i, version: _v, createdAt: _c, updatedAt: _u, caseId: _k, ...fields } = s;
  return fields;
}

describe('seizures', () => {
  it('records a border seizure with its shipment, audits every field and indexes its text', async () => {
    const { session } = await newCaseFile();
    const c = newCase(session);
    const s = createSeizure(session, c.id, HORGOS);
    expect(s).toMatchObject({ caseId: c.id, version: 1, reference: 'ZP-14/2026' });
    expect(s.officers).toEqual(['Marko Jovanović', 'Ивана Стојановић']);
    expect(s.shipment?.declaration?.hsCode).toBe('9706 00 00');
    const [created] = auditOf(session, s.id);
    expect(created?.action).toBe('seizure.create');
    expect(created?.changes['authority']).toEqual({ before: null, after: HORGOS.authority });
    for (const text of ['UC-0048812', 'CMR 0934471', 'Trans-Balkan', 'wall panel', 'stojanovic']) {
      expect(searchIds(session, text), text).toEqual([s.id]);
    }
  });

  it('refuses an unknown legal basis and a retired one for a new seizure, naming the field', async () => {
    const { session } = await newCaseFile();
    const c = newCase(session);
    const unknown = await expectCaseFileError(
      () => createSeizure(session, c.id, { ...HORGOS, legalBasis: 'hunch' }),
      'INVALID_INPUT',
    );
    expect(unknown.message).toContain('legalBasis');
    const s = createSeizure(session, c.id, HORGOS);
    setVocabularyRetired(session, { kind: 'legal_basis', code: 'customs-control', retired: true });
    await expectCaseFileError(
      () => createSeizure(session, c.id, { ...HORGOS, reference: 'ZP-15/2026' }),
      'INVALID_INPUT',
    );
    // A seizure that already had the retired basis can still be saved.
    const next = updateSeizure(session, {
      id: s.id,
      version: 1,
      fields: { ...fieldsOf(s), notes: 'Sealed crate, 3 icons' },
    });
    expect(next.version).toBe(2);
    expect(listSeizures(session, c.id)).toHaveLength(1);
  });

  it('accepts parties of the case file as holder, consignor and consignee, and refuses unknown ones', async () => {
    const { session } = await newCaseFile();
    const c = newCase(session);
    const holder = addParty(session, 'Драган Николић');
    const s = createSeizure(session, c.id, {
      ...HORGOS,
      holder: { partyId: holder, name: 'Dragan Nikolić' },
      shipment: { ...HORGOS.shipment, consignor: { partyId: holder, name: '' } },
    });
    expect(s.holder.partyId).toBe(holder);
    const missing = '00000000-0000-4000-8000-00000000ffff';
    const e1 = await expectCaseFileError(
      () =>
        createSeizure(session, c.id, {
          ...HORGOS,
          reference: 'ZP-2',
          holder: { partyId: missing, name: '' },
        }),
      'INVALID_INPUT',
    );
    expect(e1.message).toContain('holder.partyId');
    const e2 = await expectCaseFileError(
      () =>
        createSeizure(session, c.id, {
          ...HORGOS,
          reference: 'ZP-3',
          shipment: { ...HORGOS.shipment, consignee: { partyId: missing, name: '' } },
        }),
      'INVALID_INPUT',
    );
    expect(e2.details?.['issues']).toEqual([
      { path: ['shipment', 'consignee', 'partyId'], message: expect.any(String) },
    ]);
    expect(listSeizures(session, c.id)).toHaveLength(1);
  });

  it('keeps record numbers unique within a case but not across cases', async () => {
    const { session } = await newCaseFile();
    const c = newCase(session);
    const other = newCase(session, 'ITCG-2026-0008');
    createSeizure(session, c.id, HORGOS);
    const e = await expectCaseFileError(
      () => createSeizure(session, c.id, HORGOS),
      'ALREADY_EXISTS',
    );
    expect(e.message).toContain('ZP-14/2026');
    expect(createSeizure(session, other.id, HORGOS).caseId).toBe(other.id);
    await expectCaseFileError(
      () => createSeizure(session, '00000000-0000-4000-8000-00000000ffff', HORGOS),
      'NOT_FOUND',
    );
  });

  it('updates with field-level audit, re-indexes, and refuses an outdated version', async () => {
    const { session } = await newCaseFile();
    const c = newCase(session);
    const s = createSeizure(session, c.id, HORGOS);
    const next = updateSeizure(session, {
      id: s.id,
      version: 1,
      fields: { ...fieldsOf(s), sealNumbers: ['UC-0048812', 'UC-0048813'] },
    });
    expect(next.version).toBe(2);
    expect(auditOf(session, s.id).at(-1)).toEqual({
      action: 'seizure.update',
      changes: {
        sealNumbers: { before: ['UC-0048812'], after: ['UC-0048812', 'UC-0048813'] },
      },
    });
    expect(searchIds(session, 'UC-0048813')).toEqual([s.id]);
    await expectCaseFileError(
      () => updateSeizure(session, { id: s.id, version: 1, fields: fieldsOf(s) }),
      'EDIT_CONFLICT',
    );
    await expectCaseFileError(
      () =>
        updateSeizure(session, { id: s.id, version: 2, fields: { ...fieldsOf(s), reference: '' } }),
      'INVALID_INPUT',
    );
  });

  it('lists seizures with object and item counts, and shows a seizure with its objects', async () => {
    const { session } = await newCaseFile();
    const c = newCase(session);
    const s = createSeizure(session, c.id, HORGOS);
    const empty = createSeizure(session, c.id, {
      ...HORGOS,
      reference: 'ZP-09/2026',
      seizedAt: '2026-01-20T10:00+01:00',
      shipment: null,
    });
    createObject(session, c.id, {
      exhibitNumber: 'E-1',
      seizureId: s.id,
      typeL1: 'religious',
      typeL2: 'religious.icon',
      title: 'Св. Никола',
    });
    const lot = createObject(session, c.id, {
      exhibitNumber: 'E-2',
      seizureId: s.id,
      typeL1: 'coins',
      typeL2: 'coins.hoard',
      lotCount: 1200,
      description: 'Hoard of Roman bronze coins',
    });
    splitFromLot(session, { lotId: lot.id, count: 3 });
    const list = listSeizures(session, c.id);
    expect(list.map((x) => [x.reference, x.objectCount, x.itemCount])).toEqual([
      ['ZP-09/2026', 0, 0],
      ['ZP-14/2026', 5, 1201],
    ]);
    const view = getSeizure(session, s.id);
    expect(view.record.id).toBe(s.id);
    expect(view.objects.total).toBe(5);
    expect(view.objects.rows.map((o) => o.exhibitNumber)).toEqual([
      'E-1',
      'E-2',
      'E-2/1',
      'E-2/2',
      'E-2/3',
    ]);
    expect(getSeizure(session, empty.id).objects).toEqual({ total: 0, rows: [] });
    await expectCaseFileError(
      () => getSeizure(session, '00000000-0000-4000-8000-00000000ffff'),
      'NOT_FOUND',
    );
  });
});
