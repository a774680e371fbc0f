import type { ReportKind } from '../../../../shared/domain/report';
import type { ReportBuilder } from '../engine/frame';
import { buildCustody } from './custody/doc';
import { buildDossier } from './dossier/doc';
import { buildInterpol } from './interpol/doc';
import { buildMla } from './mla/doc';
import { buildReturn } from './return/doc';
import { buildSeizureReceipt } from './seizure-receipt/doc';

/**
 * Each kind's document builder: a pure function of the report model. Imported by the render
 * worker, so nothing here (or below) may touch the database: collectors live in collectors.ts.
 */
export const BUILDERS: Record<ReportKind, ReportBuilder> = {
  dossier: buildDossier as ReportBuilder,
  mla: buildMla as ReportBuilder,
  return: buildReturn as ReportBuilder,
  interpol: buildInterpol as ReportBuilder,
  custody: buildCustody as ReportBuilder,
  'seizure-receipt': buildSeizureReceipt as ReportBuilder,
  // Laid out by experts/letter-doc.ts, on its consultation; never through this registry.
  'expert-letter': () => {
    throw new Error('the request letter is laid out by its consultation');
  },
};
