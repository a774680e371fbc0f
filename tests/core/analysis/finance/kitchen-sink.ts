import type { MoneyInput } from '../../../../src/main/core/analysis/money-context';
import type { ObjectRecord } from '../../../../src/shared/domain/object';
import type { ProvenanceEventRecord } from '../../../../src/shared/domain/provenance';
import { chain, object } from '../fixtures';
import {
  account,
  company,
  named,
  payment,
  person,
  ref,
  relationship,
  SHIPPED_HIGH_RISK,
} from './fixtures';

/**
 * The money part of the kitchen-sink case: every finance rule fires at least once, and every
 * variant of its wording (structuring by a payer and into an account; both FATF lists).
 */
export function financeKitchenSink(): {
  objects: ObjectRecord[];
  events: ProvenanceEventRecord[];
  money: MoneyInput;
} {
  const eur = (amount: string) => ({ amount, currency: 'EUR' });
  const marko = person('Marko Petrović');
  const ana = person('Ana Seller');
  const orion = company('Orion Holdings', 'CY');
  const shell = company('Palmyra Trading', 'SY');
  const gallery = account({ iban: 'RS35260005601001611379', holder: named('Galerie Orion') });
  const tehran = account({ iban: 'IR820540102680020817909002' });
  const mule = account({ iban: 'HR1210010051863000160', holder: named('Ivan Horvat') });

  // A painting sold by Ana to Marko, who owns the company that paid Ana.
  const head = object({ exhibitNumber: 'E-6', title: 'Portrait', typeL1: 'paintings' });
  const events = chain(head, [
    {
      type: 'sale',
      date: '2024-03-01',
      fromParty: ref(ana),
      toParty: ref(marko),
      price: eur('45000'),
    },
  ]);
  const relationships = [
    relationship({ type: 'ownership', subject: ref(marko), object: ref(orion), percentage: '60' }),
    relationship({ type: 'ownership', subject: ref(orion), object: ref(shell), percentage: '100' }),
  ];
  const pay = (date: string, amount: string, fields: object) =>
    payment({ date, amount: eur(amount), ...fields });
  const payments = [
    pay('2024-03-02', '45000', { payer: ref(shell), beneficiary: ref(ana) }),
    // Cash just under EUR 10,000 by Marko; and by three people into the gallery's account.
    ...['2024-04-01', '2024-04-02', '2024-04-03'].map((d) =>
      pay(d, '9500', { method: 'cash', payer: ref(marko), beneficiary: named('Exchange office') }),
    ),
    ...['X', 'Y', 'Z'].map((who, i) =>
      pay(`2024-04-1${i}`, '9200', {
        method: 'cash',
        payer: named(who),
        beneficiaryAccountId: gallery.id,
      }),
    ),
    pay('2024-05-01', '20000', { payerAccountId: gallery.id, beneficiaryAccountId: tehran.id }),
    // Round trip A → B → A; a mule's account; a collector paid by ten.
    pay('2024-06-01', '7000', { payer: named('A'), beneficiary: named('B') }),
    pay('2024-06-05', '6000', { payer: named('B'), beneficiary: named('A') }),
    pay('2024-07-01', '10000', { payer: named('Q'), beneficiaryAccountId: mule.id }),
    pay('2024-07-02', '9000', { payerAccountId: mule.id, beneficiary: named('R') }),
    ...Array.from({ length: 10 }, (_, i) =>
      pay('2024-08-01', '50', { payer: named(`Donor ${i + 1}`), beneficiary: named('Collector') }),
    ),
  ];
  return {
    objects: [head],
    events,
    money: {
      accounts: [gallery, tehran, mule],
      payments,
      relationships,
      exchangeRates: [],
      parties: [marko, ana, orion, shell],
      partyAliases: {},
      highRisk: SHIPPED_HIGH_RISK,
    },
  };
}
