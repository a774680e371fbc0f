import { describe, expect, it } from 'vitest';
import { createParty, mergeParties } from '../../../src/main/core';
import {
  edgeId,
  expandLinkChart,
  linkChart,
  linkChartEdgePayments,
  linkChartPaths,
  locateOnLinkChart,
  nodeId,
} from '../../../src/main/core/linkchart';
import type { LinkGraph } from '../../../src/shared/ipc/linkchart.contract';
import { expectCaseFileError, newCaseFile } from '../../helpers/case-files';
import { addPaymentRecords, moneyChain } from './fixtures';

const edgeOf = (g: Pick<LinkGraph, 'edges'>, id: string) => g.edges.find((e) => e.id === id);
const nodeOf = (g: Pick<LinkGraph, 'nodes'>, id: string) => g.nodes.find((n) => n.id === id);

describe('link chart of a case', () => {
  it('draws parties, accounts, objects and typed links, payments aggregated per direction and currency', async () => {
    const { session } = await newCaseFile();
    const m = moneyChain(session);
    const g = linkChart(session, { caseId: m.kase.id });

    const ids = {
      buyer: nodeId.party(m.buyer.id),
      seller: nodeId.party(m.seller.id),
      shell: nodeId.party(m.shell.id),
      witness: nodeId.party(m.witness.id),
      buyerAcct: nodeId.account(m.buyerAcct.id),
      shellAcct: nodeId.account(m.shellAcct.id),
      sellerAcct: nodeId.account(m.sellerAcct.id),
      icon: nodeId.object(m.icon.id),
      cash: nodeId.unknown(nodeId.account(m.sellerAcct.id), 'cash', 'payer'),
      gallery: nodeId.name('Galerija Šumadija'),
    };
    expect(g.nodes.map((n) => n.id).sort()).toEqual(Object.values(ids).sort());
    // The other case's copy of the shell's account is not drawn.
    expect(nodeOf(g, nodeId.account(m.shellAcctB.id))).toBeUndefined();

    expect(nodeOf(g, ids.seller)).toMatchObject({
      kind: 'person',
      label: 'Jovanović, Marko',
      flags: ['pep'],
      roles: ['suspect'],
      alsoIn: [{ id: m.other.id, reference: 'ITCG-2026-0202' }],
      otherCase: null,
    });
    expect(nodeOf(g, ids.shell)).toMatchObject({ kind: 'organisation', detail: 'company' });
    expect(nodeOf(g, ids.shellAcct)).toMatchObject({
      kind: 'account',
      label: 'CH93 0076 2011 6238 5295 7',
      detail: 'Banka',
    });
    expect(nodeOf(g, ids.icon)).toMatchObject({
      kind: 'object',
      label: 'E-1 · Ikona Sv. Nikole',
    });
    expect(nodeOf(g, ids.gallery)).toMatchObject({ kind: 'name', label: 'Galerija  Šumadija' });
    expect(nodeOf(g, ids.cash)).toMatchObject({ kind: 'unknown', label: 'cash', detail: 'payer' });

    // Two EUR payments are one link with the exact total; CHF between the same accounts another.
    const eur = edgeOf(g, edgeId.payment(m.kase.id, ids.buyerAcct, ids.shellAcct, 'EUR'));
    expect(eur).toMatchObject({
      type: 'payment',
      source: ids.buyerAcct,
      target: ids.shellAcct,
      flow: {
        currency: 'EUR',
        count: 2,
        total: '65000.50',
        firstDate: '2025-03-01',
        lastDate: '2025-03-20',
      },
    });
    expect(
      edgeOf(g, edgeId.payment(m.kase.id, ids.buyerAcct, ids.shellAcct, 'CHF'))?.flow,
    ).toMatchObject({ count: 1, total: '100000.00' });
    expect(
      edgeOf(g, edgeId.payment(m.kase.id, ids.cash, ids.sellerAcct, 'EUR'))?.flow,
    ).toMatchObject({
      count: 3,
      total: '29200.00',
      firstDate: '2025-05-05',
      lastDate: '2025-05-08',
    });
    expect(g.paymentCount).toBe(8);

    expect(edgeOf(g, edgeId.holds(m.kase.id, ids.seller, ids.sellerAcct))).toMatchObject({
      type: 'holds',
      source: ids.seller,
      target: ids.sellerAcct,
    });
    expect(edgeOf(g, edgeId.relationship(m.ownership.id))).toMatchObject({
      type: 'ownership',
      source: ids.seller,
      target: ids.shell,
      percentage: '100',
      start: '2019',
      recordId: m.ownership.id,
    });
    expect(edgeOf(g, edgeId.event(m.sale.id, 'from'))).toMatchObject({
      type: 'sold',
      source: ids.seller,
      target: ids.icon,
      role: 'sale',
      start: '2025-03-01',
    });
    expect(edgeOf(g, edgeId.event(m.sale.id, 'to'))).toMatchObject({
      type: 'bought',
      source: ids.icon,
      target: ids.buyer,
    });
    const types = new Set(g.edges.map((e) => e.type));
    expect([...types].sort()).toEqual(
      ['bought', 'directorship', 'holds', 'ownership', 'payment', 'sold'].sort(),
    );
  });

  it('filters by period, minimum amount and link types, and keeps the case’s own parties', async () => {
    const { session } = await newCaseFile();
    const m = moneyChain(session);
    const buyerAcct = nodeId.account(m.buyerAcct.id);
    const shellAcct = nodeId.account(m.shellAcct.id);

    const spring = linkChart(session, {
      caseId: m.kase.id,
      filters: { from: '2025-03-10', to: '2025-04-30' },
    });
    expect(
      edgeOf(spring, edgeId.payment(m.kase.id, buyerAcct, shellAcct, 'EUR'))?.flow,
    ).toMatchObject({ count: 1, total: '25000.50', firstDate: '2025-03-20' });
    expect(edgeOf(spring, edgeId.payment(m.kase.id, buyerAcct, shellAcct, 'CHF'))).toBeUndefined();
    // The directorship ended in June 2015; the ownership (since 2019) is in force.
    expect(edgeOf(spring, edgeId.relationship(m.oldDirector.id))).toBeUndefined();
    expect(edgeOf(spring, edgeId.relationship(m.ownership.id))).toBeDefined();
    // The sale of 1 March is outside, and the icon with it.
    expect(nodeOf(spring, nodeId.object(m.icon.id))).toBeUndefined();
    expect(spring.paymentCount).toBe(2);

    // A directorship that ended in 2015-06 is in force on 2015-06-30 (a month is a range).
    const june = linkChart(session, { caseId: m.kase.id, filters: { from: '2015-06-30' } });
    expect(edgeOf(june, edgeId.relationship(m.oldDirector.id))).toBeDefined();

    const big = linkChart(session, { caseId: m.kase.id, filters: { minAmount: '29200.01' } });
    const cash = nodeId.unknown(nodeId.account(m.sellerAcct.id), 'cash', 'payer');
    expect(nodeOf(big, cash)).toBeUndefined();
    expect(
      big.edges
        .filter((e) => e.type === 'payment')
        .map((e) => e.flow?.total)
        .sort(),
    ).toEqual(['100000.00', '60000.00', '65000.50'].sort());
    const exact = linkChart(session, { caseId: m.kase.id, filters: { minAmount: '29200' } });
    expect(nodeOf(exact, cash)).toBeDefined();

    const owners = linkChart(session, { caseId: m.kase.id, filters: { types: ['ownership'] } });
    expect(owners.edges.map((e) => e.type)).toEqual(['ownership']);
    // The shell (linked) and every party of the case (pinned), nothing else.
    expect(owners.nodes.map((n) => n.id).sort()).toEqual(
      [m.buyer.id, m.seller.id, m.shell.id, m.witness.id].map(nodeId.party).sort(),
    );
    expect(owners.paymentCount).toBe(0);

    await expectCaseFileError(
      () => linkChart(session, { caseId: m.kase.id, filters: { minAmount: '1,000' } }),
      'INVALID_INPUT',
    );
    await expectCaseFileError(
      () => linkChart(session, { caseId: '00000000-0000-4000-8000-00000000ffff' }),
      'NOT_FOUND',
    );
  });

  it('expands a node into its neighbours, marking what comes from other cases', async () => {
    const { session } = await newCaseFile();
    const m = moneyChain(session);
    const shellAcct = nodeId.account(m.shellAcct.id);
    const shellAcctB = nodeId.account(m.shellAcctB.id);

    // The shell company: its account here and its account in the other case.
    const shell = expandLinkChart(session, { caseId: m.kase.id, nodeId: nodeId.party(m.shell.id) });
    expect(shell.limited).toBe(false);
    expect(shell.nodes.find((n) => n.id === shellAcctB)?.otherCase).toEqual({
      id: m.other.id,
      reference: 'ITCG-2026-0202',
    });
    expect(shell.nodes.find((n) => n.id === shellAcct)?.otherCase).toBeNull();
    expect(shell.edges.find((e) => e.target === shellAcctB)).toMatchObject({
      type: 'holds',
      otherCase: { id: m.other.id },
    });
    expect(shell.edges.find((e) => e.target === shellAcct)?.otherCase).toBeNull();
    // Owner and former director, one step away.
    expect(shell.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([nodeId.party(m.seller.id), nodeId.party(m.witness.id)]),
    );
    // Every link touches the expanded node.
    for (const e of shell.edges) expect([e.source, e.target]).toContain(shell.nodeId);

    // The account: its payments, its holder and the same IBAN in the other case.
    const acct = expandLinkChart(session, { caseId: m.kase.id, nodeId: shellAcct });
    expect(acct.edges.find((e) => e.type === 'same_as')).toMatchObject({
      id: edgeId.sameAs(shellAcct, shellAcctB),
      otherCase: null,
    });
    expect(acct.nodes.find((n) => n.id === shellAcctB)?.otherCase?.reference).toBe(
      'ITCG-2026-0202',
    );
    expect(acct.edges.filter((e) => e.type === 'payment')).toHaveLength(3);

    // A name: payments to it in this case and in the other one.
    const gallery = expandLinkChart(session, {
      caseId: m.kase.id,
      nodeId: nodeId.name('GALERIJA SUMADIJA'),
    });
    const paid = gallery.edges.filter((e) => e.type === 'payment');
    expect(paid.map((e) => e.source).sort()).toEqual(
      [nodeId.account(m.sellerAcct.id), shellAcctB].sort(),
    );
    expect(paid.find((e) => e.source === shellAcctB)).toMatchObject({
      otherCase: { reference: 'ITCG-2026-0202' },
      flow: { total: '5000.00', count: 1 },
    });

    // The object: who sold it and who bought it.
    const icon = expandLinkChart(session, { caseId: m.kase.id, nodeId: nodeId.object(m.icon.id) });
    expect(icon.edges.map((e) => e.type).sort()).toEqual(['bought', 'sold']);

    // Filters apply to the neighbourhood too.
    const none = expandLinkChart(session, {
      caseId: m.kase.id,
      nodeId: shellAcct,
      filters: { types: ['ownership'] },
    });
    expect(none.edges).toEqual([]);

    await expectCaseFileError(
      () => expandLinkChart(session, { caseId: m.kase.id, nodeId: 'party:nope' }),
      'INVALID_INPUT',
    );
    await expectCaseFileError(
      () =>
        expandLinkChart(session, {
          caseId: m.kase.id,
          nodeId: nodeId.party('00000000-0000-4000-8000-00000000ffff'),
        }),
      'NOT_FOUND',
    );
  });

  it('finds every path between two nodes, shortest first, within the depth', async () => {
    const { session } = await newCaseFile();
    const m = moneyChain(session);
    const buyer = nodeId.party(m.buyer.id);
    const seller = nodeId.party(m.seller.id);
    const buyerAcct = nodeId.account(m.buyerAcct.id);
    const shellAcct = nodeId.account(m.shellAcct.id);
    const sellerAcct = nodeId.account(m.sellerAcct.id);
    const shell = nodeId.party(m.shell.id);
    const icon = nodeId.object(m.icon.id);

    const found = linkChartPaths(session, { caseId: m.kase.id, from: buyer, to: seller });
    expect(found.truncated).toBe(false);
    const routes = found.paths.map((p) => p.nodes);
    // Through the icon (2 steps), the money through the shell's accounts (4), the shell itself (4).
    expect(routes[0]).toEqual([buyer, icon, seller]);
    expect(routes).toContainEqual([buyer, buyerAcct, shellAcct, sellerAcct, seller]);
    expect(routes).toContainEqual([buyer, buyerAcct, shellAcct, shell, seller]);
    for (let i = 1; i < routes.length; i++) {
      expect(routes[i]?.length).toBeGreaterThanOrEqual(routes[i - 1]?.length ?? 0);
    }
    // Both currencies' links between the same two accounts are one step of the path.
    const money = found.paths.find(
      (p) => p.nodes.join() === [buyer, buyerAcct, shellAcct, sellerAcct, seller].join(),
    );
    expect(money?.edges).toEqual(
      expect.arrayContaining([
        edgeId.payment(m.kase.id, buyerAcct, shellAcct, 'CHF'),
        edgeId.payment(m.kase.id, buyerAcct, shellAcct, 'EUR'),
        edgeId.payment(m.kase.id, shellAcct, sellerAcct, 'EUR'),
        edgeId.holds(m.kase.id, buyer, buyerAcct),
        edgeId.holds(m.kase.id, seller, sellerAcct),
      ]),
    );
    expect(money?.edges).toHaveLength(5);

    // Depth 2: only the icon; depth 1: nothing.
    const short = linkChartPaths(session, {
      caseId: m.kase.id,
      from: buyer,
      to: seller,
      maxDepth: 2,
    });
    expect(short.paths.map((p) => p.nodes)).toEqual([[buyer, icon, seller]]);
    const none = linkChartPaths(session, {
      caseId: m.kase.id,
      from: buyer,
      to: seller,
      maxDepth: 1,
    });
    expect(none.paths).toEqual([]);

    // Following the money: seller → buyer has no payment path (money went the other way).
    const back = linkChartPaths(session, {
      caseId: m.kase.id,
      from: sellerAcct,
      to: buyerAcct,
      directed: true,
      filters: { types: ['payment'] },
    });
    expect(back.paths).toEqual([]);
    const forth = linkChartPaths(session, {
      caseId: m.kase.id,
      from: buyer,
      to: seller,
      directed: true,
      filters: { types: ['payment', 'holds'] },
    });
    expect(forth.paths.map((p) => p.nodes)).toEqual([
      [buyer, buyerAcct, shellAcct, sellerAcct, seller],
    ]);

    // A node brought in by an expansion takes part in the search.
    const shellAcctB = nodeId.account(m.shellAcctB.id);
    const without = linkChartPaths(session, { caseId: m.kase.id, from: buyer, to: shellAcctB });
    expect(without.paths).toEqual([]);
    const across = linkChartPaths(session, {
      caseId: m.kase.id,
      from: buyer,
      to: shellAcctB,
      expanded: [shell],
    });
    expect(across.paths[0]?.nodes).toEqual([buyer, buyerAcct, shellAcct, shell, shellAcctB]);
  });

  it('lists the payments behind a payment link and locates a finding’s evidence', async () => {
    const { session } = await newCaseFile();
    const m = moneyChain(session);
    const buyerAcct = nodeId.account(m.buyerAcct.id);
    const shellAcct = nodeId.account(m.shellAcct.id);
    const sellerAcct = nodeId.account(m.sellerAcct.id);
    const cash = nodeId.unknown(sellerAcct, 'cash', 'payer');

    const eur = edgeId.payment(m.kase.id, buyerAcct, shellAcct, 'EUR');
    const listed = linkChartEdgePayments(session, { caseId: m.kase.id, edgeId: eur });
    expect(listed.count).toBe(2);
    expect(listed.payments.map((p) => [p.date, p.amount, p.currency, p.reference])).toEqual([
      ['2025-03-01', '40000.00', 'EUR', 'INV 2025/17'],
      ['2025-03-20', '25000.5', 'EUR', 'INV 2025/18'],
    ]);
    expect(listed.payments[0]).toMatchObject({ method: 'wire', payer: '', beneficiary: '' });
    const later = linkChartEdgePayments(session, {
      caseId: m.kase.id,
      edgeId: eur,
      filters: { from: '2025-03-02' },
    });
    expect(later.payments.map((p) => p.date)).toEqual(['2025-03-20']);

    const deposits = linkChartEdgePayments(session, {
      caseId: m.kase.id,
      edgeId: edgeId.payment(m.kase.id, cash, sellerAcct, 'EUR'),
    });
    expect(deposits.payments.map((p) => [p.amount, p.method])).toEqual([
      ['9500.00', 'cash'],
      ['9800.00', 'cash'],
      ['9900.00', 'cash'],
    ]);
    await expectCaseFileError(
      () => linkChartEdgePayments(session, { caseId: m.kase.id, edgeId: `rel|${m.ownership.id}` }),
      'INVALID_INPUT',
    );

    const cashIds = m.payments.filter((p) => p.method === 'cash').map((p) => p.id);
    const located = locateOnLinkChart(session, {
      caseId: m.kase.id,
      refs: [
        ...cashIds.map((id) => ({ kind: 'payment' as const, id })),
        { kind: 'account', id: m.sellerAcct.id },
        { kind: 'party', id: m.seller.id },
        { kind: 'provenance_event', id: m.sale.id },
        { kind: 'case', id: m.kase.id },
        { kind: 'relationship', id: m.ownership.id },
      ],
    });
    expect(located.edgeIds).toEqual(
      [
        edgeId.payment(m.kase.id, cash, sellerAcct, 'EUR'),
        edgeId.event(m.sale.id, 'agent'),
        edgeId.event(m.sale.id, 'from'),
        edgeId.event(m.sale.id, 'to'),
        edgeId.relationship(m.ownership.id),
      ].sort(),
    );
    expect(located.nodeIds).toEqual(
      [
        cash,
        sellerAcct,
        nodeId.party(m.seller.id),
        nodeId.party(m.shell.id),
        nodeId.object(m.icon.id),
      ].sort(),
    );
    // Every located payment link is a link of the chart.
    const g = linkChart(session, { caseId: m.kase.id });
    expect(g.edges.map((e) => e.id)).toContain(located.edgeIds.find((id) => id.startsWith('pay|')));
  });

  it('shows a merged party as the party it was merged into', async () => {
    const { session } = await newCaseFile();
    const m = moneyChain(session);
    const twin = createParty(session, {
      kind: 'person',
      givenNames: 'Marko',
      familyName: 'Jovanovic',
    });
    addPaymentRecords(session, m.kase.id, [
      {
        date: '2025-09-01',
        amount: { amount: '700.00', currency: 'EUR' },
        payer: { partyId: twin.id, name: '' },
        beneficiary: { partyId: m.buyer.id, name: '' },
        method: 'cash',
      },
    ]);
    const before = linkChart(session, { caseId: m.kase.id });
    expect(nodeOf(before, nodeId.party(twin.id))).toBeDefined();

    mergeParties(session, {
      keepId: m.seller.id,
      mergeId: twin.id,
      keepVersion: m.seller.version,
      mergeVersion: twin.version,
    });
    const after = linkChart(session, { caseId: m.kase.id });
    expect(nodeOf(after, nodeId.party(twin.id))).toBeUndefined();
    const seller = nodeId.party(m.seller.id);
    const buyer = nodeId.party(m.buyer.id);
    expect(edgeOf(after, edgeId.payment(m.kase.id, seller, buyer, 'EUR'))?.flow?.total).toBe(
      '700.00',
    );
    // Expanding the survivor finds the payment recorded against the merged party.
    const expanded = expandLinkChart(session, { caseId: m.kase.id, nodeId: seller });
    expect(expanded.edges.map((e) => e.id)).toContain(
      edgeId.payment(m.kase.id, seller, buyer, 'EUR'),
    );
  });
});
