import { describe, expect, it } from 'vitest';
import { ObjectFields, type ObjectRecord } from '../../../../../shared/domain/object';
import { fieldForPath } from '../../../lib/form-errors';
import { normalizeAmount, objectFields, objectValues, yearOf, yearValue } from './object-form';

const ID = '00000000-0000-4000-8000-000000000001';

/** A fully described record, as main returns it. */
const record: ObjectRecord = {
  ...ObjectFields.parse({
    exhibitNumber: 'M-1',
    lotCount: 1200,
    typeL1: 'coins',
    typeL2: 'coins.hoard',
    measurements: [{ dimension: 'weight', value: 4.1, unit: 'kg' }],
    materials: ['silver', 'orichalcum'],
    inscriptions: [{ kind: 'inscription', text: 'IMP CAES TRAIANO', position: 'obverse' }],
    dating: { earliest: -27, latest: 117, text: 'Augustus to Trajan' },
    placeOfOrigin: { text: 'Lipnički Šor', country: 'RS', lat: 44.5563, lon: 19.2489 },
    relatedObjects: [{ objectId: ID, relation: 'same find' }],
    dateDocumented: '2025-09-21',
    unesco1970: ['c', 'e'],
    eu2019880Part: 'A',
    reg116Category: 'a1',
    nationalTreasure: true,
    countryOfOrigin: 'RS',
    countryOfOriginCertainty: 'probable',
    valuation: {
      value: { amount: '36000.00', currency: 'EUR' },
      basis: 'expert_estimate',
      valuer: 'Vesna Radić',
      on: '2025-10',
    },
    authenticity: 'genuine',
    condition: { grade: 'fair', note: 'Uncleaned' },
  }),
  caseId: ID,
  legalStatus: 'seized',
  id: '00000000-0000-4000-8000-000000000002',
  version: 3,
  createdAt: '2026-03-02T08:30:00.000Z',
  updatedAt: '2026-03-02T08:31:00.000Z',
};

describe('the object form', () => {
  it('gives back every field of a record unchanged when nothing was edited', () => {
    const fields = objectFields(objectValues(record), record.lotId);
    const {
      caseId: _c,
      legalStatus: _l,
      id: _i,
      version: _v,
      createdAt: _a,
      updatedAt: _u,
      ...own
    } = record;
    expect(ObjectFields.parse(fields)).toEqual(own);
  });

  it('sends no valuation when all of its fields are empty, and a partial one as typed', () => {
    const values = objectValues({ ...record, valuation: null });
    expect(values.valuation).toEqual({
      value: { amount: '', currency: null },
      basis: null,
      valuer: '',
      on: '',
    });
    expect(objectFields(values, null).valuation).toBeNull();
    const partial = { ...values, valuation: { ...values.valuation, valuer: 'V. Radić' } };
    // Main refuses it (no amount, no basis) and names the fields; nothing is dropped silently.
    expect(objectFields(partial, null).valuation).toEqual({
      value: { amount: '', currency: '' },
      basis: '',
      valuer: 'V. Radić',
      on: null,
    });
  });

  it('keeps BC years negative and AD years positive, and an empty year as none', () => {
    expect(yearValue(-27)).toEqual({ year: 27, era: 'bc' });
    expect(yearValue(117)).toEqual({ year: 117, era: 'ad' });
    expect(yearValue(null)).toEqual({ year: '', era: 'ad' });
    expect(yearOf({ year: 500, era: 'bc' })).toBe(-500);
    expect(yearOf({ year: '', era: 'bc' })).toBeNull();
  });

  it('is shaped like ObjectFields, so main’s issue paths name its fields', () => {
    const values = objectValues(record);
    expect(fieldForPath(values, ['dating', 'latest'])).toBe('dating.latest');
    expect(fieldForPath(values, ['measurements', '0', 'unit'])).toBe('measurements.0.unit');
    expect(fieldForPath(values, ['valuation', 'value', 'amount'])).toBe('valuation.value.amount');
    expect(fieldForPath(values, ['unesco1970', '1'])).toBe('unesco1970');
    expect(fieldForPath(values, ['no-such-field'])).toBeNull();
  });
});

describe('amounts as typed', () => {
  it.each([
    ['1250.50', '1250.50'],
    ['1 250,50', '1250.50'],
    ['1.250,50', '1250.50'],
    ['1,250.50', '1250.50'],
    ["1'250.50", '1250.50'],
    ['36000', '36000'],
    ['1.250.000', '1250000'],
    ['1,250,000', '1250000'],
  ])('reads %s as %s', (typed, amount) => {
    expect(normalizeAmount(typed)).toBe(amount);
  });

  it('leaves what is not an amount for main to refuse', () => {
    expect(normalizeAmount('about 300')).toBe('about300');
    expect(normalizeAmount('12,5,0')).toBe('12,5,0');
    expect(normalizeAmount('EUR 300')).toBe('EUR300');
  });
});
