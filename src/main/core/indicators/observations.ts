import type { ObservationFieldsInput, ObservationView } from '../../../shared/domain/indicator';
import type { CaseFileSession } from '../case-file/session';

/** Observations of indicators. (Foundation stub.) */
export function listObservations(
  _session: CaseFileSession,
  _query: { caseId: string; objectId?: string | undefined },
): ObservationView[] {
  throw new Error('listObservations: not built yet');
}
export function addObservation(
  _session: CaseFileSession,
  _input: { caseId: string; fields: ObservationFieldsInput },
): ObservationView {
  throw new Error('addObservation: not built yet');
}
export function updateObservation(
  _session: CaseFileSession,
  _input: { id: string; version: number; fields: ObservationFieldsInput },
): ObservationView {
  throw new Error('updateObservation: not built yet');
}
