import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { bytesSource, CaseFileErrorCode, fixedClock, write } from '../../../src/main/core';
import { createCase } from '../../../src/main/core/cases/cases';
import { addConsultation, getConsultation } from '../../../src/main/core/experts/consultations';
import { LETTER_PHOTO_PX, writeConsultationLetter } from '../../../src/main/core/experts/letter';
import { letterDocument, type LetterData } from '../../../src/main/core/experts/letter-doc';
import { EXPERT_SPEC } from '../../../src/main/core/experts/specs';
import { listReports, verifyReportBytes } from '../../../src/main/core/reports';
import { demoPhoto } from '../../../src/main/core/images';
import { createObject } from '../../../src/main/core/objects';
import { addPhoto } from '../../../src/main/core/photos';
import { insertRecord, newMeta } from '../../../src/main/core/records/record-store';
import { ExpertFields, type ConsultationFieldsInput } from '../../../src/shared/domain/expert';
import en from '../../../src/shared/i18n/features/expertLetter/en.json';
import srCyrl from '../../../src/shared/i18n/features/expertLetter/sr-Cyrl.json';
import {
  expectCaseFileError,
  newCaseFile,
  OPERATOR,
  tempDir,
  type TestCaseFile,
} from '../../helpers/case-files';

/** poppler-utils: what a reader's PDF software sees. */
const poppler = (tool: string, ...args: string[]): string =>
  execFileSync(tool, args, { encoding: 'utf8' });
const textOf = (file: string) => poppler('pdftotext', '-enc', 'UTF-8', file, '-');
const compact = (s: string) => s.replace(/\s+/g, '');

const CUSTOM = 'Is the gilding of the halo original, or was it renewed in the 19th century?';
const AT = '2026-03-01T08:00:00Z';

async function setUp(cf: TestCaseFile) {
  const { session } = cf;
  const c = createCase(session, {
    reference: 'ITCG-2026-0011',
    title: 'Icons and antiquities — Skopje–München',
    unit: 'Služba za suzbijanje krijumčarenja kulturnih dobara',
    openedOn: '2026-02-10',
  });
  const icon = createObject(session, c.id, {
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
    ],
    dating: { earliest: 1550, latest: 1600, text: 'second half of the 16th century' },
    subject: 'Saint Nicholas, half figure, blessing',
    distinguishingFeatures: 'Vertical crack through the left board; candle burns lower edge',
    description: 'Icon on a single lime board with two battens on the back',
    placeOfOrigin: { text: 'Western Macedonia', country: 'MK' },
  });
  const hoard = createObject(session, c.id, {
    exhibitNumber: 'E-2',
    typeL1: 'coins',
    typeL2: 'coins.hoard',
    lotCount: 1200,
    materials: ['bronze'],
    dating: { earliest: 306, latest: 337, text: 'Constantine I' },
    description: 'Hoard of 1,200 Roman bronze coins (folles), green patina, soil deposits',
  });
  for (const role of ['overall', 'detail'] as const) {
    await addPhoto(session, {
      objectId: icon.id,
      source: bytesSource(`icon-${role}.jpg`, await demoPhoto('icon', { seed: 3, role })),
      role,
      caption: role === 'detail' ? 'Crack, left board' : '',
    });
  }
  await addPhoto(session, {
    objectId: hoard.id,
    source: bytesSource('coins.jpg', await demoPhoto('coin', { seed: 4, role: 'overall' })),
    role: 'overall',
  });
  const expert = write(session, (tx) =>
    insertRecord(tx, EXPERT_SPEC, {
      ...ExpertFields.parse({
        name: 'Elena Stojanovska',
        title: 'Dr',
        institution: 'Национален конзерваторски центар',
        address: 'Ул. Руѓер Бошковиќ бб\n1000 Скопје',
        country: 'MK',
        languages: ['mk', 'en'],
        fields: ['icons-church-art'],
      }),
      ...newMeta(tx),
    }),
  );
  return { session, caseId: c.id, icon, hoard, expert };
}

function consultation(
  s: Awaited<ReturnType<typeof setUp>>,
  over: Partial<ConsultationFieldsInput> = {},
) {
  return addConsultation(s.session, {
    caseId: s.caseId,
    fields: {
      expertId: s.expert.id,
      objectIds: [s.icon.id, s.hoard.id],
      questions: [
        { kind: 'authenticity' },
        { kind: 'dating' },
        { kind: 'origin' },
        { kind: 'custom', text: CUSTOM },
      ],
      legalBasis: 'ZKP, član 113',
      orderedBy: 'Osnovno javno tužilaštvo u Beogradu',
      orderReference: 'KT 123/26',
      reference: '01-2345/26',
      deadline: '2026-04-15',
      signatory: 'Insp. Jelena Ilić',
      ...over,
    },
  });
}

function setClock(cf: TestCaseFile, iso: string): void {
  cf.runtime.clock = fixedClock(new Date(iso));
}

describe('the request letter', () => {
  it('prints the questions, the objects and the expert, with embedded fonts, and records its hash', async () => {
    const cf = await newCaseFile();
    const s = await setUp(cf);
    const c = consultation(s);
    const file = path.join(tempDir(), 'request.pdf');
    setClock(cf, AT);
    const result = await writeConsultationLetter(s.session, { id: c.id, path: file });

    const bytes = fs.readFileSync(file);
    expect(result.path).toBe(file);
    expect(result.bytes).toBe(bytes.length);
    expect(result.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(poppler('pdfinfo', file)).toMatch(new RegExp(`^Pages:\\s+${result.pages}$`, 'm'));
    // The letter, then one Object ID sheet per object.
    expect(result.pages).toBeGreaterThanOrEqual(3);

    const text = textOf(file);
    const flat = compact(text);
    expect(text).toContain('Dr Elena Stojanovska');
    expect(text).toContain('Национален конзерваторски центар');
    expect(text).toContain('ITCG-2026-0011');
    expect(text).toContain('01-2345/26');
    expect(text).toContain('1 March 2026');
    expect(text).toContain('15 April 2026');
    expect(text).toContain('Insp. Jelena Ilić');
    expect(text).toContain('KT 123/26');
    for (const q of [en.question.authenticity, en.question.dating, en.question.origin, CUSTOM]) {
      expect(flat).toContain(compact(q));
    }
    expect(flat).not.toContain(compact(en.question.value));
    // The Object ID sheets: exhibit numbers, titles, descriptions, measurements, origin.
    expect(text).toContain('Object ID sheet 1 of 2');
    expect(text).toContain('Object ID sheet 2 of 2');
    expect(text).toContain('E-1');
    expect(text).toContain('Св. Никола');
    expect(flat).toContain(compact('Icon on a single lime board with two battens on the back'));
    expect(flat).toContain(compact('Vertical crack through the left board'));
    expect(flat).toContain(compact('Height: 38 cm; Width: 29.5 cm'));
    expect(flat).toContain(compact('AD 1550 – AD 1600 — second half of the 16th century'));
    expect(flat).toContain(compact('Western Macedonia, North Macedonia'));
    expect(text).toContain('E-2');
    expect(flat).toContain(compact('Hoard of 1,200 Roman bronze coins'));
    expect(flat).toContain('1,200');
    expect(flat).toContain(compact('Crack, left board'));
    // Only what the expert needs: not the case's title.
    expect(text).not.toContain('Skopje–München');

    const fonts = poppler('pdffonts', file).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const row of fonts) expect(row.split(/\s+/).at(-5), row).toBe('yes');

    // Three photos, each the print derivative: JPEG, no larger than the print size.
    const images = poppler('pdfimages', '-list', file).trim().split('\n').slice(2);
    expect(images).toHaveLength(3);
    for (const row of images) {
      const [, , type, width, height, , , , enc] = row.trim().split(/\s+/);
      expect(type).toBe('image');
      expect(enc).toBe('jpeg');
      expect(Math.max(Number(width), Number(height))).toBeLessThanOrEqual(LETTER_PHOTO_PX);
    }

    // Recorded on the consultation, audited.
    const letter = {
      sha256: result.sha256,
      bytes: result.bytes,
      pages: result.pages,
      generatedAt: '2026-03-01T08:00:00.000Z',
      generatedBy: OPERATOR,
      language: 'en',
      secondLanguage: null,
    };
    expect(result.consultation.letters).toEqual([letter]);
    expect(result.consultation.version).toBe(2);
    expect(getConsultation(s.session, c.id).letters).toEqual([letter]);
    const actions = s.session.db
      .prepare('SELECT action FROM audit_log WHERE entity_id = ? ORDER BY seq')
      .pluck()
      .all(c.id);
    expect(actions).toEqual(['consultation.create', 'consultation.letter']);

    // …and in the report register, in the same transaction: its ID in the footer, and a copy
    // verified byte for byte.
    const [registered] = listReports(s.session.db);
    expect(registered).toMatchObject({
      kind: 'expert-letter',
      sha256: result.sha256,
      params: { consultationId: c.id },
      generatedBy: OPERATOR,
    });
    expect(textOf(file)).toContain(registered!.id);
    const copy = fs.readFileSync(file);
    expect(verifyReportBytes(s.session.db, copy)).toMatchObject({ match: true });
    copy[copy.length >> 1] ^= 1;
    expect(verifyReportBytes(s.session.db, copy)).toMatchObject({
      match: false,
      claimedId: registered!.id,
    });
  });

  it('gives byte-identical files for the same data and clock', async () => {
    const cf = await newCaseFile();
    const s = await setUp(cf);
    const c = consultation(s);
    const dir = tempDir();
    setClock(cf, AT);
    const a = await writeConsultationLetter(s.session, { id: c.id, path: path.join(dir, 'a.pdf') });
    setClock(cf, AT);
    const b = await writeConsultationLetter(s.session, { id: c.id, path: path.join(dir, 'b.pdf') });
    expect(
      fs.readFileSync(path.join(dir, 'b.pdf')).equals(fs.readFileSync(path.join(dir, 'a.pdf'))),
    ).toBe(true);
    expect(b.sha256).toBe(a.sha256);
    expect(b.consultation.letters.map((l) => l.sha256)).toEqual([a.sha256, a.sha256]);
    expect(listReports(s.session.db).map((r) => r.generations)).toEqual([2]);

    // A day later the letter is dated differently, so its hash differs.
    setClock(cf, '2026-03-02T08:00:00Z');
    const later = await writeConsultationLetter(s.session, {
      id: c.id,
      path: path.join(dir, 'c.pdf'),
    });
    expect(later.sha256).not.toBe(a.sha256);
    expect(textOf(path.join(dir, 'c.pdf'))).toContain('2 March 2026');
  });

  it('prints every heading and template text in both languages, Cyrillic extracted intact', async () => {
    const cf = await newCaseFile();
    const s = await setUp(cf);
    const c = consultation(s, { language: 'en', secondLanguage: 'sr-Cyrl' });
    const file = path.join(tempDir(), 'bilingual.pdf');
    setClock(cf, AT);
    const result = await writeConsultationLetter(s.session, { id: c.id, path: file });
    expect(result.consultation.letters[0]).toMatchObject({
      language: 'en',
      secondLanguage: 'sr-Cyrl',
    });

    const text = textOf(file);
    const flat = compact(text);
    for (const heading of [
      srCyrl.questionsHeading,
      srCyrl.mandateHeading,
      srCyrl.replyHeading,
      srCyrl.field.description,
      srCyrl.field.placeOfOrigin,
    ]) {
      expect(text).toContain(heading);
    }
    for (const heading of [en.questionsHeading, en.mandateHeading, en.replyHeading]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Образац Object ID 1 од 2');
    expect(text).toContain('Object ID sheet 1 of 2');
    expect(flat).toContain(compact(srCyrl.question.authenticity));
    expect(flat).toContain(compact(en.question.authenticity));
    expect(text).toContain('15. април 2026.');
    expect(text).toContain('15 April 2026');
    // What was typed is printed once.
    expect(flat.split(compact(CUSTOM))).toHaveLength(2);
    expect(flat).toContain(compact('Hoard of 1,200 Roman bronze coins'));
  });

  it('refuses a relative path and an unknown consultation, and writes nothing', async () => {
    const cf = await newCaseFile();
    const s = await setUp(cf);
    const c = consultation(s);
    await expectCaseFileError(
      () => writeConsultationLetter(s.session, { id: c.id, path: 'letter.pdf' }),
      CaseFileErrorCode.InvalidInput,
    );
    const dir = tempDir();
    await expectCaseFileError(
      () =>
        writeConsultationLetter(s.session, {
          id: '00000000-0000-4000-8000-00000000ffff',
          path: path.join(dir, 'x.pdf'),
        }),
      CaseFileErrorCode.NotFound,
    );
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(getConsultation(s.session, c.id).letters).toEqual([]);
  });
});

describe('letterDocument (the pure builder)', () => {
  const data = (over: Partial<LetterData> = {}): LetterData => ({
    language: 'en',
    secondLanguage: null,
    generatedAt: new Date(AT),
    date: '2026-03-01',
    unit: 'Unit',
    caseReference: 'C-1',
    classification: 'restricted',
    reference: 'R-1',
    expert: { title: '', name: 'Expert', institution: '', address: '', country: null },
    legalBasis: '',
    orderedBy: '',
    orderReference: '',
    deadline: null,
    questions: [{ kind: 'value', text: '' }],
    objects: [],
    signatory: '',
    ...over,
  });

  it('fixes the creation date and producer, and gives the same definition for the same data', () => {
    const doc = letterDocument(data()).doc;
    expect((doc['info'] as Record<string, unknown>)['creationDate']).toEqual(new Date(AT));
    expect((doc['info'] as Record<string, unknown>)['producer']).toBe('Custodia (pdfmake)');
    expect(JSON.stringify(letterDocument(data()).doc)).toBe(JSON.stringify(doc));
  });

  it('sets template texts side by side only when the second language differs', () => {
    const json = (d: LetterData) => JSON.stringify(letterDocument(d).doc);
    expect(json(data({ secondLanguage: 'en' }))).toBe(json(data()));
    const bilingual = json(data({ secondLanguage: 'sq' }));
    expect(bilingual).toContain(JSON.stringify(en.question.value));
    expect(bilingual).toContain('Sa është vlera e vlerësuar');
    expect(json(data())).not.toContain('Sa është vlera e vlerësuar');
  });

  it('marks the classification on every page, in the letter languages', () => {
    const doc = letterDocument(data({ secondLanguage: 'sr-Cyrl' })).doc;
    const header = (doc['header'] as () => { text: string } | null)();
    expect(header?.text).toBe('RESTRICTED / ИНТЕРНО');
    const open = letterDocument(data({ classification: 'unclassified' })).doc;
    expect((open['header'] as () => unknown)()).toBeNull();
  });

  it('says when no deadline was set, quoting the case when there is no own reference', async () => {
    const json = JSON.stringify(letterDocument(data({ reference: '' })).doc);
    expect(json).toContain('as soon as possible, quoting the reference C-1');
    // The photo of the sheet is the JPEG handed in, by data URL (no file, no URL).
    const jpeg = await sharp({
      create: { width: 8, height: 6, channels: 3, background: '#888' },
    })
      .jpeg()
      .toBuffer();
    const doc = letterDocument(
      data({
        objects: [
          {
            exhibitNumber: 'E-9',
            typeL1: 'other',
            typeL2: null,
            lotCount: null,
            title: '',
            materials: [],
            techniques: [],
            measurements: [],
            inscriptions: [],
            dating: { earliest: -400, latest: -300, text: '' },
            maker: '',
            subject: '',
            distinguishingFeatures: '',
            description: '',
            placeOfOrigin: { text: '', country: null, lat: null, lon: null },
            displayTitle: 'Other',
            typeLabel: 'Other',
            photos: [{ jpeg, width: 8, height: 6, role: 'overall', caption: '' }],
            morePhotos: 4,
          },
        ],
      }),
    ).doc;
    expect(doc['images']).toEqual({
      'photo-1-1': `data:image/jpeg;base64,${jpeg.toString('base64')}`,
    });
    const all = JSON.stringify(doc);
    expect(all).toContain('400 BC – 300 BC');
    expect(all).toContain('Further photographs kept in the case file: 4');
  });
});
