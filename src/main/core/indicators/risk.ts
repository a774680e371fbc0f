import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import type { RiskOverview } from '../../../shared/domain/indicator';
import { computeRisk, type RiskObservation } from '../../../shared/indicators/risk';
import type { CaseFileSession } from '../case-file/session';
import { parseInput } from '../support/validate';
import { indicatorById } from './catalogue';
import { observationsOf } from './observations';
import { listSuggestions } from './suggestions';

export const RiskQuery = z.object({ caseId: Id, objectId: Id.optional() }).strict();

/**
 * The risk overview of a case, or of one object (the observations whose subject is the object,
 * and the suggestions concerning it): the score by theme with its formula
 * (shared/indicators/risk.ts), the score a week ago from the observations' status history, the
 * changes of the last seven days and how many suggestions wait for a decision.
 */
export function riskOverview(
  session: CaseFileSession,
  query: { caseId: string; objectId?: string | undefined },
): RiskOverview {
  const { caseId, objectId } = parseInput(RiskQuery, query, 'risk query');
  const db = session.db;
  const records = observationsOf(db, caseId, objectId);
  const observations: RiskObservation[] = records.flatMap((o) => {
    const indicator = indicatorById(db, o.indicatorId);
    return indicator
      ? [{ id: o.id, status: o.status, createdAt: o.createdAt, history: o.history, indicator }]
      : [];
  });
  const pendingSuggestions = listSuggestions(session, {
    caseId,
    ...(objectId ? { objectId } : {}),
  }).filter((s) => s.state === 'pending').length;
  return computeRisk({
    caseId,
    objectId: objectId ?? null,
    now: session.runtime.clock.now(),
    observations,
    pendingSuggestions,
  });
}
