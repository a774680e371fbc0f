import { describe, expect, it } from 'vitest';
import {
  catalogue,
  currentIndicatorByCode,
  currentVersion,
  indicatorById,
  indicatorsOf,
  listVersions,
  saveVersion,
} from '../../../src/main/core/indicators/catalogue';
import { CaseFileErrorCode } from '../../../src/main/core/support/errors';
import { CatalogueFile, type IndicatorDefinition } from '../../../src/shared/domain/indicator';
import {
  SHIPPED_CATALOGUE,
  SHIPPED_VERSION_ID,
  shippedIndicatorId,
} from '../../../src/shared/indicators/shipped-catalogue';
import { expectCaseFileError, newCaseFile, OPERATOR } from '../../helpers/case-files';

const CODES = [
  ...['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8'],
  ...['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7'],
  ...['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'],
  ...['D1', 'D2', 'D3', 'D4', 'D5'],
  ...['E1', 'E2', 'E3', 'E4', 'E5'],
  ...['F1', 'F2', 'F3', 'F4', 'F5'],
];

const definitions = (list: readonly IndicatorDefinition[]): IndicatorDefinition[] =>
  list.map(({ code, theme, text, source, weight, appliesTo }) => ({
    code,
    theme,
    text,
    source,
    weight,
    appliesTo,
  }));

describe('indicator catalogue', () => {
  it('ships version 1 with every indicator of REFERENCE §2.1, in order, themed by letter', async () => {
    const { session } = await newCaseFile();
    const versions = listVersions(session);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({
      id: SHIPPED_VERSION_ID,
      number: 1,
      origin: 'shipped',
      current: true,
      indicatorCount: CODES.length,
      fileSha256: null,
    });
    const { version, indicators } = catalogue(session);
    expect(version.id).toBe(SHIPPED_VERSION_ID);
    expect(indicators.map((i) => i.code)).toEqual(CODES);
    expect(indicators[0]?.id).toBe(shippedIndicatorId(0));
    const themes: Record<string, string> = {
      A: 'object',
      B: 'documents',
      C: 'transaction',
      D: 'persons',
      E: 'transport',
      F: 'online',
    };
    for (const ind of indicators) {
      expect(ind.theme).toBe(themes[ind.code[0] as string]);
      expect(ind.source).not.toBe('');
      expect(ind.weight).toBeGreaterThanOrEqual(1);
      expect(ind.weight).toBeLessThanOrEqual(5);
    }
    expect(currentIndicatorByCode(session.db, 'b3')?.weight).toBe(5);
    expect(indicatorById(session.db, shippedIndicatorId(3))?.code).toBe('A4');
    expect(indicatorById(session.db, '00000000-0000-4000-8000-00000000ffff')).toBeNull();
  });

  it('saves an edit as version 2 and leaves version 1 as it was', async () => {
    const { session } = await newCaseFile();
    const v1 = catalogue(session);
    const before = session.db
      .prepare('SELECT * FROM indicator WHERE version_id = ? ORDER BY position')
      .all(SHIPPED_VERSION_ID);
    const edited = definitions(v1.indicators)
      .filter((i) => i.code !== 'F5')
      .map((i) => (i.code === 'A2' ? { ...i, text: 'Fresh soil on the object.', weight: 5 } : i));
    edited.push({
      code: 'G1',
      theme: 'online',
      text: 'Object offered through a messaging channel only.',
      source: 'Unit practice',
      weight: 2,
      appliesTo: ['listing'],
    });

    const result = saveVersion(session, {
      baseVersionId: v1.version.id,
      name: 'Unit catalogue 2026',
      indicators: edited,
    });
    expect(result).toMatchObject({ added: 1, changed: 1, unchanged: CODES.length - 2 });
    expect(result.version).toMatchObject({
      number: 2,
      origin: 'edit',
      mode: 'replace',
      current: true,
      name: 'Unit catalogue 2026',
      createdBy: OPERATOR,
      indicatorCount: CODES.length,
    });

    const versions = listVersions(session);
    expect(versions.map((v) => [v.number, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(currentVersion(session.db).id).toBe(result.version.id);
    expect(currentIndicatorByCode(session.db, 'A2')?.text).toBe('Fresh soil on the object.');
    expect(currentIndicatorByCode(session.db, 'F5')).toBeNull();
    const v2 = indicatorsOf(session.db, result.version.id);
    expect(v2.map((i) => i.code).at(-1)).toBe('G1');
    // Version 1's rows are untouched, and still readable by id.
    expect(
      session.db
        .prepare('SELECT * FROM indicator WHERE version_id = ? ORDER BY position')
        .all(SHIPPED_VERSION_ID),
    ).toEqual(before);
    expect(catalogue(session, SHIPPED_VERSION_ID).indicators.map((i) => i.code)).toEqual(CODES);
    expect(indicatorById(session.db, shippedIndicatorId(1))?.text).toMatch(/^Fresh excavation/);

    const audit = session.db
      .prepare("SELECT changes FROM audit_log WHERE action = 'indicator.version'")
      .pluck()
      .all() as string[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0] as string)).toMatchObject({
      number: { after: 2 },
      added: { after: 1 },
      changed: { after: 1 },
      removed: { after: 1 },
      unchanged: { after: CODES.length - 2 },
    });
  });

  it('refuses an edit of a version that is no longer the current one', async () => {
    const { session } = await newCaseFile();
    const v1 = catalogue(session);
    const list = definitions(v1.indicators);
    saveVersion(session, { baseVersionId: v1.version.id, name: 'First', indicators: list });
    const e = await expectCaseFileError(
      () =>
        saveVersion(session, { baseVersionId: v1.version.id, name: 'Second', indicators: list }),
      CaseFileErrorCode.EditConflict,
    );
    expect(e.message).toMatch(/version 2 was made after the version 1/);
    expect(listVersions(session)).toHaveLength(2);
  });

  it('refuses duplicate codes and invalid definitions, naming the indicator and field', async () => {
    const { session } = await newCaseFile();
    const v1 = catalogue(session);
    const list: unknown[] = definitions(v1.indicators);
    list[3] = { ...(list[3] as IndicatorDefinition), code: 'a1' };
    list[5] = { ...(list[5] as IndicatorDefinition), weight: 9 };
    list[6] = { ...(list[6] as IndicatorDefinition), theme: 'weather' };
    const e = await expectCaseFileError(
      () => saveVersion(session, { baseVersionId: v1.version.id, name: 'Bad', indicators: list }),
      CaseFileErrorCode.InvalidInput,
    );
    const issues = (e.details?.['issues'] ?? []) as Array<{ path: string[]; message: string }>;
    expect(issues.map((i) => i.path.join('.')).sort()).toEqual([
      'indicators.3.code',
      'indicators.5.weight',
      'indicators.6.theme',
    ]);
    expect(issues.find((i) => i.path.join('.') === 'indicators.3.code')?.message).toMatch(
      /used twice/,
    );
    await expectCaseFileError(
      () => saveVersion(session, { baseVersionId: v1.version.id, name: '', indicators: [] }),
      CaseFileErrorCode.InvalidInput,
    );
    expect(listVersions(session)).toHaveLength(1);
    expect(
      session.db
        .prepare("SELECT count(*) FROM audit_log WHERE action LIKE 'indicator.%'")
        .pluck()
        .get(),
    ).toBe(0);
  });

  it('the shipped constant is a valid catalogue file', () => {
    expect(CatalogueFile.parse(SHIPPED_CATALOGUE)).toEqual(SHIPPED_CATALOGUE);
  });
});
