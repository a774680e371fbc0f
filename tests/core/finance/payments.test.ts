import { describe, expect, it } from 'vitest';
import type { CaseFileSession } from '../../../src/main/core';
import { createCase } from '../../../src/main/core/cases/cases';
import {
  addAccount,
  addPayment,
  addRate,
  getPayment,
  listPayments,
  paymentTotals,
  updatePayment,
} from '../../../src/main/core/finance';
import type { PaymentFieldsInput } from '../../../src/shared/domain/finance';
import type { PaymentView } from '../../../src/shared/domain/finance-views';
import { expectCaseFileError, newCaseFile } from '../../helpers/case-files';
import { auditOf, citations, moneyCase, NOWHERE } from './fixtures';

type Money = ReturnType<typeof moneyCase>;

const issuesOf = (e: { details?: Record<string, unknown> }) =>
  e.details?.['issues'] as Array<{ path: string[]; message: string }>;

function fieldsOf(p: PaymentView): PaymentFieldsInput {
  const {
    id: _i,
    version: _v,
    createdAt: _c,
    updatedAt: _u,
    caseId: _k,
    importId: _m,
    row: _r,
    fingerprint: _f,
    payerName: _pn,
    beneficiaryName: _bn,
    payerAccountLabel: _pl,
    beneficiaryAccountLabel: _bl,
    events: _e,
    converted: _x,
    ...fields
  } = p;
  return fields;
}

/**
 * Collector → shell (EUR wire, 18,000), shell → gallery (RSD, two transfers just under the
 * threshold), a cash deposit by the gallery's owner, a crypto payment in USD.
 */
function flows(session: CaseFileSession, m: Money) {
  const pay = (fields: PaymentFieldsInput) => addPayment(session, { caseId: m.caseId, fields });
  return {
    wire: pay({
      date: '2024-03-04',
      amount: { amount: '18000.00', currency: 'EUR' },
      payerAccountId: m.collectorAccount.id,
      beneficiaryAccountId: m.shellAccount.id,
      purpose: 'Consultancy',
      reference: 'INV-77',
      intermediaries: ['RZBAATWW'],
      sources: [{ documentId: m.statement.id, page: '3' }],
    }),
    first: pay({
      date: '2024-03-12',
      at: '2024-03-12T10:15',
      amount: { amount: '1172000.00', currency: 'RSD' },
      payerAccountId: m.shellAccount.id,
      beneficiaryAccountId: m.galleryAccount.id,
    }),
    second: pay({
      date: '2024-03-12',
      at: '2024-03-12T16:40',
      amount: { amount: '1171999.99', currency: 'RSD' },
      payerAccountId: m.shellAccount.id,
      beneficiaryAccountId: m.galleryAccount.id,
    }),
    cash: pay({
      date: '2024-03-15',
      amount: { amount: '9999.99', currency: 'EUR' },
      method: 'cash',
      payer: { partyId: null, name: 'Dragan Ilić' },
      beneficiaryAccountId: m.galleryAccount.id,
    }),
    crypto: pay({
      date: '2024-04-02',
      amount: { amount: '10000', currency: 'USD' },
      method: 'crypto',
      payer: { partyId: m.collector.id, name: '' },
      beneficiary: { partyId: m.shell.id, name: '' },
    }),
  };
}

describe('payments', () => {
  it('records a payment with both accounts, names and labels resolved, audited and cited', async () => {
    const { session } = await newCaseFile();
    const m = moneyCase(session);
    const { wire } = flows(session, m);
    expect(wire).toMatchObject({
      caseId: m.caseId,
      method: 'wire',
      payerName: '',
      payerAccountLabel: 'AT61 1904 3002 3457 3201',
      beneficiaryAccountLabel: 'CY17 0020 0128 0000 0012 0052 7600',
      importId: null,
      row: null,
      fingerprint: null,
      events: [],
      converted: null,
    });
    expect(citations(session, wire.id)).toEqual([
      { document_id: m.statement.id, kind: 'payment', page: '3' },
    ]);
    expect(auditOf(session, wire.id)[0]?.action).toBe('payment.create');

    const changed = updatePayment(session, {
      id: wire.id,
      version: 1,
      fields: {
        ...fieldsOf(wire),
        purpose: 'Purchase of icon',
        payer: { partyId: m.collector.id, name: '' },
      },
    });
    expect(changed).toMatchObject({
      version: 2,
      purpose: 'Purchase of icon',
      payerName: 'Müller, Hans',
    });
    expect(auditOf(session, wire.id)[1]?.changes).toMatchObject({
      purpose: { before: 'Consultancy', after: 'Purchase of icon' },
    });
    await expectCaseFileError(
      () => updatePayment(session, { id: wire.id, version: 1, fields: fieldsOf(wire) }),
      'EDIT_CONFLICT',
    );
    expect(getPayment(session, wire.id).version).toBe(2);
  });

  it('refuses accounts of another case, a payment to the same account, unnamed sides and bad amounts', async () => {
    const { session } = await newCaseFile();
    const m = moneyCase(session);
    const other = createCase(session, {
      reference: 'ITCG-2026-0699',
      title: 'O',
      openedOn: '2026-01-01',
    });
    const foreign = addAccount(session, {
      caseId: other.id,
      fields: { accountNumber: '160-1234-56' },
    });
    const base = {
      date: '2024-03-04',
      amount: { amount: '100.00', currency: 'EUR' },
      payerAccountId: m.collectorAccount.id,
      beneficiaryAccountId: m.shellAccount.id,
    };
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ payerAccountId: foreign.id }, 'payerAccountId', /another case/],
      [{ beneficiaryAccountId: NOWHERE }, 'beneficiaryAccountId', /no account/],
      [{ beneficiaryAccountId: m.collectorAccount.id }, 'beneficiaryAccountId', /to itself/],
      [{ payerAccountId: null }, 'payer', /who paid/],
      [{ beneficiaryAccountId: null }, 'beneficiary', /who was paid/],
      [{ amount: { amount: '-100.00', currency: 'EUR' } }, 'amount.amount', /positive/],
      [{ amount: { amount: '0', currency: 'EUR' } }, 'amount.amount', /positive/],
      [{ amount: { amount: '1,000.00', currency: 'EUR' } }, 'amount.amount', /amount like/],
      [{ amount: { amount: '100', currency: 'eur' } }, 'amount.currency', /currency code/],
      [{ at: '2024-03-05T10:00' }, 'at', /another day/],
      [{ payer: { partyId: NOWHERE, name: '' } }, 'payer.partyId', /no such/],
      [{ method: 'barter' }, 'method', /.+/],
    ];
    for (const [change, path, message] of cases) {
      const e = await expectCaseFileError(
        () =>
          addPayment(session, {
            caseId: m.caseId,
            fields: { ...base, ...change } as PaymentFieldsInput,
          }),
        'INVALID_INPUT',
      );
      expect(issuesOf(e)[0], JSON.stringify(change)).toMatchObject({
        path: path.split('.'),
        message: expect.stringMatching(message),
      });
    }
    expect(session.db.prepare('SELECT count(*) FROM payment').pluck().get()).toBe(0);
  });

  it('lists pages sorted by date or exact amount, filtered by account, party, period, amount and method', async () => {
    const { session } = await newCaseFile();
    const m = moneyCase(session);
    const p = flows(session, m);
    const ids = (q: Parameters<typeof listPayments>[1]) =>
      listPayments(session, q).rows.map((r) => r.id);

    expect(ids({ caseId: m.caseId })).toEqual([
      p.wire.id,
      p.first.id,
      p.second.id,
      p.cash.id,
      p.crypto.id,
    ]);
    expect(ids({ caseId: m.caseId, direction: 'desc' })).toEqual(
      [p.wire.id, p.first.id, p.second.id, p.cash.id, p.crypto.id].reverse(),
    );
    // Exact amounts in their own currency: 9,999.99 < 10,000 < 18,000.00 < 1,171,999.99 < 1,172,000.00.
    expect(ids({ caseId: m.caseId, sort: 'amount' })).toEqual([
      p.cash.id,
      p.crypto.id,
      p.wire.id,
      p.second.id,
      p.first.id,
    ]);
    const page = listPayments(session, { caseId: m.caseId, sort: 'amount', offset: 1, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.rows.map((r) => r.id)).toEqual([p.crypto.id, p.wire.id]);

    expect(ids({ caseId: m.caseId, filters: { accountId: m.shellAccount.id } })).toEqual([
      p.wire.id,
      p.first.id,
      p.second.id,
    ]);
    // A party on either side, directly or as the holder of the account.
    expect(ids({ caseId: m.caseId, filters: { partyId: m.collector.id } })).toEqual([
      p.wire.id,
      p.crypto.id,
    ]);
    expect(ids({ caseId: m.caseId, filters: { partyId: m.gallery.id } })).toEqual([
      p.first.id,
      p.second.id,
      p.cash.id,
    ]);
    expect(
      ids({ caseId: m.caseId, filters: { dateFrom: '2024-03-12', dateTo: '2024-03-15' } }),
    ).toEqual([p.first.id, p.second.id, p.cash.id]);
    expect(
      ids({ caseId: m.caseId, filters: { amountMin: '10000', amountMax: '1171999.99' } }),
    ).toEqual([p.wire.id, p.second.id, p.crypto.id]);
    expect(ids({ caseId: m.caseId, filters: { amountMax: '9999.99' } })).toEqual([p.cash.id]);
    expect(ids({ caseId: m.caseId, filters: { amountMax: '9999.98' } })).toEqual([]);
    expect(ids({ caseId: m.caseId, filters: { methods: ['cash', 'crypto'] } })).toEqual([
      p.cash.id,
      p.crypto.id,
    ]);
    expect(ids({ caseId: m.caseId, filters: { currency: 'RSD' } })).toEqual([
      p.first.id,
      p.second.id,
    ]);

    const e = await expectCaseFileError(
      () =>
        listPayments(session, { caseId: m.caseId, filters: { amountMin: '5', amountMax: '1' } }),
      'INVALID_INPUT',
    );
    expect(issuesOf(e)[0]?.path).toEqual(['filters', 'amountMax']);
    await expectCaseFileError(() => listPayments(session, { caseId: NOWHERE }), 'NOT_FOUND');
  });

  it('totals in the base currency with the rate table, listing what has no rate', async () => {
    const { session } = await newCaseFile();
    const m = moneyCase(session);
    const p = flows(session, m);
    addRate(session, { fields: { date: '2024-03-08', currency: 'RSD', rate: '0.008532' } });
    addRate(session, {
      fields: { date: '2024-03-12', currency: 'EUR', base: 'RSD', rate: '117.2' },
    });

    // 18,000.00 + 9,999.99 EUR; 1,172,000.00 × 0.008532 = 9,999.504 → 9,999.50;
    // 1,171,999.99 × 0.008532 = 9,999.50391468 → 9,999.50; USD has no rate.
    expect(paymentTotals(session, { caseId: m.caseId })).toEqual({
      base: 'EUR',
      amount: '47998.99',
      missing: [{ currency: 'USD', amount: '10000.00', count: 1 }],
      count: 5,
    });
    expect(
      paymentTotals(session, { caseId: m.caseId, filters: { accountId: m.galleryAccount.id } }),
    ).toMatchObject({ amount: '29998.99', missing: [], count: 3 });
    // In RSD only the EUR → RSD rate of 12 March counts (7 days back at most): the wire of
    // 4 March has none.
    expect(paymentTotals(session, { caseId: m.caseId, base: 'RSD' })).toEqual({
      base: 'RSD',
      amount: '3515998.82',
      missing: [
        { currency: 'EUR', amount: '18000.00', count: 1 },
        { currency: 'USD', amount: '10000.00', count: 1 },
      ],
      count: 5,
    });

    // Rows converted on request: the rate and its date are shown with the amount.
    const rows = listPayments(session, { caseId: m.caseId, base: 'EUR' }).rows;
    expect(rows.find((r) => r.id === p.first.id)?.converted).toEqual({
      base: 'EUR',
      amount: '9999.50',
      rate: '0.008532',
      rateDate: '2024-03-08',
    });
    expect(rows.find((r) => r.id === p.crypto.id)?.converted).toEqual({
      base: 'EUR',
      amount: null,
      rate: null,
      rateDate: null,
    });
  });
});
