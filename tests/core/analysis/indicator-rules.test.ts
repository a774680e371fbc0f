import { describe, expect, it } from 'vitest';
import { runRules, RULES, type Rule } from '../../../src/main/core/analysis/registry';
import { cash } from '../../../src/main/core/analysis/rules/objects/cash';
import {
  conflictCountry,
  noHitOnly,
  redList,
  similarLot,
} from '../../../src/main/core/analysis/rules/objects/objects';
import { priorCases } from '../../../src/main/core/analysis/rules/objects/parties';
import type { RuleContext } from '../../../src/main/core/analysis/context';
import { indicatorCodesOf, RULE_INDICATORS } from '../../../src/shared/indicators/rule-indicators';
import { SHIPPED_CATALOGUE } from '../../../src/shared/indicators/shipped-catalogue';
import { chain, context, document, object, party } from './fixtures';
import { named, payment, person, ref } from './finance/fixtures';
import { caseParty, check, opinion, redListMatch, SHIPPED_CONFLICT } from './indicator-fixtures';

/* The rules issue #8 adds for indicator suggestions: each with a case where it fires and one
 * where it must not; and the mapping of every rule's findings to indicator codes. */

const run = (rule: Rule, ctx: RuleContext) => runRules(ctx, [rule]);

describe('object.conflict-country (A6)', () => {
  it('an object from a country on the list is reported, high when the origin is certain', () => {
    const o = object({ countryOfOrigin: 'SY', countryOfOriginCertainty: 'certain' });
    const [f, ...rest] = run(
      conflictCountry,
      context({ objects: [o], facts: { conflictCountries: SHIPPED_CONFLICT } }),
    );
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ objectId: o.id, severity: 'high', params: { country: 'SY' } });
    expect(f!.params['countryName']).toBe('Syria');
    expect(f!.evidence).toEqual([expect.objectContaining({ kind: 'object', id: o.id })]);
  });

  it('a possible origin is medium; another country, no origin or an empty list: nothing', () => {
    const possible = object({ countryOfOrigin: 'IQ', countryOfOriginCertainty: 'possible' });
    const greek = object({ countryOfOrigin: 'GR' });
    const unknown = object({});
    const facts = { conflictCountries: SHIPPED_CONFLICT };
    const found = run(conflictCountry, context({ objects: [possible, greek, unknown], facts }));
    expect(found.map((f) => [f.objectId, f.severity])).toEqual([[possible.id, 'medium']]);
    expect(run(conflictCountry, context({ objects: [possible] }))).toEqual([]);
  });
});

describe('object.red-list (A1)', () => {
  it('a recorded match or an expert’s category: one finding per object naming the categories', () => {
    const coin = object({ typeL1: 'coins' });
    const report = document({ type: 'expert-opinion', number: 'EX-1', objectIds: [coin.id] });
    const ctx = context({
      objects: [coin],
      documents: [report],
      facts: {
        redListMatches: [redListMatch(coin, 'see-2021.coins')],
        opinions: [
          opinion(coin, { redListCategory: 'see-2021.antiquity', reportDocumentId: report.id }),
        ],
        redListLabels: { 'see-2021.coins': 'Coins' },
      },
    });
    const [f, ...rest] = run(redList, ctx);
    expect(rest).toEqual([]);
    expect(f!.params['categories']).toBe('Coins; see-2021.antiquity');
    expect(f!.params['assessments']).toBe(2);
    expect(f!.evidence.map((e) => e.id)).toEqual([coin.id, report.id]);
  });

  it('no match and an opinion without a category: nothing', () => {
    const coin = object({ typeL1: 'coins' });
    const ctx = context({ objects: [coin], facts: { opinions: [opinion(coin)] } });
    expect(run(redList, ctx)).toEqual([]);
  });
});

describe('object.similar-lot (A5)', () => {
  it('a lot of 10 or more items; 10 objects of one type in one seizure', () => {
    const hoard = object({ typeL1: 'coins', lotCount: 10 });
    const seizureId = '00000000-0000-4000-8000-00000000aaaa';
    const lamps = Array.from({ length: 10 }, (_, i) =>
      object({ exhibitNumber: `L-${i}`, typeL2: 'lamps', seizureId }),
    );
    const found = run(similarLot, context({ objects: [hoard, ...lamps] }));
    expect(found.map((f) => f.params['context']).sort()).toEqual(['lot', 'seizure']);
    const group = found.find((f) => f.params['context'] === 'seizure')!;
    expect(group.objectId).toBeNull();
    expect(group.evidence).toHaveLength(10);
  });

  it('9 items, 9 of a type, or 10 split between two seizures or two types: nothing', () => {
    const small = object({ typeL1: 'coins', lotCount: 9 });
    const a = '00000000-0000-4000-8000-00000000aaaa';
    const b = '00000000-0000-4000-8000-00000000bbbb';
    const split = Array.from({ length: 10 }, (_, i) =>
      object({ exhibitNumber: `L-${i}`, typeL2: 'lamps', seizureId: i < 5 ? a : b }),
    );
    const mixed = Array.from({ length: 10 }, (_, i) =>
      object({ exhibitNumber: `M-${i}`, typeL2: i < 5 ? 'lamps' : 'fibulae', seizureId: a }),
    );
    expect(run(similarLot, context({ objects: [small, ...split] }))).toEqual([]);
    expect(run(similarLot, context({ objects: mixed }))).toEqual([]);
  });
});

describe('object.no-hit-only (B2)', () => {
  it('only “no hit” checks and a history citing no document: reported', () => {
    const o = object({});
    const events = chain(o, [{ type: 'sale', date: '2001', toParty: party('Holder') }]);
    const ctx = context({ objects: [o], events, facts: { checks: [check(o), check(o)] } });
    const [f, ...rest] = run(noHitOnly, ctx);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ objectId: o.id, params: { checks: 2 } });
  });

  it('a hit, no check, a documented event or provenance research: nothing', () => {
    const hit = object({ exhibitNumber: 'A' });
    const unchecked = object({ exhibitNumber: 'B' });
    const documented = object({ exhibitNumber: 'C' });
    const researched = object({ exhibitNumber: 'D' });
    const invoice = document({ type: 'invoice', number: 'F-1' });
    const events = chain(documented, [
      { type: 'sale', date: '1950', sources: [{ documentId: invoice.id }] },
    ]);
    const ctx = context({
      objects: [hit, unchecked, documented, researched],
      events,
      documents: [invoice],
      facts: {
        checks: [check(hit), check(hit, 'hit'), check(documented), check(researched)],
        opinions: [opinion(researched, { methods: ['provenance_research'] })],
      },
    });
    expect(run(noHitOnly, ctx)).toEqual([]);
  });
});

describe('finance.cash (C1)', () => {
  const eur = (amount: string) => ({ amount, currency: 'EUR' });
  it('cash payments, grouped by payer: high from EUR 10,000 in total, else medium', () => {
    const marko = person('Marko Petrović');
    const payments = [
      payment({ date: '2024-01-01', amount: eur('6000'), method: 'cash', payer: ref(marko) }),
      payment({ date: '2024-02-01', amount: eur('4000'), method: 'cash', payer: ref(marko) }),
      payment({ date: '2024-03-01', amount: eur('500'), method: 'cash', payer: named('Ana') }),
    ];
    const found = run(cash, context({ objects: [], money: moneyOf(payments, [marko]) }));
    expect(found.map((f) => [f.params['who'], f.severity, f.params['payments']])).toEqual([
      ['Marko Petrović', 'high', 2],
      ['Ana', 'medium', 1],
    ]);
    const markoFinding = found[0]!;
    expect(markoFinding.evidence.filter((e) => e.kind === 'payment')).toHaveLength(2);
  });

  it('wire and card payments, or one object analysed: nothing', () => {
    const payments = [
      payment({ date: '2024-01-01', amount: eur('60000'), payer: named('A') }),
      payment({ date: '2024-01-02', amount: eur('60'), method: 'card', payer: named('B') }),
    ];
    expect(run(cash, context({ objects: [], money: moneyOf(payments, []) }))).toEqual([]);
    const o = object({});
    const cashOnly = [payment({ date: '2024-01-01', amount: eur('60'), method: 'cash' })];
    expect(
      run(cash, context({ objects: [o], objectId: o.id, money: moneyOf(cashOnly, []) })),
    ).toEqual([]);
  });
});

describe('party.prior-cases (D2)', () => {
  it('a party who was a suspect or courier in other cases: one finding naming them', () => {
    const p = caseParty(
      '00000000-0000-4000-8000-0000000000a1',
      'Marko',
      ['buyer'],
      [
        { reference: 'ITCG-2024-0001', roles: ['suspect', 'witness'] },
        { reference: 'ITCG-2025-0002', roles: ['courier'] },
      ],
    );
    const [f, ...rest] = run(priorCases, context({ objects: [], facts: { caseParties: [p] } }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      objectId: null,
      params: { party: 'Marko', count: 2, roles: 'buyer' },
      evidence: [{ kind: 'party', id: p.partyId, label: 'Marko' }],
    });
    expect(f!.params['cases']).toBe('ITCG-2024-0001 (suspect); ITCG-2025-0002 (courier)');
  });

  it('a witness or owner elsewhere, no other case, or one object analysed: nothing', () => {
    const witness = caseParty(
      '00000000-0000-4000-8000-0000000000b1',
      'Ana',
      ['suspect'],
      [{ reference: 'ITCG-2024-0001', roles: ['witness', 'owner'] }],
    );
    const alone = caseParty('00000000-0000-4000-8000-0000000000b2', 'Ivo', ['suspect'], []);
    const prior = caseParty(
      '00000000-0000-4000-8000-0000000000b3',
      'Zoran',
      ['suspect'],
      [{ reference: 'X', roles: ['suspect'] }],
    );
    expect(
      run(priorCases, context({ objects: [], facts: { caseParties: [witness, alone] } })),
    ).toEqual([]);
    const o = object({});
    expect(
      run(priorCases, context({ objects: [o], objectId: o.id, facts: { caseParties: [prior] } })),
    ).toEqual([]);
  });
});

describe('indicator codes of the findings', () => {
  const codes = new Set(SHIPPED_CATALOGUE.indicators.map((i) => i.code));

  it('every rule but provenance.order maps to codes of the shipped catalogue', () => {
    for (const rule of RULES) {
      const mapping = RULE_INDICATORS[rule.id];
      if (rule.id === 'provenance.order') {
        expect(mapping).toBeUndefined();
        continue;
      }
      expect(mapping, rule.id).toBeDefined();
      const found = indicatorCodesOf({ ruleId: rule.id, params: { from: '1990', to: '2000' } });
      expect(found.length, rule.id).toBeGreaterThan(0);
      for (const c of found) expect(codes.has(c), `${rule.id} → ${c}`).toBe(true);
    }
  });

  it('the new rules suggest their indicator; a gap across 1933–45 also B6', () => {
    const of = (ruleId: string, params: Record<string, string> = {}) =>
      indicatorCodesOf({ ruleId, params });
    expect(of('object.conflict-country')).toEqual(['A6']);
    expect(of('object.red-list')).toEqual(['A1']);
    expect(of('object.similar-lot')).toEqual(['A5']);
    expect(of('object.no-hit-only')).toEqual(['B2']);
    expect(of('finance.cash')).toEqual(['C1']);
    expect(of('party.prior-cases')).toEqual(['D2']);
    expect(of('provenance.gap', { from: 'c. 1930', to: '1950' })).toEqual(['B1', 'B6']);
    expect(of('provenance.gap', { from: '1950', to: '1990' })).toEqual(['B1']);
    expect(of('provenance.gap', { from: '?', to: '1940' })).toEqual(['B1']);
    expect(of('no.such-rule')).toEqual([]);
  });
});

function moneyOf(payments: ReturnType<typeof payment>[], parties: ReturnType<typeof person>[]) {
  return {
    accounts: [],
    payments,
    relationships: [],
    exchangeRates: [],
    parties,
    partyAliases: {},
    highRisk: [],
  };
}
