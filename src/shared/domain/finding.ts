import { z } from 'zod';
import { Id } from './common';

/**
 * Findings: what Custodia's analysis rules see in the data (a provenance gap across 1970, a forged
 * licence, structuring…). Every rule of the product, whatever it looks at, is registered in one
 * registry (core/analysis/registry.ts) and yields findings of this one shape, each citing the
 * records it rests on. Wording lives in the i18n files (`findings.rules.<ruleId>.*`) and is filled
 * with `params`; the CLI prints the English wording.
 */

export const FINDING_SEVERITIES = ['info', 'low', 'medium', 'high'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

export const RULE_DOMAINS = ['provenance', 'finance', 'object', 'party', 'indicator'] as const;
export type RuleDomain = (typeof RULE_DOMAINS)[number];

export const EVIDENCE_KINDS = [
  'case',
  'object',
  'provenance_event',
  'document',
  'claim',
  'seizure',
  'custody',
  'party',
  'payment',
  'account',
  'relationship',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EvidenceRef = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  id: Id,
  /** How the evidence reads in a list ("Sale, c. 1965", "Export licence 17/2019"). */
  label: z.string(),
});
export type EvidenceRef = z.infer<typeof EvidenceRef>;

export const FindingParam = z.union([z.string(), z.number()]);

export const Finding = z.object({
  /** Stable across runs for the same rule and evidence, so a person's decision can refer to it. */
  key: z.string(),
  ruleId: z.string(),
  domain: z.enum(RULE_DOMAINS),
  severity: z.enum(FINDING_SEVERITIES),
  caseId: Id,
  /** The object it concerns, when it concerns one. */
  objectId: Id.nullable(),
  /** Values for the explanation's placeholders (dates, countries, amounts, names). */
  params: z.record(z.string(), FindingParam),
  evidence: z.array(EvidenceRef),
  /** The explanation in English, for the CLI and logs; screens use the i18n wording. */
  message: z.string(),
});
export type Finding = z.infer<typeof Finding>;

export const RuleInfo = z.object({
  id: z.string(),
  domain: z.enum(RULE_DOMAINS),
  severity: z.enum(FINDING_SEVERITIES),
  /** English title, for the CLI's rule list. */
  title: z.string(),
});
export type RuleInfo = z.infer<typeof RuleInfo>;

export const FindingsReport = z.object({
  caseId: Id,
  generatedAt: z.string(),
  rules: z.array(RuleInfo),
  findings: z.array(Finding),
});
export type FindingsReport = z.infer<typeof FindingsReport>;
