import { describe, expect, it } from 'vitest';
import type { CaseFileSession } from '../../../src/main/core';
import { exportBundle } from '../../../src/main/core/bundle/export';
import { importBundle } from '../../../src/main/core/bundle/import';
import { createCase } from '../../../src/main/core/cases/cases';
import { addPayment, updateAccount, updatePayment } from '../../../src/main/core/finance';
import { importStatement } from '../../../src/main/core/finance/statement-import';
import { statementBytes } from '../../../src/main/core/finance/statement-read';
import { createParty } from '../../../src/main/core/parties/parties';
import { assignRole } from '../../../src/main/core/parties/party-roles';
import {
  createRequest,
  recordRequestStatus,
  updateRequest,
} from '../../../src/main/core/reports/requests';
import { searchAll } from '../../../src/main/core/search/search';
import { searchPartition } from '../../../src/main/core/search/search-index';
import type { RequestFieldsInput } from '../../../src/shared/domain/intl-request';
import type { SearchRequest, SearchResults } from '../../../src/shared/domain/search-views';
import { newCaseFile } from '../../helpers/case-files';
import { IBAN, moneyCase } from '../finance/fixtures';
import { caseWithAccount, SERBIAN_MAPPING, serbianCsv } from '../finance/statement-fixtures';

function found(session: CaseFileSession, request: SearchRequest): Record<string, string[]> {
  const results: SearchResults = searchAll(session, request);
  return Object.fromEntries(results.groups.map((g) => [g.kind, g.hits.map((h) => h.entityId)]));
}

function titleOf(session: CaseFileSession, query: string, id: string): string | undefined {
  return searchAll(session, { query })
    .groups.flatMap((g) => g.hits)
    .find((h) => h.entityId === id)?.title;
}

async function moneyFile() {
  const { session } = await newCaseFile();
  const m = moneyCase(session);
  const other = createCase(session, {
    reference: 'ITCG-2026-0602',
    title: 'Unrelated',
    openedOn: '2026-02-02',
  });
  const payment = addPayment(session, {
    caseId: m.caseId,
    fields: {
      date: '2024-03-11',
      amount: { amount: '18500.00', currency: 'EUR' },
      payer: { partyId: m.collector.id, name: '' },
      payerAccountId: m.collectorAccount.id,
      beneficiaryAccountId: m.galleryAccount.id,
      purpose: 'Ikona Svetog Đorđa, avans',
      reference: 'SLR-77-2024-0311',
      method: 'e_wallet',
      notes: 'Second instalment follows.',
    },
  });
  return { session, m, other, payment };
}

const entries = (session: CaseFileSession) =>
  session.db
    .prepare('SELECT kind, count(*) AS n FROM search_row GROUP BY kind ORDER BY kind')
    .all();

describe('global search: accounts and payments', () => {
  it('finds an account by its IBAN typed with or without spaces, in its case only', async () => {
    const { session, m, other } = await moneyFile();
    const gallery = m.galleryAccount.id;
    for (const query of [
      'RS35 2600 0560 1001 6113 79',
      'rs35260005601001611379',
      'RS35 2600 0560',
      'rs3526000560',
    ]) {
      expect(found(session, { query, kinds: ['account'] }), query).toEqual({ account: [gallery] });
    }
    // Title: holder and the IBAN in electronic form; the body carries the institution.
    expect(titleOf(session, 'RS35 2600', gallery)).toBe(
      'Galerija Antika d.o.o. · RS35260005601001611379',
    );
    expect(found(session, { query: 'intesa', kinds: ['account'] })).toEqual({
      account: [gallery],
    });
    // The BIC and the holder's name.
    expect(found(session, { query: 'BCYPCY2N' }).account).toEqual([m.shellAccount.id]);
    expect(found(session, { query: 'muller', kinds: ['account'] }).account).toEqual([
      m.collectorAccount.id,
    ]);
    // The case filter holds for the new kinds.
    expect(found(session, { query: IBAN.collector, caseId: m.caseId })).toEqual({
      account: [m.collectorAccount.id],
    });
    expect(found(session, { query: IBAN.collector, caseId: other.id })).toEqual({});
    expect(searchPartition('account', m.caseId).first).toBeGreaterThan(
      searchPartition('document').last,
    );
  });

  it('finds a payment by its reference, purpose and parties; kinds narrow the groups', async () => {
    const { session, m, other, payment } = await moneyFile();
    expect(found(session, { query: 'SLR-77-2024-0311' })).toEqual({ payment: [payment.id] });
    expect(found(session, { query: 'slr 77 2024' })).toEqual({ payment: [payment.id] });
    // "Ђорђа" (Cyrillic) finds "Đorđa" (Latin).
    expect(found(session, { query: 'Ђорђа' })).toEqual({ payment: [payment.id] });
    expect(found(session, { query: 'e wallet instalment' })).toEqual({ payment: [payment.id] });
    expect(titleOf(session, 'SLR-77', payment.id)).toBe(
      '2024-03-11 · 18500.00 EUR · Müller, Hans → Galerija Antika d.o.o.',
    );
    // "Müller" is a party, an account holder and a payer: the kinds filter picks the groups.
    expect(Object.keys(found(session, { query: 'Müller' }))).toEqual([
      'party',
      'account',
      'payment',
    ]);
    expect(found(session, { query: 'Müller', kinds: ['payment'] })).toEqual({
      payment: [payment.id],
    });
    expect(found(session, { query: 'Müller', kinds: ['party', 'account'] })).toEqual({
      party: [m.collector.id],
      account: [m.collectorAccount.id],
    });
    expect(found(session, { query: 'SLR-77', caseId: other.id })).toEqual({});
  });

  it('re-indexes an account and a payment when they change', async () => {
    const { session, m, payment } = await moneyFile();
    updatePayment(session, {
      id: payment.id,
      version: payment.version,
      fields: {
        date: payment.date,
        amount: payment.amount,
        payer: payment.payer,
        payerAccountId: payment.payerAccountId,
        beneficiaryAccountId: payment.beneficiaryAccountId,
        purpose: 'Ikona, konačna uplata',
        reference: 'SLR-99',
      },
    });
    expect(found(session, { query: 'SLR-77' })).toEqual({});
    expect(found(session, { query: 'avans' })).toEqual({});
    expect(found(session, { query: 'SLR-99 konacna' })).toEqual({ payment: [payment.id] });

    const account = m.shellAccount;
    updateAccount(session, {
      id: account.id,
      version: account.version,
      fields: {
        iban: account.iban,
        bic: account.bic,
        holder: account.holder,
        notes: 'Nominee directors in Larnaca',
      },
    });
    expect(found(session, { query: 'larnaca' })).toEqual({ account: [account.id] });
    expect(
      session.db.prepare("SELECT count(*) FROM search_row WHERE kind = 'account'").pluck().get(),
    ).toBe(3);
  });

  it('indexes what a statement import creates: every payment and the counterparty accounts', async () => {
    const { session } = await newCaseFile();
    const { caseId, account } = caseWithAccount(session);
    const r = await importStatement(
      session,
      statementBytes('izvod-12.csv', Buffer.from(serbianCsv())),
      { caseId, accountId: account.id, mapping: SERBIAN_MAPPING },
    );
    expect(r.status).toBe('imported');
    const payments = session.db
      .prepare("SELECT id FROM payment ORDER BY json_extract(data, '$.row')")
      .pluck()
      .all() as string[];
    expect(payments).toHaveLength(4);
    // "Pozajmica" is the purpose of row 5 only.
    expect(found(session, { query: 'pozajmica' })).toEqual({ payment: [payments[1]] });
    expect(found(session, { query: '97 12-346' })).toEqual({ payment: [payments[2]] });
    // The counterparty account made for "Menjačnica Dunav", by name and by its number typed
    // with or without its dashes; its payment names it as the payer.
    const dunav = found(session, { query: 'menjacnica dunav' });
    expect(dunav.payment).toEqual([payments[3]]);
    expect(dunav.account).toHaveLength(1);
    expect(found(session, { query: '160-0000000012345-67' }).account).toEqual(dunav.account);
    expect(found(session, { query: '160000000001234567' }).account).toEqual(dunav.account);
    expect(titleOf(session, 'pozajmica', payments[1] as string)).toBe(
      '2024-03-13 · 500000.00 RSD · Marko Marković → Petar Petrović',
    );
    // Every payment and account has one entry (the statement's own account was written by the
    // fixture straight into its table, not by the service).
    expect(entries(session)).toEqual([
      { kind: 'account', n: 3 },
      { kind: 'case', n: 1 },
      { kind: 'payment', n: 4 },
    ]);
  });
});

async function requestFile() {
  const { session } = await newCaseFile();
  const c = createCase(session, {
    reference: 'ITCG-2026-0901',
    title: 'Krater sold through Limassol',
    openedOn: '2026-01-10',
  });
  const other = createCase(session, {
    reference: 'ITCG-2026-0902',
    title: 'Another case',
    openedOn: '2026-01-11',
  });
  const courier = createParty(session, {
    kind: 'person',
    givenNames: 'Ђорђе',
    familyName: 'Стефановић',
  });
  assignRole(session, { caseId: c.id, partyId: courier.id, role: 'suspect' });
  const fields: RequestFieldsInput = {
    kind: 'mla',
    reference: 'KTI 41/2026',
    requestedState: 'CY',
    to: { name: 'Ministry of Justice and Public Order, Nicosia' },
    from: { name: 'Тужилаштво за организовани криминал' },
    subject: 'Investigation of the trafficking of an Apulian krater',
    summary: 'Кратер је пренет преко Ђердапа у Лимасол.',
    facts: 'A krater was seized at Batrovci.',
    offences: [{ qualification: 'Money laundering', code: 'money-laundering' }],
    persons: [{ partyId: courier.id, role: 'Courier', note: '' }],
    measures: [{ kind: 'bank_records', details: 'Statements 2025–2026' }],
    purpose: 'Evidence for the criminal proceedings.',
  };
  const request = createRequest(session, { caseId: c.id, title: 'Cyprus — bank records', fields });
  return { session, caseId: c.id, other, courier, fields, request };
}

describe('global search: accounts and payments brought by a case bundle', () => {
  it('indexes the imported accounts and payments once; a second import writes nothing', async () => {
    const a = await moneyFile();
    const bundle = JSON.parse(JSON.stringify(exportBundle(a.session, [a.m.caseId]))) as unknown;
    const { session } = await newCaseFile();
    await importBundle(session, bundle, { baseDir: null });
    expect(found(session, { query: 'RS35 2600 0560 1001 6113 79' })).toEqual({
      account: [a.m.galleryAccount.id],
    });
    expect(found(session, { query: 'SLR-77' })).toEqual({ payment: [a.payment.id] });
    expect(titleOf(session, 'SLR-77', a.payment.id)).toBe(
      titleOf(a.session, 'SLR-77', a.payment.id),
    );
    const before = entries(session);
    expect(before).toContainEqual({ kind: 'account', n: 3 });
    expect(before).toContainEqual({ kind: 'payment', n: 1 });
    const again = await importBundle(session, bundle, { baseDir: null });
    expect(again.created).toEqual({});
    expect(entries(session)).toEqual(before);
  });
});

describe('global search: international requests', () => {
  it('finds an MLA request by our and the other side’s references and by its text, folded', async () => {
    const { session, caseId, other, request } = await requestFile();
    expect(titleOf(session, 'KTI 41', request.id)).toBe(
      'MLA request · CY, Ministry of Justice and Public Order, Nicosia · KTI 41/2026',
    );
    // A word of the Cyrillic summary, typed in Latin with "dj" for "ђ", and as written.
    expect(found(session, { query: 'djerdapa' })).toEqual({ request: [request.id] });
    expect(found(session, { query: 'Ђердапа' })).toEqual({ request: [request.id] });
    expect(found(session, { query: 'Đerdapa limasol' })).toEqual({ request: [request.id] });
    // The person named (a party of the case, also found as a party).
    expect(found(session, { query: 'djordje stefanovic' })).toEqual({
      party: [expect.any(String)],
      request: [request.id],
    });
    expect(found(session, { query: 'djordje', kinds: ['request'] })).toEqual({
      request: [request.id],
    });

    // Sent, then acknowledged under the other side's reference: found by it.
    const sent = recordRequestStatus(session, {
      id: request.id,
      version: request.version,
      status: 'sent',
      on: '2026-03-02',
    });
    expect(found(session, { query: 'MJ-CY 2026/118' })).toEqual({});
    recordRequestStatus(session, {
      id: request.id,
      version: sent.version,
      status: 'acknowledged',
      on: '2026-03-20',
      reference: 'MJ-CY 2026/118',
    });
    expect(found(session, { query: 'MJ-CY 2026/118' })).toEqual({ request: [request.id] });
    expect(found(session, { query: 'mj cy 2026 118', caseId })).toEqual({ request: [request.id] });
    expect(found(session, { query: 'mj cy 2026 118', caseId: other.id })).toEqual({});
  });

  it('re-indexes a request when it changes', async () => {
    const { session, request, fields } = await requestFile();
    updateRequest(session, {
      id: request.id,
      version: request.version,
      title: 'Cyprus — bank records',
      fields: {
        ...fields,
        summary: 'Bank records of Kyrenia Heritage Holdings.',
      } as RequestFieldsInput,
    });
    expect(found(session, { query: 'djerdapa' })).toEqual({});
    expect(found(session, { query: 'kyrenia' })).toEqual({ request: [request.id] });
    expect(
      session.db.prepare("SELECT count(*) FROM search_row WHERE kind = 'request'").pluck().get(),
    ).toBe(1);
  });
});
