import { claimRef, claimsOfObject, objectLabel, partyName } from '../../context';
import type { FindingDraft, Rule } from '../../registry';
import { PROVENANCE_RULE_SETTINGS as S } from './settings';

/**
 * Two or more ownership claims still standing (asserted, under review or upheld) for one object:
 * the state of origin, a church and the holder cannot all own it. Rejected, withdrawn and
 * settled claims do not count.
 */
export const competingClaims: Rule = {
  id: 'provenance.competing-claims',
  domain: 'provenance',
  severity: 'medium',
  title: 'Competing ownership claims',
  evaluate(ctx) {
    const drafts: FindingDraft[] = [];
    for (const o of ctx.objects) {
      const active = claimsOfObject(ctx, o.id).filter((c) =>
        S.activeClaimStatuses.includes(c.status),
      );
      if (active.length < S.competingClaimsMin) continue;
      const claimants = active.map((c) => partyName(ctx, c.claimant) || '?').join('; ');
      drafts.push({
        objectId: o.id,
        params: { claims: active.length, claimants },
        evidence: active.map((c) => claimRef(ctx, c)),
        message: `${active.length} ownership claims on ${objectLabel(o)} are still standing: ${claimants}.`,
      });
    }
    return drafts;
  },
};
