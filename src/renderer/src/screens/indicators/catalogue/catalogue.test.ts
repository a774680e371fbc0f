import { describe, expect, it } from 'vitest';
import { CaseFileErrorCode } from '../../../../../shared/case-file/errors';
import { CatalogueFile } from '../../../../../shared/domain/indicator';
import { SHIPPED_CATALOGUE } from '../../../../../shared/indicators/shipped-catalogue';
import { applyFieldErrors } from '../../../lib/form-errors';
import {
  checkDraft,
  definitionOf,
  draftState,
  newDraft,
  toDraft,
  type DraftIndicator,
} from './catalogue-draft';
import { filterIndicators, groupByTheme } from './catalogue-filter';
import { catalogueIssues } from './catalogue-issues';

const shipped = SHIPPED_CATALOGUE.indicators;

describe('filterIndicators / groupByTheme', () => {
  it('finds by code, text or source, every word, ignoring case and diacritics', () => {
    expect(filterIndicators(shipped, 'a1', 'all').map((i) => i.code)).toEqual(['A1']);
    expect(filterIndicators(shipped, 'RED list', 'all').map((i) => i.code)).toContain('A1');
    expect(filterIndicators(shipped, 'red zzz', 'all')).toEqual([]);
    expect(
      filterIndicators([{ ...shipped[0]!, text: 'Чаша из Ђердапа' }], 'čaša đerdap', 'all'),
    ).toHaveLength(1);
  });

  it('keeps one theme, and groups in theme order without empty themes', () => {
    const online = filterIndicators(shipped, '', 'online');
    expect(online.length).toBeGreaterThan(0);
    expect(online.every((i) => i.theme === 'online')).toBe(true);
    const groups = groupByTheme(shipped);
    expect(groups.map((g) => g.theme)).toEqual([
      'object',
      'documents',
      'transaction',
      'persons',
      'transport',
      'online',
    ]);
    expect(groups.reduce((n, g) => n + g.items.length, 0)).toBe(shipped.length);
    expect(groupByTheme(online).map((g) => g.theme)).toEqual(['online']);
  });
});

describe('catalogueIssues', () => {
  it('splits main\'s "row N (indicator i), field:" prefix into where and field', () => {
    const issues = catalogueIssues({
      code: CaseFileErrorCode.InvalidInput,
      message: 'bad.csv was not imported: …',
      details: {
        issues: [
          {
            path: ['indicators', '1', 'weight'],
            message: 'row 3 (indicator 2), weight: Too big: expected number to be <=5',
          },
          {
            path: ['indicators', '0', 'code'],
            message: 'indicator 1, code: not an indicator code',
          },
          { path: ['columns'], message: 'the header has no column "theme"' },
          { path: ['file'], message: 'it is not UTF-8 text' },
        ],
      },
    });
    expect(issues).toEqual([
      { row: 3, index: 2, field: 'weight', message: 'Too big: expected number to be <=5' },
      { row: null, index: 1, field: 'code', message: 'not an indicator code' },
      { row: null, index: null, field: 'columns', message: 'the header has no column "theme"' },
      { row: null, index: null, field: '', message: 'it is not UTF-8 text' },
    ]);
  });

  it('leaves other errors to the caller', () => {
    expect(catalogueIssues({ code: CaseFileErrorCode.EditConflict, message: 'x' })).toBeNull();
  });
});

describe('the catalogue draft', () => {
  it('marks new and changed rows, and sends only IndicatorDefinition fields', () => {
    const a1 = toDraft(shipped[0]!);
    expect(draftState(a1)).toBe('same');
    expect(draftState({ ...a1, weight: 5 })).toBe('changed');
    expect(draftState(newDraft())).toBe('new');
    const sent = definitionOf({ ...a1, code: ' A1 ', weight: '4' });
    expect(sent).toEqual({ ...shipped[0], weight: 4 });
    const file = CatalogueFile.safeParse({ ...SHIPPED_CATALOGUE, indicators: [sent] });
    expect(file.success).toBe(true);
  });

  it('checks a row as main would, and refuses a code another row has', () => {
    const rows = shipped.map(toDraft);
    const fresh: DraftIndicator = { ...newDraft(), code: 'a1', theme: 'object', text: 'x' };
    const answer = checkDraft(fresh, rows);
    expect(answer.ok).toBe(false);
    const issues = answer.ok ? [] : (answer.error.details?.['issues'] as { path: string[] }[]);
    expect(issues.map((i) => i.path.join('.'))).toEqual(['appliesTo', 'code']);
    const ok = checkDraft({ ...fresh, code: 'G1', appliesTo: ['listing'] }, rows);
    expect(ok.ok && ok.value.code).toBe('G1');
    // Editing a row does not clash with itself.
    expect(checkDraft(rows[0]!, rows).ok).toBe(true);
  });

  it("places main's refusal of a saved list on the row and field it names", () => {
    const values = { baseVersionId: 'v', name: 'n', indicators: shipped.map(toDraft) };
    let errors: Record<string, string> = {};
    const outcome = applyFieldErrors(
      { getValues: () => values, setErrors: (e) => (errors = e) },
      {
        code: CaseFileErrorCode.InvalidInput,
        message: 'catalogue',
        details: {
          issues: [
            { path: ['indicators', '4', 'code'], message: 'the code A1 is used twice' },
            { path: ['indicators', '2', 'appliesTo', '0'], message: 'Invalid option' },
          ],
        },
      },
    );
    expect(outcome.unplaced).toEqual([]);
    expect(errors).toEqual({
      'indicators.4.code': 'the code A1 is used twice',
      'indicators.2.appliesTo': 'Invalid option',
    });
  });
});
