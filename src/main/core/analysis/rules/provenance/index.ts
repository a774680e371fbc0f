import type { Rule } from '../../registry';
import { competingClaims } from './claims';
import { exportLicenceTransit, forgedDocument } from './documents';
import { euImporterStatement, euImportLicence } from './eu-import';
import { contradictedEvent, holderStatementOnly } from './events';
import { gap, gap1970, gap1972, order } from './gaps';
import { rapidResale } from './market';
import { findspotUndocumented, firstAppearanceAfter1970 } from './origins';

/** The provenance rules (issue #5), in the order the rule list shows them. */
export const PROVENANCE_RULES: readonly Rule[] = [
  gap,
  gap1970,
  gap1972,
  firstAppearanceAfter1970,
  findspotUndocumented,
  holderStatementOnly,
  rapidResale,
  exportLicenceTransit,
  euImportLicence,
  euImporterStatement,
  forgedDocument,
  contradictedEvent,
  order,
  competingClaims,
];

export { PROVENANCE_RULE_SETTINGS } from './settings';
