import type { Rule } from '../../registry';
import { cash } from './cash';
import { conflictCountry, noHitOnly, redList, similarLot } from './objects';
import { priorCases } from './parties';

/** The rules issue #8 adds for its indicator suggestions, in the order the rule list shows them. */
export const OBJECT_RULES: readonly Rule[] = [
  conflictCountry,
  redList,
  similarLot,
  noHitOnly,
  cash,
  priorCases,
];

export { OBJECT_RULE_SETTINGS } from './settings';
