import { describe, expect, it } from 'vitest';
import { PaymentFilters } from '../../../../shared/domain/finance-views';
import {
  ProvenanceEventFields,
  type CitedPayment,
  type ProvenanceEventRecord,
} from '../../../../shared/domain/provenance';
import { fieldForPath } from '../../lib/form-errors';
import { eventFields, eventValues, newEventValues } from './event-form';
import {
  moneySteps,
  moneyTabPath,
  offersPayments,
  priceCheck,
  searchedAmount,
  searchFilters,
} from './payment-links';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const paid = (n: number, date: string, amount: string, currency = 'EUR'): CitedPayment => ({
  id: id(n),
  date,
  amount: { amount, currency },
  method: 'wire',
  payer: 'Antikvariat Žolnir',
  beneficiary: 'Kovačević d.o.o.',
  reference: '',
});

function event(n: number, position: number, payments: string[]): ProvenanceEventRecord {
  return {
    ...ProvenanceEventFields.parse({ type: 'private_sale', payments }),
    caseId: id(90),
    objectId: id(91),
    position,
    span: { text: '', botb: null, eotb: null, bote: null, eote: null },
    id: id(n),
    version: 1,
    createdAt: '2026-02-02T10:00:00.000Z',
    updatedAt: '2026-02-02T10:00:00.000Z',
  } as ProvenanceEventRecord;
}

describe('which events offer “Paid by”', () => {
  it('sales, exchanges and consignments; any other event only when it already cites payments', () => {
    expect(offersPayments('private_sale', 0)).toBe(true);
    expect(offersPayments('auction_purchase', 0)).toBe(true);
    expect(offersPayments('consignment', 0)).toBe(true);
    expect(offersPayments('theft', 0)).toBe(false);
    expect(offersPayments('by_descent', 0)).toBe(false);
    expect(offersPayments(null, 0)).toBe(false);
    expect(offersPayments('export', 1)).toBe(true);
  });
});

describe('the price against the cited payments', () => {
  const price = { amount: '3200.00', currency: 'EUR' };

  it('agrees when the payments in the price’s currency add up to it exactly', () => {
    expect(priceCheck(price, [paid(1, '2024-05-22', '3200')])).toEqual({
      kind: 'match',
      total: { amount: '3200.00', currency: 'EUR' },
    });
    expect(
      priceCheck(price, [paid(1, '2024-05-22', '1200.10'), paid(2, '2024-05-23', '1999.90')]).kind,
    ).toBe('match');
  });

  it('warns with both amounts when they differ, by as little as a cent', () => {
    expect(priceCheck(price, [paid(1, '2024-05-22', '3199.99')])).toEqual({
      kind: 'differs',
      total: { amount: '3199.99', currency: 'EUR' },
      price,
    });
  });

  it('never converts: another currency is said to be one', () => {
    expect(
      priceCheck(price, [paid(1, '2024-05-22', '3200', 'EUR'), paid(2, '2024-05-22', '10', 'CHF')]),
    ).toEqual({ kind: 'currency', price, currencies: ['CHF', 'EUR'] });
  });

  it('says nothing without a price, without payments, or while the price is being typed', () => {
    expect(priceCheck(null, [paid(1, '2024-05-22', '3200')])).toEqual({ kind: 'none' });
    expect(priceCheck(price, [])).toEqual({ kind: 'none' });
    expect(priceCheck({ amount: '3.2.', currency: 'EUR' }, [paid(1, '2024-05-22', '3')])).toEqual({
      kind: 'none',
    });
  });
});

describe('the payment search box', () => {
  it('reads amounts as people type them, thousands in groups of three', () => {
    expect(searchedAmount('3200')).toEqual({ amount: '3200' });
    expect(searchedAmount('3.200')).toEqual({ amount: '3200' });
    expect(searchedAmount('3,200.00')).toEqual({ amount: '3200.00' });
    expect(searchedAmount('3.200,00')).toEqual({ amount: '3200.00' });
    expect(searchedAmount('3 200,5')).toEqual({ amount: '3200.5' });
    expect(searchedAmount('1.5')).toEqual({ amount: '1.5' });
    expect(searchedAmount('220 EUR')).toEqual({ amount: '220', currency: 'EUR' });
    expect(searchedAmount('€220')).toEqual({ amount: '220', currency: 'EUR' });
    expect(searchedAmount('bam 2000')).toEqual({ amount: '2000', currency: 'BAM' });
  });

  it('leaves names, references and malformed numbers to the text search', () => {
    for (const text of ['Žolnir', 'INV-77', 'ref123', '1,2,3', '3.200.00', 'EUR 5 EUR', '.', '']) {
      expect(searchedAmount(text)).toBeNull();
    }
  });

  it('sends main an exact amount range, or the text, as PaymentFilters it accepts', () => {
    expect(searchFilters('  ')).toEqual({});
    expect(searchFilters('3.200,00')).toEqual({ amountMin: '3200.00', amountMax: '3200.00' });
    expect(searchFilters('220 EUR')).toEqual({
      amountMin: '220',
      amountMax: '220',
      currency: 'EUR',
    });
    expect(searchFilters(' Račun 2024-118 ')).toEqual({ text: 'Račun 2024-118' });
    for (const text of ['3.200,00', '220 EUR', 'Žolnir', 'x'.repeat(400)]) {
      expect(PaymentFilters.safeParse(searchFilters(text)).success).toBe(true);
    }
  });
});

describe('the money column beside the chain', () => {
  it('lists each cited payment once, in date order, with the events that cite it', () => {
    const deposit = paid(11, '2024-03-04', '2000');
    const balance = paid(12, '2024-03-12', '16000');
    const fee = paid(13, '2024-03-04', '150', 'CHF');
    const chain = {
      events: [event(1, 1, [balance.id, deposit.id]), event(2, 2, [deposit.id, fee.id, id(99)])],
      payments: { [deposit.id]: deposit, [balance.id]: balance, [fee.id]: fee },
    };
    const steps = moneySteps(chain);
    expect(steps.map((s) => s.payment.id)).toEqual([fee.id, deposit.id, balance.id]);
    expect(steps[1]?.events.map((e) => e.position)).toEqual([1, 2]);
    expect(steps[0]?.events).toEqual([{ id: id(2), position: 2, type: 'private_sale' }]);
  });

  it('links to the Money tab of the case, on the payment', () => {
    expect(moneyTabPath('c1')).toBe('/case-file/cases/c1/money');
    expect(moneyTabPath('c1', 'p 1')).toBe('/case-file/cases/c1/money?payment=p%201');
  });
});

describe('the event form’s payments', () => {
  it('keeps the cited payments and their order through an edit, and sends what is chosen', () => {
    const stored = event(1, 3, [id(12), id(11)]);
    const values = eventValues(stored, {});
    expect(values.payments).toEqual([id(12), id(11)]);
    expect(eventFields(values, stored).payments).toEqual([id(12), id(11)]);
    const removed = { ...values, payments: [id(11)] };
    expect(eventFields(removed, stored).payments).toEqual([id(11)]);
    expect(eventFields({ ...newEventValues(), type: 'sale' }, null).payments).toEqual([]);
  });

  it('shows main’s refusal of one payment on the list', () => {
    const values = eventValues(event(1, 3, [id(12), id(11)]), {});
    expect(fieldForPath(values, ['payments', '1'])).toBe('payments');
    expect(fieldForPath(values, ['payments'])).toBe('payments');
  });
});
