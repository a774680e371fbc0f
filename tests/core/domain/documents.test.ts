import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bytesSource,
  searchAll,
  setAttachmentLimit,
  write,
  type CaseFileSession,
} from '../../../src/main/core';
import { createCase } from '../../../src/main/core/cases/cases';
import {
  addDocument,
  attachDocumentFile,
  documentContent,
  documentText,
  getDocument,
  listDocuments,
  recordDocument,
  requireDocumentsOfCase,
  syncCitations,
  updateDocument,
  verifyDocument,
} from '../../../src/main/core/documents';
import { createObject } from '../../../src/main/core/objects';
import { createParty } from '../../../src/main/core/parties/parties';
import { renderPdf } from '../../../src/main/core/reports/pdf';
import type { DocumentFieldsInput, DocumentView } from '../../../src/shared/domain/document';
import { expectCaseFileError, newCaseFile } from '../../helpers/case-files';

const NOWHERE = '00000000-0000-4000-8000-00000000ffff';

/** An export licence as a real PDF with a text layer, in Latin and Cyrillic (pdfmake, Roboto). */
let licencePdf: Buffer;
/** A PDF with no text at all (a drawn frame), like a scan without OCR. */
let scanPdf: Buffer;
let photoPng: Buffer;

beforeAll(async () => {
  [licencePdf, scanPdf, photoPng] = await Promise.all([
    renderPdf({
      content: [
        { text: 'EXPORT LICENCE No. 114/1968', fontSize: 16 },
        'Republic of Macedonia, Ministry of Culture',
        'Икона Св. Никола, темпера на дрво, XVI век',
        'Извозник: Трајко Петровски, Охрид',
        { text: 'Ohne Wert — nur für Ausstellungszwecke', pageBreak: 'before' },
      ],
    }),
    renderPdf({ content: [{ canvas: [{ type: 'rect', x: 0, y: 0, w: 300, h: 400 }] }] }),
    sharp({ create: { width: 8, height: 6, channels: 3, background: '#7a5230' } })
      .png()
      .toBuffer(),
  ]);
});

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function caseWithObjects() {
  const { session } = await newCaseFile();
  const c = createCase(session, {
    reference: 'ITCG-2026-0051',
    title: 'Icon with an export licence from a transit country',
    openedOn: '2026-02-14',
  });
  const icon = createObject(session, c.id, { exhibitNumber: 'E-1', typeL1: 'religious' });
  const frame = createObject(session, c.id, { exhibitNumber: 'E-2', typeL1: 'religious' });
  const other = createCase(session, {
    reference: 'ITCG-2026-0052',
    title: 'Another case',
    openedOn: '2026-02-15',
  });
  const foreign = createObject(session, other.id, { exhibitNumber: 'X-1', typeL1: 'coins' });
  return { session, caseId: c.id, icon, frame, otherCaseId: other.id, foreign };
}

function counts(session: CaseFileSession) {
  const count = (table: string) =>
    session.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return {
    document: count('document'),
    documentObject: count('document_object'),
    documentText: count('document_text'),
    attachment: count('attachment'),
    blob: count('blob'),
    chunk: count('blob_chunk'),
    search: count('search_row'),
    audit: count('audit_log'),
  };
}

function actionsOf(session: CaseFileSession, since = 0) {
  return (
    session.db
      .prepare('SELECT action, entity_id, changes FROM audit_log WHERE seq > ? ORDER BY seq')
      .all(since) as Array<{ action: string; entity_id: string; changes: string }>
  ).map((r) => ({
    action: r.action,
    entityId: r.entity_id,
    changes: JSON.parse(r.changes) as Record<string, { before: unknown; after: unknown }>,
  }));
}

const lastSeq = (session: CaseFileSession) =>
  session.db.prepare('SELECT coalesce(max(seq), 0) FROM audit_log').pluck().get() as number;

function foundDocuments(session: CaseFileSession, query: string, caseId?: string): string[] {
  const results = searchAll(session, { query, kinds: ['document'], ...(caseId ? { caseId } : {}) });
  return results.groups.flatMap((g) => g.hits.map((h) => h.entityId));
}

function issuesOf(e: { details?: Record<string, unknown> }): string[] {
  return ((e.details?.issues ?? []) as Array<{ path: string[] }>).map((i) => i.path.join('.'));
}

const LICENCE: DocumentFieldsInput = {
  type: 'export-licence',
  number: '114/1968',
  issuedOn: '1968-05',
  issuerCountry: 'MK',
  language: 'mk',
  description: 'Licence produced by the holder; stamp partly illegible',
};

describe('documents', () => {
  it('adds a PDF: file hashed, text read in both scripts and searchable, objects linked, audited', async () => {
    const { session, caseId, icon, frame } = await caseWithObjects();
    const issuer = createParty(session, {
      kind: 'organisation',
      name: 'Министерство за култура',
      organisationType: 'authority',
    });
    const seq = lastSeq(session);
    const added = await addDocument(
      session,
      caseId,
      bytesSource('izvozna-dozvola.pdf', licencePdf),
      {
        ...LICENCE,
        issuer: { partyId: issuer.id, name: '' },
        objectIds: [icon.id, frame.id, icon.id],
      },
    );
    expect(added).toMatchObject({
      caseId,
      type: 'export-licence',
      objectIds: [icon.id, frame.id],
      version: 1,
      file: {
        name: 'izvozna-dozvola.pdf',
        mediaType: 'application/pdf',
        size: licencePdf.length,
        sha256: sha256(licencePdf),
      },
      text: { status: 'extracted', pages: 2 },
      citedBy: 0,
    });
    expect(added.file?.attachmentId).toBe(added.attachmentId);

    const stored = session.db
      .prepare('SELECT status, pages, text FROM document_text WHERE document_id = ?')
      .get(added.id) as { status: string; pages: number; text: string };
    expect(stored.text).toContain('EXPORT LICENCE No. 114/1968');
    expect(stored.text).toContain('Икона Св. Никола, темпера на дрво');
    expect(stored.text).toContain('nur für Ausstellungszwecke');

    // A Latin query finds the Cyrillic text of the file; the issuer and number are found too.
    expect(foundDocuments(session, 'ikona tempera')).toEqual([added.id]);
    expect(foundDocuments(session, 'Trajko Petrovski', caseId)).toEqual([added.id]);
    expect(foundDocuments(session, 'ministerstvo za kultura')).toEqual([added.id]);
    expect(foundDocuments(session, 'Ausstellungszwecke')).toEqual([added.id]);
    const hit = searchAll(session, { query: '114/1968', kinds: ['document'] }).groups[0]?.hits[0];
    expect(hit?.title).toBe('Export licence / certificate — 114/1968');

    expect(
      session.db
        .prepare('SELECT object_id FROM document_object WHERE document_id = ? ORDER BY object_id')
        .pluck()
        .all(added.id),
    ).toEqual([icon.id, frame.id].sort());
    const audit = actionsOf(session, seq);
    expect(audit.map((a) => a.action)).toEqual(['attachment.ingest', 'document.create']);
    expect(audit[0]?.changes.sha256?.after).toBe(sha256(licencePdf));
    expect(audit[1]).toMatchObject({
      entityId: added.id,
      changes: { number: { before: null, after: '114/1968' } },
    });

    expect(getDocument(session, added.id)).toEqual(added);
    expect(listDocuments(session, caseId, frame.id).map((d) => d.id)).toEqual([added.id]);
    const content = documentContent(session, added.id);
    expect(content.mediaType).toBe('application/pdf');
    expect(content.text).toBe(stored.text);
    const m = /^data:application\/pdf;base64,(.*)$/s.exec(content.dataUrl ?? '');
    expect(Buffer.from(m?.[1] ?? '', 'base64').equals(licencePdf)).toBe(true);
  });

  it('stores an image as evidence without text, and refuses the same file twice in a case', async () => {
    const { session, caseId, icon, otherCaseId } = await caseWithObjects();
    const photo = await addDocument(session, caseId, bytesSource('dealer-photo.png', photoPng), {
      type: 'photograph',
      objectIds: [icon.id],
    });
    expect(photo).toMatchObject({
      file: { mediaType: 'image/png', sha256: sha256(photoPng) },
      text: { status: 'not_extractable', pages: 0 },
    });
    expect(documentContent(session, photo.id).dataUrl).toMatch(/^data:image\/png;base64,/);

    const before = counts(session);
    const e = await expectCaseFileError(
      () =>
        addDocument(session, caseId, bytesSource('copy of photo.png', photoPng), {
          type: 'correspondence',
          title: 'Sent again by e-mail',
        }),
      'ALREADY_EXISTS',
    );
    expect(e.details).toMatchObject({ documentId: photo.id });
    expect(e.message).toContain('Photograph');
    expect(counts(session)).toEqual(before);

    // Another case may hold the same evidence; the content is stored once.
    const elsewhere = await addDocument(session, otherCaseId, bytesSource('photo.png', photoPng), {
      type: 'photograph',
    });
    expect(elsewhere.file?.sha256).toBe(photo.file?.sha256);
    expect(counts(session).blob).toBe(before.blob);
  });

  it('refuses a file over the attachment limit and writes nothing', async () => {
    const { session, caseId } = await caseWithObjects();
    setAttachmentLimit(session, 4096);
    const before = counts(session);
    const e = await expectCaseFileError(
      () => addDocument(session, caseId, bytesSource('licence.pdf', licencePdf), LICENCE),
      'TOO_LARGE',
    );
    expect(e.details).toMatchObject({ limit: 4096 });
    // A source announcing a smaller size than it delivers is caught while reading.
    const lying = { ...bytesSource('licence.pdf', licencePdf), size: 100 };
    await expectCaseFileError(() => addDocument(session, caseId, lying, LICENCE), 'TOO_LARGE');
    expect(counts(session)).toEqual(before);
  });

  it('refuses unknown types, objects of another case, missing issuers and bad capture URLs, naming the field', async () => {
    const { session, caseId, icon, foreign } = await caseWithObjects();
    const before = counts(session);
    const refused: Array<[DocumentFieldsInput, string]> = [
      [{ type: 'papyrus' }, 'type'],
      [{ type: 'invoice', objectIds: [icon.id, foreign.id] }, 'objectIds.1'],
      [{ type: 'invoice', objectIds: [NOWHERE] }, 'objectIds.0'],
      [{ type: 'invoice', issuer: { partyId: NOWHERE, name: '' } }, 'issuer.partyId'],
      [
        {
          type: 'web-capture',
          webCapture: { url: 'javascript:alert(1)', capturedAt: '2026-02-01T10:00Z' },
        },
        'webCapture.url',
      ],
      [
        {
          type: 'web-capture',
          webCapture: { url: 'https://auction.example/lot/77', capturedAt: 'yesterday' },
        },
        'webCapture.capturedAt',
      ],
      [{ type: 'invoice', language: 'Serbian' }, 'language'],
    ];
    for (const [fields, path] of refused) {
      const viaFile = await expectCaseFileError(
        () => addDocument(session, caseId, bytesSource('scan.png', photoPng), fields),
        'INVALID_INPUT',
      );
      expect(issuesOf(viaFile), path).toEqual([path]);
      const recorded = await expectCaseFileError(
        () => recordDocument(session, caseId, fields),
        'INVALID_INPUT',
      );
      expect(issuesOf(recorded), path).toEqual([path]);
    }
    await expectCaseFileError(
      () => recordDocument(session, NOWHERE, { type: 'invoice' }),
      'NOT_FOUND',
    );
    expect(counts(session)).toEqual(before);

    const capture = recordDocument(session, caseId, {
      type: 'web-capture',
      title: 'Lot 77: Byzantine icon, "old family collection"',
      webCapture: {
        url: 'https://auction.example/lot/77',
        capturedAt: '2026-02-01T10:00:00+01:00',
        tool: 'Hunchly',
      },
    });
    expect(capture).toMatchObject({ file: null, text: { status: 'no_file', pages: 0 } });
    expect(foundDocuments(session, 'auction.example')).toEqual([capture.id]);
  });

  it('edits with a version check, requires a reason for a forged assessment, and keeps links and search in step', async () => {
    const { session, caseId, icon, frame } = await caseWithObjects();
    const doc = recordDocument(session, caseId, { ...LICENCE, objectIds: [icon.id] });
    const { id, version } = doc;
    const fieldsOf = (d: DocumentView): DocumentFieldsInput => ({
      type: d.type,
      title: d.title,
      issuer: d.issuer,
      issuerCountry: d.issuerCountry,
      number: d.number,
      issuedOn: d.issuedOn,
      language: d.language,
      description: d.description,
      assessment: d.assessment,
      grading: d.grading,
      handlingCode: d.handlingCode,
      webCapture: d.webCapture,
      objectIds: d.objectIds,
    });
    const forged = await expectCaseFileError(
      () =>
        updateDocument(session, {
          id,
          version,
          fields: { ...fieldsOf(doc), assessment: { status: 'forged' } },
        }),
      'INVALID_INPUT',
    );
    expect(issuesOf(forged)).toEqual(['assessment.reason']);

    const updated = updateDocument(session, {
      id,
      version,
      fields: {
        ...fieldsOf(doc),
        assessment: {
          status: 'forged',
          reason: 'Stamp of a ministry that did not exist in 1968',
          by: 'Museum of Macedonia',
          on: '2026-02-20',
        },
        grading: { source: 'B', information: '2' },
        objectIds: [frame.id],
      },
    });
    expect(updated).toMatchObject({ version: 2, assessment: { status: 'forged' } });
    expect(session.db.prepare('SELECT assessment FROM document WHERE id = ?').pluck().get(id)).toBe(
      'forged',
    );
    expect(listDocuments(session, caseId, icon.id)).toEqual([]);
    expect(listDocuments(session, caseId, frame.id).map((d) => d.id)).toEqual([id]);
    expect(foundDocuments(session, 'ministry that did not exist')).toEqual([id]);
    expect(actionsOf(session).at(-1)).toMatchObject({
      action: 'document.update',
      changes: { objectIds: { before: [icon.id], after: [frame.id] } },
    });

    const before = counts(session);
    const stale = await expectCaseFileError(
      () => updateDocument(session, { id, version, fields: { ...fieldsOf(doc), title: 'Later' } }),
      'EDIT_CONFLICT',
    );
    expect(stale.details).toMatchObject({ currentVersion: 2, expectedVersion: 1 });
    // Unchanged fields write nothing.
    expect(updateDocument(session, { id, version: 2, fields: fieldsOf(updated) }).version).toBe(2);
    expect(counts(session)).toEqual(before);
  });

  it('lists a case’s documents by issue date, undated ones last', async () => {
    const { session, caseId } = await caseWithObjects();
    const undated = recordDocument(session, caseId, { type: 'holder-statement' });
    const later = recordDocument(session, caseId, { type: 'invoice', issuedOn: '2011-05-02' });
    const earlier = recordDocument(session, caseId, { type: 'invoice', issuedOn: '1968' });
    expect(listDocuments(session, caseId).map((d) => d.id)).toEqual([
      earlier.id,
      later.id,
      undated.id,
    ]);
  });

  it('verifies a document’s file, audits the check, and notices an altered chunk', async () => {
    const { session, caseId } = await caseWithObjects();
    const doc = await addDocument(session, caseId, bytesSource('licence.pdf', licencePdf), LICENCE);
    const intact = verifyDocument(session, doc.id);
    expect(intact).toEqual({
      documentId: doc.id,
      ok: true,
      sha256: sha256(licencePdf),
      checkedAt: expect.any(String),
    });
    // The check is dated by the case file's clock, like its audit entry.
    expect(
      session.db.prepare("SELECT at FROM audit_log WHERE action = 'document.verify'").pluck().get(),
    ).toBe(intact.checkedAt);

    const blobId = session.db
      .prepare('SELECT blob_id FROM attachment WHERE id = ?')
      .pluck()
      .get(doc.attachmentId) as number;
    const chunk = session.db
      .prepare('SELECT data FROM blob_chunk WHERE blob_id = ? AND idx = 0')
      .pluck()
      .get(blobId) as Buffer;
    const altered = Buffer.from(chunk);
    altered[200] = (altered[200] as number) ^ 0x01;
    session.db
      .prepare('UPDATE blob_chunk SET data = ? WHERE blob_id = ? AND idx = 0')
      .run(altered, blobId);

    const broken = verifyDocument(session, doc.id);
    expect(broken).toMatchObject({ documentId: doc.id, ok: false, sha256: sha256(altered) });
    expect(
      actionsOf(session)
        .filter((a) => a.action === 'document.verify')
        .map((a) => [a.entityId, a.changes.result?.after, a.changes.sha256?.before]),
    ).toEqual([
      [doc.id, 'intact', sha256(licencePdf)],
      [doc.id, 'altered', sha256(licencePdf)],
    ]);
    await expectCaseFileError(() => documentContent(session, doc.id), 'CASE_FILE_DAMAGED');

    const paper = recordDocument(session, caseId, { type: 'invoice' });
    await expectCaseFileError(() => verifyDocument(session, paper.id), 'NOT_FOUND');
  });

  it('gives a recorded document its file once, with a version check', async () => {
    const { session, caseId } = await caseWithObjects();
    const paper = recordDocument(session, caseId, { type: 'invoice', number: 'R-17/2009' });
    const csv = Buffer.from('\uFEFFlot;item;price\n77;Икона Св. Никола;12000 EUR\n', 'utf8');

    await expectCaseFileError(
      () =>
        attachDocumentFile(session, {
          id: paper.id,
          version: 2,
          source: bytesSource('invoice.csv', csv),
        }),
      'EDIT_CONFLICT',
    );
    const seq = lastSeq(session);
    const attached = await attachDocumentFile(session, {
      id: paper.id,
      version: 1,
      source: bytesSource('invoice.csv', csv),
    });
    expect(attached).toMatchObject({
      version: 2,
      number: 'R-17/2009',
      file: { name: 'invoice.csv', mediaType: 'text/csv', sha256: sha256(csv) },
      text: { status: 'extracted', pages: 0 },
    });
    expect(actionsOf(session, seq).map((a) => a.action)).toEqual([
      'attachment.ingest',
      'document.attach-file',
    ]);
    expect(documentContent(session, paper.id)).toMatchObject({
      mediaType: 'text/csv',
      text: 'lot;item;price\n77;Икона Св. Никола;12000 EUR\n',
    });
    expect(foundDocuments(session, 'ikona')).toEqual([paper.id]);

    const before = counts(session);
    await expectCaseFileError(
      () =>
        attachDocumentFile(session, {
          id: paper.id,
          version: 2,
          source: bytesSource('other.png', photoPng),
        }),
      'NOT_ALLOWED',
    );
    expect(counts(session)).toEqual(before);
  });

  it('checks cited documents against the case and counts who cites them', async () => {
    const { session, caseId, otherCaseId } = await caseWithObjects();
    const mine = recordDocument(session, caseId, { type: 'invoice' });
    const theirs = recordDocument(session, otherCaseId, { type: 'invoice' });
    expect(() => requireDocumentsOfCase(session.db, caseId, [mine.id])).not.toThrow();
    for (const id of [theirs.id, NOWHERE]) {
      const e = await expectCaseFileError(
        () => requireDocumentsOfCase(session.db, caseId, [mine.id, id]),
        'INVALID_INPUT',
      );
      expect(issuesOf(e)).toEqual(['sources']);
    }
    const cite = (entityId: string, pages: string[]) =>
      write(session, (tx) => {
        syncCitations(
          tx.db,
          'provenance_event',
          entityId,
          pages.map((page) => ({ documentId: mine.id, page })),
        );
        tx.audit({ action: 'test.cite', entityType: 'test', entityId, changes: {} });
      });
    cite('event-1', ['3', '4', '4']);
    cite('event-2', ['']);
    expect(getDocument(session, mine.id).citedBy).toBe(2);
    cite('event-1', []);
    expect(getDocument(session, mine.id).citedBy).toBe(1);
  });
});

describe('documentText', () => {
  it('reads PDFs, plain text and CSV; reports scans, other files and damage without throwing', async () => {
    expect(await documentText(scanPdf, 'application/pdf')).toEqual({
      status: 'no_text',
      pages: 1,
      text: '',
    });
    expect(await documentText(Buffer.from('Ikona\r\nИкона'), 'text/plain; charset=utf-8')).toEqual({
      status: 'extracted',
      pages: 0,
      text: 'Ikona\r\nИкона',
    });
    expect(await documentText(photoPng, 'image/png')).toEqual({
      status: 'not_extractable',
      pages: 0,
      text: '',
    });
    const damaged = Buffer.concat([licencePdf.subarray(0, 400), Buffer.from('garbage')]);
    expect((await documentText(damaged, 'application/pdf')).status).toBe('failed');
    expect(await documentText(Buffer.from('not a pdf at all'), 'application/pdf')).toEqual({
      status: 'failed',
      pages: 0,
      text: '',
    });
    // The PDF given is not consumed: pdf.js gets a copy.
    const bytes = Buffer.from(licencePdf);
    await documentText(bytes, 'application/pdf');
    expect(bytes.equals(licencePdf)).toBe(true);
  });
});
