import { describe, expect, it } from 'vitest';
import { addPayment, listPayments, paymentTotals } from '../../../src/main/core/finance';
import { newCaseFile } from '../../helpers/case-files';
import { moneyCase } from './fixtures';

/**
 * The payment list's text filter, which the provenance event form searches with: the reference,
 * the purpose, a name typed on the payment, or a directory party on either side (named, or
 * holding the account), whatever the case and diacritics of the directory's name.
 */
describe('payment list: text filter', () => {
  it('finds payments by reference, purpose, typed name and directory party, and nothing else', async () => {
    const { session } = await newCaseFile();
    const m = moneyCase(session);
    const pay = (fields: Parameters<typeof addPayment>[1]['fields']) =>
      addPayment(session, { caseId: m.caseId, fields }).id;
    const byAccount = pay({
      date: '2024-03-04',
      amount: { amount: '18000.00', currency: 'EUR' },
      payerAccountId: m.collectorAccount.id,
      beneficiaryAccountId: m.shellAccount.id,
      purpose: 'Consultancy',
      reference: 'INV-77',
    });
    const byParty = pay({
      date: '2024-03-05',
      amount: { amount: '500.00', currency: 'EUR' },
      payer: { partyId: m.gallery.id, name: '' },
      beneficiary: { partyId: null, name: 'Courier Petrović' },
      method: 'cash',
      reference: '50%_off',
    });
    const ids = (text: string) =>
      listPayments(session, { caseId: m.caseId, filters: { text } }).rows.map((r) => r.id);

    expect(ids('inv-77')).toEqual([byAccount]);
    expect(ids('consult')).toEqual([byAccount]);
    expect(ids('CONSULTANCY')).toEqual([byAccount]);
    // Müller holds the payer's account: found by name, with or without the umlaut.
    expect(ids('muller')).toEqual([byAccount]);
    expect(ids('MÜLLER')).toEqual([byAccount]);
    // Aphrodite Holdings holds the beneficiary's account.
    expect(ids('aphrodite')).toEqual([byAccount]);
    expect(ids('galerija antika')).toEqual([byParty]);
    expect(ids('Courier Petrović')).toEqual([byParty]);
    // Text on the payment itself, too, whatever the case, diacritics and script.
    expect(ids('petrovic')).toEqual([byParty]);
    expect(ids('ПЕТРОВИЋ')).toEqual([byParty]);
    // LIKE's wildcards are taken literally.
    expect(ids('50%_')).toEqual([byParty]);
    expect(ids('%')).toEqual([byParty]);
    expect(ids('nobody at all')).toEqual([]);
    // Combined with the other filters (AND), and counted the same by the totals.
    expect(
      listPayments(session, {
        caseId: m.caseId,
        filters: { text: 'a', methods: ['cash'] },
      }).rows.map((r) => r.id),
    ).toEqual([byParty]);
    expect(paymentTotals(session, { caseId: m.caseId, filters: { text: 'inv-77' } }).count).toBe(1);
    // An empty text filters nothing.
    expect(ids('')).toHaveLength(2);
  });
});
