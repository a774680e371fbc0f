import { describe, expect, it } from 'vitest';
import { runRules } from '../../../../src/main/core/analysis/registry';
import {
  highRiskJurisdiction,
  hub,
} from '../../../../src/main/core/analysis/rules/finance/network';
import { account, company, moneyContext, named, payment, person, ref } from './fixtures';

/* finance.hub and finance.high-risk-jurisdiction: positive and negative cases. */

const eur = (amount: string) => ({ amount, currency: 'EUR' });

describe('finance.hub', () => {
  const collector = company('Atlas Collect');
  const from = (name: string, date = '2024-01-01') =>
    payment({ date, amount: eur('100'), payer: named(name), beneficiary: ref(collector) });
  const run = (payments: ReturnType<typeof payment>[]) =>
    runRules(moneyContext({ payments, parties: [collector] }), [hub]);
  const names = (n: number) => Array.from({ length: n }, (_, i) => `Payer ${i + 1}`);

  it('a party paid by ten distinct others is a hub; cites it and the first payment with each', () => {
    const payments = [...names(10).map((n) => from(n)), from('Payer 1', '2024-02-01')];
    const [f, ...rest] = run(payments);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'finance.hub',
      severity: 'low',
      params: {
        who: 'Atlas Collect',
        counterparties: 10,
        payers: 10,
        beneficiaries: 0,
        payments: 11,
        min: 10,
      },
    });
    expect(f!.evidence[0]).toEqual({ kind: 'party', id: collector.id, label: 'Atlas Collect' });
    expect(f!.evidence.slice(1).map((e) => e.id)).toEqual(payments.slice(0, 10).map((p) => p.id));
  });

  it('not with nine, however many payments they make', () => {
    const nine = names(9).flatMap((n) => [from(n), from(n, '2024-03-01')]);
    expect(run(nine)).toEqual([]);
  });

  it('counts payers and payees together (fan-in and fan-out)', () => {
    const out = names(5).map((n) =>
      payment({
        date: '2024-01-02',
        amount: eur('5'),
        payer: ref(collector),
        beneficiary: named(`Payee ${n}`),
      }),
    );
    const [f] = run([...names(5).map((n) => from(n)), ...out]);
    expect(f?.params).toMatchObject({ counterparties: 10, payers: 5, beneficiaries: 5 });
  });
});

describe('finance.high-risk-jurisdiction', () => {
  const orion = company('Orion Holdings');
  const iranian = account({ iban: 'IR820540102680020817909002', holder: named('Tehran Antiques') });
  const emirati = account({ iban: 'AE070331234567890123456', holder: named('Dubai Fine Art') });
  const pay = (to: object, date = '2024-04-01', amount = '25000') =>
    payment({ date, amount: eur(amount), payer: ref(orion), ...to });

  it('payments into an account in a country under an FATF call for action: high, cited', () => {
    const payments = [
      pay({ beneficiaryAccountId: iranian.id }),
      pay({ beneficiaryAccountId: iranian.id }, '2024-05-01', '5000'),
    ];
    const ctx = moneyContext({ accounts: [iranian, emirati], payments, parties: [orion] });
    const [f, ...rest] = runRules(ctx, [highRiskJurisdiction]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'finance.high-risk-jurisdiction',
      severity: 'high',
      params: {
        context: 'call-for-action',
        who: 'Account IR82 0540 1026 8002 0817 9090 02 (Tehran Antiques)',
        country: 'IR',
        payments: 2,
        total: '30,000.00 EUR',
        from: '2024-04-01',
        to: '2024-05-01',
      },
    });
    expect(f!.evidence.map((e) => e.kind)).toEqual(['account', 'payment', 'payment']);
  });

  it('a company registered, or a person a national, under increased monitoring: medium', () => {
    const syrian = company('Palmyra Trading', 'SY');
    const korean = person('Kim', ['FR', 'KP']);
    const payments = [
      pay({ beneficiary: ref(syrian) }),
      payment({
        date: '2024-06-01',
        amount: eur('900'),
        payer: ref(korean),
        beneficiary: ref(orion),
      }),
    ];
    const found = runRules(moneyContext({ payments, parties: [orion, syrian, korean] }), [
      highRiskJurisdiction,
    ]);
    expect(
      found.map((f) => [f.severity, f.params['context'], f.params['who'], f.params['country']]),
    ).toEqual([
      ['high', 'call-for-action', 'Kim', 'KP'],
      ['medium', 'increased-monitoring', 'Palmyra Trading', 'SY'],
    ]);
    expect(found[1]!.evidence[0]).toEqual({
      kind: 'party',
      id: syrian.id,
      label: 'Palmyra Trading',
    });
  });

  it('a country the unit added itself reads with its list’s name, without a variant', () => {
    const payments = [pay({ beneficiaryAccountId: emirati.id })];
    const highRisk = [
      { country: 'AE', list: 'unit-watch', listLabel: 'Unit watch list', label: 'UAE' },
    ];
    const [f] = runRules(
      moneyContext({ accounts: [emirati], payments, parties: [orion], highRisk }),
      [highRiskJurisdiction],
    );
    expect(f).toMatchObject({
      severity: 'medium',
      params: { list: 'Unit watch list', country: 'AE' },
    });
    expect(f!.params['context']).toBeUndefined();
  });

  it('nothing for countries not on the list, an unknown country, or an empty list', () => {
    const unknown = account({ accountNumber: '000-123', holder: named('Cash box') });
    const payments = [
      pay({ beneficiaryAccountId: emirati.id }),
      pay({ beneficiaryAccountId: unknown.id }),
    ];
    const ctx = (highRisk?: never[]) =>
      moneyContext({ accounts: [emirati, unknown], payments, parties: [orion], highRisk });
    expect(runRules(ctx(), [highRiskJurisdiction])).toEqual([]);
    const iran = [pay({ beneficiaryAccountId: iranian.id })];
    expect(
      runRules(moneyContext({ accounts: [iranian], payments: iran, highRisk: [] }), [
        highRiskJurisdiction,
      ]),
    ).toEqual([]);
  });

  it('either the IBAN’s country or the one recorded for the account counts', () => {
    const byIban = account({ iban: 'IR820540102680020817909002', country: 'DE' });
    const byCountry = account({ accountNumber: '4410-22', country: 'MM' });
    const payments = [
      pay({ beneficiaryAccountId: byIban.id }),
      pay({ beneficiaryAccountId: byCountry.id }),
    ];
    const found = runRules(moneyContext({ accounts: [byIban, byCountry], payments }), [
      highRiskJurisdiction,
    ]);
    expect(found.map((f) => f.params['country'])).toEqual(['IR', 'MM']);
  });
});
