import type { PaymentRecord } from '../../../../../shared/domain/finance';
import { cycles, type FlowCycle } from '../../../../../shared/finance/graph';
import type { RuleContext } from '../../context';
import { toMicros } from '../../decimal';
import type { FindingDraft, Rule } from '../../registry';
import { FINANCE_RULE_SETTINGS as S } from './settings';
import {
  accountLabel,
  accountRef,
  baseMicros,
  caseLevel,
  certainlyAfter,
  daysBetween,
  moneyText,
  nodeName,
  paymentAmount,
  paymentRef,
} from './support';

function byTime(a: PaymentRecord, b: PaymentRecord): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const x = a.at ?? '';
  const y = b.at ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Whether `later` is at least `percent`% of `first`: in their currency when it is the same,
 * else both in the base currency; false when a rate is missing (never guessed).
 */
function atLeastShare(
  ctx: RuleContext,
  later: PaymentRecord,
  first: PaymentRecord,
  percent: number,
) {
  let a: bigint | null;
  let b: bigint | null;
  if (later.amount.currency === first.amount.currency) {
    a = toMicros(later.amount.amount);
    b = toMicros(first.amount.amount);
  } else {
    a = baseMicros(ctx, later);
    b = baseMicros(ctx, first);
  }
  return a !== null && b !== null && a * 100n >= b * BigInt(percent);
}

interface Round {
  /** The node the money left from and came back to. */
  origin: string;
  payments: PaymentRecord[];
}

/**
 * The times money went round `cycle` in time: for each payment of each link taken as the first
 * (its payer the origin), the earliest qualifying payment of each next link, until the money is
 * back. Each distinct set of payments once, earliest first.
 */
function timedRounds(ctx: RuleContext, cycle: FlowCycle): Round[] {
  const links = cycle.links.map((l) => l.flows.map((f) => f.payment).sort(byTime));
  const n = links.length;
  const rounds = new Map<string, Round>();
  for (let start = 0; start < n; start++) {
    for (const first of links[start] as PaymentRecord[]) {
      const round = [first];
      for (let k = 1; k < n; k++) {
        const previous = round[round.length - 1] as PaymentRecord;
        const next = (links[(start + k) % n] as PaymentRecord[]).find(
          (p) =>
            certainlyAfter(previous, p) &&
            daysBetween(first.date, p.date) <= S.circularWindowDays &&
            atLeastShare(ctx, p, first, S.circularMinSharePercent),
        );
        if (!next) break;
        round.push(next);
      }
      if (round.length < n) continue;
      const key = round
        .map((p) => p.id)
        .sort()
        .join('|');
      if (!rounds.has(key)) {
        rounds.set(key, { origin: cycle.links[start]!.from, payments: round });
      }
    }
  }
  return [...rounds.values()].sort((a, b) => byTime(a.payments[0]!, b.payments[0]!));
}

/**
 * Money leaving a party (or an account nobody is known to hold) that comes back to it through
 * other parties: at least 2 payments, each after the previous, the last within 90 days of the
 * first, each at least half of the first. Layering in a circle makes money look like income.
 * One finding per circle of parties, on its earliest round; cites every payment of that round.
 */
export const circularFlow: Rule = {
  id: 'finance.circular-flow',
  domain: 'finance',
  severity: 'high',
  title: 'Money returning to its origin (circular flow)',
  evaluate(ctx) {
    if (!caseLevel(ctx)) return [];
    const drafts: FindingDraft[] = [];
    const found = cycles(ctx.graph, {
      maxLength: S.circularMaxHops,
      maxCycles: S.circularMaxCycles,
    });
    for (const cycle of found) {
      if (cycle.links.length < S.circularMinHops) continue;
      const rounds = timedRounds(ctx, cycle);
      if (!rounds[0]) continue;
      const { origin, payments: round } = rounds[0];
      const first = round[0]!;
      const last = round[round.length - 1]!;
      const at = cycle.nodes.indexOf(origin);
      const nodes = [...cycle.nodes.slice(at), ...cycle.nodes.slice(0, at), origin];
      const path = nodes.map((node) => nodeName(ctx, node)).join(' → ');
      const days = daysBetween(first.date, last.date);
      const params = {
        origin: nodeName(ctx, origin),
        path,
        hops: round.length,
        amount: paymentAmount(first),
        returned: paymentAmount(last),
        from: first.date,
        to: last.date,
        days,
        window: S.circularWindowDays,
        rounds: rounds.length,
      };
      drafts.push({
        objectId: null,
        params,
        evidence: round.map((p) => paymentRef(ctx, p)),
        message:
          `${params.amount} left ${params.origin} on ${first.date} and came back to it on ` +
          `${last.date} (${params.returned}) after ${round.length} payments: ${path}, ` +
          `${days} days.` +
          (rounds.length > 1 ? ` The money went round this circle ${rounds.length} times.` : ''),
      });
    }
    return drafts;
  },
};

/**
 * An account that receives money and sends most of it (80%) out again within a few days (3):
 * money passing through a mule's or a front's account. Periods in which this happens over and
 * over make one finding. Amounts are compared in the account's currency when all its payments
 * are in one, else in the base currency (a payment without a rate is left out).
 */
export const passThrough: Rule = {
  id: 'finance.pass-through',
  domain: 'finance',
  severity: 'medium',
  title: 'Pass-through account',
  evaluate(ctx) {
    if (!caseLevel(ctx)) return [];
    const drafts: FindingDraft[] = [];
    const insOf = new Map<string, PaymentRecord[]>();
    const outsOf = new Map<string, PaymentRecord[]>();
    const add = (map: Map<string, PaymentRecord[]>, id: string | null, p: PaymentRecord) => {
      if (id === null) return;
      const list = map.get(id);
      if (list) list.push(p);
      else map.set(id, [p]);
    };
    for (const p of ctx.payments) {
      // A transfer between the account and itself is neither in nor out.
      if (p.payerAccountId === p.beneficiaryAccountId) continue;
      add(insOf, p.beneficiaryAccountId, p);
      add(outsOf, p.payerAccountId, p);
    }
    for (const account of ctx.accounts) {
      const ins = (insOf.get(account.id) ?? []).sort(byTime);
      const outs = (outsOf.get(account.id) ?? []).sort(byTime);
      if (ins.length === 0 || outs.length === 0) continue;
      const currencies = new Set([...ins, ...outs].map((p) => p.amount.currency));
      const currency = currencies.size === 1 ? [...currencies][0]! : S.baseCurrency;
      const value = (p: PaymentRecord) =>
        currencies.size === 1 ? toMicros(p.amount.amount) : baseMicros(ctx, p);
      const valued = outs.flatMap((p) => {
        const v = value(p);
        return v === null ? [] : [{ p, v }];
      });
      // Sliding window over the outgoing payments (both lists in date order).
      const prefix = [0n];
      for (const o of valued) prefix.push(prefix[prefix.length - 1]! + o.v);
      let lo = 0;
      let hi = 0;

      // An episode's outgoing payments are one stretch of `valued`: a receipt joins the episode
      // only while the episode's last payment out is not before it, so the stretches overlap.
      type Episode = { ins: PaymentRecord[]; lo: number; hi: number; until: string };
      const episodes: Episode[] = [];
      for (const p of ins) {
        const v = value(p);
        if (v === null || v <= 0n) continue;
        while (lo < valued.length && valued[lo]!.p.date < p.date) lo++;
        if (hi < lo) hi = lo;
        while (hi < valued.length && daysBetween(p.date, valued[hi]!.p.date) <= S.passThroughDays) {
          hi++;
        }
        const sent = prefix[hi]! - prefix[lo]!;
        if (hi === lo || sent * 100n < v * BigInt(S.passThroughSharePercent)) continue;
        const until = valued[hi - 1]!.p.date;
        const current = episodes[episodes.length - 1];
        if (current && p.date <= current.until) {
          current.ins.push(p);
          current.hi = hi;
          current.until = until;
        } else {
          episodes.push({ ins: [p], lo, hi, until });
        }
      }

      for (const e of episodes) {
        const outList = valued.slice(e.lo, e.hi).map((o) => o.p);
        const received = e.ins.reduce((sum, p) => sum + (value(p) as bigint), 0n);
        const sentOut = prefix[e.hi]! - prefix[e.lo]!;
        const all = [...e.ins, ...outList].sort(byTime);
        const from = all[0]!.date;
        const to = all[all.length - 1]!.date;
        const params = {
          account: accountLabel(ctx, account),
          received: moneyText(received, currency),
          sentOut: moneyText(sentOut, currency),
          percent: Number((sentOut * 100n) / received),
          days: S.passThroughDays,
          from,
          to,
        };
        drafts.push({
          objectId: null,
          params,
          evidence: [accountRef(ctx, account), ...all.map((p) => paymentRef(ctx, p))],
          message:
            `Account ${params.account} received ${params.received} and sent ${params.sentOut} ` +
            `(${params.percent}%) out again within ${params.days} days of each receipt, ` +
            `${from} – ${to}.`,
        });
      }
    }
    return drafts;
  },
};
