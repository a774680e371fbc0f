import { describe, expect, it } from 'vitest';
import { createCase } from '../../../src/main/core/cases/cases';
import { addPayment, getPayment } from '../../../src/main/core/finance';
import { createObject } from '../../../src/main/core/objects';
import {
  addEvent,
  provenanceChain,
  removeEvent,
  updateEvent,
} from '../../../src/main/core/provenance';
import type { ProvenanceEventRecord } from '../../../src/shared/domain/provenance';
import { expectCaseFileError, newCaseFile } from '../../helpers/case-files';
import { auditOf, moneyCase, NOWHERE } from './fixtures';

const links = (session: Parameters<typeof moneyCase>[0]) =>
  session.db.prepare('SELECT event_id, payment_id FROM event_payment ORDER BY payment_id').all();

function fieldsOf(e: ProvenanceEventRecord) {
  const {
    id: _i,
    version: _v,
    createdAt: _c,
    updatedAt: _u,
    caseId: _k,
    objectId: _o,
    position: _p,
    span: _s,
    ...fields
  } = e;
  return fields;
}

describe('a provenance sale cites the payments that paid for it', () => {
  it('keeps event_payment in step with the event, and shows the money beside the chain', async () => {
    const { session } = await newCaseFile();
    const m = moneyCase(session);
    const icon = createObject(session, m.caseId, { exhibitNumber: 'E-1', typeL1: 'religious' });
    const deposit = addPayment(session, {
      caseId: m.caseId,
      fields: {
        date: '2024-03-04',
        amount: { amount: '2000.00', currency: 'EUR' },
        payerAccountId: m.collectorAccount.id,
        beneficiaryAccountId: m.galleryAccount.id,
        reference: 'Anzahlung Ikone',
      },
    });
    const balance = addPayment(session, {
      caseId: m.caseId,
      fields: {
        date: '2024-03-12',
        amount: { amount: '16000.00', currency: 'EUR' },
        payer: { partyId: m.collector.id, name: '' },
        beneficiary: { partyId: null, name: 'Galerija Antika' },
        method: 'cash',
      },
    });
    const sale = addEvent(session, {
      objectId: icon.id,
      fields: {
        type: 'sale',
        date: '2024-03-12',
        fromParty: { partyId: m.gallery.id, name: '' },
        toParty: { partyId: m.collector.id, name: '' },
        price: { amount: '18000.00', currency: 'EUR' },
        payments: [deposit.id, balance.id],
      },
    });
    expect(sale.payments).toEqual([deposit.id, balance.id]);
    expect(links(session)).toEqual(
      [
        { event_id: sale.id, payment_id: deposit.id },
        { event_id: sale.id, payment_id: balance.id },
      ].sort((a, b) => (a.payment_id < b.payment_id ? -1 : 1)),
    );
    expect(auditOf(session, sale.id)[0]?.changes['payments']).toEqual({
      before: null,
      after: [deposit.id, balance.id],
    });

    const chain = provenanceChain(session, icon.id);
    expect(chain.payments[balance.id]).toEqual({
      id: balance.id,
      date: '2024-03-12',
      amount: { amount: '16000.00', currency: 'EUR' },
      method: 'cash',
      payer: 'Müller, Hans',
      beneficiary: 'Galerija Antika',
      reference: '',
    });
    expect(Object.keys(chain.payments).sort()).toEqual([deposit.id, balance.id].sort());
    expect(getPayment(session, deposit.id).events).toEqual([
      { id: sale.id, objectId: icon.id, type: 'sale' },
    ]);

    // An edit that drops a payment drops its row; removing the event removes the rest.
    const edited = updateEvent(session, {
      id: sale.id,
      version: 1,
      fields: { ...fieldsOf(sale), payments: [balance.id] },
    });
    expect(edited.version).toBe(2);
    expect(links(session)).toEqual([{ event_id: sale.id, payment_id: balance.id }]);
    expect(getPayment(session, deposit.id).events).toEqual([]);
    removeEvent(session, { id: sale.id, version: 2 });
    expect(links(session)).toEqual([]);
    expect(provenanceChain(session, icon.id).payments).toEqual({});
  });

  it('refuses payments of another case, unknown payments and the same payment twice', async () => {
    const { session } = await newCaseFile();
    const m = moneyCase(session);
    const icon = createObject(session, m.caseId, { exhibitNumber: 'E-1', typeL1: 'religious' });
    const other = createCase(session, {
      reference: 'ITCG-2026-0698',
      title: 'O',
      openedOn: '2026-01-01',
    });
    const foreign = addPayment(session, {
      caseId: other.id,
      fields: {
        date: '2024-03-04',
        amount: { amount: '10.00', currency: 'EUR' },
        payer: { name: 'A' },
        beneficiary: { name: 'B' },
      },
    });
    const own = addPayment(session, {
      caseId: m.caseId,
      fields: {
        date: '2024-03-04',
        amount: { amount: '10.00', currency: 'EUR' },
        payer: { name: 'A' },
        beneficiary: { name: 'B' },
      },
    });
    for (const [payments, index, message] of [
      [[own.id, foreign.id], '1', /another case/],
      [[NOWHERE], '0', /no payment/],
      [[own.id, own.id], '1', /named twice/],
    ] as const) {
      const e = await expectCaseFileError(
        () =>
          addEvent(session, {
            objectId: icon.id,
            fields: { type: 'sale', payments: [...payments] },
          }),
        'INVALID_INPUT',
      );
      expect(e.details?.['issues']).toEqual([
        { path: ['payments', index], message: expect.stringMatching(message) },
      ]);
    }
    expect(links(session)).toEqual([]);
    expect(session.db.prepare('SELECT count(*) FROM provenance_event').pluck().get()).toBe(0);
  });
});
