import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytesSource, ingestAttachment, type CaseFileSession } from '../../../src/main/core';
import { bundleText, exportBundle, exportBundleToFile } from '../../../src/main/core/bundle/export';
import { importBundle, importBundleFile } from '../../../src/main/core/bundle/import';
import { changeCaseStatus, createCase } from '../../../src/main/core/cases/cases';
import { linkCases } from '../../../src/main/core/cases/case-links';
import { addJournalEntry } from '../../../src/main/core/cases/journal';
import {
  addCheck,
  addCustodyEntry,
  changeLegalStatus,
  createObject,
  createSeizure,
  splitFromLot,
} from '../../../src/main/core/objects';
import { createParty } from '../../../src/main/core/parties/parties';
import { assignRole } from '../../../src/main/core/parties/party-roles';
import { caseBundleJsonSchemaText } from '../../../src/shared/domain/bundle-schema';
import type { CaseBundle } from '../../../src/shared/domain/bundle';
import { expectCaseFileError, newCaseFile, tempDir } from '../../helpers/case-files';

const count = (s: CaseFileSession, table: string) =>
  s.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

/** A case with something in every section of the bundle. */
async function richCase(session: CaseFileSession) {
  const c = createCase(session, {
    reference: 'ITCG-2026-0001',
    title: 'Икона Св. Николе — Prizren',
    offences: ['nicosia-3', 'nicosia-9'],
    openedOn: '2026-02-14',
    summary: 'Icon offered at auction in **München** with a forged export licence.',
  });
  const other = createCase(session, {
    reference: 'ITCG-2026-0002',
    title: 'Auktionshaus',
    openedOn: '2026-02-20',
  });
  changeCaseStatus(session, { id: c.id, version: 1, to: 'under_investigation', on: '2026-02-15' });
  linkCases(session, { caseId: c.id, otherCaseId: other.id, relation: 'same_objects' });
  addJournalEntry(session, {
    caseId: c.id,
    at: '2026-02-16T10:00',
    body: 'Parish priest confirms the theft.',
  });
  const suspect = createParty(session, {
    kind: 'person',
    givenNames: 'Ђорђе',
    familyName: 'Петровић',
    aliases: ['Đorđe Petrović'],
    nationalities: ['RS'],
    identityDocuments: [{ type: 'passport', number: '012345678', issuingCountry: 'RS' }],
  });
  const auction = createParty(session, {
    kind: 'organisation',
    name: 'Kunstauktionen Süd GmbH',
    organisationType: 'auction-house',
    jurisdiction: 'DE',
  });
  assignRole(session, { caseId: c.id, partyId: suspect.id, role: 'suspect' });
  assignRole(session, { caseId: c.id, partyId: auction.id, role: 'dealer' });
  const seizure = createSeizure(session, c.id, {
    reference: 'PO-17/26',
    seizedAt: '2026-02-15T06:10',
    legalBasis: 'customs-control',
    place: { address: 'Granični prelaz Batrovci', country: 'RS', lat: 45.06, lon: 19.1 },
    officers: ['Marko Đorđević'],
    sealNumbers: ['RS-000123'],
    holder: { partyId: suspect.id, name: '' },
    shipment: {
      consignor: { partyId: auction.id, name: '' },
      carrier: 'Trans-Balkan d.o.o.',
      routeLegs: [{ from: 'München', to: 'Beograd', mode: 'road' }],
      transportDocuments: [{ kind: 'cmr', number: 'CMR 445566' }],
      declaration: {
        hsCode: '9706 00 00',
        declaredDescription: 'decorative painted board',
        declaredValue: { amount: '150.00', currency: 'EUR' },
        assessedValue: { amount: '85000.00', currency: 'EUR' },
      },
    },
  });
  const icon = createObject(session, c.id, {
    exhibitNumber: 'E-1',
    seizureId: seizure.id,
    typeL1: 'religious',
    typeL2: 'religious.icon',
    title: 'Св. Никола',
    materials: ['tempera', 'wood'],
    inscriptions: [{ kind: 'inscription', text: 'IC XC', position: 'upper field' }],
    dating: { earliest: 1750, latest: 1799, text: '18th century' },
    measurements: [{ dimension: 'height', value: 38, unit: 'cm' }],
    valuation: { value: { amount: '85000.00', currency: 'EUR' }, basis: 'expert_estimate' },
  });
  const coins = createObject(session, c.id, {
    exhibitNumber: 'E-2',
    seizureId: seizure.id,
    typeL1: 'coins',
    typeL2: 'coins.hoard',
    lotCount: 1200,
    relatedObjects: [{ objectId: icon.id, relation: 'same shipment' }],
  });
  splitFromLot(session, { lotId: coins.id, count: 2 });
  changeLegalStatus(session, {
    objectId: icon.id,
    version: 1,
    to: 'frozen',
    on: '2026-03-01',
    reference: 'Kpp 12/26',
  });
  const certificate = await ingestAttachment(
    session,
    bytesSource('swoa-certificate.pdf', Buffer.from('%PDF-1.4 certificate')),
  );
  addCheck(session, icon.id, {
    database: 'interpol-swoa',
    checkedOn: '2026-02-16',
    checkedBy: 'Ana Petrović',
    queryKind: 'text',
    query: 'icon St Nicholas tempera',
    result: 'no_hit',
    certificateAttachmentId: certificate.id,
  });
  const first = addCustodyEntry(session, icon.id, {
    action: 'collect',
    at: '2026-02-15T06:30',
    to: 'Ana Petrović',
    location: 'Batrovci',
  });
  addCustodyEntry(session, icon.id, {
    action: 'store',
    at: '2026-02-15T14:00',
    location: 'Evidence room 2, shelf B',
  });
  addCustodyEntry(session, icon.id, {
    action: 'collect',
    at: '2026-02-15T06:45',
    to: 'Ana Petrović',
    location: 'Batrovci',
    correctsEntryId: first.id,
    note: 'time misread',
  });
  return { c, other, icon };
}

describe('case bundle', () => {
  it('round-trips: export → import into an empty case file → export gives the same bundle', async () => {
    const a = await newCaseFile();
    const { c, other } = await richCase(a.session);
    const first = bundleText(exportBundle(a.session, [c.id, other.id]));
    const bundle = JSON.parse(first) as CaseBundle;
    expect(bundle.cases).toHaveLength(2);
    expect(bundle.objects).toHaveLength(4);
    expect(bundle.custody).toHaveLength(3);
    expect(bundle.attachments[0]).toMatchObject({
      name: 'swoa-certificate.pdf',
      mediaType: 'application/pdf',
    });

    const b = await newCaseFile();
    const report = await importBundle(b.session, JSON.parse(first), { baseDir: null });
    expect(report.created).toMatchObject({
      cases: 2,
      objects: 4,
      parties: 2,
      custody: 3,
      attachments: 1,
    });
    const second = bundleText(exportBundle(b.session, [c.id, other.id]));
    expect(second).toBe(first);
    // Imported records are searchable like any other.
    const hits = b.session.db
      .prepare("SELECT kind FROM search_index WHERE search_index MATCH 'djordje'")
      .pluck()
      .all();
    expect(hits).toContain('party');
  });

  it('a second import changes nothing, not even the audit log', async () => {
    const a = await newCaseFile();
    const { c } = await richCase(a.session);
    const bundle = exportBundle(a.session, [c.id]);
    const b = await newCaseFile();
    await importBundle(b.session, bundle, { baseDir: null });
    const audit = count(b.session, 'audit_log');
    const again = await importBundle(b.session, bundle, { baseDir: null });
    expect(again.created).toEqual({});
    expect(again.unchanged['objects']).toBe(4);
    expect(count(b.session, 'audit_log')).toBe(audit);
  });

  it('audits every imported record with its fields', async () => {
    const a = await newCaseFile();
    const { c, icon } = await richCase(a.session);
    const b = await newCaseFile();
    await importBundle(b.session, exportBundle(a.session, [c.id]), { baseDir: null });
    const entry = b.session.db
      .prepare("SELECT changes FROM audit_log WHERE action = 'object.import' AND entity_id = ?")
      .pluck()
      .get(icon.id) as string;
    expect(JSON.parse(entry)).toMatchObject({ title: { before: null, after: 'Св. Никола' } });
    expect(
      b.session.db
        .prepare("SELECT count(*) FROM audit_log WHERE action = 'bundle.import'")
        .pluck()
        .get(),
    ).toBe(1);
  });

  it('refuses a bundle with errors, naming each JSON path, and writes nothing', async () => {
    const a = await newCaseFile();
    const { c } = await richCase(a.session);
    const good = exportBundle(a.session, [c.id]);
    const b = await newCaseFile();
    const before = count(b.session, 'audit_log');

    const wrongTypes = structuredClone(good) as unknown as {
      objects: Array<Record<string, unknown>>;
      cases: Array<Record<string, unknown>>;
    };
    wrongTypes.objects[0]!['lotCount'] = 'many';
    wrongTypes.cases[0]!['status'] = 'pending';
    const e1 = await expectCaseFileError(
      () => importBundle(b.session, wrongTypes, { baseDir: null }),
      'INVALID_INPUT',
    );
    const paths1 = (e1.details?.['issues'] as Array<{ path: string }>).map((i) => i.path);
    expect(paths1).toEqual(expect.arrayContaining(['objects[0].lotCount', 'cases[0].status']));

    const dangling = structuredClone(good);
    dangling.objects[1]!.seizureId = '00000000-0000-4000-8000-00000000dead';
    dangling.caseParties[0]!.role = 'mastermind';
    const e2 = await expectCaseFileError(
      () => importBundle(b.session, dangling, { baseDir: null }),
      'INVALID_INPUT',
    );
    const issues2 = e2.details?.['issues'] as Array<{ path: string; message: string }>;
    expect(issues2.map((i) => i.path)).toEqual(
      expect.arrayContaining(['objects[1].seizureId', 'caseParties[0].role']),
    );
    expect(issues2.find((i) => i.path === 'objects[1].seizureId')?.message).toMatch(
      /neither in the bundle nor in the case file/,
    );

    // A 300 MB photo as a side file (sparse: nothing large is written to the test disk).
    const dir = tempDir();
    const big = structuredClone(good);
    fs.mkdirSync(path.join(dir, 'files'));
    fs.writeFileSync(path.join(dir, 'files', 'big.jpg'), '');
    fs.truncateSync(path.join(dir, 'files', 'big.jpg'), 300 * 1024 * 1024);
    big.attachments.push({
      id: '00000000-0000-4000-8000-00000000b16b',
      sha256: 'a'.repeat(64),
      name: 'big.jpg',
      mediaType: 'image/jpeg',
      size: 300 * 1024 * 1024,
      ingestedAt: '2026-03-01T08:00:00.000Z',
      file: 'files/big.jpg',
    });
    fs.writeFileSync(path.join(dir, 'bundle.json'), JSON.stringify(big));
    const e3 = await expectCaseFileError(
      () => importBundleFile(b.session, path.join(dir, 'bundle.json')),
      'INVALID_INPUT',
    );
    const issues3 = e3.details?.['issues'] as Array<{ path: string; message: string }>;
    expect(issues3).toEqual([
      {
        path: `attachments[${big.attachments.length - 1}].file`,
        message: expect.stringMatching(/300\.0 MiB, above the case file's limit of 200 MiB/),
      },
    ]);

    for (const table of [
      'case_record',
      'party',
      'seized_object',
      'custody_entry',
      'attachment',
      'search_index',
    ]) {
      expect(count(b.session, table), table).toBe(0);
    }
    expect(count(b.session, 'audit_log')).toBe(before);
  });

  it('never overwrites: a record changed in the case file makes the import a clash', async () => {
    const a = await newCaseFile();
    const { c } = await richCase(a.session);
    const bundle = exportBundle(a.session, [c.id]);
    const b = await newCaseFile();
    await importBundle(b.session, bundle, { baseDir: null });
    const changed = structuredClone(bundle);
    changed.cases[0]!.title = 'Another title';
    const e = await expectCaseFileError(
      () => importBundle(b.session, changed, { baseDir: null }),
      'INVALID_INPUT',
    );
    expect(e.details?.['issues']).toEqual([
      { path: 'cases[0]', message: expect.stringMatching(/different version/) },
    ]);
  });

  it('refuses side files that climb out of the bundle folder and content that does not match its hash', async () => {
    const a = await newCaseFile();
    const { c } = await richCase(a.session);
    const dir = tempDir();
    const file = path.join(dir, 'out', 'bundle.json');
    fs.mkdirSync(path.dirname(file));
    const written = exportBundleToFile(a.session, [c.id], file, { attachments: 'files' });
    expect(written.attachments).toBe(1);
    const bundle = JSON.parse(fs.readFileSync(file, 'utf8')) as CaseBundle;
    expect(bundle.attachments[0]!.file).toMatch(/^bundle\.files\/[0-9a-f]{64}$/);
    await expectCaseFileError(() => exportBundleToFile(a.session, [c.id], file), 'ALREADY_EXISTS');

    const b = await newCaseFile();
    const escape = structuredClone(bundle);
    escape.attachments[0]!.file = '../secret';
    fs.writeFileSync(path.join(dir, 'out', 'escape.json'), JSON.stringify(escape));
    const e = await expectCaseFileError(
      () => importBundleFile(b.session, path.join(dir, 'out', 'escape.json')),
      'INVALID_INPUT',
    );
    expect((e.details?.['issues'] as Array<{ path: string }>)[0]?.path).toBe('attachments[0].file');

    fs.appendFileSync(path.join(dir, 'out', bundle.attachments[0]!.file!), 'x');
    const e2 = await expectCaseFileError(() => importBundleFile(b.session, file), 'INVALID_INPUT');
    expect(e2.details?.['issues']).toEqual([
      { path: 'attachments[0].file', message: expect.stringMatching(/bytes, not the/) },
    ]);
    expect(count(b.session, 'case_record')).toBe(0);
  });

  it('keeps docs/schema/case-bundle.schema.json in step with the zod schema (npm run schema)', () => {
    const file = path.join(
      __dirname,
      '..',
      '..',
      '..',
      'docs',
      'schema',
      'case-bundle.schema.json',
    );
    expect(fs.readFileSync(file, 'utf8')).toBe(caseBundleJsonSchemaText());
  });
});
