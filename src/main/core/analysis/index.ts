/** Analysis: the one registry of rules (provenance and money; indicators later) and its runs. */
export { caseFindings, findObjectByExhibit, FindingsQuery } from './findings';
export { RULES, ruleInfo, runRules, findingKey, type Rule, type FindingDraft } from './registry';
export {
  buildRuleContext,
  loadRuleContext,
  type RuleContext,
  type RuleContextInput,
} from './context';
export { PROVENANCE_RULES, PROVENANCE_RULE_SETTINGS } from './rules/provenance';
export { FINANCE_RULES, FINANCE_RULE_SETTINGS } from './rules/finance';
export { OBJECT_RULES, OBJECT_RULE_SETTINGS } from './rules/objects';
export { highRiskCountries, type HighRiskCountry, type PartyFacts } from './money-context';
