import type { PaymentRecord } from '../../../../../shared/domain/finance';
import { sumAmounts } from '../../../../../shared/finance/decimal';
import { paymentViews } from '../../../finance/payments';
import { PAYMENT_SPEC } from '../../../finance/specs';
import { caseGraph, NO_FILTERS } from '../../../linkchart/graph';
import { listRecords } from '../../../records/record-store';
import type { AnalysisContext } from './analysis';
import type { ChartEdge, ChartNode, FinanceData } from './analysis-types';

/** Links the printed chart draws: money, accounts held and relationships (not object sales). */
const CHART_LINKS = new Set([
  'payment',
  'holds',
  'ownership',
  'directorship',
  'representation',
  'control',
  'signatory',
  'employment',
  'family',
  'associate',
  'same_as',
]);

/**
 * The financial analysis (collect side): the case's payments by date with names as disclosed,
 * exact totals per currency, the financial findings, and the link chart's network (parties,
 * companies, accounts; payments, holdings, relationships) from the linkchart core. A withheld
 * party's node stays (the money's path must still read) without its name; objects are left out
 * of the chart (their sales are in the provenance section).
 */
export function collectFinance(ctx: AnalysisContext): FinanceData {
  const records = listRecords<PaymentRecord>(
    ctx.db,
    PAYMENT_SPEC,
    'case_id = ?',
    [ctx.caseId],
    'date, created_at, id',
  );
  const payments = paymentViews(ctx.db, records).map((p) => ({
    id: p.id,
    date: p.date,
    from: ctx.name(p.payer),
    fromAccount: p.payerAccountLabel,
    to: ctx.name(p.beneficiary),
    toAccount: p.beneficiaryAccountLabel,
    amount: p.amount.amount,
    currency: p.amount.currency,
    method: p.method,
    reference: ctx.mask(p.reference),
  }));
  const byCurrency = new Map<string, string[]>();
  for (const p of payments)
    byCurrency.set(p.currency, [...(byCurrency.get(p.currency) ?? []), p.amount]);
  const totals = [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amounts]) => ({
      currency,
      count: amounts.length,
      total: sumAmounts(amounts),
    }));

  const findings = ctx.findings().filter((f) => f.domain === 'finance' || f.domain === 'party');

  const graph = caseGraph(ctx.db, ctx.caseId, NO_FILTERS);
  const edges: ChartEdge[] = graph.edges
    .filter((e) => CHART_LINKS.has(e.type))
    .map((e) => ({
      id: e.id,
      type: e.type,
      source: e.source,
      target: e.target,
      flow: e.flow ? { currency: e.flow.currency, count: e.flow.count, total: e.flow.total } : null,
      percentage: e.percentage,
      role: ctx.mask(e.role),
    }));
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes: ChartNode[] = graph.nodes
    .filter((n) => n.kind !== 'object' && linked.has(n.id))
    .map((n) => {
      const hidden = n.entityId !== null && n.id.startsWith('party:') && ctx.withheld(n.entityId);
      return {
        id: n.id,
        kind: n.kind,
        label: hidden ? null : ctx.mask(n.label),
        detail: hidden ? '' : ctx.mask(n.detail),
      };
    });
  const present = new Set(nodes.map((n) => n.id));
  return {
    payments,
    totals,
    findings,
    chart: {
      nodes,
      edges: edges.filter((e) => present.has(e.source) && present.has(e.target)),
    },
  };
}
