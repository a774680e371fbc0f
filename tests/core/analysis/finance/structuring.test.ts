import { describe, expect, it } from 'vitest';
import { runRules } from '../../../../src/main/core/analysis/registry';
import { structuring } from '../../../../src/main/core/analysis/rules/finance/structuring';
import type { PaymentFieldsInput } from '../../../../src/shared/domain/finance';
import { account, company, moneyContext, named, payment, rate, ref } from './fixtures';

/* finance.structuring: several cash deposits or transfers just under EUR 10,000 or 15,000 by the
 * same payer or into the same account within 7 days; converted with rates, never guessed. */

const bank = account({ iban: 'RS35260005601001611379', holder: named('Galerie Orion') });
const deposit = (date: string, amount: string, extra: Partial<PaymentFieldsInput> = {}) =>
  payment({
    date,
    amount: { amount, currency: 'EUR' },
    method: 'cash',
    payer: named('Marko Petrović'),
    beneficiaryAccountId: bank.id,
    ...extra,
  });
const run = (payments: ReturnType<typeof payment>[], extra = {}) =>
  runRules(moneyContext({ accounts: [bank], payments, ...extra }), [structuring]);

describe('finance.structuring', () => {
  it('three cash deposits just under EUR 10,000 within a week: one finding citing each', () => {
    const three = [
      deposit('2024-05-02', '9500'),
      deposit('2024-05-04', '9800'),
      deposit('2024-05-08', '9999.99'),
    ];
    const found = run(three);
    // The payer and the account group the same payments: reported once, by the payer.
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: 'finance.structuring',
      severity: 'high',
      objectId: null,
      params: {
        who: 'Marko Petrović',
        count: 3,
        threshold: '10,000.00 EUR',
        floor: '9,000.00 EUR',
        total: '29,299.99 EUR',
        from: '2024-05-02',
        to: '2024-05-08',
        days: 7,
      },
    });
    expect(found[0]!.params['context']).toBeUndefined();
    expect(found[0]!.evidence.map((e) => e.id)).toEqual(three.map((p) => p.id));
    expect(found[0]!.message).toContain('Directive (EU) 2015/849');
  });

  it('from different payers into one account: reported on the account', () => {
    const [f, ...rest] = run([
      deposit('2024-05-02', '9100', { payer: named('A') }),
      deposit('2024-05-03', '9200', { payer: named('B') }),
      deposit('2024-05-04', '9300', { payer: named('C') }),
    ]);
    expect(rest).toEqual([]);
    expect(f?.params).toMatchObject({
      context: 'account',
      who: 'RS35 2600 0560 1001 6113 79 (Galerie Orion)',
    });
  });

  it('the EUR 15,000 threshold too, by transfers of a company', () => {
    const orion = company('Orion Holdings');
    const [f] = run(
      ['2024-06-01', '2024-06-02', '2024-06-03'].map((date) =>
        deposit(date, '14200', { method: 'wire', payer: ref(orion), beneficiaryAccountId: null }),
      ),
      { parties: [orion] },
    );
    expect(f?.params).toMatchObject({
      who: 'Orion Holdings',
      threshold: '15,000.00 EUR',
      floor: '13,500.00 EUR',
    });
  });

  it('not for two only, for a run longer than the window, or for amounts outside the band', () => {
    expect(run([deposit('2024-05-02', '9500'), deposit('2024-05-03', '9500')])).toEqual([]);
    // 2 May to 9 May is 8 days.
    expect(
      run([
        deposit('2024-05-02', '9500'),
        deposit('2024-05-05', '9500'),
        deposit('2024-05-09', '9500'),
      ]),
    ).toEqual([]);
    expect(
      run([
        deposit('2024-05-02', '8999.99'),
        deposit('2024-05-03', '9500'),
        deposit('2024-05-04', '10000'),
      ]),
    ).toEqual([]);
  });

  it('not for card or cheque payments', () => {
    const by = (method: 'card' | 'cheque') =>
      ['2024-05-02', '2024-05-03', '2024-05-04'].map((d) => deposit(d, '9500', { method }));
    expect(run(by('card'))).toEqual([]);
    expect(run(by('cheque'))).toEqual([]);
  });

  it('other currencies count through a rate of the day; without one they do not count', () => {
    const rsd = (date: string) =>
      deposit(date, '1110000', { amount: { amount: '1110000', currency: 'RSD' } });
    const mixed = [deposit('2024-05-02', '9500'), rsd('2024-05-03'), rsd('2024-05-04')];
    expect(run(mixed)).toEqual([]);
    // 1,110,000 RSD × 0.008532 = 9,470.52 EUR.
    const [f] = run(mixed, { rates: [rate('RSD', '2024-05-01', '0.008532')] });
    expect(f?.params).toMatchObject({ count: 3, total: '28,441.04 EUR' });
  });

  it('a longer series is split into runs of the window', () => {
    const days = [
      '2024-05-01',
      '2024-05-02',
      '2024-05-03',
      '2024-05-20',
      '2024-05-21',
      '2024-05-22',
    ];
    const found = run(days.map((d) => deposit(d, '9600')));
    expect(found.map((f) => [f.params['from'], f.params['to']])).toEqual([
      ['2024-05-01', '2024-05-03'],
      ['2024-05-20', '2024-05-22'],
    ]);
  });
});
