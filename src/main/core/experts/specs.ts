import type {
  ConsultationRecord,
  ExpertRecord,
  OpinionRecord,
} from '../../../shared/domain/expert';
import type { RecordSpec } from '../records/record-store';

/**
 * How experts, consultations and opinions are kept (tables of migration 0070). Plain columns
 * carry the keys the services query by; everything else is the record's JSON.
 */
export const EXPERT_SPEC: RecordSpec<ExpertRecord> = {
  table: 'expert',
  entity: 'expert',
  columns: (e) => ({ name: e.name, country: e.country, active: e.active ? 1 : 0 }),
};

export const CONSULTATION_SPEC: RecordSpec<ConsultationRecord> = {
  table: 'consultation',
  entity: 'consultation',
  columns: (c) => ({
    case_id: c.caseId,
    expert_id: c.expertId,
    status: c.status,
    deadline: c.deadline,
    sent_on: c.sentOn,
  }),
};

export const OPINION_SPEC: RecordSpec<OpinionRecord> = {
  table: 'opinion',
  entity: 'opinion',
  columns: (o) => ({
    case_id: o.caseId,
    object_id: o.objectId,
    expert_id: o.expertId,
    consultation_id: o.consultationId,
    report_document_id: o.reportDocumentId,
    date: o.date,
  }),
};
