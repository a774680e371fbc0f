import { beneficialOwners } from '../../../../../shared/finance/graph';
import { toMicros } from '../../decimal';
import type { FindingDraft, Rule } from '../../registry';
import { FINANCE_RULE_SETTINGS as S } from './settings';
import { caseLevel, edgeRef, nodeName, nodeOf, nodeRefs, uniqueRefs } from './support';

/**
 * A natural person who effectively owns 25% or more of a company that pays or is paid in the
 * case, through at least two levels of ownership: the person behind the shell. Shares multiply
 * along each chain and add up over chains (shared/finance/graph-search.ts); an ownership without
 * a recorded percentage, or ended by today, does not count. Cites the person, the company and
 * every ownership of the chains.
 */
export const beneficialOwner: Rule = {
  id: 'finance.beneficial-owner',
  domain: 'finance',
  severity: 'medium',
  title: 'Beneficial owner behind a company',
  evaluate(ctx) {
    if (!caseLevel(ctx)) return [];
    const payments = new Map<string, number>();
    for (const f of ctx.graph.flows) {
      for (const side of new Set([f.payer, f.beneficiary])) {
        if (side) payments.set(side, (payments.get(side) ?? 0) + 1);
      }
    }
    const threshold = toMicros(S.beneficialOwnerPercent);
    const drafts: FindingDraft[] = [];
    for (const [company, count] of payments) {
      const node = nodeOf(ctx, company);
      const facts = node?.refId ? ctx.parties.get(node.refId) : undefined;
      if (facts?.kind !== 'organisation') continue;
      const owners = beneficialOwners(ctx.graph, company, {
        maxDepth: S.ownershipMaxDepth,
        asOf: ctx.today,
      });
      for (const owner of owners) {
        const person = nodeOf(ctx, owner.node);
        if (!person?.refId || ctx.parties.get(person.refId)?.kind !== 'person') continue;
        if (toMicros(owner.percent) < threshold || owner.levels < S.beneficialOwnerMinLevels) {
          continue;
        }
        const deepest = owner.paths.reduce((a, b) => (b.edges.length > a.edges.length ? b : a));
        const via = deepest.nodes
          .slice(1, -1)
          .map((n) => nodeName(ctx, n))
          .join(' → ');
        const params = {
          person: nodeName(ctx, owner.node),
          company: nodeName(ctx, company),
          share: owner.percent,
          levels: owner.levels,
          via,
          payments: count,
        };
        drafts.push({
          objectId: null,
          params,
          evidence: uniqueRefs([
            ...nodeRefs(ctx, owner.node),
            ...nodeRefs(ctx, company),
            ...owner.paths.flatMap((p) => p.edges.map((e) => edgeRef(ctx, e))),
          ]),
          message:
            `${params.person} owns ${params.share}% of ${params.company} through ` +
            `${owner.levels} levels of ownership (via ${via}); ${params.company} made or ` +
            `received ${count} payment(s) in this case.`,
        });
      }
    }
    return drafts;
  },
};
