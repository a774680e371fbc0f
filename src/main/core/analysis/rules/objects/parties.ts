import type { FindingDraft, Rule } from '../../registry';
import { OBJECT_RULE_SETTINGS as S } from './settings';

/**
 * A party of this case that appears in other cases of the case file as a suspect, accused or
 * courier (REFERENCE.md §2.1 D2: previously flagged). One finding per party, citing the party;
 * the other cases are named in the finding.
 */
export const priorCases: Rule = {
  id: 'party.prior-cases',
  domain: 'party',
  severity: 'medium',
  title: 'Party with prior cases in the case file',
  evaluate(ctx) {
    if (ctx.objectId !== null) return [];
    const drafts: FindingDraft[] = [];
    for (const p of ctx.caseParties) {
      const prior = p.otherCases.filter((c) => c.roles.some((r) => S.priorCaseRoles.includes(r)));
      if (prior.length === 0) continue;
      const cases = prior
        .map(
          (c) =>
            `${c.reference} (${c.roles.filter((r) => S.priorCaseRoles.includes(r)).join(', ')})`,
        )
        .join('; ');
      drafts.push({
        objectId: null,
        params: { party: p.name, cases, count: prior.length, roles: p.roles.join(', ') },
        evidence: [{ kind: 'party', id: p.partyId, label: p.name }],
        message: `${p.name} (${p.roles.join(', ')} in this case) appears in ${prior.length} other case(s): ${cases}.`,
      });
    }
    return drafts;
  },
};
