import { describe, expect, it } from 'vitest';
import { PaymentFields } from '../../../../../shared/domain/finance';
import type { PaymentView } from '../../../../../shared/domain/finance-views';
import { fieldForPath } from '../../../lib/form-errors';
import { paymentFields, paymentValues, newPaymentValues } from './payment-form';
import { paymentFilters, activeFilterCount, NO_PAYMENT_FILTERS } from './payment-filters';

const PARTY = '00000000-0000-4000-8000-0000000000a1';
const ACCOUNT = '00000000-0000-4000-8000-0000000000a2';

const stored: PaymentView = {
  ...PaymentFields.parse({
    date: '2024-03-12',
    at: '2024-03-12T10:15',
    amount: { amount: '1234.56', currency: 'RSD' },
    payer: { partyId: PARTY, name: '' },
    payerAccountId: ACCOUNT,
    beneficiary: { partyId: null, name: 'Galerija Antika' },
    reference: '97 12-345',
    grading: { source: 'B', information: '2' },
  }),
  id: '00000000-0000-4000-8000-0000000000f1',
  caseId: '00000000-0000-4000-8000-0000000000c1',
  importId: null,
  row: null,
  fingerprint: null,
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  payerName: 'Marko Marković',
  beneficiaryName: 'Galerija Antika',
  payerAccountLabel: 'RS35 2600 0560 1001 6113 79',
  beneficiaryAccountLabel: null,
  events: [],
  converted: null,
};

describe('payment form', () => {
  it('gives back a stored payment unchanged when nothing was edited', () => {
    const fields = PaymentFields.parse(paymentFields(paymentValues(stored), stored));
    const { id, caseId, importId, row, fingerprint, version, createdAt, updatedAt, ...rest } =
      stored;
    const {
      payerName,
      beneficiaryName,
      payerAccountLabel,
      beneficiaryAccountLabel,
      events,
      converted,
      ...own
    } = rest;
    void [id, caseId, importId, row, fingerprint, version, createdAt, updatedAt];
    void [
      payerName,
      beneficiaryName,
      payerAccountLabel,
      beneficiaryAccountLabel,
      events,
      converted,
    ];
    expect(fields).toEqual(own);
  });

  it('reads a locally typed amount exactly, and drops the time when the date changes', () => {
    const values = paymentValues(stored);
    values.amount.amount = '1.250.000,50';
    values.date = '2024-03-13';
    const fields = paymentFields(values, stored);
    expect(fields.amount).toEqual({ amount: '1250000.50', currency: 'RSD' });
    expect(fields.at).toBeNull();
  });

  it('sends an amount that is no number as typed, for main to name', () => {
    const values = newPaymentValues('2026-02-01');
    values.amount.amount = 'twelve';
    expect(paymentFields(values, null).amount.amount).toBe('twelve');
    expect(PaymentFields.safeParse(paymentFields(values, null)).success).toBe(false);
  });

  it('has a field for each path main names', () => {
    const values = newPaymentValues('2026-02-01');
    expect(fieldForPath(values, ['amount', 'amount'])).toBe('amount.amount');
    expect(fieldForPath(values, ['payer', 'name'])).toBe('payer.name');
    expect(fieldForPath(values, ['grading', 'information'])).toBe('grading.information');
    expect(fieldForPath(values, ['beneficiaryAccountId'])).toBe('beneficiaryAccountId');
  });
});

describe('payment filters', () => {
  it('sends only what is set, amounts as exact decimals', () => {
    const { filters, invalid } = paymentFilters({
      ...NO_PAYMENT_FILTERS,
      from: '2024-01-01',
      amountMin: '9.000,00',
      methods: ['cash'],
    });
    expect(filters).toEqual({ dateFrom: '2024-01-01', amountMin: '9000.00', methods: ['cash'] });
    expect(invalid).toEqual([]);
  });

  it('leaves out a bound that is no amount and names it', () => {
    const state = { ...NO_PAYMENT_FILTERS, amountMax: 'lots', amountMin: '-5' };
    const { filters, invalid } = paymentFilters(state);
    expect(filters).toEqual({});
    expect(invalid).toEqual(['amountMin', 'amountMax']);
    expect(activeFilterCount(state)).toBe(1);
    expect(activeFilterCount(NO_PAYMENT_FILTERS)).toBe(0);
  });
});
