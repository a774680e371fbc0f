import { describe, expect, it } from 'vitest';
import type { AspectSummary, OpinionAspect } from '../domain/expert-views';
import { summariseOpinions, valuesDisputed, type SummarisedOpinion } from './opinion-summary';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function opinion(n: number, fields: Partial<SummarisedOpinion> = {}): SummarisedOpinion {
  return {
    id: id(n),
    authenticity: null,
    dating: { earliest: null, latest: null, text: '' },
    origin: { text: '', country: null },
    value: null,
    redListCategory: null,
    ...fields,
  };
}

function aspect(opinions: SummarisedOpinion[], which: OpinionAspect): AspectSummary {
  const found = summariseOpinions(opinions).find((s) => s.aspect === which);
  if (!found) throw new Error(`no ${which} in the summary`);
  return found;
}

const range = (earliest: number | null, latest: number | null, text = '') => ({
  dating: { earliest, latest, text },
});
const money = (amount: string, currency = 'EUR') => ({ value: { amount, currency } });

describe('summariseOpinions', () => {
  it('gives every aspect, in order, as "none" when there are no opinions', () => {
    expect(summariseOpinions([])).toEqual(
      ['authenticity', 'dating', 'origin', 'value', 'redList'].map((a) => ({
        aspect: a,
        state: 'none',
        positions: [],
      })),
    );
  });

  it('says "none" for an aspect the opinions do not address, "single" for one opinion', () => {
    const only = [opinion(1, { authenticity: 'authentic' }), opinion(2)];
    expect(aspect(only, 'authenticity')).toEqual({
      aspect: 'authenticity',
      state: 'single',
      positions: [{ value: 'authentic', opinionIds: [id(1)] }],
    });
    expect(aspect(only, 'redList').state).toBe('none');
  });

  describe('authenticity', () => {
    it('authentic against not authentic is disputed, each position naming its opinions', () => {
      const s = aspect(
        [
          opinion(1, { authenticity: 'authentic' }),
          opinion(2, { authenticity: 'not_authentic' }),
          opinion(3, { authenticity: 'authentic' }),
        ],
        'authenticity',
      );
      expect(s).toEqual({
        aspect: 'authenticity',
        state: 'disputed',
        positions: [
          { value: 'authentic', opinionIds: [id(1), id(3)] },
          { value: 'not_authentic', opinionIds: [id(2)] },
        ],
      });
    });

    it('inconclusive does not contradict, but is listed', () => {
      const s = aspect(
        [
          opinion(1, { authenticity: 'not_authentic' }),
          opinion(2, { authenticity: 'inconclusive' }),
          opinion(3, { authenticity: 'not_authentic' }),
        ],
        'authenticity',
      );
      expect(s.state).toBe('agreed');
      expect(s.positions).toEqual([
        { value: 'not_authentic', opinionIds: [id(1), id(3)] },
        { value: 'inconclusive', opinionIds: [id(2)] },
      ]);
    });
  });

  describe('dating', () => {
    it('overlapping year ranges agree, ends included and open ends allowed', () => {
      const s = aspect(
        [
          opinion(1, range(-400, -300)),
          opinion(2, range(-300, -200)),
          opinion(3, range(null, -300)),
        ],
        'dating',
      );
      expect(s.state).toBe('agreed');
      expect(s.positions.map((p) => p.value)).toEqual(['-400/-300', '-300/-200', '/-300']);
    });

    it('two disjoint ranges are disputed, even when each overlaps a third', () => {
      const s = aspect(
        [
          opinion(1, range(-400, -300)),
          opinion(2, range(-350, 100)),
          opinion(3, range(1850, 1900)),
        ],
        'dating',
      );
      expect(s.state).toBe('disputed');
      expect(s.positions).toEqual([
        { value: '-400/-300', opinionIds: [id(1)] },
        { value: '-350/100', opinionIds: [id(2)] },
        { value: '1850/1900', opinionIds: [id(3)] },
      ]);
    });

    it('the same range is one position; a dating in words only is not compared', () => {
      const s = aspect(
        [
          opinion(1, range(300, 400)),
          opinion(2, range(null, null, '19th century')),
          opinion(3, range(300, 400)),
        ],
        'dating',
      );
      expect(s).toMatchObject({
        state: 'agreed',
        positions: [{ value: '300/400', opinionIds: [id(1), id(3)] }],
      });
    });
  });

  describe('origin', () => {
    it('the same country agrees whatever the wording', () => {
      const s = aspect(
        [
          opinion(1, { origin: { text: 'Ohrid region', country: 'MK' } }),
          opinion(2, { origin: { text: 'Struga', country: 'MK' } }),
        ],
        'origin',
      );
      expect(s).toEqual({
        aspect: 'origin',
        state: 'agreed',
        positions: [{ value: 'MK', opinionIds: [id(1), id(2)] }],
      });
    });

    it('two countries are disputed; a wording alone is compared folded, not with a country', () => {
      const countries = aspect(
        [
          opinion(1, { origin: { text: '', country: 'AL' } }),
          opinion(2, { origin: { text: 'Illyria', country: null } }),
          opinion(3, { origin: { text: '', country: 'GR' } }),
        ],
        'origin',
      );
      expect(countries.state).toBe('disputed');
      expect(countries.positions.map((p) => p.value)).toEqual(['AL', 'Illyria', 'GR']);

      const words = aspect(
        [
          opinion(1, { origin: { text: 'Dalmacija', country: null } }),
          opinion(2, { origin: { text: 'DALMACIJA ', country: null } }),
          opinion(3, { origin: { text: '', country: 'HR' } }),
        ],
        'origin',
      );
      expect(words.state).toBe('agreed');
      expect(words.positions).toEqual([
        { value: 'Dalmacija', opinionIds: [id(1), id(2)] },
        { value: 'HR', opinionIds: [id(3)] },
      ]);

      const wordsApart = aspect(
        [
          opinion(1, { origin: { text: 'Dalmatia', country: null } }),
          opinion(2, { origin: { text: 'Anatolia', country: null } }),
        ],
        'origin',
      );
      expect(wordsApart.state).toBe('disputed');
    });
  });

  describe('value', () => {
    it('estimates within a factor of two agree; amounts are written with two decimals', () => {
      const s = aspect([opinion(1, money('1200')), opinion(2, money('2400.00'))], 'value');
      expect(s).toEqual({
        aspect: 'value',
        state: 'agreed',
        positions: [
          { value: '1200.00 EUR', opinionIds: [id(1)] },
          { value: '2400.00 EUR', opinionIds: [id(2)] },
        ],
      });
    });

    it('the highest more than twice the lowest in the same currency is disputed', () => {
      const s = aspect(
        [opinion(1, money('1200')), opinion(2, money('1500')), opinion(3, money('2400.01'))],
        'value',
      );
      expect(s.state).toBe('disputed');
      expect(s.positions.map((p) => p.value)).toEqual([
        '1200.00 EUR',
        '1500.00 EUR',
        '2400.01 EUR',
      ]);
    });

    it('different currencies are not compared; nothing against something is disputed', () => {
      expect(
        aspect([opinion(1, money('100')), opinion(2, money('90000', 'RSD'))], 'value').state,
      ).toBe('agreed');
      expect(
        valuesDisputed([
          { amount: '0', currency: 'EUR' },
          { amount: '50', currency: 'EUR' },
        ]),
      ).toBe(true);
      expect(valuesDisputed([{ amount: '10', currency: 'EUR' }])).toBe(false);
    });
  });

  describe('Red List category', () => {
    it('the same category agrees', () => {
      const s = aspect(
        [
          opinion(1, { redListCategory: 'see-2021.coins' }),
          opinion(2, { redListCategory: 'see-2021.coins' }),
        ],
        'redList',
      );
      expect(s).toEqual({
        aspect: 'redList',
        state: 'agreed',
        positions: [{ value: 'see-2021.coins', opinionIds: [id(1), id(2)] }],
      });
    });

    it('two categories are disputed', () => {
      const s = aspect(
        [
          opinion(1, { redListCategory: 'see-2021.coins' }),
          opinion(2, { redListCategory: 'see-2021.antiquity' }),
        ],
        'redList',
      );
      expect(s.state).toBe('disputed');
      expect(s.positions.map((p) => p.opinionIds)).toEqual([[id(1)], [id(2)]]);
    });
  });
});
