import { describe, expect, it } from 'vitest';
import { caseFindings, loadRuleContext } from '../../../../src/main/core/analysis';
import { FINANCE_RULES } from '../../../../src/main/core/analysis/rules/finance';
import { createCase } from '../../../../src/main/core/cases/cases';
import { createObject } from '../../../../src/main/core/objects';
import { createParty } from '../../../../src/main/core/parties/parties';
import { mergeParties } from '../../../../src/main/core/parties/party-merge';
import { addEvent } from '../../../../src/main/core/provenance';
import {
  addVocabularyEntry,
  listVocabulary,
  setVocabularyRetired,
} from '../../../../src/main/core/vocab/vocabulary';
import { FindingsReport } from '../../../../src/shared/domain/finding';
import { DEFAULT_VOCABULARIES } from '../../../../src/shared/domain/vocabularies';
import { newCaseFile } from '../../../helpers/case-files';
import { storeAccount, storePayment, storeRate, storeRelationship } from './fixtures';

/* The money rules over a real encrypted case file: records stored in the case file are read back
 * into the rule context (accounts, payments, relationships, rates, parties with their merges, the
 * seeded high-risk list) and the findings cite them. */

async function moneyCase() {
  const { session } = await newCaseFile();
  const c = createCase(session, {
    reference: 'ITCG-2026-0060',
    title: 'Orion',
    openedOn: '2026-01-10',
  });
  const other = createCase(session, {
    reference: 'ITCG-2026-0061',
    title: 'Other',
    openedOn: '2026-01-10',
  });
  const marko = createParty(session, {
    kind: 'person',
    givenNames: 'Marko',
    familyName: 'Petrović',
  });
  const ana = createParty(session, { kind: 'person', givenNames: 'Ana', familyName: 'Seller' });
  const shell = createParty(session, {
    kind: 'organisation',
    name: 'Atlas Trade Ltd',
    organisationType: 'company',
    jurisdiction: 'VG',
  });
  const gallery = storeAccount(session, c.id, {
    iban: 'RS35260005601001611379',
    holder: { partyId: null, name: 'Galerie Orion' },
  });
  const tehran = storeAccount(session, c.id, { iban: 'IR820540102680020817909002' });
  const deposits = ['2025-05-02', '2025-05-04', '2025-05-06'].map((date, i) =>
    storePayment(session, c.id, {
      date,
      amount:
        i === 2 ? { amount: '1110000', currency: 'RSD' } : { amount: '9500', currency: 'EUR' },
      method: 'cash',
      payer: { partyId: marko.id, name: '' },
      beneficiaryAccountId: gallery.id,
    }),
  );
  storeRate(session, { currency: 'RSD', date: '2025-05-05', rate: '0.008532' });
  const toTehran = storePayment(session, c.id, {
    date: '2025-06-01',
    amount: { amount: '20000', currency: 'EUR' },
    payerAccountId: gallery.id,
    beneficiaryAccountId: tehran.id,
  });
  // Another case's payments are not this case's.
  storePayment(session, other.id, {
    date: '2025-05-03',
    amount: { amount: '9900', currency: 'EUR' },
    method: 'cash',
    payer: { partyId: marko.id, name: '' },
  });
  return { session, c, marko, ana, shell, gallery, tehran, deposits, toTehran };
}

describe('the money rules over a case file', () => {
  it('the high-risk list is seeded as shipped (call for action and increased monitoring)', async () => {
    const { session } = await newCaseFile();
    const list = listVocabulary(session, 'high_risk_jurisdiction');
    expect(list.map((v) => [v.code, v.parent])).toEqual(
      DEFAULT_VOCABULARIES.high_risk_jurisdiction.map((e) => [e.code, e.parent ?? null]),
    );
    expect(list.find((v) => v.code === 'ir')).toMatchObject({
      parent: 'call-for-action',
      builtin: true,
    });
  });

  it('structuring across currencies and a payment to Iran, each citing stored records', async () => {
    const { session, c, deposits, tehran, toTehran } = await moneyCase();
    const report = caseFindings(session, { caseId: c.id });
    expect(FindingsReport.parse(report)).toEqual(report);
    for (const rule of FINANCE_RULES) expect(report.rules.map((r) => r.id)).toContain(rule.id);

    const [structuring, ...more] = report.findings.filter(
      (f) => f.ruleId === 'finance.structuring',
    );
    expect(more).toEqual([]);
    expect(structuring).toMatchObject({
      severity: 'high',
      params: { who: 'Petrović, Marko', count: 3, total: '28,470.52 EUR' },
    });
    expect(structuring!.evidence.map((e) => e.id)).toEqual(deposits.map((p) => p.id));
    expect(structuring!.evidence[0]!.label).toBe(
      '2025-05-02, 9,500.00 EUR, Petrović, Marko → RS35 2600 0560 1001 6113 79 (Galerie Orion) (cash)',
    );

    const [risk] = report.findings.filter((f) => f.ruleId === 'finance.high-risk-jurisdiction');
    expect(risk).toMatchObject({
      severity: 'high',
      params: { country: 'IR', context: 'call-for-action' },
    });
    expect(risk!.evidence.map((e) => e.id)).toEqual([tehran.id, toTehran.id]);
  });

  it('the list is the unit’s: a retired country is no longer reported; an added one is', async () => {
    const { session, c } = await moneyCase();
    const rules = (id: string) =>
      caseFindings(session, { caseId: c.id }).findings.filter((f) => f.ruleId === id);
    setVocabularyRetired(session, { kind: 'high_risk_jurisdiction', code: 'ir', retired: true });
    expect(rules('finance.high-risk-jurisdiction')).toEqual([]);
    addVocabularyEntry(session, {
      kind: 'high_risk_jurisdiction',
      code: 'rs',
      label: 'Serbia (test)',
      parent: 'increased-monitoring',
    });
    const found = rules('finance.high-risk-jurisdiction');
    expect(found.map((f) => [f.params['country'], f.severity])).toEqual([['RS', 'medium']]);
  });

  it('rates, parties, merges and relationships come from the case file', async () => {
    const { session, c, marko, ana, shell } = await moneyCase();
    const twin = createParty(session, { kind: 'person', givenNames: 'M.', familyName: 'Petrović' });
    mergeParties(session, { keepId: marko.id, mergeId: twin.id, keepVersion: 1, mergeVersion: 1 });
    const rel = storeRelationship(session, c.id, {
      type: 'ownership',
      subject: { partyId: twin.id, name: '' },
      object: { partyId: shell.id, name: '' },
      percentage: '100',
    });
    const ctx = loadRuleContext(session.db, c.id, { today: '2026-03-01' });
    expect(ctx.payments).toHaveLength(4);
    expect(ctx.relationships.map((r) => r.id)).toEqual([rel.id]);
    expect(ctx.partyAliases).toEqual({ [twin.id]: marko.id });
    expect(ctx.parties.get(shell.id)).toMatchObject({ kind: 'organisation', jurisdiction: 'VG' });
    expect(ctx.parties.has(ana.id)).toBe(false); // named by nothing in the case
    expect(ctx.highRisk.get('VG')?.list).toBe('increased-monitoring');
    // The merged party's ownership is its survivor's.
    const owner = ctx.graph.edges.find((e) => e.kind === 'ownership');
    expect(owner?.from).toBe(`party:${marko.id}`);
  });

  it('a sale whose parties are linked through the buyer’s company: found on the object', async () => {
    const { session, c, marko, ana, shell } = await moneyCase();
    const stele = createObject(session, c.id, { exhibitNumber: 'E-1', typeL1: 'archaeological' });
    const event = addEvent(session, {
      objectId: stele.id,
      fields: {
        type: 'sale',
        date: '2025-03-01',
        fromParty: { partyId: ana.id, name: '' },
        toParty: { partyId: marko.id, name: '' },
      },
    });
    storeRelationship(session, c.id, {
      type: 'ownership',
      subject: { partyId: marko.id, name: '' },
      object: { partyId: shell.id, name: '' },
      percentage: '100',
    });
    const paid = storePayment(session, c.id, {
      date: '2025-03-02',
      amount: { amount: '45000', currency: 'EUR' },
      payer: { partyId: shell.id, name: '' },
      beneficiary: { partyId: ana.id, name: '' },
    });
    const one = caseFindings(session, { caseId: c.id, objectId: stele.id });
    const [f] = one.findings.filter((x) => x.ruleId === 'finance.sale-parties-connected');
    expect(f).toMatchObject({
      objectId: stele.id,
      params: {
        seller: 'Seller, Ana',
        buyer: 'Petrović, Marko',
        path: 'Seller, Ana → Atlas Trade Ltd → Petrović, Marko',
      },
    });
    expect(f!.evidence.map((e) => e.id)).toEqual([event.id, paid.id, expect.any(String)]);
    // Case-level money findings are left out when one object is analysed.
    expect(one.findings.every((x) => x.objectId === stele.id)).toBe(true);
  });
});
