import { describe, expect, it } from 'vitest';
import { runRules } from '../../../../src/main/core/analysis/registry';
import { circularFlow, passThrough } from '../../../../src/main/core/analysis/rules/finance/flows';
import type { PaymentFieldsInput } from '../../../../src/shared/domain/finance';
import { account, moneyContext, named, payment, rate } from './fixtures';

/* finance.circular-flow and finance.pass-through: positive and negative cases. */

const eur = (amount: string) => ({ amount, currency: 'EUR' });
const pay = (
  from: string,
  to: string,
  date: string,
  amount: string,
  extra: Partial<PaymentFieldsInput> = {},
) => payment({ date, amount: eur(amount), payer: named(from), beneficiary: named(to), ...extra });

describe('finance.circular-flow', () => {
  const run = (payments: ReturnType<typeof payment>[], extra = {}) =>
    runRules(moneyContext({ payments, ...extra }), [circularFlow]);

  it('money leaving a party and coming back through others, in time, is found with every payment', () => {
    const round = [
      pay('Marko Petrović', 'Orion Holdings', '2024-01-10', '10000'),
      pay('Orion Holdings', 'Atlas Trade', '2024-01-15', '9000'),
      pay('Atlas Trade', 'Marko Petrović', '2024-02-01', '8000'),
    ];
    const [f, ...rest] = run([pay('Someone', 'Marko Petrović', '2024-01-01', '50'), ...round]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'finance.circular-flow',
      domain: 'finance',
      severity: 'high',
      objectId: null,
      params: {
        origin: 'Marko Petrović',
        path: 'Marko Petrović → Orion Holdings → Atlas Trade → Marko Petrović',
        hops: 3,
        amount: '10,000.00 EUR',
        returned: '8,000.00 EUR',
        from: '2024-01-10',
        to: '2024-02-01',
        days: 22,
        rounds: 1,
      },
    });
    expect(f!.evidence.map((e) => [e.kind, e.id])).toEqual(round.map((p) => ['payment', p.id]));
    expect(f!.evidence[0]!.label).toBe(
      '2024-01-10, 10,000.00 EUR, Marko Petrović → Orion Holdings',
    );
  });

  it('two payments there and back are a circle too; the rounds are counted', () => {
    const [f] = run([
      pay('A', 'B', '2024-01-01', '500'),
      pay('B', 'A', '2024-01-02', '400'),
      pay('A', 'B', '2024-02-01', '500'),
      pay('B', 'A', '2024-02-03', '500'),
    ]);
    expect(f?.params).toMatchObject({ hops: 2, rounds: 3 });
    expect(f?.message).toContain('went round this circle 3 times');
  });

  it('not when the money comes back after the window, a hop goes back in time, or too little returns', () => {
    const late = [
      pay('A', 'B', '2024-01-01', '100'),
      pay('B', 'C', '2024-01-02', '100'),
      pay('C', 'A', '2024-04-01', '100'),
    ];
    expect(run(late)).toEqual([]); // 91 days
    const backwards = [
      pay('A', 'B', '2024-01-10', '100'),
      pay('B', 'C', '2024-01-05', '100'),
      pay('C', 'A', '2024-01-20', '100'),
    ];
    expect(run(backwards)).toEqual([]);
    const small = [
      pay('A', 'B', '2024-01-01', '100'),
      pay('B', 'C', '2024-01-02', '100'),
      pay('C', 'A', '2024-01-03', '49.99'),
    ];
    expect(run(small)).toEqual([]);
    const exactlyHalf = [small[0]!, small[1]!, pay('C', 'A', '2024-01-03', '50')];
    expect(run(exactlyHalf)).toHaveLength(1);
  });

  it('the same day counts only when the times show the order', () => {
    const sameDay = [pay('A', 'B', '2024-01-01', '100'), pay('B', 'A', '2024-01-01', '100')];
    expect(run(sameDay)).toEqual([]);
    const timed = [
      pay('A', 'B', '2024-01-01', '100', { at: '2024-01-01T09:00' }),
      pay('B', 'A', '2024-01-01', '100', { at: '2024-01-01T15:30' }),
    ];
    expect(run(timed)).toHaveLength(1);
  });

  it('amounts in other currencies compare through a rate, and without one not at all', () => {
    const mixed = [
      pay('A', 'B', '2024-01-10', '10000'),
      payment({
        date: '2024-01-12',
        amount: { amount: '1200000', currency: 'RSD' },
        payer: named('B'),
        beneficiary: named('A'),
      }),
    ];
    expect(run(mixed)).toEqual([]);
    expect(run(mixed, { rates: [rate('RSD', '2024-01-08', '0.0085')] })).toHaveLength(1);
    // A rate more than 7 days old is not used.
    expect(run(mixed, { rates: [rate('RSD', '2024-01-04', '0.0085')] })).toEqual([]);
  });

  it('says nothing when one object is analysed', () => {
    const round = [pay('A', 'B', '2024-01-01', '100'), pay('B', 'A', '2024-01-02', '100')];
    expect(run(round, { objectId: '00000000-0000-4000-8000-0000000000ff' })).toEqual([]);
  });
});

describe('finance.pass-through', () => {
  const mule = account({ iban: 'HR1210010051863000160', holder: named('Ivan Horvat') });
  const into = (date: string, amount: string, currency = 'EUR') =>
    payment({
      date,
      amount: { amount, currency },
      payer: named('Orion'),
      beneficiaryAccountId: mule.id,
    });
  const out = (date: string, amount: string, currency = 'EUR') =>
    payment({
      date,
      amount: { amount, currency },
      payerAccountId: mule.id,
      beneficiary: named('Atlas'),
    });
  const run = (payments: ReturnType<typeof payment>[], extra = {}) =>
    runRules(moneyContext({ accounts: [mule], payments, ...extra }), [passThrough]);

  it('an account that sends most of what it receives on within days is found', () => {
    const flow = [
      into('2024-03-01', '10000'),
      out('2024-03-03', '5000'),
      out('2024-03-04', '3500'),
    ];
    const [f, ...rest] = run(flow);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'finance.pass-through',
      severity: 'medium',
      params: {
        account: 'HR12 1001 0051 8630 0016 0 (Ivan Horvat)',
        received: '10,000.00 EUR',
        sentOut: '8,500.00 EUR',
        percent: 85,
        days: 3,
        from: '2024-03-01',
        to: '2024-03-04',
      },
    });
    expect(f!.evidence.map((e) => e.kind)).toEqual(['account', 'payment', 'payment', 'payment']);
  });

  it('not when too little goes out, too late, or before the money came in', () => {
    expect(run([into('2024-03-01', '10000'), out('2024-03-02', '7999.99')])).toEqual([]);
    expect(run([into('2024-03-01', '10000'), out('2024-03-05', '9000')])).toEqual([]);
    expect(run([into('2024-03-01', '10000'), out('2024-02-28', '9000')])).toEqual([]);
    expect(run([into('2024-03-01', '10000')])).toEqual([]);
  });

  it('receipts forwarded back to back make one finding; a later period another', () => {
    const found = run([
      into('2024-03-01', '1000'),
      out('2024-03-02', '900'),
      into('2024-03-03', '1000'),
      out('2024-03-04', '950'),
      into('2024-05-01', '2000'),
      out('2024-05-01', '2000'),
    ]);
    expect(found.map((f) => [f.params['from'], f.params['to'], f.params['received']])).toEqual([
      ['2024-03-01', '2024-03-04', '2,000.00 EUR'],
      ['2024-05-01', '2024-05-01', '2,000.00 EUR'],
    ]);
  });

  it('several currencies compare in euro; a payment without a rate is left out', () => {
    const flow = [into('2024-03-01', '1000'), out('2024-03-02', '117000', 'RSD')];
    expect(run(flow)).toEqual([]);
    const [f] = run(flow, { rates: [rate('RSD', '2024-03-01', '0.008532')] });
    expect(f?.params).toMatchObject({
      received: '1,000.00 EUR',
      sentOut: '998.24 EUR',
      percent: 99,
    });
  });
});
