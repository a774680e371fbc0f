import type {
  AccountRecord,
  PaymentRecord,
  RelationshipRecord,
} from '../../../../../shared/domain/finance';
import type { EvidenceRef } from '../../../../../shared/domain/finding';
import { convertMoney, daysBetween } from '../../../../../shared/finance/convert';
import {
  accountName,
  type GraphEdge,
  type GraphNode,
  type MoneyGraph,
} from '../../../../../shared/finance/graph';
import { partyName, type RuleContext } from '../../context';
import { decimalsOf, formatAmount, fromMicros, toMicros } from '../../decimal';
import { FINANCE_RULE_SETTINGS as S } from './settings';

/** How the money rules read records: amounts in the base currency, names, evidence. */

export { daysBetween };

/** The payment in the base currency, in micros; null when there is no rate (never guessed). */
export function baseMicros(ctx: RuleContext, p: PaymentRecord): bigint | null {
  const c = convertMoney(p.amount, p.date, S.baseCurrency, ctx.rates);
  return c.ok ? toMicros(c.amount) : null;
}

/** "9,500.00 EUR" from micros. */
export const moneyText = (micros: bigint, currency: string = S.baseCurrency): string =>
  `${formatAmount(fromMicros(micros, 2))} ${currency}`;

/** The payment's own amount, with at least 2 decimals: "9,500.00 EUR". */
export function paymentAmount(p: PaymentRecord): string {
  const { amount, currency } = p.amount;
  const decimals = Math.min(6, Math.max(2, decimalsOf(amount)));
  return `${formatAmount(fromMicros(toMicros(amount), decimals))} ${currency}`;
}

/** Whether `b` certainly came after `a`: a later day, or the same day with later times. */
export function certainlyAfter(a: PaymentRecord, b: PaymentRecord): boolean {
  if (b.date !== a.date) return b.date > a.date;
  return a.at !== null && b.at !== null && b.at > a.at;
}

const nodeMaps = new WeakMap<MoneyGraph, Map<string, GraphNode>>();
export function nodeOf(ctx: RuleContext, id: string): GraphNode | undefined {
  let map = nodeMaps.get(ctx.graph);
  if (!map) nodeMaps.set(ctx.graph, (map = new Map(ctx.graph.nodes.map((n) => [n.id, n]))));
  return map.get(id);
}

/** "DE89 3704 0044 0532 0130 00 (Galerie Orion)". */
export function accountLabel(ctx: RuleContext, a: AccountRecord): string {
  const holder = partyName(ctx, a.holder);
  return holder ? `${accountName(a)} (${holder})` : accountName(a);
}

/** A node's name: the party's, or the account's with its holder. */
export function nodeName(ctx: RuleContext, id: string): string {
  const node = nodeOf(ctx, id);
  if (!node) return '?';
  if (node.kind === 'account' && node.refId !== null) {
    const a = ctx.accountById.get(node.refId);
    return a ? `account ${accountLabel(ctx, a)}` : `account ${node.label}`;
  }
  return node.label || '?';
}

function side(ctx: RuleContext, p: PaymentRecord, which: 'payer' | 'beneficiary'): string {
  const ref = which === 'payer' ? p.payer : p.beneficiary;
  const name = partyName(ctx, ref);
  if (name) return name;
  const id = which === 'payer' ? p.payerAccountId : p.beneficiaryAccountId;
  const a = id === null ? undefined : ctx.accountById.get(id);
  return a ? accountLabel(ctx, a) : '?';
}

/** "2024-03-12, 9,500.00 EUR, Petrović → Galerie Orion (cash)". */
export function paymentLabel(ctx: RuleContext, p: PaymentRecord): string {
  const method = p.method === 'wire' ? '' : ` (${p.method.replace(/_/g, ' ')})`;
  return `${p.date}, ${paymentAmount(p)}, ${side(ctx, p, 'payer')} → ${side(ctx, p, 'beneficiary')}${method}`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Ownership: Petrović → Orion Holdings Ltd (60%)". */
export function relationshipLabel(ctx: RuleContext, r: RelationshipRecord): string {
  const subject = partyName(ctx, r.subject) || '?';
  let object = partyName(ctx, r.object) || '?';
  if (r.type === 'signatory') {
    const a = r.accountId === null ? undefined : ctx.accountById.get(r.accountId);
    object = a ? `account ${accountLabel(ctx, a)}` : 'an account';
  }
  const share = r.percentage !== null ? ` (${r.percentage}%)` : '';
  return `${capital(r.type)}: ${subject} → ${object}${share}`;
}

export const paymentRef = (ctx: RuleContext, p: PaymentRecord): EvidenceRef => ({
  kind: 'payment',
  id: p.id,
  label: paymentLabel(ctx, p),
});
export const accountRef = (ctx: RuleContext, a: AccountRecord): EvidenceRef => ({
  kind: 'account',
  id: a.id,
  label: `Account ${accountLabel(ctx, a)}`,
});
export const relationshipRef = (ctx: RuleContext, r: RelationshipRecord): EvidenceRef => ({
  kind: 'relationship',
  id: r.id,
  label: relationshipLabel(ctx, r),
});

/** The record behind a node (a party or an account); none for a party known only by name. */
export function nodeRefs(ctx: RuleContext, id: string): EvidenceRef[] {
  const node = nodeOf(ctx, id);
  if (!node || node.refId === null) return [];
  if (node.kind === 'account') {
    const a = ctx.accountById.get(node.refId);
    return a ? [accountRef(ctx, a)] : [];
  }
  return [{ kind: 'party', id: node.refId, label: nodeName(ctx, id) }];
}

/** The record an edge of the graph rests on. */
export function edgeRef(ctx: RuleContext, e: GraphEdge): EvidenceRef | null {
  const { kind, id } = e.source;
  if (kind === 'payment') {
    const p = ctx.paymentById.get(id);
    return p ? paymentRef(ctx, p) : null;
  }
  if (kind === 'relationship') {
    const r = ctx.relationshipById.get(id);
    return r ? relationshipRef(ctx, r) : null;
  }
  const a = ctx.accountById.get(id);
  return a ? accountRef(ctx, a) : null;
}

/** Evidence without repeats, in the order first cited. */
export function uniqueRefs(refs: Iterable<EvidenceRef | null>): EvidenceRef[] {
  const seen = new Set<string>();
  const out: EvidenceRef[] = [];
  for (const r of refs) {
    if (!r || seen.has(`${r.kind}/${r.id}`)) continue;
    seen.add(`${r.kind}/${r.id}`);
    out.push(r);
  }
  return out;
}

/** Money rules about the case as a whole say nothing when one object is analysed. */
export const caseLevel = (ctx: RuleContext): boolean => ctx.objectId === null;
