import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bytesSource,
  searchAll,
  verifyCaseFile,
  type CaseFileSession,
} from '../../../src/main/core';
import { bundleText, exportBundle } from '../../../src/main/core/bundle/export';
import { importBundle } from '../../../src/main/core/bundle/import';
import { createCase } from '../../../src/main/core/cases/cases';
import { addDocument, attachDocumentFile, recordDocument } from '../../../src/main/core/documents';
import { createObject } from '../../../src/main/core/objects';
import { createParty } from '../../../src/main/core/parties/parties';
import { addClaim, addEvent } from '../../../src/main/core/provenance';
import { renderPdf } from '../../../src/main/core/reports/pdf';
import { addVocabularyEntry } from '../../../src/main/core/vocab/vocabulary';
import type { CaseBundle } from '../../../src/shared/domain/bundle';
import { expectCaseFileError, newCaseFile } from '../../helpers/case-files';

const NOWHERE = '00000000-0000-4000-8000-00000000ffff';

/** An export licence with a text layer in Latin and Cyrillic (pdfmake), and two images. */
let licencePdf: Buffer;
let photoPng: Buffer;
let capturePng: Buffer;

beforeAll(async () => {
  const png = (background: string) =>
    sharp({ create: { width: 8, height: 6, channels: 3, background } })
      .png()
      .toBuffer();
  [licencePdf, photoPng, capturePng] = await Promise.all([
    renderPdf({
      content: [
        { text: 'EXPORT LICENCE No. 114/1968', fontSize: 16 },
        'Икона Св. Никола, темпера на дрво, XVI век',
        'Извозник: Трајко Петровски, Охрид',
        { text: 'Ohne Wert — nur für Ausstellungszwecke', pageBreak: 'before' },
      ],
    }),
    png('#7a5230'),
    png('#30527a'),
  ]);
});

const TABLES = [
  'case_record',
  'seized_object',
  'party',
  'document',
  'document_object',
  'document_text',
  'document_citation',
  'provenance_event',
  'ownership_claim',
  'attachment',
  'vocabulary',
  'search_row',
  'audit_log',
] as const;

function counts(session: CaseFileSession) {
  return Object.fromEntries(
    TABLES.map((t) => [t, session.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()]),
  );
}

const rows = (session: CaseFileSession, sql: string) => session.db.prepare(sql).all();

function foundDocuments(session: CaseFileSession, query: string): string[] {
  return searchAll(session, { query, kinds: ['document'] }).groups.flatMap((g) =>
    g.hits.map((h) => h.entityId),
  );
}

function pathsOf(e: { details?: Record<string, unknown> }) {
  return (e.details?.['issues'] as Array<{ path: string; message: string }>) ?? [];
}

/**
 * An icon with a forged export licence (PDF), a dealer's photograph, a web capture whose file came
 * later, a deed known only by name (a unit's own document type), a chain of three events citing
 * them with pages, and the state of origin's claim.
 */
async function provenanceCase(session: CaseFileSession) {
  const c = createCase(session, {
    reference: 'ITCG-2026-0051',
    title: 'Икона Св. Никола — Скопје–München',
    openedOn: '2026-02-10',
  });
  const icon = createObject(session, c.id, { exhibitNumber: 'E-1', typeL1: 'religious' });
  const frame = createObject(session, c.id, { exhibitNumber: 'E-2', typeL1: 'religious' });
  const ministry = createParty(session, {
    kind: 'organisation',
    name: 'Министерство за култура',
    organisationType: 'authority',
  });
  const dealer = createParty(session, {
    kind: 'organisation',
    name: 'Galerie Sankt Lukas',
    organisationType: 'dealer',
  });
  const seller = createParty(session, {
    kind: 'person',
    givenNames: 'Трајко',
    familyName: 'Петровски',
  });
  addVocabularyEntry(session, { kind: 'document_type', code: 'notarial-deed', label: 'Deed' });

  const licence = await addDocument(session, c.id, bytesSource('izvozna-dozvola.pdf', licencePdf), {
    type: 'export-licence',
    number: '114/1968',
    issuedOn: '1968-05',
    issuerCountry: 'MK',
    issuer: { partyId: ministry.id, name: '' },
    objectIds: [icon.id, frame.id],
    assessment: { status: 'forged', reason: 'Stamp of a ministry founded in 1991' },
    grading: { source: 'C', information: '3' },
  });
  const photo = await addDocument(session, c.id, bytesSource('dealer-photo.png', photoPng), {
    type: 'photograph',
    title: 'Dealer photograph, 1975',
    objectIds: [icon.id],
  });
  const recorded = recordDocument(session, c.id, {
    type: 'web-capture',
    title: 'Lot 77: Byzantine icon, "old family collection"',
    webCapture: {
      url: 'https://auction.example/lot/77',
      capturedAt: '2026-02-01T10:00:00+01:00',
      tool: 'Hunchly',
    },
    objectIds: [icon.id],
  });
  const capture = await attachDocumentFile(session, {
    id: recorded.id,
    version: recorded.version,
    source: bytesSource('lot-77.png', capturePng),
  });
  const deed = recordDocument(session, c.id, {
    type: 'notarial-deed',
    title: 'Deed of gift',
    objectIds: [frame.id],
  });

  addEvent(session, {
    objectId: icon.id,
    fields: { type: 'excavation', date: 'before 1960', certainty: 'possible' },
  });
  addEvent(session, {
    objectId: icon.id,
    fields: {
      type: 'private_sale',
      date: 'c. 1975',
      fromParty: { partyId: seller.id, name: '' },
      toParty: { partyId: null, name: 'Hans Müller' },
      agent: { partyId: dealer.id, name: '' },
      agentRole: 'dealer',
      price: { amount: '1200.00', currency: 'DEM' },
      sources: [
        { documentId: photo.id, page: '' },
        { documentId: capture.id, page: 'lot 77' },
      ],
    },
  });
  // Put between the two: the sale moves to position 3 without a new version.
  addEvent(session, {
    objectId: icon.id,
    position: 2,
    fields: {
      type: 'export',
      date: '1968-05-12',
      assessment: 'forged',
      sources: [
        { documentId: licence.id, page: '1' },
        { documentId: licence.id, page: '2' },
      ],
    },
  });
  addEvent(session, {
    objectId: frame.id,
    fields: { type: 'gift', date: '1950s', sources: [{ documentId: deed.id, page: '' }] },
  });
  addClaim(session, {
    objectId: icon.id,
    fields: {
      claimant: { partyId: null, name: 'Republic of North Macedonia' },
      claimantKind: 'state',
      basis: 'Law on Cultural Heritage, Art. 7',
      date: 'February 2026',
      sources: [{ documentId: licence.id, page: '1' }],
    },
  });
  return { caseId: c.id, icon, frame, licence, photo, capture, deed, ministry };
}

const CITATIONS = 'SELECT * FROM document_citation ORDER BY document_id, kind, entity_id, page';
const DOCUMENT_OBJECTS = 'SELECT * FROM document_object ORDER BY document_id, object_id';

describe('case bundle: documents and provenance', () => {
  it('round-trips documents, texts, events and claims byte for byte, with search and derived rows', async () => {
    const a = await newCaseFile();
    const s = await provenanceCase(a.session);
    const first = bundleText(exportBundle(a.session, [s.caseId]));
    const bundle = JSON.parse(first) as CaseBundle;
    expect(bundle.documents.map((d) => d.id)).toEqual(
      [s.licence.id, s.photo.id, s.capture.id, s.deed.id].sort(),
    );
    expect(bundle.documentTexts.map((t) => [t.documentId, t.status])).toEqual(
      [
        [s.licence.id, 'extracted'],
        [s.photo.id, 'not_extractable'],
        [s.capture.id, 'not_extractable'],
      ].sort(),
    );
    expect(bundle.provenanceEvents).toHaveLength(4);
    expect(bundle.ownershipClaims).toHaveLength(1);
    // Documents' files travel with the other attachments; their issuers and the chain's parties
    // come along; the unit's own document type is carried in the vocabulary.
    expect(bundle.attachments.map((a) => a.name).sort()).toEqual([
      'dealer-photo.png',
      'izvozna-dozvola.pdf',
      'lot-77.png',
    ]);
    expect(bundle.parties).toHaveLength(3);
    expect(bundle.vocabulary).toContainEqual(
      expect.objectContaining({ kind: 'document_type', code: 'notarial-deed' }),
    );
    // Derived rows are not in the bundle.
    expect(first).not.toMatch(/citation|document_object/i);

    const b = await newCaseFile();
    const report = await importBundle(b.session, JSON.parse(first), { baseDir: null });
    expect(report.created).toMatchObject({
      documents: 4,
      documentTexts: 3,
      provenanceEvents: 4,
      ownershipClaims: 1,
      attachments: 3,
      parties: 3,
    });
    expect(bundleText(exportBundle(b.session, [s.caseId]))).toBe(first);

    // Search finds the PDF's text (Cyrillic, by a Latin query) without pdf.js running again.
    expect(foundDocuments(b.session, 'Trajko Petrovski')).toEqual([s.licence.id]);
    expect(foundDocuments(b.session, 'Ausstellungszwecke')).toEqual([s.licence.id]);
    expect(foundDocuments(b.session, 'auction.example')).toEqual([s.capture.id]);
    expect(foundDocuments(b.session, 'ministerstvo za kultura')).toEqual([s.licence.id]);

    // Citations and document ↔ object links are derived again, exactly as in the source file.
    const citations = rows(a.session, CITATIONS);
    expect(citations).toHaveLength(6);
    expect(rows(b.session, CITATIONS)).toEqual(citations);
    expect(rows(b.session, DOCUMENT_OBJECTS)).toEqual(rows(a.session, DOCUMENT_OBJECTS));
    expect(
      rows(b.session, 'SELECT id, position, earliest, latest FROM provenance_event ORDER BY id'),
    ).toEqual(
      rows(a.session, 'SELECT id, position, earliest, latest FROM provenance_event ORDER BY id'),
    );

    // Every write audited, the texts by size and hash rather than copied.
    const actions = rows(
      b.session,
      'SELECT action, count(*) AS n FROM audit_log GROUP BY action ORDER BY action',
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: 'document.import', n: 4 },
        { action: 'document_text.import', n: 3 },
        { action: 'provenance_event.import', n: 4 },
        { action: 'ownership_claim.import', n: 1 },
        { action: 'bundle.import', n: 1 },
      ]),
    );
    const textAudit = JSON.parse(
      b.session.db
        .prepare(
          "SELECT changes FROM audit_log WHERE action = 'document_text.import' AND entity_id = ?",
        )
        .pluck()
        .get(s.licence.id) as string,
    ) as Record<string, { after: unknown }>;
    expect(textAudit['status']?.after).toBe('extracted');
    expect(textAudit['sha256']?.after).toMatch(/^[0-9a-f]{64}$/);

    const verified = await verifyCaseFile(b.session);
    expect(verified.firstProblem).toBeUndefined();
    expect(verified.ok).toBe(true);

    // A second import writes nothing, not even an audit entry.
    const before = counts(b.session);
    const again = await importBundle(b.session, JSON.parse(first), { baseDir: null });
    expect(again.created).toEqual({});
    expect(again.unchanged).toMatchObject({
      documents: 4,
      documentTexts: 3,
      provenanceEvents: 4,
      ownershipClaims: 1,
    });
    expect(counts(b.session)).toEqual(before);
  });

  it('refuses dangling events, citations and document types with their paths, writing nothing', async () => {
    const a = await newCaseFile();
    const s = await provenanceCase(a.session);
    const other = createCase(a.session, {
      reference: 'ITCG-2026-0099',
      title: 'Another case',
      openedOn: '2026-03-01',
    });
    const foreign = recordDocument(a.session, other.id, { type: 'invoice', number: 'R-17' });
    const good = exportBundle(a.session, [s.caseId, other.id]);
    const b = await newCaseFile();
    const before = counts(b.session);

    const bad = structuredClone(good);
    const sale = bad.provenanceEvents.findIndex((e) => e.type === 'private_sale');
    const gift = bad.provenanceEvents.findIndex((e) => e.type === 'gift');
    const licence = bad.documents.findIndex((d) => d.id === s.licence.id);
    bad.provenanceEvents[gift]!.objectId = NOWHERE;
    bad.provenanceEvents[sale]!.sources[1]!.documentId = NOWHERE;
    bad.documents[licence]!.type = 'papyrus-deed';
    bad.ownershipClaims[0]!.claimant.partyId = NOWHERE;
    const e = await expectCaseFileError(
      () => importBundle(b.session, bad, { baseDir: null }),
      'INVALID_INPUT',
    );
    const issues = pathsOf(e);
    expect(issues.map((i) => i.path).sort()).toEqual(
      [
        `provenanceEvents[${gift}].objectId`,
        `provenanceEvents[${sale}].sources[1].documentId`,
        `documents[${licence}].type`,
        'ownershipClaims[0].claimant.partyId',
      ].sort(),
    );
    expect(issues.find((i) => i.path.endsWith('.objectId'))?.message).toMatch(
      /refers to object .* neither in the bundle nor in the case file/,
    );
    expect(issues.find((i) => i.path.endsWith('.type'))?.message).toMatch(
      /"papyrus-deed" is not in the document type list/,
    );
    expect(counts(b.session)).toEqual(before);

    // Evidence of another case, a repeated position and a find that is not first are refused too.
    const mixed = structuredClone(good);
    const exportEvent = mixed.provenanceEvents.findIndex((e) => e.type === 'export');
    const excavation = mixed.provenanceEvents.findIndex((e) => e.type === 'excavation');
    mixed.provenanceEvents[exportEvent]!.sources[0]!.documentId = foreign.id;
    mixed.provenanceEvents[excavation]!.position = 3;
    const e2 = await expectCaseFileError(
      () => importBundle(b.session, mixed, { baseDir: null }),
      'INVALID_INPUT',
    );
    expect(pathsOf(e2)).toEqual(
      expect.arrayContaining([
        {
          path: `provenanceEvents[${exportEvent}].sources[0].documentId`,
          message: `document ${foreign.id} is evidence of another case`,
        },
        {
          path: `provenanceEvents[${excavation}].position`,
          message: expect.stringMatching(/positions 2, 3, 3/),
        },
        {
          path: `provenanceEvents[${excavation}].type`,
          message: expect.stringMatching(/only be the first event/),
        },
      ]),
    );
    expect(counts(b.session)).toEqual(before);
  });

  it('never overwrites a document, a text or an event that differs in the case file', async () => {
    const a = await newCaseFile();
    const s = await provenanceCase(a.session);
    const bundle = exportBundle(a.session, [s.caseId]);
    const b = await newCaseFile();
    await importBundle(b.session, bundle, { baseDir: null });
    const before = counts(b.session);

    const changed = structuredClone(bundle);
    changed.documents[0]!.description = 'Changed elsewhere';
    changed.documentTexts[0]!.text = 'Another reading';
    changed.provenanceEvents[0]!.notes = 'Changed elsewhere';
    const e = await expectCaseFileError(
      () => importBundle(b.session, changed, { baseDir: null }),
      'INVALID_INPUT',
    );
    expect(pathsOf(e)).toEqual([
      { path: 'documentTexts[0]', message: expect.stringMatching(/different text/) },
      {
        path: 'documents[0]',
        message: expect.stringMatching(/different version of this document/),
      },
      {
        path: 'provenanceEvents[0]',
        message: expect.stringMatching(/different version of this provenance_event/),
      },
    ]);
    expect(counts(b.session)).toEqual(before);

    // The same file as a second document of the case is refused as the services refuse it.
    const twice = structuredClone(bundle);
    const withFile = twice.documents.find((d) => d.attachmentId !== null)!;
    twice.documents.push({ ...withFile, id: '00000000-0000-4000-8000-0000000d0c02' });
    const e2 = await expectCaseFileError(
      () => importBundle(b.session, twice, { baseDir: null }),
      'INVALID_INPUT',
    );
    expect(pathsOf(e2)).toEqual([
      {
        path: `documents[${twice.documents.length - 1}].attachmentId`,
        message: expect.stringMatching(/already holds this file as document/),
      },
    ]);
  });

  it('still imports a bundle written before documents and provenance were part of it', async () => {
    const a = await newCaseFile();
    const s = await provenanceCase(a.session);
    const current = exportBundle(a.session, [s.caseId]);
    const documentFiles = new Set(current.documents.map((d) => d.attachmentId));
    const {
      documents: _d,
      documentTexts: _t,
      provenanceEvents: _e,
      ownershipClaims: _c,
      ...old
    } = current;
    old.attachments = old.attachments.filter((f) => !documentFiles.has(f.id));
    old.vocabulary = old.vocabulary.filter((v) => v.kind !== 'document_type');

    const b = await newCaseFile();
    const report = await importBundle(b.session, JSON.parse(JSON.stringify(old)), {
      baseDir: null,
    });
    expect(report.created).toMatchObject({ cases: 1, objects: 2 });
    expect(report.created['documents']).toBeUndefined();
    const exported = exportBundle(b.session, [s.caseId]);
    expect(exported.objects.map((o) => o.id)).toEqual(current.objects.map((o) => o.id));
    expect(exported.documents).toEqual([]);
    expect(exported.provenanceEvents).toEqual([]);
    expect((await verifyCaseFile(b.session)).ok).toBe(true);
  });
});
