import type { OpinionFieldsInput } from '../../../shared/domain/expert';
import type { ObjectOpinions, OpinionView } from '../../../shared/domain/expert-views';
import type { CaseFileSession } from '../case-file/session';

/** Experts' opinions on objects. (Foundation stub.) */
export function objectOpinions(_session: CaseFileSession, _objectId: string): ObjectOpinions {
  throw new Error('objectOpinions: not built yet');
}
export function caseOpinions(_session: CaseFileSession, _caseId: string): OpinionView[] {
  throw new Error('caseOpinions: not built yet');
}
export function addOpinion(
  _session: CaseFileSession,
  _input: { fields: OpinionFieldsInput },
): OpinionView {
  throw new Error('addOpinion: not built yet');
}
export function updateOpinion(
  _session: CaseFileSession,
  _input: { id: string; version: number; fields: OpinionFieldsInput },
): OpinionView {
  throw new Error('updateOpinion: not built yet');
}
