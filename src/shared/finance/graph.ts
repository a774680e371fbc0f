import type { Money } from '../domain/common';
import type {
  AccountRecord,
  PaymentRecord,
  RelationshipRecord,
  RelationshipType,
} from '../domain/finance';
import type { PartyRef } from '../domain/seizure';
import { fold } from '../search/fold';
import { formatIban } from './iban';
import { fromMicros, toMicros } from './decimal';

/**
 * The money and ownership graph of a case (issue #6 point 5): pure, no I/O, built from the
 * records the analysis rules and the link chart read. Nodes are parties (`party:<id>`, a merged
 * party under the one it joined), parties known only by name (`name:<folded name>`, as a
 * statement row names a counterparty) and accounts (`account:<id>`). Edges:
 * - `payment`: payer side → beneficiary side, each side the account when the payment names it,
 *   else the party;
 * - `holder`: party → account (from the account's holder, or from a payment that names both a
 *   party and its account, as a statement row names a counterparty and its IBAN);
 * - one per relationship: subject → object (owner → company, director → company…), a signatory
 *   → the account.
 * Every payment is also kept as a `PaymentFlow` with both sides resolved to parties (the account's
 * holder when the payment names no party; the account itself when nobody is known): flows between
 * parties, cycles and hubs are counted on those. Nothing is guessed: a side nobody recorded is
 * null and the payment joins nothing on that side.
 *
 * Search functions (paths, cycles, beneficial owners): ./graph-search.ts, re-exported here.
 */

export type GraphNodeKind = 'party' | 'account';

export interface GraphNode {
  /** `party:<id>`, `name:<folded name>` or `account:<id>`. */
  id: string;
  kind: GraphNodeKind;
  /** The party or account record; null for a party known only by its name. */
  refId: string | null;
  /** The name, or the IBAN / account number / address of an account. */
  label: string;
}

export type GraphEdgeKind = 'payment' | 'holder' | RelationshipType;

/** The record an edge rests on (cite it as evidence). */
export interface EdgeSource {
  kind: 'payment' | 'relationship' | 'account';
  id: string;
}

export interface GraphEdge {
  /** `payment:<id>`, `relationship:<id>`, `holder:<account id>` or `holder:<payment id>:<side>`. */
  id: string;
  kind: GraphEdgeKind;
  from: string;
  to: string;
  source: EdgeSource;
  /** The payment's date, or the relationship's start; null when not recorded. */
  date: string | null;
  /** Payments only. */
  amount: Money | null;
  /** Ownership only: the share in percent, as recorded ("33.33"); null when not recorded. */
  percentage: string | null;
  /** Relationships: the end, when recorded (an ownership that ended no longer counts). */
  endDate: string | null;
}

/** A payment with both sides resolved to parties (or accounts nobody is known to hold). */
export interface PaymentFlow {
  payment: PaymentRecord;
  /** Party-level sides: `party:`, `name:` or, when no holder is known, `account:`. */
  payer: string | null;
  beneficiary: string | null;
  /** The accounts named, as nodes (`account:<id>`), or null. */
  payerAccount: string | null;
  beneficiaryAccount: string | null;
}

export interface MoneyGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Every payment, in the order given (the loader gives date order). */
  flows: PaymentFlow[];
}

export interface MoneyGraphInput {
  accounts: readonly AccountRecord[];
  payments: readonly PaymentRecord[];
  relationships: readonly RelationshipRecord[];
  /** Names of the directory's parties by id (the survivor's name for a merged party). */
  partyNames?: Readonly<Record<string, string>>;
  /** Merged party id → the id of the party it now lives on as. */
  partyAliases?: Readonly<Record<string, string>>;
}

export const nodeIds = {
  party: (id: string) => `party:${id}`,
  account: (id: string) => `account:${id}`,
  /** A party known only by name: one node per name, whatever its case, spaces or diacritics. */
  name: (name: string) => `name:${fold(name).replace(/\s+/g, ' ').trim()}`,
};

/** How an account is named: its IBAN (in groups of four), number, address, or its bank. */
export function accountName(a: AccountRecord): string {
  if (a.iban) return formatIban(a.iban);
  return a.accountNumber || a.address || a.institution.name || `account ${a.id.slice(0, 8)}`;
}

export function buildMoneyGraph(input: MoneyGraphInput): MoneyGraph {
  const names = input.partyNames ?? {};
  const aliases = input.partyAliases ?? {};
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const accounts = new Map(input.accounts.map((a) => [a.id, a]));

  /** The node of a party reference; null when it names nobody. */
  const partyNode = (ref: PartyRef): string | null => {
    if (ref.partyId !== null) {
      const id = aliases[ref.partyId] ?? ref.partyId;
      const node = nodeIds.party(id);
      if (!nodes.has(node)) {
        nodes.set(node, { id: node, kind: 'party', refId: id, label: names[id] ?? ref.name });
      }
      return node;
    }
    const name = ref.name.trim();
    if (!name) return null;
    const node = nodeIds.name(name);
    if (node === 'name:') return null;
    if (!nodes.has(node)) nodes.set(node, { id: node, kind: 'party', refId: null, label: name });
    return node;
  };
  const accountNode = (id: string | null): string | null => {
    if (id === null) return null;
    const node = nodeIds.account(id);
    if (!nodes.has(node)) {
      const a = accounts.get(id);
      const label = a ? accountName(a) : `account ${id.slice(0, 8)}`;
      nodes.set(node, { id: node, kind: 'account', refId: id, label });
    }
    return node;
  };
  const holderOf = new Map<string, string>();
  const holds = new Set<string>();
  const hold = (party: string, account: string, source: EdgeSource, id: string) => {
    if (holds.has(`${party}>${account}`)) return;
    holds.add(`${party}>${account}`);
    edges.push({
      id,
      kind: 'holder',
      from: party,
      to: account,
      source,
      date: null,
      amount: null,
      percentage: null,
      endDate: null,
    });
  };

  for (const a of input.accounts) {
    const node = accountNode(a.id) as string;
    const holder = partyNode(a.holder);
    if (holder) {
      holderOf.set(a.id, holder);
      hold(holder, node, { kind: 'account', id: a.id }, `holder:${a.id}`);
    }
  }

  const flows: PaymentFlow[] = [];
  for (const p of input.payments) {
    const payerAccount = accountNode(p.payerAccountId);
    const beneficiaryAccount = accountNode(p.beneficiaryAccountId);
    const side = (ref: PartyRef, accountId: string | null, account: string | null) => {
      const named = partyNode(ref);
      if (named && account && holderOf.get(accountId as string) !== named) {
        const which = account === payerAccount ? 'payer' : 'beneficiary';
        hold(named, account, { kind: 'payment', id: p.id }, `holder:${p.id}:${which}`);
      }
      return named ?? (accountId !== null ? holderOf.get(accountId) : undefined) ?? account;
    };
    const payer = side(p.payer, p.payerAccountId, payerAccount);
    const beneficiary = side(p.beneficiary, p.beneficiaryAccountId, beneficiaryAccount);
    flows.push({ payment: p, payer, beneficiary, payerAccount, beneficiaryAccount });
    const from = payerAccount ?? payer;
    const to = beneficiaryAccount ?? beneficiary;
    if (from && to && from !== to) {
      edges.push({
        id: `payment:${p.id}`,
        kind: 'payment',
        from,
        to,
        source: { kind: 'payment', id: p.id },
        date: p.date,
        amount: p.amount,
        percentage: null,
        endDate: null,
      });
    }
  }

  for (const r of input.relationships) {
    const from = partyNode(r.subject);
    const to = r.type === 'signatory' ? accountNode(r.accountId) : partyNode(r.object);
    if (!from || !to || from === to) continue;
    edges.push({
      id: `relationship:${r.id}`,
      kind: r.type,
      from,
      to,
      source: { kind: 'relationship', id: r.id },
      date: r.startDate,
      amount: null,
      percentage: r.type === 'ownership' ? r.percentage : null,
      endDate: r.endDate,
    });
  }

  return { nodes: [...nodes.values()], edges, flows };
}

// ————— Flows between parties —————

/** Payments between `from` and `to` days inclusive; an open end is open. */
export interface Period {
  from?: string | null;
  to?: string | null;
}

/** An exact total in one currency. */
export interface CurrencyTotal {
  currency: string;
  /** Exact decimal, at least 2 decimals. */
  amount: string;
  count: number;
}

export const inPeriod = (date: string, period: Period = {}): boolean =>
  (!period.from || date >= period.from) && (!period.to || date <= period.to);

/** Exact totals per currency (currencies in alphabetical order). */
export function totalsOf(payments: Iterable<PaymentRecord>): CurrencyTotal[] {
  const sums = new Map<string, { micros: bigint; count: number; decimals: number }>();
  for (const p of payments) {
    const { currency, amount } = p.amount;
    const s = sums.get(currency) ?? { micros: 0n, count: 0, decimals: 2 };
    s.micros += toMicros(amount);
    s.count += 1;
    const dot = amount.indexOf('.');
    s.decimals = Math.max(s.decimals, dot < 0 ? 0 : amount.length - dot - 1);
    sums.set(currency, s);
  }
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, s]) => ({
      currency,
      amount: fromMicros(s.micros, Math.min(6, s.decimals)),
      count: s.count,
    }));
}

/** Whether a flow's side is `node`: the party of that side, or its account. */
const isSide = (f: PaymentFlow, side: 'payer' | 'beneficiary', node: string) =>
  side === 'payer'
    ? f.payer === node || f.payerAccount === node
    : f.beneficiary === node || f.beneficiaryAccount === node;

export interface FlowsBetween {
  /** What `a` paid `b`, per currency. */
  aToB: CurrencyTotal[];
  /** What `b` paid `a`, per currency. */
  bToA: CurrencyTotal[];
  /** The payments counted, in the graph's order. */
  paymentIds: string[];
}

/**
 * What two parties (or accounts) paid each other over a period, per currency, exactly. A party
 * counts with the accounts it holds; an account only for itself.
 */
export function flowsBetween(
  graph: MoneyGraph,
  a: string,
  b: string,
  period: Period = {},
): FlowsBetween {
  const ab: PaymentRecord[] = [];
  const ba: PaymentRecord[] = [];
  const ids: string[] = [];
  for (const f of graph.flows) {
    if (!inPeriod(f.payment.date, period)) continue;
    if (isSide(f, 'payer', a) && isSide(f, 'beneficiary', b)) ab.push(f.payment);
    else if (isSide(f, 'payer', b) && isSide(f, 'beneficiary', a)) ba.push(f.payment);
    else continue;
    ids.push(f.payment.id);
  }
  return { aToB: totalsOf(ab), bToA: totalsOf(ba), paymentIds: ids };
}

/** All payments from one party to another over a period, aggregated per direction. */
export interface AggregatedFlow {
  from: string;
  to: string;
  totals: CurrencyTotal[];
  paymentIds: string[];
}

/** Every party-to-party flow of the period (sides resolved to parties), in first-seen order. */
export function aggregateFlows(graph: MoneyGraph, period: Period = {}): AggregatedFlow[] {
  const groups = new Map<string, { from: string; to: string; payments: PaymentRecord[] }>();
  for (const f of graph.flows) {
    if (!f.payer || !f.beneficiary || f.payer === f.beneficiary) continue;
    if (!inPeriod(f.payment.date, period)) continue;
    const key = `${f.payer}>${f.beneficiary}`;
    const g = groups.get(key) ?? { from: f.payer, to: f.beneficiary, payments: [] };
    g.payments.push(f.payment);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({
    from: g.from,
    to: g.to,
    totals: totalsOf(g.payments),
    paymentIds: g.payments.map((p) => p.id),
  }));
}

export {
  beneficialOwners,
  cycles,
  pathsBetween,
  type BeneficialOwner,
  type CycleOptions,
  type FlowCycle,
  type FlowLink,
  type GraphPath,
  type OwnershipPath,
  type PathOptions,
  type PathStep,
} from './graph-search';
