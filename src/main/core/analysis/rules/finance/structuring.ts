import type { PaymentRecord } from '../../../../../shared/domain/finance';
import { toMicros } from '../../decimal';
import type { FindingDraft, Rule } from '../../registry';
import { FINANCE_RULE_SETTINGS as S } from './settings';
import {
  accountLabel,
  baseMicros,
  caseLevel,
  daysBetween,
  moneyText,
  nodeName,
  paymentRef,
} from './support';

interface Candidate {
  payment: PaymentRecord;
  /** In the base currency, micros. */
  base: bigint;
}

interface Group {
  /** Who made them (`payer`) or which account they went into (`account`). */
  by: 'payer' | 'account';
  who: string;
  items: Candidate[];
}

/**
 * Several cash deposits or transfers just under a reporting or due-diligence threshold (EUR
 * 10,000 and EUR 15,000 by default, "just under" = within 10% below), at least 3 by the same
 * payer or into the same account within 7 days: an amount split to stay under the threshold.
 * Amounts in other currencies are converted with the case file's rates; a payment with no rate
 * is not counted (never estimated). Each run of payments is reported once, by the payer when
 * both the payer and the account group them alike.
 */
export const structuring: Rule = {
  id: 'finance.structuring',
  domain: 'finance',
  severity: 'high',
  title: 'Structuring: payments just under a threshold',
  evaluate(ctx) {
    if (!caseLevel(ctx)) return [];
    const drafts: FindingDraft[] = [];
    const candidates: Array<Candidate & { payer: string | null }> = [];
    for (const f of ctx.graph.flows) {
      if (!S.structuringMethods.includes(f.payment.method)) continue;
      const base = baseMicros(ctx, f.payment);
      if (base !== null) candidates.push({ payment: f.payment, base, payer: f.payer });
    }

    for (const threshold of S.structuringThresholds) {
      const limit = toMicros(threshold.amount);
      const floor = (limit * BigInt(100 - S.structuringMarginPercent)) / 100n;
      const groups = new Map<string, Group>();
      const put = (key: string, group: Omit<Group, 'items'>, c: Candidate) => {
        const g = groups.get(key) ?? { ...group, items: [] };
        g.items.push(c);
        groups.set(key, g);
      };
      for (const c of candidates) {
        if (c.base < floor || c.base >= limit) continue;
        if (c.payer) put(`payer|${c.payer}`, { by: 'payer', who: nodeName(ctx, c.payer) }, c);
        const account = c.payment.beneficiaryAccountId;
        const a = account === null ? undefined : ctx.accountById.get(account);
        if (a) put(`account|${a.id}`, { by: 'account', who: accountLabel(ctx, a) }, c);
      }

      for (const g of groups.values()) {
        const items = [...g.items].sort((x, y) =>
          x.payment.date < y.payment.date ? -1 : x.payment.date > y.payment.date ? 1 : 0,
        );
        let i = 0;
        while (i < items.length) {
          let j = i;
          // All within `structuringWindowDays` consecutive days, first to last.
          while (
            j + 1 < items.length &&
            daysBetween(items[i]!.payment.date, items[j + 1]!.payment.date) <
              S.structuringWindowDays
          ) {
            j++;
          }
          const run = items.slice(i, j + 1);
          if (run.length < S.structuringMinCount) {
            i++;
            continue;
          }
          i = j + 1;
          const from = run[0]!.payment.date;
          const to = run[run.length - 1]!.payment.date;
          const params = {
            ...(g.by === 'account' ? { context: 'account' } : {}),
            who: g.who,
            count: run.length,
            threshold: moneyText(limit),
            floor: moneyText(floor),
            total: moneyText(run.reduce((s, c) => s + c.base, 0n)),
            from,
            to,
            days: S.structuringWindowDays,
          };
          const by = g.by === 'account' ? `into account ${g.who}` : `by ${g.who}`;
          drafts.push({
            objectId: null,
            params,
            evidence: run.map((c) => paymentRef(ctx, c.payment)),
            message:
              `${run.length} cash deposits or transfers ${by} between ${from} and ${to} were ` +
              `each just under ${params.threshold} (from ${params.floor}), ${params.total} in ` +
              `all (${threshold.source}).`,
          });
        }
      }
    }
    return drafts;
  },
};
