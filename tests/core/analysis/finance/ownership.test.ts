import { describe, expect, it } from 'vitest';
import { runRules } from '../../../../src/main/core/analysis/registry';
import { beneficialOwner } from '../../../../src/main/core/analysis/rules/finance/ownership';
import { salePartiesConnected } from '../../../../src/main/core/analysis/rules/finance/sales';
import type { ProvenanceEventFieldsInput } from '../../../../src/shared/domain/provenance';
import { chain, object } from '../fixtures';
import {
  account,
  company,
  moneyContext,
  named,
  payment,
  person,
  ref,
  relationship,
} from './fixtures';

/* finance.beneficial-owner and finance.sale-parties-connected: positive and negative cases. */

const eur = (amount: string) => ({ amount, currency: 'EUR' });
const own = (owner: { id: string }, owned: { id: string }, percentage: string | null, extra = {}) =>
  relationship({
    type: 'ownership',
    subject: { partyId: owner.id, name: '' },
    object: { partyId: owned.id, name: '' },
    percentage,
    ...extra,
  });

describe('finance.beneficial-owner', () => {
  const marko = person('Marko Petrović');
  const holding = company('Orion Holdings', 'CY');
  const shell = company('Atlas Trade Ltd', 'VG');
  const paid = payment({
    date: '2024-02-01',
    amount: eur('50000'),
    payer: ref(shell),
    beneficiary: named('Galerie'),
  });
  const run = (
    relationships: ReturnType<typeof relationship>[],
    payments = [paid],
    parties = [marko, holding, shell],
  ) => runRules(moneyContext({ relationships, payments, parties }), [beneficialOwner]);

  it('the person behind a company that pays, through two levels of shares', () => {
    const rels = [own(marko, holding, '60'), own(holding, shell, '50')];
    const [f, ...rest] = run(rels);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'finance.beneficial-owner',
      severity: 'medium',
      params: {
        person: 'Marko Petrović',
        company: 'Atlas Trade Ltd',
        share: '30',
        levels: 2,
        via: 'Orion Holdings',
        payments: 1,
      },
    });
    expect(f!.evidence.map((e) => [e.kind, e.id])).toEqual([
      ['party', marko.id],
      ['party', shell.id],
      ['relationship', rels[0]!.id],
      ['relationship', rels[1]!.id],
    ]);
    expect(f!.evidence[2]!.label).toBe('Ownership: Marko Petrović → Orion Holdings (60%)');
  });

  it('shares over several chains add up to the threshold', () => {
    // 40% × 50% = 20% through Orion, plus 5% directly: 25%.
    const [f] = run([own(marko, holding, '40'), own(holding, shell, '50'), own(marko, shell, '5')]);
    expect(f?.params).toMatchObject({ share: '25', levels: 2 });
  });

  it('not for a direct owner only, under 25%, for a company as owner, or an unknown share', () => {
    expect(run([own(marko, shell, '90')])).toEqual([]);
    expect(run([own(marko, holding, '49.99'), own(holding, shell, '50')])).toEqual([]);
    const other = company('Nominee SA');
    expect(
      run(
        [own(other, holding, '100'), own(holding, shell, '100')],
        [paid],
        [other, holding, shell],
      ),
    ).toEqual([]);
    expect(run([own(marko, holding, null), own(holding, shell, '100')])).toEqual([]);
  });

  it('not when the company neither pays nor is paid, or the ownership has ended', () => {
    expect(run([own(marko, holding, '60'), own(holding, shell, '50')], [])).toEqual([]);
    expect(
      run([own(marko, holding, '60', { endDate: '2025-12-31' }), own(holding, shell, '50')]),
    ).toEqual([]);
  });
});

describe('finance.sale-parties-connected', () => {
  const seller = person('Ana Seller');
  const buyer = person('Boris Buyer');
  const shell = company('Shell Ltd', 'VG');
  const sellerAcc = account({ iban: 'AT611904300234573201', holder: ref(seller) });
  const shellAcc = account({ iban: 'CY17002001280000001200527600', holder: ref(shell) });
  const stele = object({ exhibitNumber: 'E-7', title: 'Stele' });
  const sale = (extra: Partial<ProvenanceEventFieldsInput> = {}) =>
    chain(stele, [
      {
        type: 'sale',
        date: '2023-05-10',
        fromParty: ref(seller),
        toParty: ref(buyer),
        price: eur('50000'),
        ...extra,
      },
    ]);
  const ownsShell = own(buyer, shell, '100');
  const shellPaysSeller = payment({
    date: '2023-05-12',
    amount: eur('50000'),
    payerAccountId: shellAcc.id,
    beneficiaryAccountId: sellerAcc.id,
  });
  const run = (opts: {
    events?: ReturnType<typeof sale>;
    payments?: ReturnType<typeof payment>[];
    rels?: ReturnType<typeof relationship>[];
    objectId?: string;
  }) =>
    runRules(
      moneyContext({
        objects: [stele],
        events: opts.events ?? sale(),
        accounts: [sellerAcc, shellAcc],
        payments: opts.payments ?? [shellPaysSeller],
        relationships: opts.rels ?? [ownsShell],
        parties: [seller, buyer, shell],
        objectId: opts.objectId,
      }),
      [salePartiesConnected],
    );

  it('seller and buyer linked through the buyer’s company paying the seller: the path is cited', () => {
    const events = sale();
    const [f, ...rest] = run({ events });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'finance.sale-parties-connected',
      severity: 'high',
      objectId: stele.id,
      params: {
        position: 1,
        date: '2023-05-10',
        seller: 'Ana Seller',
        buyer: 'Boris Buyer',
        steps: 4,
        paths: 1,
        path:
          'Ana Seller → account AT61 1904 3002 3457 3201 (Ana Seller) → ' +
          'account CY17 0020 0128 0000 0012 0052 7600 (Shell Ltd) → Shell Ltd → Boris Buyer',
      },
    });
    expect(f!.evidence.map((e) => [e.kind, e.id])).toEqual([
      ['provenance_event', events[0]!.id],
      ['account', sellerAcc.id],
      ['payment', shellPaysSeller.id],
      ['account', shellAcc.id],
      ['relationship', ownsShell.id],
    ]);
    // The same finding when the object is analysed alone.
    expect(run({ events, objectId: stele.id })).toHaveLength(1);
  });

  it('a payment from the buyer to the seller is the sale itself, not a link', () => {
    const direct = payment({
      date: '2023-05-12',
      amount: eur('50000'),
      payer: ref(buyer),
      beneficiary: ref(seller),
    });
    expect(run({ payments: [direct], rels: [] })).toEqual([]);
    // …but money going back from the seller to the buyer is.
    const back = payment({
      date: '2023-06-01',
      amount: eur('45000'),
      payer: ref(seller),
      beneficiary: ref(buyer),
    });
    expect(run({ payments: [direct, back], rels: [] })).toHaveLength(1);
  });

  it('the payments the event cites are the sale: no finding when they are the only link', () => {
    expect(run({ events: sale({ payments: [shellPaysSeller.id] }) })).toEqual([]);
  });

  it('not when the link is longer than 4 steps, or there is none', () => {
    const cousin = person('Cousin');
    const longer = [
      own(cousin, shell, '100'),
      relationship({ type: 'family', subject: ref(buyer), object: ref(cousin) }),
    ];
    expect(run({ rels: longer })).toEqual([]);
    expect(run({ rels: [] })).toEqual([]);
  });

  it('not for gifts, for events without both parties in the directory, or forged events', () => {
    expect(run({ events: sale({ type: 'gift', price: null }) })).toEqual([]);
    expect(run({ events: sale({ fromParty: named('Ana Seller') }) })).toEqual([]);
    expect(run({ events: sale({ assessment: 'forged' }) })).toEqual([]);
  });
});
