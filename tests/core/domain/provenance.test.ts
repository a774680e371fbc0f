import { describe, expect, it } from 'vitest';
import { createParty, type CaseFileSession } from '../../../src/main/core';
import { createCase } from '../../../src/main/core/cases/cases';
import { recordDocument } from '../../../src/main/core/documents';
import { createObject, createSeizure } from '../../../src/main/core/objects';
import {
  addClaim,
  addEvent,
  provenanceChain,
  removeEvent,
  reorderEvents,
  updateClaim,
  updateEvent,
} from '../../../src/main/core/provenance';
import type {
  ProvenanceEventFieldsInput,
  ProvenanceEventRecord,
} from '../../../src/shared/domain/provenance';
import { UNKNOWN_SPAN } from '../../../src/shared/domain/time-span';
import { expectCaseFileError, newCaseFile } from '../../helpers/case-files';

const NOWHERE = '00000000-0000-4000-8000-00000000ffff';

function auditCount(session: CaseFileSession): number {
  return session.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
}

function lastAudit(session: CaseFileSession) {
  const row = session.db
    .prepare(
      'SELECT action, entity_type, entity_id, changes FROM audit_log ORDER BY seq DESC LIMIT 1',
    )
    .get() as { action: string; entity_type: string; entity_id: string; changes: string };
  return { ...row, changes: JSON.parse(row.changes) as Record<string, unknown> };
}

function citations(session: CaseFileSession, entityId: string) {
  return session.db
    .prepare(
      'SELECT document_id, kind, page FROM document_citation WHERE entity_id = ? ORDER BY page',
    )
    .all(entityId);
}

/** A post-Byzantine icon seized at Skopje airport, with the people of its alleged history. */
async function iconCase() {
  const { session } = await newCaseFile();
  const c = createCase(session, {
    reference: 'ITCG-2026-0051',
    title: 'Икона Св. Никола — Скопје–München',
    openedOn: '2026-02-10',
  });
  const seizure = createSeizure(session, c.id, {
    reference: 'ZP-14/2026',
    seizedAt: '2026-02-10T06:30+01:00',
    legalBasis: 'customs-control',
  });
  const object = createObject(session, c.id, {
    exhibitNumber: 'E-1',
    seizureId: seizure.id,
    typeL1: 'religious',
    typeL2: 'religious.icon',
    title: 'Св. Никола',
    countryOfOrigin: 'MK',
  });
  const petrovic = createParty(session, {
    kind: 'person',
    givenNames: 'Marko',
    familyName: 'Petrović',
  });
  const gallery = createParty(session, {
    kind: 'organisation',
    name: 'Galerie Hermès',
    organisationType: 'gallery',
  });
  const monastery = createParty(session, {
    kind: 'organisation',
    name: 'Манастир Св. Јован Бигорски',
    organisationType: 'church',
  });
  return { session, caseId: c.id, objectId: object.id, petrovic, gallery, monastery };
}

type Setup = Awaited<ReturnType<typeof iconCase>>;

/** Four events in a plausible order: found 1955, by descent c. 1965, sold 1998, exported 2011. */
function recordChain(s: Setup): ProvenanceEventRecord[] {
  const add = (fields: ProvenanceEventFieldsInput) =>
    addEvent(s.session, { objectId: s.objectId, fields });
  return [
    add({ type: 'find', date: '1955', toParty: { name: 'Jovan Petrović' } }),
    add({
      type: 'by_descent',
      date: 'c. 1965',
      fromParty: { name: 'Jovan Petrović' },
      toParty: { partyId: s.petrovic.id },
      directTransfer: true,
    }),
    add({
      type: 'sale',
      date: '1998-03-12',
      fromParty: { partyId: s.petrovic.id },
      toParty: { partyId: s.gallery.id },
      price: { amount: '12000.00', currency: 'DEM' },
    }),
    add({ type: 'export', date: 'after May 2011', fromParty: { partyId: s.gallery.id } }),
  ];
}

const ids = (chain: { events: ProvenanceEventRecord[] }) => chain.events.map((e) => e.id);
const positions = (chain: { events: ProvenanceEventRecord[] }) =>
  chain.events.map((e) => e.position);

describe('provenance events', () => {
  it('adds events at the end and at a position, keeping positions 1..n, one audit entry each', async () => {
    const s = await iconCase();
    const before = auditCount(s.session);
    const [find, descent, sale, exported] = recordChain(s);
    expect(auditCount(s.session)).toBe(before + 4);
    expect([find, descent, sale, exported].map((e) => e?.position)).toEqual([1, 2, 3, 4]);
    expect(sale?.span).toMatchObject({
      text: '1998-03-12',
      botb: '1998-03-12',
      eote: '1998-03-12',
    });
    expect(sale?.caseId).toBe(s.caseId);
    expect(find?.directTransfer).toBe(false);

    // A loan between the descent and the sale.
    const loan = addEvent(s.session, {
      objectId: s.objectId,
      position: 3,
      fields: { type: 'loan', date: '1980s', toParty: { name: 'Народни музеј Охрид' } },
    });
    expect(auditCount(s.session)).toBe(before + 5);
    expect(loan.position).toBe(3);
    const audit = lastAudit(s.session);
    expect(audit).toMatchObject({
      action: 'provenance_event.create',
      entity_type: 'provenance_event',
      entity_id: loan.id,
    });
    expect(audit.changes['position']).toEqual({ before: null, after: 3 });

    const chain = provenanceChain(s.session, s.objectId);
    expect(ids(chain)).toEqual([find?.id, descent?.id, loan.id, sale?.id, exported?.id]);
    expect(positions(chain)).toEqual([1, 2, 3, 4, 5]);
    // Moving down the chain is not an edit of the event: its version stays.
    expect(chain.events[3]).toMatchObject({ id: sale?.id, position: 4, version: 1 });
    const rows = s.session.db
      .prepare('SELECT id, position FROM provenance_event WHERE object_id = ? ORDER BY position')
      .all(s.objectId) as Array<{ id: string; position: number }>;
    expect(rows.map((r) => r.position)).toEqual([1, 2, 3, 4, 5]);
    expect(rows.map((r) => r.id)).toEqual(ids(chain));

    await expectCaseFileError(
      () => addEvent(s.session, { objectId: s.objectId, position: 7, fields: { type: 'sale' } }),
      'INVALID_INPUT',
    );
    await expectCaseFileError(
      () => addEvent(s.session, { objectId: NOWHERE, fields: { type: 'sale' } }),
      'NOT_FOUND',
    );
    expect(auditCount(s.session)).toBe(before + 5);
  });

  it('reads the typed date into four points; unknown when empty; refuses what it cannot read', async () => {
    const s = await iconCase();
    const undated = addEvent(s.session, { objectId: s.objectId, fields: { type: 'sale' } });
    expect(undated.span).toEqual(UNKNOWN_SPAN);
    const before = auditCount(s.session);
    for (const date of ['sometime in the olden days', '2023-02-30']) {
      const e = await expectCaseFileError(
        () => addEvent(s.session, { objectId: s.objectId, fields: { type: 'sale', date } }),
        'INVALID_INPUT',
      );
      expect(e.details?.['issues']).toEqual([{ path: ['date'], message: expect.any(String) }]);
      expect(e.message).toContain('(date)');
    }
    const unreadable = await expectCaseFileError(
      () =>
        addEvent(s.session, {
          objectId: s.objectId,
          fields: { type: 'sale', date: 'when grandfather came back' },
        }),
      'INVALID_INPUT',
    );
    // The message says what can be written.
    expect(unreadable.message).toMatch(/c\. 1965/);
    expect(unreadable.message).toMatch(/before 1970/);
    expect(auditCount(s.session)).toBe(before);
    expect(provenanceChain(s.session, s.objectId).events).toHaveLength(1);

    const regional = addEvent(s.session, {
      objectId: s.objectId,
      fields: { type: 'sale', date: 'пре 1970' },
    });
    expect(regional.span).toMatchObject({ text: 'пре 1970', botb: null, eote: '1969-12-31' });
  });

  it('refuses unknown parties and invalid fields, naming the field, writing nothing', async () => {
    const s = await iconCase();
    const before = auditCount(s.session);
    const party = await expectCaseFileError(
      () =>
        addEvent(s.session, {
          objectId: s.objectId,
          fields: { type: 'sale', toParty: { partyId: NOWHERE } },
        }),
      'INVALID_INPUT',
    );
    expect(party.details?.['issues']).toEqual([
      { path: ['toParty', 'partyId'], message: expect.any(String) },
    ]);
    const type = await expectCaseFileError(
      () => addEvent(s.session, { objectId: s.objectId, fields: { type: 'purchase' } as never }),
      'INVALID_INPUT',
    );
    expect((type.details?.['issues'] as Array<{ path: string[] }>)[0]?.path).toEqual(['type']);
    expect(auditCount(s.session)).toBe(before);
  });

  it('updates an event, re-reading its date; a stale version is an edit conflict', async () => {
    const s = await iconCase();
    const [, , sale] = recordChain(s);
    if (!sale) throw new Error('no sale');
    const before = auditCount(s.session);
    const { id, version, createdAt, updatedAt, caseId, objectId, position, span, ...fields } = sale;
    void [createdAt, updatedAt, caseId, objectId, position, span];
    const next = updateEvent(s.session, {
      id,
      version,
      fields: { ...fields, date: 'March 1998', certainty: 'probable', assessment: 'contradicted' },
    });
    expect(next).toMatchObject({ version: 2, position: 3, certainty: 'probable' });
    expect(next.span.botb?.startsWith('1998-')).toBe(true);
    expect(next.span.text).toBe('March 1998');
    expect(auditCount(s.session)).toBe(before + 1);
    expect(lastAudit(s.session)).toMatchObject({
      action: 'provenance_event.update',
      entity_id: id,
    });
    expect(Object.keys(lastAudit(s.session).changes).sort()).toEqual([
      'assessment',
      'certainty',
      'date',
      'span',
    ]);

    await expectCaseFileError(
      () => updateEvent(s.session, { id, version: 1, fields: { ...fields, notes: 'late edit' } }),
      'EDIT_CONFLICT',
    );
    const bad = await expectCaseFileError(
      () => updateEvent(s.session, { id, version: 2, fields: { ...fields, date: 'ghfjd' } }),
      'INVALID_INPUT',
    );
    expect((bad.details?.['issues'] as Array<{ path: string[] }>)[0]?.path).toEqual(['date']);
    // Saving it unchanged writes nothing.
    const same = updateEvent(s.session, {
      id,
      version: 2,
      fields: { ...fields, date: 'March 1998', certainty: 'probable', assessment: 'contradicted' },
    });
    expect(same.version).toBe(2);
    expect(auditCount(s.session)).toBe(before + 1);
  });

  it('removes an event with its content in the audit log and renumbers the rest', async () => {
    const s = await iconCase();
    const [find, descent, sale, exported] = recordChain(s);
    if (!descent) throw new Error('no descent');
    const before = auditCount(s.session);
    await expectCaseFileError(
      () => removeEvent(s.session, { id: descent.id, version: 2 }),
      'EDIT_CONFLICT',
    );
    const chain = removeEvent(s.session, { id: descent.id, version: 1 });
    expect(ids(chain)).toEqual([find?.id, sale?.id, exported?.id]);
    expect(positions(chain)).toEqual([1, 2, 3]);
    expect(auditCount(s.session)).toBe(before + 1);
    const audit = lastAudit(s.session);
    expect(audit).toMatchObject({ action: 'provenance_event.remove', entity_id: descent.id });
    expect(audit.changes['type']).toEqual({ before: 'by_descent', after: null });
    expect(audit.changes['date']).toEqual({ before: 'c. 1965', after: null });
    expect(audit.changes['position']).toEqual({ before: 2, after: null });
    await expectCaseFileError(
      () => removeEvent(s.session, { id: descent.id, version: 1 }),
      'NOT_FOUND',
    );
  });

  it('reorders to any permutation, reporting (not refusing) an order the dates contradict', async () => {
    const s = await iconCase();
    const [find, descent, sale, exported] = recordChain(s);
    if (!find || !descent || !sale || !exported) throw new Error('chain');
    expect(provenanceChain(s.session, s.objectId).orderProblems).toEqual([]);
    const before = auditCount(s.session);

    // The export (after May 2011) put before the sale of 1998: allowed, but reported.
    const order = [find.id, descent.id, exported.id, sale.id];
    const chain = reorderEvents(s.session, { objectId: s.objectId, order });
    expect(ids(chain)).toEqual(order);
    expect(positions(chain)).toEqual([1, 2, 3, 4]);
    expect(chain.orderProblems).toEqual([{ before: exported.id, after: sale.id }]);
    expect(auditCount(s.session)).toBe(before + 1);
    expect(lastAudit(s.session)).toMatchObject({
      action: 'provenance.reorder',
      entity_type: 'provenance_chain',
      entity_id: s.objectId,
      changes: {
        order: { before: [find.id, descent.id, sale.id, exported.id], after: order },
      },
    });
    // The same order again changes nothing.
    reorderEvents(s.session, { objectId: s.objectId, order });
    expect(auditCount(s.session)).toBe(before + 1);

    for (const bad of [
      [find.id, descent.id, exported.id],
      [find.id, descent.id, exported.id, exported.id],
      [find.id, descent.id, exported.id, NOWHERE],
    ]) {
      const e = await expectCaseFileError(
        () => reorderEvents(s.session, { objectId: s.objectId, order: bad }),
        'INVALID_INPUT',
      );
      expect((e.details?.['issues'] as Array<{ path: string[] }>)[0]?.path).toEqual(['order']);
    }
    expect(ids(provenanceChain(s.session, s.objectId))).toEqual(order);
    expect(auditCount(s.session)).toBe(before + 1);
  });

  it('keeps an origination first and a disappearance last (add, update, reorder)', async () => {
    const s = await iconCase();
    const [find, descent, sale, exported] = recordChain(s);
    if (!find || !descent || !sale || !exported) throw new Error('chain');
    const before = auditCount(s.session);
    const path = (e: { details?: Record<string, unknown> }) =>
      (e.details?.['issues'] as Array<{ path: string[] }>)[0]?.path;

    // Add: a second origination, or any event put before the find.
    for (const input of [
      { objectId: s.objectId, fields: { type: 'excavation' as const } },
      { objectId: s.objectId, position: 1, fields: { type: 'sale' as const } },
    ]) {
      const e = await expectCaseFileError(() => addEvent(s.session, input), 'INVALID_INPUT');
      expect(path(e)).toEqual(['type']);
      expect(e.message).toContain('first event');
    }
    // Update: the sale cannot become an excavation.
    const { id, version, createdAt, updatedAt, caseId, objectId, position, span, ...fields } = sale;
    void [createdAt, updatedAt, caseId, objectId, position, span];
    expect(
      path(
        await expectCaseFileError(
          () => updateEvent(s.session, { id, version, fields: { ...fields, type: 'excavation' } }),
          'INVALID_INPUT',
        ),
      ),
    ).toEqual(['type']);
    // Reorder: the find moved down.
    expect(
      path(
        await expectCaseFileError(
          () =>
            reorderEvents(s.session, {
              objectId: s.objectId,
              order: [descent.id, find.id, sale.id, exported.id],
            }),
          'INVALID_INPUT',
        ),
      ),
    ).toEqual(['order']);

    // A loss goes last; nothing may follow it, and it may not be moved up.
    const loss = addEvent(s.session, {
      objectId: s.objectId,
      fields: { type: 'loss', date: '2015' },
    });
    expect(loss.position).toBe(5);
    const after = await expectCaseFileError(
      () => addEvent(s.session, { objectId: s.objectId, fields: { type: 'import' } }),
      'INVALID_INPUT',
    );
    expect(after.message).toContain('last event');
    await expectCaseFileError(
      () =>
        reorderEvents(s.session, {
          objectId: s.objectId,
          order: [find.id, descent.id, sale.id, loss.id, exported.id],
        }),
      'INVALID_INPUT',
    );
    // Before the loss is fine.
    const imported = addEvent(s.session, {
      objectId: s.objectId,
      position: 5,
      fields: { type: 'import', date: '2012' },
    });
    expect(positions(provenanceChain(s.session, s.objectId))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(imported.position).toBe(5);
    expect(auditCount(s.session)).toBe(before + 2);
  });

  it('shows the chain as an AAM provenance line with party names from the directory', async () => {
    const s = await iconCase();
    recordChain(s);
    const chain = provenanceChain(s.session, s.objectId);
    expect(chain.parties).toEqual({
      [s.petrovic.id]: 'Petrović, Marko',
      [s.gallery.id]: 'Galerie Hermès',
    });
    expect(chain.aam).toContain('Jovan Petrović');
    expect(chain.aam).toContain('Petrović, Marko');
    expect(chain.aam).toContain('Galerie Hermès');
    // The descent was direct (semicolon); the sale was not (full stop before it).
    const jovan = chain.aam.indexOf('Jovan Petrović');
    const marko = chain.aam.indexOf('Petrović, Marko');
    expect(jovan).toBeGreaterThanOrEqual(0);
    expect(chain.aam.slice(jovan, marko)).toContain(';');
    expect(chain.aam.slice(marko, chain.aam.indexOf('Galerie Hermès'))).toContain('.');
    expect(chain.claims).toEqual([]);
  });
});

describe('sources', () => {
  it('cites documents of the same case with their page; refuses another case’s', async () => {
    const s = await iconCase();
    const licence = recordDocument(s.session, s.caseId, {
      type: 'export-licence',
      number: 'EX-2011/448',
      issuedOn: '2011-06',
      objectIds: [s.objectId],
    });
    const other = createCase(s.session, {
      reference: 'ITCG-2026-0052',
      title: 'Another case',
      openedOn: '2026-02-11',
    });
    const foreign = recordDocument(s.session, other.id, { type: 'invoice', number: 'R-17' });
    const before = auditCount(s.session);

    const refused = await expectCaseFileError(
      () =>
        addEvent(s.session, {
          objectId: s.objectId,
          fields: { type: 'export', sources: [{ documentId: foreign.id, page: '1' }] },
        }),
      'INVALID_INPUT',
    );
    expect(refused.message).toMatch(/sources|document/);
    expect(auditCount(s.session)).toBe(before);

    const exported = addEvent(s.session, {
      objectId: s.objectId,
      fields: {
        type: 'export',
        date: 'June 2011',
        sources: [
          { documentId: licence.id, page: '1' },
          { documentId: licence.id, page: '2' },
        ],
      },
    });
    expect(citations(s.session, exported.id)).toEqual([
      { document_id: licence.id, kind: 'provenance_event', page: '1' },
      { document_id: licence.id, kind: 'provenance_event', page: '2' },
    ]);
    const { id, version, createdAt, updatedAt, caseId, objectId, position, span, ...fields } =
      exported;
    void [createdAt, updatedAt, caseId, objectId, position, span];
    updateEvent(s.session, {
      id,
      version,
      fields: { ...fields, sources: [{ documentId: licence.id, page: '3' }] },
    });
    expect(citations(s.session, id)).toEqual([
      { document_id: licence.id, kind: 'provenance_event', page: '3' },
    ]);
    await expectCaseFileError(
      () =>
        updateEvent(s.session, {
          id,
          version: 2,
          fields: { ...fields, sources: [{ documentId: foreign.id, page: '' }] },
        }),
      'INVALID_INPUT',
    );
    removeEvent(s.session, { id, version: 2 });
    expect(citations(s.session, id)).toEqual([]);

    await expectCaseFileError(
      () =>
        addClaim(s.session, {
          objectId: s.objectId,
          fields: {
            claimant: { name: 'X' },
            claimantKind: 'private',
            basis: 'purchase',
            sources: [{ documentId: foreign.id, page: '' }],
          },
        }),
      'INVALID_INPUT',
    );
  });
});

describe('ownership claims', () => {
  it('adds and updates claims, audited, listed beside the chain', async () => {
    const s = await iconCase();
    const licence = recordDocument(s.session, s.caseId, {
      type: 'correspondence',
      title: 'Letter of the Diocese of Debar and Kičevo',
      issuedOn: '2026-02-20',
    });
    const before = auditCount(s.session);
    const church = addClaim(s.session, {
      objectId: s.objectId,
      fields: {
        claimant: { partyId: s.monastery.id },
        claimantKind: 'religious_community',
        basis: 'Inventory of 1936, no. 114; the property mark on the back',
        date: '2026-02-20',
        sources: [{ documentId: licence.id, page: '2' }],
      },
    });
    expect(church).toMatchObject({
      caseId: s.caseId,
      objectId: s.objectId,
      status: 'asserted',
      version: 1,
      span: { botb: '2026-02-20', eote: '2026-02-20' },
    });
    expect(citations(s.session, church.id)).toEqual([
      { document_id: licence.id, kind: 'claim', page: '2' },
    ]);
    const holder = addClaim(s.session, {
      objectId: s.objectId,
      fields: {
        claimant: { name: 'Hans Gruber' },
        claimantKind: 'private',
        basis: 'Bought in good faith at Galerie Hermès, 1998',
      },
    });
    expect(holder.span).toEqual(UNKNOWN_SPAN);
    expect(auditCount(s.session)).toBe(before + 2);

    const { id, version, createdAt, updatedAt, caseId, objectId, span, ...fields } = church;
    void [createdAt, updatedAt, caseId, objectId, span];
    const reviewed = updateClaim(s.session, {
      id,
      version,
      fields: { ...fields, status: 'under_review' },
    });
    expect(reviewed).toMatchObject({ status: 'under_review', version: 2 });
    expect(auditCount(s.session)).toBe(before + 3);
    expect(lastAudit(s.session)).toMatchObject({
      action: 'ownership_claim.update',
      entity_id: id,
      changes: { status: { before: 'asserted', after: 'under_review' } },
    });
    expect(
      s.session.db.prepare('SELECT status FROM ownership_claim WHERE id = ?').pluck().get(id),
    ).toBe('under_review');

    await expectCaseFileError(
      () => updateClaim(s.session, { id, version: 1, fields: { ...fields, status: 'upheld' } }),
      'EDIT_CONFLICT',
    );
    for (const [bad, at] of [
      [{ ...fields, basis: '  ' }, ['basis']],
      [{ ...fields, claimant: { partyId: null, name: '' } }, ['claimant']],
      [{ ...fields, claimant: { partyId: NOWHERE } }, ['claimant', 'partyId']],
      [{ ...fields, date: 'whenever' }, ['date']],
    ] as const) {
      const e = await expectCaseFileError(
        () => updateClaim(s.session, { id, version: 2, fields: bad }),
        'INVALID_INPUT',
      );
      expect((e.details?.['issues'] as Array<{ path: string[] }>)[0]?.path).toEqual(at);
    }
    expect(auditCount(s.session)).toBe(before + 3);

    const chain = provenanceChain(s.session, s.objectId);
    expect(chain.claims.map((c) => c.id)).toEqual([church.id, holder.id]);
    expect(chain.parties[s.monastery.id]).toBe('Манастир Св. Јован Бигорски');
  });
});
