import type { RiskOverview } from '../../../shared/domain/indicator';
import type { CaseFileSession } from '../case-file/session';

/** The risk overview of a case or object. (Foundation stub.) */
export function riskOverview(
  _session: CaseFileSession,
  _query: { caseId: string; objectId?: string | undefined },
): RiskOverview {
  throw new Error('riskOverview: not built yet');
}
