import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { write, type CaseFileSession } from '../../../src/main/core';
import { createCase } from '../../../src/main/core/cases/cases';
import {
  catalogue,
  currentIndicatorByCode,
  indicatorById,
  listVersions,
} from '../../../src/main/core/indicators/catalogue';
import { exportCatalogue, importCatalogue } from '../../../src/main/core/indicators/catalogue-file';
import { OBSERVATION_SPEC } from '../../../src/main/core/indicators/specs';
import { insertRecord, newMeta, requireRecord } from '../../../src/main/core/records/record-store';
import { CaseFileErrorCode } from '../../../src/main/core/support/errors';
import type { ObservationRecord } from '../../../src/shared/domain/indicator';
import {
  SHIPPED_CATALOGUE,
  SHIPPED_VERSION_ID,
} from '../../../src/shared/indicators/shipped-catalogue';
import { expectCaseFileError, newCaseFile, tempDir } from '../../helpers/case-files';

const SHIPPED_COUNT = SHIPPED_CATALOGUE.indicators.length;

function fileWith(name: string, content: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
}

function jsonCatalogue(indicators: unknown[], name = 'Common List of Indicators (test)') {
  return JSON.stringify({
    format: 'custodia-indicators',
    version: 1,
    name,
    source: 'DCAF BSP workshop',
    indicators,
  });
}

const COMMON_A1 = {
  code: 'A1',
  theme: 'object',
  text: 'Object resembles a category of an ICOM Red List.',
  source: 'Common List',
  weight: 4,
  appliesTo: ['object'],
};
const COMMON_X1 = {
  code: 'X1',
  theme: 'transport',
  text: 'Cultural goods declared as building material.',
  source: 'Common List',
  weight: 3,
  appliesTo: ['shipment'],
};

function issuesOf(e: { details?: Record<string, unknown> }) {
  return (e.details?.['issues'] ?? []) as Array<{ path: string[]; message: string }>;
}

function indicatorAudit(session: CaseFileSession): number {
  return session.db
    .prepare("SELECT count(*) FROM audit_log WHERE action LIKE 'indicator.%'")
    .pluck()
    .get() as number;
}

describe('catalogue files', () => {
  it('imports a JSON catalogue replacing the current one, recording the file hash', async () => {
    const { session } = await newCaseFile();
    const file = fileWith('common.json', jsonCatalogue([COMMON_A1, COMMON_X1]));
    const result = await importCatalogue(session, file, 'replace');
    expect(result).toMatchObject({ added: 1, changed: 1, unchanged: 0 });
    expect(result.version).toMatchObject({
      number: 2,
      origin: 'file',
      mode: 'replace',
      name: 'Common List of Indicators (test)',
      source: 'DCAF BSP workshop',
      indicatorCount: 2,
      current: true,
    });
    expect(result.version.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(catalogue(session).indicators.map((i) => i.code)).toEqual(['A1', 'X1']);
    const audit = session.db
      .prepare("SELECT changes FROM audit_log WHERE action = 'indicator.import'")
      .pluck()
      .all() as string[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0] as string)).toMatchObject({
      file: { after: 'common.json' },
      format: { after: 'json' },
      sha256: { after: result.version.fileSha256 },
      removed: { after: SHIPPED_COUNT - 1 },
    });
  });

  it('imports a CSV catalogue extending the current one by code', async () => {
    const { session } = await newCaseFile();
    const csv = [
      '\ufeffcode,theme,text,source,weight,appliesTo',
      'A1,object,"Object resembles a category of an ICOM Red List, any list.",Common List,4,object',
      `X1,transport,Cultural goods declared as building material.,Common List,3,shipment;document`,
      '',
    ].join('\r\n');
    const file = fileWith('common-list.csv', csv);
    const result = await importCatalogue(session, file, 'extend');
    expect(result).toMatchObject({ added: 1, changed: 1, unchanged: SHIPPED_COUNT - 1 });
    expect(result.version).toMatchObject({
      number: 2,
      mode: 'extend',
      name: 'common-list.csv',
      indicatorCount: SHIPPED_COUNT + 1,
    });
    const codes = catalogue(session).indicators.map((i) => i.code);
    expect(codes[0]).toBe('A1');
    expect(codes.at(-1)).toBe('X1');
    expect(currentIndicatorByCode(session.db, 'A1')?.text).toBe(
      'Object resembles a category of an ICOM Red List, any list.',
    );
    expect(currentIndicatorByCode(session.db, 'X1')?.appliesTo).toEqual(['shipment', 'document']);
    expect(currentIndicatorByCode(session.db, 'B3')?.weight).toBe(5);
  });

  it('refuses a file with errors whole, naming row and field, and writes nothing', async () => {
    const { session } = await newCaseFile();
    const csv = [
      'code,theme,text,source,weight,appliesTo',
      'Y1,object,A fine indicator.,Unit,3,object',
      'Y2,weather,Bad theme.,Unit,3,object',
      'Y1,object,Twice.,Unit,3,object',
      'Y4,object,Too heavy.,Unit,heavy,object',
      'Y5,object,,Unit,2,',
    ].join('\n');
    const e = await expectCaseFileError(
      () => importCatalogue(session, fileWith('bad.csv', csv), 'replace'),
      CaseFileErrorCode.InvalidInput,
    );
    const issues = issuesOf(e);
    const paths = issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'indicators.1.theme',
        'indicators.2.code',
        'indicators.3.weight',
        'indicators.4.text',
        'indicators.4.appliesTo',
      ]),
    );
    expect(issues.find((i) => i.path.join('.') === 'indicators.3.weight')?.message).toMatch(
      /^row 5 \(indicator 4\), weight: /,
    );
    expect(e.message).toMatch(/^bad\.csv was not imported: .*Nothing was changed\.$/);

    const json = jsonCatalogue([COMMON_A1, { ...COMMON_X1, weight: 0, extra: true }]);
    const e2 = await expectCaseFileError(
      () => importCatalogue(session, fileWith('bad.json', json), 'extend'),
      CaseFileErrorCode.InvalidInput,
    );
    expect(issuesOf(e2).map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['indicators.1.weight', 'indicators.1']),
    );
    await expectCaseFileError(
      () =>
        importCatalogue(session, fileWith('other.json', '{"format":"custodia-experts"}'), 'extend'),
      CaseFileErrorCode.InvalidInput,
    );
    await expectCaseFileError(
      () => importCatalogue(session, fileWith('cols.csv', 'code,colour\nA1,red\n'), 'extend'),
      CaseFileErrorCode.InvalidInput,
    );

    expect(listVersions(session)).toHaveLength(1);
    expect(indicatorAudit(session)).toBe(0);
  });

  it('keeps the original wording for observations made under an older version', async () => {
    const { session } = await newCaseFile();
    const c = createCase(session, {
      reference: 'ITCG-2026-0801',
      title: 'Coins at the border',
      openedOn: '2026-02-01',
    });
    const a1v1 = currentIndicatorByCode(session.db, 'A1');
    expect(a1v1?.versionId).toBe(SHIPPED_VERSION_ID);
    const observation = write(session, (tx) => {
      const record: ObservationRecord = {
        indicatorId: a1v1?.id as string,
        subject: { kind: 'case', id: c.id },
        observedBy: 'Insp. Marko Marić',
        observedOn: '2026-02-03',
        evidence: [],
        note: '',
        status: 'suspected',
        dismissReason: '',
        caseId: c.id,
        findingKey: null,
        history: [],
        ...newMeta(tx),
      };
      return insertRecord(tx, OBSERVATION_SPEC, record);
    });

    await importCatalogue(session, fileWith('common.json', jsonCatalogue([COMMON_A1])), 'replace');
    expect(currentIndicatorByCode(session.db, 'A1')?.text).toBe(COMMON_A1.text);

    const stored = requireRecord<ObservationRecord>(session.db, OBSERVATION_SPEC, observation.id);
    const wording = indicatorById(session.db, stored.indicatorId);
    expect(wording?.versionId).toBe(SHIPPED_VERSION_ID);
    expect(wording?.text).toBe(SHIPPED_CATALOGUE.indicators[0]?.text);
  });

  it('exports JSON and CSV that import back to the same catalogue', async () => {
    const { session } = await newCaseFile();
    const dir = tempDir();
    const shipped = catalogue(session).indicators;
    const strip = (list: typeof shipped) => list.map(({ id: _i, versionId: _v, ...d }) => d);

    const jsonFile = path.join(dir, 'out.json');
    const j = await exportCatalogue(session, jsonFile, 'json');
    expect(j.count).toBe(SHIPPED_COUNT);
    const parsed = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
    expect(parsed).toMatchObject({ format: 'custodia-indicators', version: 1 });

    const csvFile = path.join(dir, 'out.csv');
    const k = await exportCatalogue(session, csvFile, 'csv', SHIPPED_VERSION_ID);
    expect(k.sha256).toMatch(/^[0-9a-f]{64}$/);

    const fromJson = await importCatalogue(session, jsonFile, 'replace');
    expect(fromJson).toMatchObject({ added: 0, changed: 0, unchanged: SHIPPED_COUNT });
    expect(fromJson.version.name).toBe(SHIPPED_CATALOGUE.name);
    const fromCsv = await importCatalogue(session, csvFile, 'replace');
    expect(fromCsv).toMatchObject({ added: 0, changed: 0, unchanged: SHIPPED_COUNT });
    expect(strip(catalogue(session).indicators)).toEqual(strip(shipped));
    expect(
      session.db
        .prepare("SELECT count(*) FROM audit_log WHERE action = 'indicator.export'")
        .pluck()
        .get(),
    ).toBe(2);
  });
});
