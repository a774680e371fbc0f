import { createHash } from 'node:crypto';
import {
  FINDING_SEVERITIES,
  type EvidenceRef,
  type Finding,
  type FindingSeverity,
  type RuleDomain,
  type RuleInfo,
} from '../../../shared/domain/finding';
import type { RuleContext } from './context';
import { FINANCE_RULES } from './rules/finance';
import { OBJECT_RULES } from './rules/objects';
import { PROVENANCE_RULES } from './rules/provenance';

/**
 * The one registry of analysis rules. A rule is a pure function of a RuleContext (plain data read
 * from the case file) that returns drafts; the registry turns them into Findings with a stable
 * key, the rule's id, domain and severity, and sorts them. Later analyses (money flows,
 * indicators) add rules to RULES; nothing else changes: the IPC channel, the CLI, the findings
 * panel and reports all read `runRules`.
 *
 * Wording: `title` and each draft's `message` are English (CLI, logs). The interface reads
 * `rules.<ruleId>.title` / `rules.<ruleId>.explanation` from shared/i18n/features/rules, filled
 * with the draft's `params`, so every placeholder of an explanation must be a param of the rule.
 */

/** What a rule returns for one thing it saw. */
export interface FindingDraft {
  /** Overrides the rule's default severity (e.g. high when certain, medium when possible). */
  severity?: FindingSeverity;
  /** The object concerned; null for a finding about the case as a whole. */
  objectId: string | null;
  params: Record<string, string | number>;
  /** The records the finding rests on; never empty. */
  evidence: EvidenceRef[];
  /** English sentence with the concrete values. */
  message: string;
}

export interface Rule {
  /** Stable id, `<domain>.<name>`: findings, i18n keys and people's decisions refer to it. */
  id: string;
  domain: RuleDomain;
  /** Default severity of its findings. */
  severity: FindingSeverity;
  /** English title, for the CLI's rule list and as a fallback in the interface. */
  title: string;
  evaluate(ctx: RuleContext): FindingDraft[];
}

/** Every rule of the product, in the order they are listed. */
export const RULES: readonly Rule[] = [...PROVENANCE_RULES, ...FINANCE_RULES, ...OBJECT_RULES];

export function ruleInfo(rules: readonly Rule[] = RULES): RuleInfo[] {
  return rules.map(({ id, domain, severity, title }) => ({ id, domain, severity, title }));
}

/**
 * Same rule, same object and same evidence → same key, whatever the run, so a decision recorded
 * about a finding ("checked, explained by the invoice") can find it again. A short hash keeps
 * keys compact when a finding cites many records.
 */
export function findingKey(
  ruleId: string,
  objectId: string | null,
  evidence: readonly EvidenceRef[],
): string {
  const ids = evidence.map((e) => `${e.kind}/${e.id}`).sort();
  const digest = createHash('sha256')
    .update([objectId ?? '-', ...ids].join('|'))
    .digest('hex')
    .slice(0, 16);
  return `${ruleId}:${digest}`;
}

const SEVERITY_RANK = new Map(FINDING_SEVERITIES.map((s, i) => [s, i]));

/**
 * Runs `rules` over the context. Findings come highest severity first; within a severity the
 * case-level ones, then by object in exhibit order (the context's order) and rule; a rule's own
 * findings keep the order it gave them (the sort is stable, so runs are repeatable). A rule
 * that throws is a bug: the error names the rule rather than hiding the other findings' absence.
 */
export function runRules(ctx: RuleContext, rules: readonly Rule[] = RULES): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const rule of rules) {
    let drafts: FindingDraft[];
    try {
      drafts = rule.evaluate(ctx);
    } catch (error) {
      throw new Error(`analysis rule ${rule.id} failed: ${(error as Error).message}`, {
        cause: error,
      });
    }
    for (const draft of drafts) {
      const key = findingKey(rule.id, draft.objectId, draft.evidence);
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({
        key,
        ruleId: rule.id,
        domain: rule.domain,
        severity: draft.severity ?? rule.severity,
        caseId: ctx.caseId,
        objectId: draft.objectId,
        params: draft.params,
        evidence: draft.evidence,
        message: draft.message,
      });
    }
  }
  const objectRank = new Map(ctx.objects.map((o, i) => [o.id, i]));
  const rank = (f: Finding) => (f.objectId === null ? -1 : (objectRank.get(f.objectId) ?? 1e9));
  const ruleRank = new Map(rules.map((r, i) => [r.id, i]));
  return findings.sort(
    (a, b) =>
      (SEVERITY_RANK.get(b.severity) ?? 0) - (SEVERITY_RANK.get(a.severity) ?? 0) ||
      rank(a) - rank(b) ||
      (ruleRank.get(a.ruleId) ?? 0) - (ruleRank.get(b.ruleId) ?? 0),
  );
}
