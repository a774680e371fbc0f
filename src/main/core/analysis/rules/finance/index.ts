import type { Rule } from '../../registry';
import { circularFlow, passThrough } from './flows';
import { highRiskJurisdiction, hub } from './network';
import { beneficialOwner } from './ownership';
import { salePartiesConnected } from './sales';
import { structuring } from './structuring';

/** The money rules (issue #6 point 5), in the order the rule list shows them. */
export const FINANCE_RULES: readonly Rule[] = [
  salePartiesConnected,
  circularFlow,
  structuring,
  passThrough,
  hub,
  highRiskJurisdiction,
  beneficialOwner,
];

export { FINANCE_RULE_SETTINGS } from './settings';
