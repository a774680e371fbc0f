import type { ExpertFieldsInput } from '../../../shared/domain/expert';
import type { ExpertDetail, ExpertView } from '../../../shared/domain/expert-views';
import type { CaseFileSession } from '../case-file/session';

/** The directory of experts, shared by every case of the case file. (Foundation stub.) */
export function listExperts(_session: CaseFileSession, _query: unknown): ExpertView[] {
  throw new Error('listExperts: not built yet');
}
export function getExpert(_session: CaseFileSession, _id: string): ExpertDetail {
  throw new Error('getExpert: not built yet');
}
export function addExpert(
  _session: CaseFileSession,
  _input: { fields: ExpertFieldsInput },
): ExpertView {
  throw new Error('addExpert: not built yet');
}
export function updateExpert(
  _session: CaseFileSession,
  _input: { id: string; version: number; fields: ExpertFieldsInput },
): ExpertView {
  throw new Error('updateExpert: not built yet');
}
