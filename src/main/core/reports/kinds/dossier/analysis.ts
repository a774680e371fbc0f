import type { ReportParams } from '../../../../../shared/domain/report';
import type { CaseFileSession } from '../../../case-file/session';
import type { ResolvedDisclosure } from '../../engine/disclosure';
import type { PhotoRequest } from '../../engine/model';

/**
 * The dossier's analytical sections (collect side): provenance per object, financial analysis,
 * expert opinions, indicators and risk. STUB (issue #9 foundation; owner: the analysis helper).
 */
export type AnalysisSection = 'provenance' | 'finance' | 'opinions' | 'indicators';

/** Plain data for the four sections (only those asked for are filled). */
export interface DossierAnalysis {
  provenance?: unknown;
  finance?: unknown;
  opinions?: unknown;
  indicators?: unknown;
}

export function collectAnalysis(
  _session: CaseFileSession,
  _params: ReportParams,
  _disclosure: ResolvedDisclosure,
  _sections: readonly AnalysisSection[],
): { body: DossierAnalysis; photos: PhotoRequest[] } {
  return { body: {}, photos: [] };
}
