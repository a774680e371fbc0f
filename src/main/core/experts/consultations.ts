import type { ConsultationFieldsInput } from '../../../shared/domain/expert';
import type { ConsultationView } from '../../../shared/domain/expert-views';
import type { CaseFileSession } from '../case-file/session';

/** A case's consultations of experts. (Foundation stub.) */
export function listConsultations(_session: CaseFileSession, _caseId: string): ConsultationView[] {
  throw new Error('listConsultations: not built yet');
}
export function getConsultation(_session: CaseFileSession, _id: string): ConsultationView {
  throw new Error('getConsultation: not built yet');
}
export function addConsultation(
  _session: CaseFileSession,
  _input: { caseId: string; fields: ConsultationFieldsInput },
): ConsultationView {
  throw new Error('addConsultation: not built yet');
}
export function updateConsultation(
  _session: CaseFileSession,
  _input: { id: string; version: number; fields: ConsultationFieldsInput },
): ConsultationView {
  throw new Error('updateConsultation: not built yet');
}
