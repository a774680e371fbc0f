import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseFileSession } from '../../../src/main/core';
import { addExpert, listExperts } from '../../../src/main/core/experts/directory';
import { exportExperts, importExperts } from '../../../src/main/core/experts/directory-file';
import type { ExpertFieldsInput } from '../../../src/shared/domain/expert';
import type { ExpertView } from '../../../src/shared/domain/expert-views';
import { expectCaseFileError, newCaseFile, tempDir } from '../../helpers/case-files';

const EXPERTS: ExpertFieldsInput[] = [
  {
    name: 'Milica Petrović',
    title: 'Dr',
    institution: 'Narodni muzej Srbije (Beograd)',
    country: 'RS',
    languages: ['sr', 'en'],
    fields: ['numismatics', 'valuation'],
    courtRegistration: 'Viši sud u Beogradu, br. 721-03/19',
    phone: '+381 11 3306 000',
    availability: 'Tuesdays and Thursdays;\nnot in August',
    notes: 'Said "yes" to urgent requests, twice.',
  },
  {
    name: 'Јован Стојановић',
    institution: 'Галерија Матице српске',
    country: 'RS',
    languages: ['sr'],
    fields: ['icons-church-art', 'paintings'],
    notes: '=SUM(A1) is not a formula here',
  },
  {
    name: 'Arben Hoxha',
    title: 'Prof.',
    institution: 'Instituti i Arkeologjisë (Tiranë)',
    country: 'AL',
    languages: ['sq', 'it'],
    fields: ['classical-archaeology'],
    email: 'a.hoxha@example.al',
  },
  {
    name: 'Klaus Weber',
    institution: '',
    country: null,
    languages: [],
    fields: ['dating-laboratory'],
    active: false,
  },
];

function fieldsOf(v: ExpertView) {
  const {
    id: _i,
    version: _v,
    createdAt: _c,
    updatedAt: _u,
    consultationCount: _n,
    openCount: _o,
    overdueCount: _d,
    opinionCount: _p,
    medianTurnaroundDays: _m,
    lastConsultedOn: _l,
    ...fields
  } = v;
  return fields;
}

const everyone = (session: CaseFileSession) =>
  listExperts(session, { includeInactive: true }).map(fieldsOf);
const expertCount = (session: CaseFileSession) =>
  session.db.prepare('SELECT count(*) FROM expert').pluck().get();
const auditCount = (session: CaseFileSession) =>
  session.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const issuesOf = (e: { details?: Record<string, unknown> }) =>
  e.details?.['issues'] as Array<{ path: string[]; message: string; row?: number }>;

async function filledDirectory() {
  const source = await newCaseFile();
  for (const fields of EXPERTS) addExpert(source.session, { fields });
  return source.session;
}

describe('directory files', () => {
  for (const format of ['json', 'csv'] as const) {
    it(`exports the directory as ${format} and imports it into another case file unchanged`, async () => {
      const source = await filledDirectory();
      const file = path.join(tempDir(), `experts.${format}`);
      const written = await exportExperts(source, file, format);
      expect(written).toEqual({ path: file, count: 4, sha256: sha(file) });
      const exportAudit = source.db
        .prepare("SELECT changes FROM audit_log WHERE action = 'expert.export'")
        .pluck()
        .get() as string;
      expect(JSON.parse(exportAudit)).toMatchObject({
        format: { after: format },
        count: { after: 4 },
        sha256: { after: written.sha256 },
      });

      const { session: target } = await newCaseFile();
      const result = await importExperts(target, file);
      expect(result).toEqual({ added: 4, skipped: [], sha256: written.sha256 });
      expect(everyone(target)).toEqual(everyone(source));
      const entries = target.db
        .prepare("SELECT entity_type, changes FROM audit_log WHERE action = 'expert.import'")
        .all() as Array<{ entity_type: string; changes: string }>;
      expect(entries.filter((e) => e.entity_type === 'expert')).toHaveLength(4);
      const summary = entries.find((e) => e.entity_type === 'case_file');
      expect(JSON.parse(summary?.changes ?? '{}')).toMatchObject({
        sha256: { after: written.sha256 },
        format: { after: format },
        added: { after: 4 },
        skipped: { after: 0 },
      });

      // The same file again adds nobody: every expert is already there.
      const again = await importExperts(target, file);
      expect(again.added).toBe(0);
      expect(again.skipped.map((s) => [s.row, s.name])).toEqual(
        everyone(source).map((e, i) => [format === 'csv' ? i + 2 : i + 1, e.name]),
      );
      expect(again.skipped[0]?.reason).toContain('already in the directory');
      expect(expertCount(target)).toBe(4);
    });
  }

  it('writes stable JSON in the documented format, and guards formulas in CSV', async () => {
    const source = await filledDirectory();
    const dir = tempDir();
    await exportExperts(source, path.join(dir, 'a.json'), 'json');
    const doc = JSON.parse(fs.readFileSync(path.join(dir, 'a.json'), 'utf8')) as {
      format: string;
      version: number;
      experts: Array<Record<string, unknown>>;
    };
    expect(doc.format).toBe('custodia-experts');
    expect(doc.version).toBe(1);
    expect(Object.keys(doc.experts[0] ?? {})).toEqual([
      'name',
      'title',
      'institution',
      'country',
      'languages',
      'fields',
      'accreditation',
      'courtRegistration',
      'email',
      'phone',
      'address',
      'availability',
      'notes',
      'active',
    ]);
    // Exported again over the first file: the same bytes.
    const first = sha(path.join(dir, 'a.json'));
    await exportExperts(source, path.join(dir, 'a.json'), 'json');
    expect(sha(path.join(dir, 'a.json'))).toBe(first);
    expect(fs.readdirSync(dir)).toEqual(['a.json']);

    await exportExperts(source, path.join(dir, 'a.csv'), 'csv');
    const csv = fs.readFileSync(path.join(dir, 'a.csv'), 'utf8');
    expect(csv.startsWith('\ufeffname,title,institution,country,languages,fields,')).toBe(true);
    expect(csv).toContain("'=SUM(A1)");
    expect(csv).toContain("'+381 11 3306 000");
    expect(csv).toContain('numismatics;valuation');
  });

  it('reads a bare JSON array and a semicolon CSV written by hand', async () => {
    const dir = tempDir();
    const json = path.join(dir, 'list.json');
    fs.writeFileSync(json, JSON.stringify([{ name: 'Ana Kovač', fields: ['ceramics'] }]));
    const csv = path.join(dir, 'list.csv');
    fs.writeFileSync(
      csv,
      'Name;Country;Languages;Fields;Active\r\n' +
        'Elena Nikolovska;mk;"mk; en";"icons-church-art;paintings";no\r\n' +
        '\r\n' +
        'Luca Bianchi;IT;it;valuation;\r\n',
    );
    const { session } = await newCaseFile();
    expect((await importExperts(session, json)).added).toBe(1);
    expect((await importExperts(session, csv)).added).toBe(2);
    expect(
      listExperts(session, { includeInactive: true }).map((e) => [
        e.name,
        e.country,
        e.active,
        e.languages,
      ]),
    ).toEqual([
      ['Ana Kovač', null, true, []],
      ['Elena Nikolovska', 'MK', false, ['mk', 'en']],
      ['Luca Bianchi', 'IT', true, ['it']],
    ]);
  });

  it('refuses the whole file for one bad row, naming row and field, and writes nothing', async () => {
    const { session } = await newCaseFile();
    const dir = tempDir();
    const csv = path.join(dir, 'bad.csv');
    fs.writeFileSync(
      csv,
      '\ufeffname,country,languages,fields\n' +
        'Milica Petrović,RS,sr,numismatics\n' +
        'Arben Hoxha,Albania,sq,classical-archaeology\n' +
        'Ana Kovač,HR,hr,astrology\n',
    );
    const before = auditCount(session);
    const refused = await expectCaseFileError(() => importExperts(session, csv), 'INVALID_INPUT');
    expect(refused.message).toContain('bad.csv was not imported');
    expect(refused.message).toContain('2 rows have problems');
    expect(issuesOf(refused).map((i) => [i.row, i.path])).toEqual([
      [3, ['rows', '3', 'country']],
      [4, ['rows', '4', 'fields', '0']],
    ]);
    expect(issuesOf(refused)[1]?.message).toContain('"astrology" is not in the list');
    expect(expertCount(session)).toBe(0);
    expect(auditCount(session)).toBe(before);

    const json = path.join(dir, 'bad.json');
    fs.writeFileSync(
      json,
      JSON.stringify({
        format: 'custodia-experts',
        version: 1,
        experts: [
          { name: 'Ana Kovač', fields: ['ceramics'] },
          { name: '', fields: ['ceramics'] },
        ],
      }),
    );
    const second = await expectCaseFileError(() => importExperts(session, json), 'INVALID_INPUT');
    expect(issuesOf(second).map((i) => i.path)).toEqual([['rows', '2', 'name']]);
    expect(expertCount(session)).toBe(0);

    const columns = path.join(dir, 'columns.csv');
    fs.writeFileSync(columns, 'name,fields,rank\nAna,ceramics,1\n');
    const header = await expectCaseFileError(
      () => importExperts(session, columns),
      'INVALID_INPUT',
    );
    expect(issuesOf(header)[0]).toMatchObject({ row: 1, path: ['columns', '3'] });

    const wide = path.join(dir, 'wide.csv');
    fs.writeFileSync(wide, 'name,fields\nAna,ceramics,extra\n');
    const cells = await expectCaseFileError(() => importExperts(session, wide), 'INVALID_INPUT');
    expect(issuesOf(cells)[0]).toMatchObject({ row: 2, path: ['rows', '2'] });

    const other = path.join(dir, 'other.json');
    fs.writeFileSync(other, JSON.stringify({ format: 'custodia-bundle', version: 1 }));
    await expectCaseFileError(() => importExperts(session, other), 'INVALID_INPUT');
    const latin2 = path.join(dir, 'latin2.csv');
    fs.writeFileSync(latin2, Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x8a, 0xe8, 0x0a]));
    const encoding = await expectCaseFileError(
      () => importExperts(session, latin2),
      'INVALID_INPUT',
    );
    expect(encoding.message).toContain('UTF-8');
    expect(expertCount(session)).toBe(0);
    expect(auditCount(session)).toBe(before);
  });

  it('skips experts already in the directory or listed twice, and adds the rest', async () => {
    const { session } = await newCaseFile();
    const existing = addExpert(session, { fields: EXPERTS[0] as ExpertFieldsInput });
    const file = path.join(tempDir(), 'mixed.json');
    fs.writeFileSync(
      file,
      JSON.stringify([
        {
          name: 'Ana Kovač',
          institution: 'Arheološki muzej u Zagrebu',
          country: 'HR',
          fields: ['ceramics'],
        },
        {
          name: 'MILICA PETROVIC',
          institution: 'Народни музеј Србије (Београд)',
          country: 'RS',
          fields: ['numismatics'],
        },
        {
          name: 'ana kovac',
          institution: 'Arheoloski muzej u Zagrebu',
          country: 'HR',
          fields: ['epigraphy'],
        },
      ]),
    );
    const result = await importExperts(session, file);
    expect(result.added).toBe(1);
    expect(result.skipped).toEqual([
      {
        row: 2,
        name: 'MILICA PETROVIC',
        reason:
          'already in the directory as Dr Milica Petrović, Narodni muzej Srbije (Beograd) (RS)',
      },
      { row: 3, name: 'ana kovac', reason: 'the same expert as row 1' },
    ]);
    expect(listExperts(session, {}).map((e) => e.name)).toEqual(['Ana Kovač', 'Milica Petrović']);
    expect(listExperts(session, {}).find((e) => e.id === existing.id)?.version).toBe(1);
  });
});
