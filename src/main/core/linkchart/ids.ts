import { fold } from '../../../shared/search/fold';

/**
 * The ids of the chart's elements (see shared/ipc/linkchart.contract.ts): built from record ids so
 * that the chart, an expansion, a path and a finding's evidence all name the same element.
 */
export const nodeId = {
  party: (id: string) => `party:${id}`,
  account: (id: string) => `account:${id}`,
  object: (id: string) => `object:${id}`,
  /** A payer, beneficiary or holder known only by name: one node per folded name. */
  name: (name: string) => `name:${foldName(name)}`,
  /**
   * The unknown other side of a payment (a cash deposit, a withdrawal): one per account and
   * method, so that unknown counterparts never join two accounts into a false path.
   */
  unknown: (other: string, method: string, side: 'payer' | 'beneficiary') =>
    `unknown|${side}|${method}|${other}`,
};

/** "  Galerie  Hermès " and "GALERIE HERMES" are one name on the chart. */
export function foldName(name: string): string {
  return fold(name).replace(/\s+/g, ' ').trim();
}

export const edgeId = {
  payment: (caseId: string, from: string, to: string, currency: string) =>
    `pay|${caseId}|${from}|${to}|${currency}`,
  relationship: (id: string) => `rel|${id}`,
  holds: (caseId: string, party: string, account: string) => `holds|${caseId}|${party}|${account}`,
  event: (id: string, side: 'from' | 'to' | 'agent') => `evt|${id}|${side}`,
  sameAs: (a: string, b: string) => (a < b ? `same|${a}|${b}` : `same|${b}|${a}`),
};

export type ParsedNode =
  | { kind: 'party' | 'account' | 'object'; id: string }
  | { kind: 'name'; folded: string }
  | { kind: 'unknown' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a node id stands for; null when it is not one the chart makes. */
export function parseNodeId(id: string): ParsedNode | null {
  if (id.startsWith('unknown|')) return { kind: 'unknown' };
  const colon = id.indexOf(':');
  if (colon < 0) return null;
  const kind = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  if (kind === 'name') return rest === '' ? null : { kind: 'name', folded: rest };
  if ((kind === 'party' || kind === 'account' || kind === 'object') && UUID.test(rest)) {
    return { kind, id: rest };
  }
  return null;
}

/** The parts of an aggregated payment link's id; null for any other id. */
export function parsePaymentEdgeId(
  id: string,
): { caseId: string; from: string; to: string; currency: string } | null {
  const parts = id.split('|');
  // Node ids of unknown counterparts contain '|' themselves: take the fixed ends first.
  if (parts[0] !== 'pay' || parts.length < 5) return null;
  const caseId = parts[1] as string;
  const currency = parts[parts.length - 1] as string;
  const middle = parts.slice(2, -1);
  if (!UUID.test(caseId) || !/^[A-Z]{3}$/.test(currency)) return null;
  // from and to: each either a plain node id (no '|') or an unknown one (5 parts).
  const take = (at: number): [string, number] | null => {
    const head = middle[at];
    if (head === undefined) return null;
    if (head !== 'unknown') return [head, at + 1];
    if (at + 4 > middle.length) return null;
    return [middle.slice(at, at + 4).join('|'), at + 4];
  };
  const first = take(0);
  if (!first) return null;
  const second = take(first[1]);
  if (!second || second[1] !== middle.length) return null;
  return { caseId, from: first[0], to: second[0], currency };
}
