import type { ProvenanceChain, ProvenanceEventRecord } from '../../../../shared/domain/provenance';

/** An order problem seen from one card: the other event's position, and which way it is wrong. */
export interface OrderWarning {
  position: number;
  /** This event is dated after a later one (true), or before an earlier one (false). */
  laterThanNext: boolean;
}

/** Each event's order warnings, from the chain's order problems (pairs of event ids). */
export function orderWarnings(
  chain: Pick<ProvenanceChain, 'events' | 'orderProblems'>,
): Map<string, OrderWarning[]> {
  const position = new Map(chain.events.map((e) => [e.id, e.position]));
  const out = new Map<string, OrderWarning[]>();
  const add = (id: string, w: OrderWarning) => out.set(id, [...(out.get(id) ?? []), w]);
  for (const p of chain.orderProblems) {
    const before = position.get(p.before);
    const after = position.get(p.after);
    if (before === undefined || after === undefined) continue;
    add(p.before, { position: after, laterThanNext: true });
    add(p.after, { position: before, laterThanNext: false });
  }
  return out;
}

/** The chain's order with `id` moved one place up (-1) or down (+1); null when it cannot move. */
export function movedOrder(
  events: readonly Pick<ProvenanceEventRecord, 'id'>[],
  id: string,
  by: -1 | 1,
): string[] | null {
  const order = events.map((e) => e.id);
  const from = order.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= order.length) return null;
  [order[from], order[to]] = [order[to] as string, order[from] as string];
  return order;
}
