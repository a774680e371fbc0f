import type { PaymentRecord } from '../../../../../shared/domain/finance';
import { totalsOf } from '../../../../../shared/finance/graph';
import type { FindingDraft, Rule } from '../../registry';
import { compareAmounts, formatAmount, fromMicros } from '../../decimal';
import { baseMicros, caseLevel, nodeName, nodeRefs, paymentRef } from '../finance/support';
import { FINANCE_RULE_SETTINGS } from '../finance/settings';
import { OBJECT_RULE_SETTINGS as S } from './settings';

/**
 * Payments in cash (REFERENCE.md §2.1 C1), whatever their amount: one finding per payer (a party,
 * an account, or a name), citing its cash payments. High when they add up to EUR 10,000 or more
 * (converted with the case file's rates; a payment without a rate is not counted in the total),
 * else medium. Distinct from finance.structuring, which looks for amounts split under a threshold.
 */
export const cash: Rule = {
  id: 'finance.cash',
  domain: 'finance',
  severity: 'medium',
  title: 'Payments in cash',
  evaluate(ctx) {
    if (!caseLevel(ctx)) return [];
    const byPayer = new Map<string, PaymentRecord[]>();
    for (const f of ctx.graph.flows) {
      if (f.payment.method !== 'cash') continue;
      const key = f.payer ?? `payment:${f.payment.id}`;
      const list = byPayer.get(key) ?? [];
      if (!list.some((p) => p.id === f.payment.id)) list.push(f.payment);
      byPayer.set(key, list);
    }
    const drafts: FindingDraft[] = [];
    for (const [payer, payments] of byPayer) {
      let base = 0n;
      for (const p of payments) base += baseMicros(ctx, p) ?? 0n;
      const baseTotal = fromMicros(base, 2);
      const high = compareAmounts(baseTotal, S.cashHighTotal) >= 0;
      const total = totalsOf(payments)
        .map((t) => `${formatAmount(t.amount)} ${t.currency}`)
        .join(' + ');
      const dates = payments.map((p) => p.date).sort();
      const who = payer.startsWith('payment:') ? '?' : nodeName(ctx, payer);
      drafts.push({
        severity: high ? 'high' : 'medium',
        objectId: null,
        params: {
          who,
          payments: payments.length,
          total,
          from: dates[0] as string,
          to: dates[dates.length - 1] as string,
          threshold: `${formatAmount(S.cashHighTotal)} ${FINANCE_RULE_SETTINGS.baseCurrency}`,
        },
        evidence: [
          ...(payer.startsWith('payment:') ? [] : nodeRefs(ctx, payer)),
          ...payments.map((p) => paymentRef(ctx, p)),
        ],
        message:
          `${who} paid ${payments.length} payment(s) in cash between ${dates[0]} and ` +
          `${dates[dates.length - 1]} (${total}).`,
      });
    }
    return drafts;
  },
};
