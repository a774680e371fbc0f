import { describe, expect, it } from 'vitest';
import type { CaseFileSession } from '../../../src/main/core';
import { createCase } from '../../../src/main/core/cases/cases';
import {
  addCustodyEntry,
  createObject,
  createSeizure,
  custodyOf,
  getObject,
} from '../../../src/main/core/objects';
import { deriveCurrent } from '../../../src/main/core/objects/custody';
import { compareDateTimes } from '../../../src/main/core/objects/references';
import type { CustodyEntryView } from '../../../src/shared/domain/object-views';
import { expectCaseFileError, newCaseFile } from '../../helpers/case-files';

function auditOf(session: CaseFileSession, entityId: string) {
  return (
    session.db
      .prepare('SELECT action, changes FROM audit_log WHERE entity_id = ? ORDER BY seq')
      .all(entityId) as Array<{ action: string; changes: string }>
  ).map((r) => ({ action: r.action, changes: JSON.parse(r.changes) as Record<string, unknown> }));
}

/** A marble head seized at a house search in Bitola, 2026-02-10 06:30 local time. */
async function seizedHead() {
  const { session } = await newCaseFile();
  const c = createCase(session, {
    reference: 'ITCG-2026-0019',
    title: 'Мермерна глава — Битола',
    openedOn: '2026-02-09',
  });
  const seizure = createSeizure(session, c.id, {
    reference: 'PS-88/26',
    seizedAt: '2026-02-10T06:30',
    legalBasis: 'search-warrant',
  });
  const head = createObject(session, c.id, {
    exhibitNumber: 'E-10',
    seizureId: seizure.id,
    typeL1: 'archaeological',
    typeL2: 'archaeological.sculpture',
    description: 'Marble head of a young man, Roman',
  });
  return { session, caseId: c.id, head };
}

describe('chain of custody', () => {
  it('appends numbered entries, each audited, and derives where the object is now', async () => {
    const { session, head } = await seizedHead();
    const entries = [
      {
        action: 'collect',
        at: '2026-02-10T07:05',
        to: 'insp. Zoran Trajkovski',
        location: 'ul. Širok Sokak 12, Bitola',
      },
      {
        action: 'package_seal',
        at: '2026-02-10T07:40',
        condition: 'Broken at the neck, old break',
        newSealNumber: 'MVR-BT-00417',
      },
      {
        action: 'store',
        at: '2026-02-10T11:20',
        from: 'insp. Zoran Trajkovski',
        location: 'Магацин за докази, СВР Битола, полица Б-3',
        sealCheck: 'intact',
      },
      {
        action: 'check_out',
        at: '2026-02-18T09:00',
        to: 'NU Zavod i muzej Bitola — d-r Elena Stojanovska',
        purpose: 'expert examination (marble provenance)',
        authority: 'Naredba Kpp 12/26',
        sealCheck: 'intact',
      },
    ] as const;
    const added = entries.map((e) => addCustodyEntry(session, head.id, e));
    expect(added.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(added[0]).toMatchObject({ objectId: head.id, recordedBy: 'Ana Petrović' });
    expect(auditOf(session, added[3]?.id ?? '')).toEqual([
      {
        action: 'custody.add',
        changes: expect.objectContaining({
          objectId: { before: null, after: head.id },
          seq: { before: null, after: 4 },
          to: { before: null, after: 'NU Zavod i muzej Bitola — d-r Elena Stojanovska' },
        }),
      },
    ]);
    const stored = custodyOf(session, head.id);
    expect(stored.current).toEqual({
      location: '',
      custodian: 'NU Zavod i muzej Bitola — d-r Elena Stojanovska',
      sealNumber: 'MVR-BT-00417',
      lastAction: 'check_out',
      at: '2026-02-18T09:00',
    });
    // Back in the store, under a new seal after the examination.
    addCustodyEntry(session, head.id, {
      action: 'store',
      at: '2026-03-02T10:00',
      location: 'Магацин за докази, СВР Битола, полица Б-3',
      sealCheck: 'broken',
      newSealNumber: 'MVR-BT-00502',
    });
    expect(getObject(session, head.id).custody.current).toEqual({
      location: 'Магацин за докази, СВР Битола, полица Б-3',
      custodian: 'Магацин за докази, СВР Битола, полица Б-3',
      sealNumber: 'MVR-BT-00502',
      lastAction: 'store',
      at: '2026-03-02T10:00',
    });
  });

  it('needs a recipient for a transfer or check-out, a location to store, and a word on a broken seal', async () => {
    const { session, head } = await seizedHead();
    const refused: Array<[Parameters<typeof addCustodyEntry>[2], string]> = [
      [{ action: 'transfer', at: '2026-02-11T10:00', from: 'SVR Bitola' }, 'to'],
      [{ action: 'check_out', at: '2026-02-11T10:00', purpose: 'court' }, 'to'],
      [{ action: 'store', at: '2026-02-11T10:00', to: 'Evidence officer' }, 'location'],
      [
        { action: 'examine', at: '2026-02-11T10:00', sealCheck: 'broken', note: '   ' },
        'newSealNumber',
      ],
      [{ action: 'collect', at: '2026-02-11 10:00' }, 'at'],
    ];
    for (const [fields, field] of refused) {
      const e = await expectCaseFileError(
        () => addCustodyEntry(session, head.id, fields),
        'INVALID_INPUT',
      );
      expect(e.message, field).toContain(`(${field})`);
    }
    expect(custodyOf(session, head.id).entries).toEqual([]);
    const noted = addCustodyEntry(session, head.id, {
      action: 'examine',
      at: '2026-02-11T10:00',
      sealCheck: 'broken',
      note: 'Seal cut by the court expert in the presence of the prosecutor; resealed in a new bag',
    });
    expect(noted.seq).toBe(1);
    expect(
      addCustodyEntry(session, head.id, {
        action: 'transfer',
        at: '2026-02-12T08:00',
        to: 'Osnovni sud Bitola',
      }).seq,
    ).toBe(2);
  });

  it('refuses an entry dated before the seizure, but lets a correction go there', async () => {
    const { session, caseId, head } = await seizedHead();
    const early = await expectCaseFileError(
      () =>
        addCustodyEntry(session, head.id, {
          action: 'collect',
          at: '2026-02-10T06:00',
          to: 'insp. Zoran Trajkovski',
        }),
      'INVALID_INPUT',
    );
    expect(early.message).toContain('(at)');
    const wrong = addCustodyEntry(session, head.id, {
      action: 'collect',
      at: '2026-02-10T07:05',
      to: 'insp. Zoran Trajkovski',
    });
    // The collection was in fact logged at the door, before the seizure record was closed.
    const fix = addCustodyEntry(session, head.id, {
      action: 'collect',
      at: '2026-02-10T06:10',
      to: 'insp. Zoran Trajkovski',
      note: 'Time taken from the body-camera log',
      correctsEntryId: wrong.id,
    });
    expect(fix.correctsEntryId).toBe(wrong.id);
    expect(auditOf(session, fix.id)[0]?.action).toBe('custody.correct');
    // An object without a seizure has no lower bound.
    const loose = createObject(session, caseId, { exhibitNumber: 'E-11', typeL1: 'other' });
    expect(
      addCustodyEntry(session, loose.id, { action: 'store', at: '2019-05-01T12:00', location: 'A' })
        .seq,
    ).toBe(1);
  });

  it('derives the current location without a corrected entry, which stays listed', async () => {
    const { session, caseId, head } = await seizedHead();
    addCustodyEntry(session, head.id, {
      action: 'collect',
      at: '2026-02-10T07:05',
      to: 'insp. Z.T.',
    });
    const store = addCustodyEntry(session, head.id, {
      action: 'store',
      at: '2026-02-10T11:20',
      location: 'Evidence room 1, shelf A-1',
    });
    addCustodyEntry(session, head.id, {
      action: 'examine',
      at: '2026-02-12T09:00',
      purpose: 'photography with scale',
    });
    expect(custodyOf(session, head.id).current?.location).toBe('Evidence room 1, shelf A-1');
    // The shelf was wrong; the correction keeps the original time, so the later examination
    // still comes after it.
    const fix = addCustodyEntry(session, head.id, {
      action: 'store',
      at: '2026-02-10T11:20',
      location: 'Evidence room 1, shelf C-4',
      correctsEntryId: store.id,
    });
    const view = custodyOf(session, head.id);
    expect(view.entries.map((e) => [e.seq, e.correctedBy])).toEqual([
      [1, null],
      [2, fix.id],
      [3, null],
      [4, null],
    ]);
    expect(view.current).toMatchObject({
      location: 'Evidence room 1, shelf C-4',
      lastAction: 'examine',
      at: '2026-02-12T09:00',
    });
    // One correction per entry; a correction must concern the same object.
    const twice = await expectCaseFileError(
      () =>
        addCustodyEntry(session, head.id, {
          action: 'store',
          at: '2026-02-10T11:20',
          location: 'Evidence room 2',
          correctsEntryId: store.id,
        }),
      'INVALID_INPUT',
    );
    expect(twice.message).toContain('correctsEntryId');
    const other = createObject(session, caseId, { exhibitNumber: 'E-12', typeL1: 'other' });
    await expectCaseFileError(
      () =>
        addCustodyEntry(session, other.id, {
          action: 'store',
          at: '2026-02-10T11:20',
          location: 'X',
          correctsEntryId: fix.id,
        }),
      'INVALID_INPUT',
    );
    expect(
      addCustodyEntry(session, head.id, {
        action: 'store',
        at: '2026-02-10T11:20',
        location: 'Evidence room 1, shelf C-5',
        correctsEntryId: fix.id,
      }).seq,
    ).toBe(5);
    expect(custodyOf(session, head.id).current?.location).toBe('Evidence room 1, shelf C-5');
  });

  it('is append-only in the database itself: UPDATE and DELETE are refused', async () => {
    const { session, head } = await seizedHead();
    const entry = addCustodyEntry(session, head.id, {
      action: 'store',
      at: '2026-02-10T11:20',
      location: 'Evidence room 1',
    });
    expect(() =>
      session.db
        .prepare("UPDATE custody_entry SET at = '2026-01-01T00:00' WHERE id = ?")
        .run(entry.id),
    ).toThrow(/append-only/);
    expect(() =>
      session.db.prepare('DELETE FROM custody_entry WHERE id = ?').run(entry.id),
    ).toThrow(/append-only/);
    expect(custodyOf(session, head.id).entries[0]?.at).toBe('2026-02-10T11:20');
    await expectCaseFileError(
      () => custodyOf(session, '00000000-0000-4000-8000-00000000ffff'),
      'NOT_FOUND',
    );
  });
});

describe('custody derivation', () => {
  const entry = (over: Partial<CustodyEntryView>): CustodyEntryView => ({
    id: `00000000-0000-4000-8000-00000000000${over.seq ?? 1}`,
    objectId: '00000000-0000-4000-8000-0000000000aa',
    seq: 1,
    action: 'examine',
    at: '2026-02-10T10:00',
    from: '',
    to: '',
    location: '',
    purpose: '',
    authority: '',
    condition: '',
    sealCheck: 'not_applicable',
    newSealNumber: '',
    note: '',
    correctsEntryId: null,
    recordedAt: '2026-03-01T08:00:00.000Z',
    recordedBy: 'Ana Petrović',
    correctedBy: null,
    ...over,
  });

  it('follows the time of the events, not the order they were recorded in', () => {
    const current = deriveCurrent([
      entry({ seq: 1, action: 'store', at: '2026-02-10T11:00', location: 'Room 1' }),
      entry({ seq: 2, action: 'transfer', at: '2026-02-20T09:00', to: 'Museum of Macedonia' }),
      // Recorded late: a move to another room that happened before the transfer.
      entry({ seq: 3, action: 'store', at: '2026-02-15T09:00', location: 'Room 2' }),
    ]);
    expect(current).toMatchObject({
      location: '',
      custodian: 'Museum of Macedonia',
      at: '2026-02-20T09:00',
    });
    expect(deriveCurrent([])).toBeNull();
  });

  it('compares date-times as instants when both carry an offset, else as written', () => {
    expect(compareDateTimes('2026-02-10T06:30+01:00', '2026-02-10T05:45Z')).toBeLessThan(0);
    expect(compareDateTimes('2026-02-10T06:30', '2026-02-10T06:30:00')).toBe(0);
    expect(compareDateTimes('2026-02-10T06:30', '2026-02-10T06:29:59')).toBeGreaterThan(0);
  });
});
