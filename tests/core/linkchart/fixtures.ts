import { assignRole, createParty, write, type CaseFileSession } from '../../../src/main/core';
import { createCase } from '../../../src/main/core/cases/cases';
import {
  ACCOUNT_SPEC,
  PAYMENT_SPEC,
  RELATIONSHIP_SPEC,
} from '../../../src/main/core/finance/specs';
import { createObject } from '../../../src/main/core/objects';
import { addEvent } from '../../../src/main/core/provenance';
import { insertRecord, newMeta } from '../../../src/main/core/records/record-store';
import {
  AccountFields,
  PaymentFields,
  RelationshipFields,
  type AccountFieldsInput,
  type AccountRecord,
  type PaymentFieldsInput,
  type PaymentRecord,
  type RelationshipFieldsInput,
  type RelationshipRecord,
} from '../../../src/shared/domain/finance';

/**
 * Money records made the way a service would store them (zod-parsed fields, audited inserts),
 * without depending on the finance services' own input checks.
 */
export function addAccountRecord(
  session: CaseFileSession,
  caseId: string,
  input: AccountFieldsInput,
): AccountRecord {
  const fields = AccountFields.parse(input);
  return write(session, (tx) =>
    insertRecord(tx, ACCOUNT_SPEC, { ...fields, caseId, ...newMeta(tx) }),
  );
}

export function addPaymentRecords(
  session: CaseFileSession,
  caseId: string,
  inputs: readonly PaymentFieldsInput[],
): PaymentRecord[] {
  const all = inputs.map((i) => PaymentFields.parse(i));
  return write(session, (tx) =>
    all.map((fields) =>
      insertRecord(tx, PAYMENT_SPEC, {
        ...fields,
        caseId,
        importId: null,
        row: null,
        fingerprint: null,
        ...newMeta(tx),
      }),
    ),
  );
}

export function addRelationshipRecord(
  session: CaseFileSession,
  caseId: string,
  input: RelationshipFieldsInput,
): RelationshipRecord {
  const fields = RelationshipFields.parse(input);
  return write(session, (tx) =>
    insertRecord(tx, RELATIONSHIP_SPEC, { caseId, ...fields, ...newMeta(tx) }),
  );
}

export const IBAN = {
  buyer: 'DE89370400440532013000',
  shell: 'CH9300762011623852957',
  seller: 'RS35260005601001611379',
  other: 'AT611904300234573201',
};

/**
 * A buyer pays a shell company, the shell pays the seller (who owns it), the seller sold the
 * buyer an icon; the seller's account also takes three cash deposits just under €10,000.
 * A second case knows the seller (as a suspect) and the shell's account (same IBAN), and pays
 * from it to someone else.
 */
export function moneyChain(session: CaseFileSession) {
  const kase = createCase(session, {
    reference: 'ITCG-2026-0201',
    title: 'Ikona iz Zürcha',
    openedOn: '2026-01-10',
  });
  const other = createCase(session, {
    reference: 'ITCG-2026-0202',
    title: 'Druga istraga',
    openedOn: '2026-02-01',
  });
  const buyer = createParty(session, { kind: 'person', givenNames: 'Petar', familyName: 'Kovač' });
  const seller = createParty(session, {
    kind: 'person',
    givenNames: 'Marko',
    familyName: 'Jovanović',
    flags: ['pep'],
  });
  const shell = createParty(session, {
    kind: 'organisation',
    name: 'Adriatic Art Holdings Ltd',
    organisationType: 'company',
  });
  const witness = createParty(session, { kind: 'person', givenNames: 'Ivana', familyName: 'Ilić' });
  assignRole(session, { caseId: kase.id, partyId: buyer.id, role: 'buyer' });
  assignRole(session, { caseId: kase.id, partyId: seller.id, role: 'suspect' });
  assignRole(session, { caseId: kase.id, partyId: witness.id, role: 'witness' });
  assignRole(session, { caseId: other.id, partyId: seller.id, role: 'suspect' });

  const acct = (holder: string, iban: string, caseId = kase.id) =>
    addAccountRecord(session, caseId, {
      iban,
      holder: { partyId: holder, name: '' },
      institution: { partyId: null, name: 'Banka' },
      currency: 'EUR',
    });
  const buyerAcct = acct(buyer.id, IBAN.buyer);
  const shellAcct = acct(shell.id, IBAN.shell);
  const sellerAcct = acct(seller.id, IBAN.seller);
  const shellAcctB = acct(shell.id, IBAN.shell, other.id);

  const pay = (
    from: AccountRecord | null,
    to: AccountRecord,
    date: string,
    amount: string,
    extra: Partial<PaymentFieldsInput> = {},
  ): PaymentFieldsInput => ({
    date,
    amount: { amount, currency: 'EUR' },
    payerAccountId: from?.id ?? null,
    beneficiaryAccountId: to.id,
    ...extra,
  });
  const payments = addPaymentRecords(session, kase.id, [
    pay(buyerAcct, shellAcct, '2025-03-01', '40000.00', { reference: 'INV 2025/17' }),
    pay(buyerAcct, shellAcct, '2025-03-20', '25000.5', { reference: 'INV 2025/18' }),
    pay(shellAcct, sellerAcct, '2025-04-02', '60000.00'),
    pay(null, sellerAcct, '2025-05-05', '9500.00', { method: 'cash' }),
    pay(null, sellerAcct, '2025-05-06', '9800.00', { method: 'cash' }),
    pay(null, sellerAcct, '2025-05-08', '9900.00', { method: 'cash' }),
    // A payment in another currency between the same accounts: a link of its own.
    pay(buyerAcct, shellAcct, '2025-06-01', '100000.00', {
      amount: { amount: '100000.00', currency: 'CHF' },
    }),
    // A payee known only by name.
    pay(sellerAcct, sellerAcct, '2025-07-01', '1.00', {
      beneficiaryAccountId: null,
      beneficiary: { partyId: null, name: 'Galerija  Šumadija ' },
    }),
  ]);
  const otherPayments = addPaymentRecords(session, other.id, [
    {
      date: '2025-08-01',
      amount: { amount: '5000.00', currency: 'EUR' },
      payerAccountId: shellAcctB.id,
      beneficiary: { partyId: null, name: 'Galerija Sumadija' },
    },
  ]);

  const ownership = addRelationshipRecord(session, kase.id, {
    type: 'ownership',
    subject: { partyId: seller.id, name: '' },
    object: { partyId: shell.id, name: '' },
    percentage: '100',
    startDate: '2019',
  });
  const oldDirector = addRelationshipRecord(session, kase.id, {
    type: 'directorship',
    subject: { partyId: witness.id, name: '' },
    object: { partyId: shell.id, name: '' },
    startDate: '2010',
    endDate: '2015-06',
  });

  const icon = createObject(session, kase.id, {
    exhibitNumber: 'E-1',
    typeL1: 'religious',
    typeL2: 'religious.icon',
    title: 'Ikona Sv. Nikole',
  });
  const sale = addEvent(session, {
    objectId: icon.id,
    fields: {
      type: 'sale',
      fromParty: { partyId: seller.id, name: '' },
      toParty: { partyId: buyer.id, name: '' },
      date: '2025-03-01',
    },
  });

  return {
    kase,
    other,
    buyer,
    seller,
    shell,
    witness,
    buyerAcct,
    shellAcct,
    sellerAcct,
    shellAcctB,
    payments,
    otherPayments,
    ownership,
    oldDirector,
    icon,
    sale,
  };
}
