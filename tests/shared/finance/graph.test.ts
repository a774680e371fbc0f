import { describe, expect, it } from 'vitest';
import {
  aggregateFlows,
  beneficialOwners,
  buildMoneyGraph,
  cycles,
  flowsBetween,
  nodeIds,
  pathsBetween,
  totalsOf,
  type MoneyGraph,
} from '../../../src/shared/finance/graph';
import {
  account,
  company,
  named,
  payment,
  person,
  ref,
  relationship,
} from '../../core/analysis/finance/fixtures';

/* The money graph: nodes and edges from accounts, payments and relationships; flows with exact
 * totals per currency; bounded paths; cycles; beneficial owners through chains of shares. */

const P = nodeIds.party;
const A = nodeIds.account;

describe('buildMoneyGraph', () => {
  it('makes party, name and account nodes, holder edges and payment edges between accounts', () => {
    const marko = person('Marko Petrović');
    const acc = account({ iban: 'RS35260005601001611379', holder: ref(marko) });
    const other = account({ iban: 'DE89370400440532013000' });
    const p = payment({
      date: '2024-03-01',
      amount: { amount: '100.00', currency: 'EUR' },
      payerAccountId: acc.id,
      beneficiary: named('  Galerie   ORION '),
      beneficiaryAccountId: other.id,
    });
    const g = buildMoneyGraph({
      accounts: [acc, other],
      payments: [p],
      relationships: [],
      partyNames: { [marko.id]: 'Petrović, Marko' },
    });
    const byId = new Map(g.nodes.map((n) => [n.id, n]));
    expect(byId.get(P(marko.id))).toEqual({
      id: P(marko.id),
      kind: 'party',
      refId: marko.id,
      label: 'Petrović, Marko',
    });
    expect(byId.get(A(acc.id))?.label).toBe('RS35 2600 0560 1001 6113 79');
    // A name only: one node whatever its spaces and case.
    expect(byId.get(nodeIds.name('galerie orion'))).toMatchObject({ refId: null, kind: 'party' });
    expect(g.edges.map((e) => [e.kind, e.from, e.to, e.source.kind])).toEqual([
      ['holder', P(marko.id), A(acc.id), 'account'],
      // The payment names the beneficiary and its account: that says who holds the account.
      ['holder', nodeIds.name('galerie orion'), A(other.id), 'payment'],
      ['payment', A(acc.id), A(other.id), 'payment'],
    ]);
    expect(g.flows[0]).toMatchObject({
      payer: P(marko.id),
      beneficiary: nodeIds.name('Galerie Orion'),
      payerAccount: A(acc.id),
      beneficiaryAccount: A(other.id),
    });
  });

  it('resolves sides: the named party, else the holder, else the account; nothing is invented', () => {
    const unheld = account({ accountNumber: '12345' });
    const cash = payment({
      date: '2024-03-01',
      amount: { amount: '50', currency: 'EUR' },
      method: 'cash',
      beneficiaryAccountId: unheld.id,
    });
    const g = buildMoneyGraph({ accounts: [unheld], payments: [cash], relationships: [] });
    expect(g.flows[0]).toMatchObject({ payer: null, beneficiary: A(unheld.id) });
    expect(g.edges.filter((e) => e.kind === 'payment')).toEqual([]);
  });

  it('puts a merged party under the one it joined, and draws relationships and signatories', () => {
    const [a, b, c] = [person('A'), person('B'), company('C Ltd')];
    const acc = account({ iban: 'DE89370400440532013000' });
    const g = buildMoneyGraph({
      accounts: [acc],
      payments: [],
      relationships: [
        relationship({ type: 'ownership', subject: ref(a), object: ref(c), percentage: '60' }),
        relationship({ type: 'signatory', subject: ref(b), accountId: acc.id }),
      ],
      partyAliases: { [a.id]: b.id },
    });
    expect(g.edges.map((e) => [e.kind, e.from, e.to, e.percentage])).toEqual([
      ['ownership', P(b.id), P(c.id), '60'],
      ['signatory', P(b.id), A(acc.id), null],
    ]);
    expect(g.nodes.some((n) => n.id === P(a.id))).toBe(false);
  });
});

describe('flows', () => {
  const [x, y] = [person('X'), person('Y')];
  const xAcc = account({ iban: 'DE89370400440532013000', holder: ref(x) });
  const pay = (from: object, to: object, amount: string, currency: string, date: string) =>
    payment({ date, amount: { amount, currency }, ...from, ...to });
  const g = buildMoneyGraph({
    accounts: [xAcc],
    relationships: [],
    payments: [
      pay({ payer: ref(x) }, { beneficiary: ref(y) }, '0.10', 'EUR', '2024-01-01'),
      pay({ payerAccountId: xAcc.id }, { beneficiary: ref(y) }, '0.20', 'EUR', '2024-02-01'),
      pay({ payer: ref(x) }, { beneficiary: ref(y) }, '1000', 'RSD', '2024-02-02'),
      pay({ payer: ref(y) }, { beneficiary: ref(x) }, '5.5', 'EUR', '2024-03-01'),
      pay({ payer: ref(x) }, { beneficiary: ref(y) }, '7.00', 'EUR', '2025-01-01'),
    ],
  });

  it('adds up exactly per currency, both ways, a party with its accounts', () => {
    const f = flowsBetween(g, P(x.id), P(y.id), { from: '2024-01-01', to: '2024-12-31' });
    expect(f.aToB).toEqual([
      { currency: 'EUR', amount: '0.30', count: 2 },
      { currency: 'RSD', amount: '1000.00', count: 1 },
    ]);
    expect(f.bToA).toEqual([{ currency: 'EUR', amount: '5.50', count: 1 }]);
    expect(f.paymentIds).toHaveLength(4);
  });

  it('an account counts only for itself; an open period takes everything', () => {
    expect(flowsBetween(g, A(xAcc.id), P(y.id)).aToB).toEqual([
      { currency: 'EUR', amount: '0.20', count: 1 },
    ]);
    expect(flowsBetween(g, P(x.id), P(y.id)).aToB[0]).toEqual({
      currency: 'EUR',
      amount: '7.30',
      count: 3,
    });
    expect(flowsBetween(g, P(x.id), nodeIds.name('nobody')).paymentIds).toEqual([]);
  });

  it('aggregates every party-to-party flow', () => {
    const all = aggregateFlows(g, { to: '2024-12-31' });
    expect(all.map((f) => [f.from, f.to, f.paymentIds.length])).toEqual([
      [P(x.id), P(y.id), 3],
      [P(y.id), P(x.id), 1],
    ]);
    expect(totalsOf([])).toEqual([]);
  });
});

/** A graph in which parties pay each other: [payer, beneficiary, date]. */
function payments(list: Array<[string, string, string, string?]>): MoneyGraph {
  return buildMoneyGraph({
    accounts: [],
    relationships: [],
    payments: list.map(([from, to, date, amount]) =>
      payment({
        date,
        amount: { amount: amount ?? '100', currency: 'EUR' },
        payer: named(from),
        beneficiary: named(to),
      }),
    ),
  });
}
const N = nodeIds.name;

describe('pathsBetween', () => {
  const g = payments([
    ['A', 'B', '2024-01-01'],
    ['A', 'B', '2024-01-02'],
    ['B', 'C', '2024-01-03'],
    ['C', 'D', '2024-01-04'],
    ['A', 'E', '2024-01-05'],
    ['E', 'F', '2024-01-06'],
    ['F', 'D', '2024-01-07'],
  ]);

  it('finds every simple path, shortest first, parallel payments as one step', () => {
    const paths = pathsBetween(g, N('A'), N('D'));
    expect(paths.map((p) => p.nodes)).toEqual([
      [N('A'), N('B'), N('C'), N('D')],
      [N('A'), N('E'), N('F'), N('D')],
    ]);
    expect(paths[0]!.steps[0]!.edges).toHaveLength(2);
  });

  it('is bounded by depth and count, follows direction when asked, and can leave edges out', () => {
    expect(pathsBetween(g, N('A'), N('D'), { maxDepth: 2 })).toEqual([]);
    expect(pathsBetween(g, N('A'), N('D'), { maxPaths: 1 })).toHaveLength(1);
    expect(pathsBetween(g, N('D'), N('A'), { directed: true })).toEqual([]);
    expect(pathsBetween(g, N('D'), N('A'))).toHaveLength(2);
    const noBC = pathsBetween(g, N('A'), N('D'), {
      include: (e) => !(e.from === N('B') && e.to === N('C')),
    });
    expect(noBC.map((p) => p.nodes[1])).toEqual([N('E')]);
    expect(pathsBetween(g, N('A'), N('A'))).toEqual([]);
    expect(pathsBetween(g, N('A'), N('nobody'))).toEqual([]);
  });
});

describe('cycles', () => {
  it('finds each circle of payments once, shortest first, not a payment to oneself', () => {
    const g = payments([
      ['A', 'B', '2024-01-01'],
      ['B', 'C', '2024-01-02'],
      ['C', 'A', '2024-01-03'],
      ['B', 'A', '2024-01-04'],
      ['D', 'D', '2024-01-05'],
      ['D', 'E', '2024-01-06'],
    ]);
    const found = cycles(g);
    expect(found.map((c) => c.nodes)).toEqual([
      [N('A'), N('B')],
      [N('A'), N('B'), N('C')],
    ]);
    expect(found[1]!.links.map((l) => [l.from, l.to, l.flows.length])).toEqual([
      [N('A'), N('B'), 1],
      [N('B'), N('C'), 1],
      [N('C'), N('A'), 1],
    ]);
    expect(cycles(g, { maxLength: 2 }).map((c) => c.nodes)).toEqual([[N('A'), N('B')]]);
    expect(cycles(g, { maxCycles: 1 }).map((c) => c.nodes)).toEqual([[N('A'), N('B')]]);
    expect(cycles(g, { maxSteps: 2 }).length).toBeLessThan(2);
    expect(cycles(payments([['A', 'B', '2024-01-01']]))).toEqual([]);
  });
});

describe('beneficialOwners', () => {
  const [p, q] = [person('P'), person('Q')];
  const [h, s, t] = [company('Holding'), company('Shell'), company('Target')];
  const own = (a: { id: string }, b: { id: string }, pct: string | null, extra = {}) =>
    relationship({
      type: 'ownership',
      subject: ref(a as never),
      object: ref(b as never),
      percentage: pct,
      ...extra,
    });
  const graphOf = (rels: ReturnType<typeof own>[]) =>
    buildMoneyGraph({ accounts: [], payments: [], relationships: rels });

  it('multiplies shares along a chain and adds them over chains', () => {
    const g = graphOf([own(p, h, '60'), own(h, s, '50'), own(s, t, '100'), own(p, t, '10')]);
    const owners = beneficialOwners(g, P(t.id));
    const byNode = new Map(owners.map((o) => [o.node, o]));
    // 60% × 50% × 100% = 30%, plus 10% directly.
    expect(byNode.get(P(p.id))).toMatchObject({ percent: '40', levels: 3, ultimate: true });
    expect(
      byNode
        .get(P(p.id))!
        .paths.map((x) => x.percent)
        .sort(),
    ).toEqual(['10', '30']);
    expect(byNode.get(P(h.id))).toMatchObject({ percent: '50', levels: 2, ultimate: false });
    expect(owners[0]!.node).toBe(P(s.id)); // 100% first
  });

  it('is exact with decimals, safe with cross-ownership, and counts no unknown share', () => {
    const g = graphOf([
      own(p, h, '33.33'),
      own(h, t, '33.33'),
      own(t, h, '50'), // cross-holding: Target owns half of Holding
      own(q, t, null),
    ]);
    const owners = beneficialOwners(g, P(t.id));
    expect(owners.find((o) => o.node === P(p.id))?.percent).toBe('11.108889');
    expect(owners.some((o) => o.node === P(q.id))).toBe(false);
    expect(owners.some((o) => o.node === P(t.id))).toBe(false);
  });

  it('as of a day, leaves out ownership that ended or had not begun', () => {
    const g = graphOf([
      own(p, t, '30', { endDate: '2020-01-01' }),
      own(q, t, '30', { startDate: '2030' }),
      own(h, t, '30', { startDate: '2019', endDate: '2027-01-01' }),
    ]);
    expect(beneficialOwners(g, P(t.id), { asOf: '2026-03-01' }).map((o) => o.node)).toEqual([
      P(h.id),
    ]);
    expect(beneficialOwners(g, P(t.id))).toHaveLength(3);
  });
});
