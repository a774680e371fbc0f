import { describe, expect, it } from 'vitest';
import { CaseFileErrorCode } from '../../../../../shared/case-file/errors';
import { ExpertFields, ExpertRecord } from '../../../../../shared/domain/expert';
import { ExpertListQuery } from '../../../../../shared/domain/expert-views';
import { fieldForPath } from '../../../lib/form-errors';
import {
  activeFilterCount,
  expertListQuery,
  filtersFromParams,
  filtersToParams,
  NO_EXPERT_FILTERS,
} from './expert-filters';
import { claimExpertErrors, expertFields, expertValues, newExpertValues } from './expert-form';
import { fittingLabels } from './fitting-labels';
import { importIssues } from './import-issues';

const stored = ExpertRecord.parse({
  ...ExpertFields.parse({
    name: 'Јелена Марић',
    title: 'Dr',
    institution: 'Narodni muzej Srbije',
    country: 'RS',
    languages: ['sr', 'en'],
    fields: ['numismatics', 'classical-archaeology'],
    courtRegistration: 'Viši sud u Beogradu, 17-245',
    availability: 'Weekdays; *no fee* for police requests.',
  }),
  id: '00000000-0000-4000-8000-0000000000e1',
  version: 3,
  createdAt: '2026-01-02T10:00:00.000Z',
  updatedAt: '2026-01-03T10:00:00.000Z',
});

describe('the directory filters in the address', () => {
  it('reads ?q=&field=&country=&lang=&retired=1 and writes them back, keeping the open expert', () => {
    const params = new URLSearchParams(
      'q=maric&field=numismatics&country=rs&lang=SQ&retired=1&expert=abc',
    );
    const filters = filtersFromParams(params);
    expect(filters).toEqual({
      text: 'maric',
      field: 'numismatics',
      country: 'RS',
      language: 'sq',
      includeRetired: true,
    });
    expect(activeFilterCount(filters)).toBe(5);
    const back = filtersToParams({ ...filters, text: '  ', field: null }, params);
    expect(back.toString()).toBe('country=RS&lang=sq&retired=1&expert=abc');
  });

  it('leaves out malformed values instead of sending them to main', () => {
    const filters = filtersFromParams(
      new URLSearchParams('field=Not A Code&country=Serbia&lang=x'),
    );
    expect(filters).toEqual(NO_EXPERT_FILTERS);
    expect(activeFilterCount(filters)).toBe(0);
  });

  it('asks expert:list only for what is set, in the shape the contract accepts', () => {
    expect(expertListQuery(NO_EXPERT_FILTERS)).toEqual({});
    const query = expertListQuery({
      text: '  Марић  ',
      field: 'numismatics',
      country: 'XK',
      language: 'sq',
      includeRetired: true,
    });
    expect(query).toEqual({
      text: 'Марић',
      field: 'numismatics',
      country: 'XK',
      language: 'sq',
      includeInactive: true,
    });
    expect(ExpertListQuery.parse(query)).toEqual(query);
  });
});

describe('the expert form', () => {
  it('round-trips a stored expert: values → fields main accepts, unchanged', () => {
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...own } = stored;
    const fields = expertFields(expertValues(stored));
    expect(ExpertFields.parse(fields)).toEqual(own);
  });

  it('trims lines, lower-cases and de-duplicates languages, keeps an empty country null', () => {
    const fields = expertFields({
      ...newExpertValues(),
      name: '  Arben Krasniqi ',
      country: '',
      languages: ['SQ', 'sq', ' en '],
      fields: ['numismatics', 'numismatics'],
      notes: '\n- first line\n',
    } as never);
    expect(fields).toMatchObject({
      name: 'Arben Krasniqi',
      country: null,
      languages: ['sq', 'en'],
      fields: ['numismatics'],
      notes: '- first line',
    });
  });

  it('a new expert without a field of expertise is refused by the schema on `fields`', () => {
    const result = ExpertFields.safeParse(expertFields({ ...newExpertValues(), name: 'X' }));
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['fields']);
    expect(fieldForPath(newExpertValues(), ['fields'])).toBe('fields');
  });

  it("shows main's refusals on their fields, a duplicate expert on the name", () => {
    const errors: Record<string, string> = {};
    const form = {
      getValues: () => newExpertValues(),
      setErrors: (e: Record<string, string>) => Object.assign(errors, e),
    };
    const invalid = claimExpertErrors(form, {
      code: CaseFileErrorCode.InvalidInput,
      message: 'Invalid expert',
      details: {
        issues: [
          { path: ['fields', '1'], message: 'unknown expertise_field "nope"' },
          { path: ['languages', '0'], message: 'not a language code such as sr, sq, mk or de' },
        ],
      },
    });
    expect(invalid.claimed).toBe(true);
    const duplicate = claimExpertErrors(form, {
      code: CaseFileErrorCode.AlreadyExists,
      message: 'exists',
      details: { issues: [{ path: ['name'], message: 'the directory already has Dr X' }] },
    });
    expect(duplicate).toEqual({ claimed: true, unplaced: [] });
    expect(errors).toEqual({
      fields: 'unknown expertise_field "nope"',
      languages: 'not a language code such as sr, sq, mk or de',
      name: 'the directory already has Dr X',
    });
  });
});

describe('a refused directory file', () => {
  it('lists each problem with its row and field, without repeating them in the message', () => {
    const issues = importIssues({
      code: CaseFileErrorCode.InvalidInput,
      message: 'experts.csv was not imported',
      details: {
        issues: [
          {
            path: ['rows', '3', 'fields', '0'],
            message: 'row 3, fields.0: "nope" is not in the list of fields of expertise',
            row: 3,
          },
          { path: ['rows', '5'], message: 'row 5: 9 cells, but the header has 8 columns', row: 5 },
          { path: ['file'], message: 'it is not valid JSON' },
        ],
      },
    });
    expect(issues).toEqual([
      { row: 3, field: 'fields.0', message: '"nope" is not in the list of fields of expertise' },
      { row: 5, field: '', message: '9 cells, but the header has 8 columns' },
      { row: null, field: '', message: 'it is not valid JSON' },
    ]);
  });

  it('is not claimed for other errors (they go to the toast)', () => {
    expect(importIssues({ code: CaseFileErrorCode.FileSystem, message: 'gone' })).toBeNull();
  });
});

describe('the fields of expertise in a row', () => {
  it('shows the first always, then those that fit, the rest as +n', () => {
    expect(fittingLabels([], 30)).toBe(0);
    expect(fittingLabels(['Classical archaeology (Greek, Illyrian, Thracian, Roman)'], 30)).toBe(1);
    expect(fittingLabels(['Numismatics', 'Epigraphy'], 30)).toBe(2);
    expect(fittingLabels(['Numismatics', 'Valuation and the art market'], 30)).toBe(1);
    expect(fittingLabels(['Ceramics', 'Sculpture', 'Epigraphy', 'Paintings'], 30)).toBe(3);
  });
});
