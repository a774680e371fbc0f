import { toMicros } from './decimal';
import type { GraphEdge, MoneyGraph, PaymentFlow } from './graph';

/**
 * Searches over the money graph (./graph.ts): paths between two nodes, cycles of payments, and
 * beneficial owners through chains of ownership. All are bounded (depth, count, search steps)
 * so a dense graph answers in time; each says how it is bounded.
 */

// ————— Paths —————

/** One step of a path: every edge between the two nodes (parallel payments, an ownership…). */
export interface PathStep {
  from: string;
  to: string;
  edges: GraphEdge[];
}

export interface GraphPath {
  /** From the start to the end, each node once. */
  nodes: string[];
  steps: PathStep[];
}

export interface PathOptions {
  /** At most this many steps (default 4). */
  maxDepth?: number;
  /** At most this many paths, shortest first (default 50). */
  maxPaths?: number;
  /** Follow edges only in their direction (money payer → beneficiary); default: both ways. */
  directed?: boolean;
  /** Which edges may be walked (default: all). */
  include?: (edge: GraphEdge) => boolean;
  /** Search steps before giving up on more paths (default 500,000). */
  maxSteps?: number;
}

type Adjacency = Map<string, Map<string, GraphEdge[]>>;

function link(map: Adjacency, a: string, b: string, edge: GraphEdge): void {
  let next = map.get(a);
  if (!next) map.set(a, (next = new Map()));
  const list = next.get(b);
  if (list) list.push(edge);
  else next.set(b, [edge]);
}

/**
 * Every simple path (no node twice) of at most `maxDepth` steps from `a` to `b` through accounts,
 * parties and companies, shortest first, at most `maxPaths`. Parallel edges make one step. The
 * search is depth-first once per path length, pruned by the distance to `b` (breadth-first from
 * `b` first), so it walks only branches that can still arrive.
 */
export function pathsBetween(
  graph: MoneyGraph,
  a: string,
  b: string,
  options: PathOptions = {},
): GraphPath[] {
  const maxDepth = options.maxDepth ?? 4;
  const maxPaths = options.maxPaths ?? 50;
  const maxSteps = options.maxSteps ?? 500_000;
  if (a === b) return [];
  const out: Adjacency = new Map();
  const into: Adjacency = new Map();
  for (const e of graph.edges) {
    if (e.from === e.to || (options.include && !options.include(e))) continue;
    link(out, e.from, e.to, e);
    link(into, e.to, e.from, e);
    if (!options.directed) {
      link(out, e.to, e.from, e);
      link(into, e.from, e.to, e);
    }
  }
  const distance = new Map<string, number>([[b, 0]]);
  let frontier = [b];
  for (let d = 1; d <= maxDepth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      for (const m of into.get(n)?.keys() ?? []) {
        if (distance.has(m)) continue;
        distance.set(m, d);
        next.push(m);
      }
    }
    frontier = next;
  }
  const shortest = distance.get(a);
  if (shortest === undefined) return [];

  const found: string[][] = [];
  let steps = 0;
  let done = false;
  const trail = [a];
  const onPath = new Set([a]);
  const walk = (node: string, length: number): void => {
    for (const next of out.get(node)?.keys() ?? []) {
      if (done || ++steps > maxSteps) {
        done = true;
        return;
      }
      const d = distance.get(next);
      if (d === undefined || onPath.has(next) || trail.length + d > length) continue;
      if (next === b) {
        if (trail.length === length) {
          found.push([...trail, b]);
          if (found.length >= maxPaths) done = true;
        }
        continue;
      }
      onPath.add(next);
      trail.push(next);
      walk(next, length);
      trail.pop();
      onPath.delete(next);
    }
  };
  for (let length = shortest; length <= maxDepth && !done; length++) walk(a, length);

  return found.map((nodes) => ({
    nodes,
    steps: nodes.slice(1).map((to, i) => {
      const from = nodes[i] as string;
      return { from, to, edges: out.get(from)?.get(to) ?? [] };
    }),
  }));
}

// ————— Cycles of payments —————

/** The payments from one party-level node to another. */
export interface FlowLink {
  from: string;
  to: string;
  flows: PaymentFlow[];
}

/** A closed chain of payment links: nodes[0] → nodes[1] → … → nodes[0]. */
export interface FlowCycle {
  nodes: string[];
  links: FlowLink[];
}

export interface CycleOptions {
  /** At most this many links in a cycle (default 6); at least 2 (A → B → A). */
  maxLength?: number;
  /** At most this many cycles (default 1,000). */
  maxCycles?: number;
  /** Which payments count (default: all). */
  include?: (flow: PaymentFlow) => boolean;
  /** Search steps before giving up on more cycles (default 1,000,000). */
  maxSteps?: number;
}

/**
 * The simple cycles of money between parties (sides resolved to parties: ./graph.ts), regardless
 * of dates: each once, starting from its first node in order of appearance, shortest first (so a
 * search cut by `maxCycles` or `maxSteps` keeps the short ones). Timing and amounts are the
 * caller's to check on the links' payments.
 */
export function cycles(graph: MoneyGraph, options: CycleOptions = {}): FlowCycle[] {
  const maxLength = options.maxLength ?? 6;
  const maxCycles = options.maxCycles ?? 1000;
  const maxSteps = options.maxSteps ?? 1_000_000;
  const rank = new Map<string, number>();
  const out = new Map<string, Map<string, PaymentFlow[]>>();
  for (const f of graph.flows) {
    if (!f.payer || !f.beneficiary || f.payer === f.beneficiary) continue;
    if (options.include && !options.include(f)) continue;
    for (const n of [f.payer, f.beneficiary]) if (!rank.has(n)) rank.set(n, rank.size);
    let next = out.get(f.payer);
    if (!next) out.set(f.payer, (next = new Map()));
    const list = next.get(f.beneficiary);
    if (list) list.push(f);
    else next.set(f.beneficiary, [f]);
  }
  const found: FlowCycle[] = [];
  let steps = 0;
  let done = false;
  // Shortest first, even when the answer is cut: one pass per cycle length.
  for (let length = 2; length <= maxLength && !done; length++) {
    for (const [start, startRank] of rank) {
      const trail = [start];
      const onPath = new Set([start]);
      const walk = (node: string): void => {
        for (const [next, flows] of out.get(node) ?? []) {
          if (done || ++steps > maxSteps) {
            done = true;
            return;
          }
          if (next === start) {
            if (trail.length !== length) continue;
            const nodes = [...trail];
            found.push({
              nodes,
              links: nodes.map((from, i) => {
                const to = nodes[(i + 1) % nodes.length] as string;
                const last = i === nodes.length - 1;
                return { from, to, flows: last ? flows : (out.get(from)?.get(to) ?? []) };
              }),
            });
            if (found.length >= maxCycles) done = true;
            continue;
          }
          if ((rank.get(next) as number) <= startRank || onPath.has(next)) continue;
          if (trail.length >= length) continue;
          onPath.add(next);
          trail.push(next);
          walk(next);
          trail.pop();
          onPath.delete(next);
        }
      };
      walk(start);
      if (done) break;
    }
  }
  return found;
}

// ————— Beneficial owners —————

/** A chain of ownership from an owner down to the company. */
export interface OwnershipPath {
  /** Owner first, the company last. */
  nodes: string[];
  /** The ownership edges, in the same order (owner's first). */
  edges: GraphEdge[];
  /** This chain's share in percent, the product of its percentages (6 decimals, rounded down). */
  percent: string;
}

export interface BeneficialOwner {
  node: string;
  /** Effective share in percent: the sum over its chains (6 decimals, rounded down). */
  percent: string;
  paths: OwnershipPath[];
  /** The most levels of ownership among its chains (1 = owns the company directly). */
  levels: number;
  /** Nobody is recorded as owning this owner (with a share). */
  ultimate: boolean;
}

/** Percent as an exact fraction of one: percentage micros over 10^8. */
const FRACTION_DEN = 100_000_000n;

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

/** "num / den" as a percentage with 6 decimals, rounded down (so "≥ 25" tests stay exact). */
function percentOf(num: bigint, den: bigint): string {
  const scaled = (num * 100_000_000n) / den; // percent × 10^6
  const whole = scaled / 1_000_000n;
  const fraction = (scaled % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

/**
 * Who owns `company` (a node) and how much, through chains of ownership (edges of kind
 * `ownership` with a percentage, owner → owned): each chain's share is the product of its
 * percentages, an owner's share the sum over its chains. Cycles of cross-ownership are safe: a
 * chain never passes a node twice (which leaves out the part of a share that would go round a
 * cycle). An ownership recorded without a percentage is not counted (nothing is guessed); with
 * `asOf`, one that ended on or before that day, or started after it, is not counted either.
 * Highest share first.
 */
export function beneficialOwners(
  graph: MoneyGraph,
  company: string,
  options: { maxDepth?: number; asOf?: string } = {},
): BeneficialOwner[] {
  const maxDepth = options.maxDepth ?? 10;
  const asOf = options.asOf;
  const ownersOf = new Map<string, GraphEdge[]>();
  for (const e of graph.edges) {
    if (e.kind !== 'ownership' || e.percentage === null || e.from === e.to) continue;
    if (asOf && ((e.endDate !== null && e.endDate <= asOf) || (e.date !== null && e.date > asOf))) {
      continue;
    }
    const list = ownersOf.get(e.to);
    if (list) list.push(e);
    else ownersOf.set(e.to, [e]);
  }
  const byOwner = new Map<string, { paths: OwnershipPath[]; num: bigint; den: bigint }>();
  // Walk upwards: `chain` holds the edges from the current owner down to the company.
  const chain: GraphEdge[] = [];
  const onPath = new Set([company]);
  const walk = (node: string, num: bigint, den: bigint): void => {
    if (chain.length >= maxDepth) return;
    for (const e of ownersOf.get(node) ?? []) {
      if (onPath.has(e.from)) continue;
      const n = num * toMicros(e.percentage as string);
      const d = den * FRACTION_DEN;
      chain.unshift(e);
      const entry = byOwner.get(e.from) ?? { paths: [], num: 0n, den: 1n };
      entry.paths.push({
        nodes: [...chain.map((c) => c.from), company],
        edges: [...chain],
        percent: percentOf(n, d),
      });
      // Sum of fractions: a/b + c/d, kept exact (and reduced).
      const sumNum = entry.num * d + n * entry.den;
      const sumDen = entry.den * d;
      const g = gcd(sumNum, sumDen);
      entry.num = sumNum / g;
      entry.den = sumDen / g;
      byOwner.set(e.from, entry);
      onPath.add(e.from);
      walk(e.from, n, d);
      onPath.delete(e.from);
      chain.shift();
    }
  };
  walk(company, 1n, 1n);
  const owners = [...byOwner.entries()].map(([node, o]) => ({
    node,
    percent: percentOf(o.num, o.den),
    paths: o.paths,
    levels: Math.max(...o.paths.map((p) => p.edges.length)),
    ultimate: !ownersOf.has(node),
    exact: [o.num, o.den] as const,
  }));
  owners.sort((x, y) => {
    const diff = y.exact[0] * x.exact[1] - x.exact[0] * y.exact[1];
    return diff > 0n ? 1 : diff < 0n ? -1 : x.node < y.node ? -1 : 1;
  });
  return owners.map(({ exact: _exact, ...o }) => o);
}
