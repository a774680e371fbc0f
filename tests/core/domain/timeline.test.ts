import { describe, expect, it } from 'vitest';
import { createParty } from '../../../src/main/core';
import { changeCaseStatus, createCase } from '../../../src/main/core/cases/cases';
import { recordDocument } from '../../../src/main/core/documents';
import { addCustodyEntry, createObject, createSeizure } from '../../../src/main/core/objects';
import {
  addClaim,
  addEvent,
  caseTimeline,
  partialDateSpan,
} from '../../../src/main/core/provenance';
import type { TimelineItem } from '../../../src/shared/domain/timeline';
import { expectCaseFileError, newCaseFile } from '../../helpers/case-files';

const NOWHERE = '00000000-0000-4000-8000-00000000ffff';

describe('partialDateSpan', () => {
  it('reads a year, a month (leap years right) and a day', () => {
    expect(partialDateSpan('1998')).toEqual({
      text: '1998',
      botb: '1998-01-01',
      eotb: '1998-12-31',
      bote: '1998-01-01',
      eote: '1998-12-31',
    });
    expect(partialDateSpan('2024-02')).toMatchObject({ botb: '2024-02-01', eote: '2024-02-29' });
    expect(partialDateSpan('2023-02')).toMatchObject({ botb: '2023-02-01', eote: '2023-02-28' });
    expect(partialDateSpan('2011-06-03')).toMatchObject({
      botb: '2011-06-03',
      eotb: '2011-06-03',
      bote: '2011-06-03',
      eote: '2011-06-03',
    });
  });
});

describe('case timeline', () => {
  it('puts every dated kind on one axis with its span, objects and parties', async () => {
    const { session } = await newCaseFile();
    const c = createCase(session, {
      reference: 'ITCG-2026-0061',
      title: 'Coins and an icon — Beograd',
      openedOn: '2026-02-01',
    });
    const holder = createParty(session, {
      kind: 'person',
      givenNames: 'Marko',
      familyName: 'Petrović',
    });
    const gallery = createParty(session, {
      kind: 'organisation',
      name: 'Galerie Hermès',
      organisationType: 'gallery',
    });
    const dealer = createParty(session, {
      kind: 'organisation',
      name: 'Antiquitäten Huber',
      organisationType: 'dealer',
    });
    const seizure = createSeizure(session, c.id, {
      reference: 'PS-3/26',
      seizedAt: '2026-02-02T10:15+01:00',
      legalBasis: 'search-warrant',
      place: { address: 'Knez Mihailova 12, Beograd' },
      holder: { partyId: holder.id },
    });
    const icon = createObject(session, c.id, {
      exhibitNumber: 'E-1',
      seizureId: seizure.id,
      typeL1: 'religious',
      typeL2: 'religious.icon',
      title: 'Св. Никола',
    });
    const coin = createObject(session, c.id, {
      exhibitNumber: 'E-2',
      typeL1: 'coins',
      description: 'Denarius of Trajan',
    });
    // An object of another case never shows.
    const other = createCase(session, {
      reference: 'ITCG-2026-0062',
      title: 'Other',
      openedOn: '2026-02-01',
    });
    const stranger = createObject(session, other.id, { exhibitNumber: 'E-1', typeL1: 'coins' });
    addEvent(session, { objectId: stranger.id, fields: { type: 'sale', date: '1990' } });

    const sale = addEvent(session, {
      objectId: icon.id,
      fields: {
        type: 'sale',
        date: 'c. 1965',
        fromParty: { name: 'Jovan Petrović' },
        toParty: { partyId: gallery.id },
        agent: { partyId: dealer.id },
        agentRole: 'dealer',
      },
    });
    const undated = addEvent(session, {
      objectId: icon.id,
      fields: { type: 'import', toParty: { partyId: holder.id } },
    });
    const claim = addClaim(session, {
      objectId: icon.id,
      fields: {
        claimant: { name: 'Српска православна црква' },
        claimantKind: 'religious_community',
        basis: 'Inventory of 1936',
        date: 'after May 2011',
      },
    });
    const undatedClaim = addClaim(session, {
      objectId: coin.id,
      fields: { claimant: { name: 'Republic of Serbia' }, claimantKind: 'state', basis: 'Law' },
    });
    const invoice = recordDocument(session, c.id, {
      type: 'invoice',
      number: 'R-17/1998',
      issuedOn: '1998-03',
      issuer: { partyId: gallery.id },
      objectIds: [icon.id],
    });
    const capture = recordDocument(session, c.id, {
      type: 'web-capture',
      title: 'Listing on an auction site',
      webCapture: { url: 'https://example.org/lot/17', capturedAt: '2026-01-15T21:04Z' },
      objectIds: [coin.id],
    });
    const undatedDocument = recordDocument(session, c.id, { type: 'photograph' });
    const stored = addCustodyEntry(session, icon.id, {
      action: 'store',
      at: '2026-02-03T09:00',
      location: 'Magacin dokaza 2',
    });
    const wrong = addCustodyEntry(session, icon.id, {
      action: 'check_out',
      at: '2026-02-05T10:00',
      to: 'Lab A',
    });
    const correction = addCustodyEntry(session, icon.id, {
      action: 'check_out',
      at: '2026-02-06T10:00',
      to: 'Laboratorija B',
      correctsEntryId: wrong.id,
    });
    changeCaseStatus(session, {
      id: c.id,
      version: 1,
      to: 'under_investigation',
      on: '2026-02-04',
      note: 'Prosecutor informed',
    });

    const timeline = caseTimeline(session, c.id);
    expect(timeline.caseId).toBe(c.id);
    const byId = new Map(timeline.items.map((i) => [i.id, i]));
    const item = (id: string): TimelineItem => {
      const found = byId.get(id);
      if (!found) throw new Error(`no item ${id}`);
      return found;
    };

    expect(item(sale.id)).toEqual({
      id: sale.id,
      kind: 'provenance',
      type: 'sale',
      label: 'E-1 · Jovan Petrović → Galerie Hermès (Antiquitäten Huber)',
      span: sale.span,
      objectIds: [icon.id],
      partyIds: [gallery.id, dealer.id],
      uncertain: true,
    });
    expect(sale.span.botb! < '1965-01-01').toBe(true);
    expect(item(claim.id)).toMatchObject({
      kind: 'claim',
      type: 'asserted',
      label: 'E-1 · Српска православна црква',
      span: { botb: '2011-06-01', eote: null },
      objectIds: [icon.id],
      partyIds: [],
      uncertain: true,
    });
    expect(item(invoice.id)).toMatchObject({
      kind: 'document',
      type: 'invoice',
      label: '№ R-17/1998 · Galerie Hermès · E-1',
      span: { text: '1998-03', botb: '1998-03-01', eotb: '1998-03-31', eote: '1998-03-31' },
      objectIds: [icon.id],
      partyIds: [gallery.id],
      uncertain: true,
    });
    expect(item(capture.id)).toMatchObject({
      kind: 'document',
      type: 'web-capture',
      label: 'Listing on an auction site · E-2',
      span: { botb: '2026-01-15', eote: '2026-01-15' },
      objectIds: [coin.id],
      uncertain: false,
    });
    expect(item(seizure.id)).toEqual({
      id: seizure.id,
      kind: 'seizure',
      type: 'search-warrant',
      label: 'PS-3/26 · Knez Mihailova 12, Beograd · Petrović, Marko',
      span: {
        text: '2026-02-02T10:15+01:00',
        botb: '2026-02-02',
        eotb: '2026-02-02',
        bote: '2026-02-02',
        eote: '2026-02-02',
      },
      objectIds: [icon.id],
      partyIds: [holder.id],
      uncertain: false,
    });
    expect(item(stored.id)).toMatchObject({
      kind: 'custody',
      type: 'store',
      label: 'E-1 · Magacin dokaza 2',
      span: { botb: '2026-02-03', eote: '2026-02-03' },
      objectIds: [icon.id],
      uncertain: false,
    });
    expect(item(correction.id)).toMatchObject({
      type: 'check_out',
      label: 'E-1 · Laboratorija B',
    });
    const statuses = timeline.items.filter((i) => i.kind === 'case_status');
    expect(statuses.map((s) => [s.type, s.span.botb, s.label])).toEqual([
      ['open', '2026-02-01', ''],
      ['under_investigation', '2026-02-04', 'Prosecutor informed'],
    ]);

    // Left out: what has no date, the corrected custody entry, another case's records.
    for (const id of [undated.id, undatedClaim.id, undatedDocument.id, wrong.id, stranger.id]) {
      expect(byId.has(id), id).toBe(false);
    }
    expect(timeline.items.some((i) => i.objectIds.includes(stranger.id))).toBe(false);

    // In time order: c. 1965, 1998, 2011…, then the events of 2026.
    expect(timeline.items.map((i) => i.id)).toEqual([
      sale.id,
      invoice.id,
      claim.id,
      capture.id,
      statuses[0]?.id,
      seizure.id,
      stored.id,
      statuses[1]?.id,
      correction.id,
    ]);

    expect(timeline.objects).toEqual([
      { id: icon.id, label: 'E-1 — Св. Никола' },
      { id: coin.id, label: expect.stringMatching(/^E-2 — /) },
    ]);
    expect(timeline.parties.map((p) => p.label)).toEqual([
      'Antiquitäten Huber',
      'Galerie Hermès',
      'Petrović, Marko',
    ]);
    expect(new Set(timeline.parties.map((p) => p.id))).toEqual(
      new Set([holder.id, gallery.id, dealer.id]),
    );

    await expectCaseFileError(() => caseTimeline(session, NOWHERE), 'NOT_FOUND');
  });
});
