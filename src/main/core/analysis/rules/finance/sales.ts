import { eventGroup } from '../../../../../shared/domain/provenance';
import { nodeIds, pathsBetween, type GraphPath } from '../../../../../shared/finance/graph';
import { eventDate, eventRef, type RuleContext } from '../../context';
import type { FindingDraft, Rule } from '../../registry';
import { credible } from '../provenance/settings';
import { FINANCE_RULE_SETTINGS as S } from './settings';
import { edgeRef, nodeName, uniqueRefs } from './support';

/** "Petrović → Orion Holdings Ltd → account DE89… → Galerie Orion". */
const pathText = (ctx: RuleContext, path: GraphPath) =>
  path.nodes.map((n) => nodeName(ctx, n)).join(' → ');

/**
 * The seller and the buyer of a provenance sale (both parties of the directory) are linked in
 * the money and ownership graph other than by the sale itself: through a company one owns, an
 * account, payments, a relative (at most 4 steps). A possible fake sale or self-dealing (FATF
 * 2023, typology 2). The payments the event cites, and any payment from the buyer to the seller,
 * are the sale and are not a link. Cites the event and every record of the shortest path.
 */
export const salePartiesConnected: Rule = {
  id: 'finance.sale-parties-connected',
  domain: 'finance',
  severity: 'high',
  title: 'Seller and buyer connected other than by the sale',
  evaluate(ctx) {
    const drafts: FindingDraft[] = [];
    if (ctx.graph.edges.length === 0) return drafts;
    const alias = (id: string) => ctx.partyAliases[id] ?? id;
    for (const o of ctx.objects) {
      for (const e of ctx.eventsByObject.get(o.id) ?? []) {
        if (!S.saleEvents.includes(e.type) || eventGroup(e.type) !== 'transfer') continue;
        if (!credible(e) || e.fromParty.partyId === null || e.toParty.partyId === null) continue;
        const seller = nodeIds.party(alias(e.fromParty.partyId));
        const buyer = nodeIds.party(alias(e.toParty.partyId));
        if (seller === buyer) continue;
        const sale = new Set(e.payments ?? []);
        for (const f of ctx.graph.flows) {
          if (f.payer === buyer && f.beneficiary === seller) sale.add(f.payment.id);
        }
        const paths = pathsBetween(ctx.graph, seller, buyer, {
          maxDepth: S.saleMaxDepth,
          maxPaths: S.saleMaxPaths,
          include: (edge) => !(edge.source.kind === 'payment' && sale.has(edge.source.id)),
        });
        const shortest = paths[0];
        if (!shortest) continue;
        const params = {
          position: e.position,
          date: eventDate(e),
          seller: nodeName(ctx, seller),
          buyer: nodeName(ctx, buyer),
          path: pathText(ctx, shortest),
          steps: shortest.steps.length,
          paths: paths.length,
        };
        drafts.push({
          objectId: o.id,
          params,
          evidence: uniqueRefs([
            eventRef(ctx, e),
            ...shortest.steps.flatMap((s) => s.edges.map((edge) => edgeRef(ctx, edge))),
          ]),
          message:
            `The seller (${params.seller}) and the buyer (${params.buyer}) of event ` +
            `${e.position} (${params.date}) are linked other than by this sale: ` +
            `${params.path} (${params.steps} steps` +
            `${paths.length > 1 ? `; ${paths.length} such paths` : ''}).`,
        });
      }
    }
    return drafts;
  },
};
