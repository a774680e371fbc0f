import type { ObservationRecord, RedListMatchRecord } from '../../../shared/domain/indicator';
import type { RecordSpec } from '../records/record-store';

/**
 * How indicator observations and Red List matches are kept (tables of migration 0080). Plain
 * columns carry the keys the services query by; everything else is the record's JSON.
 */
export const OBSERVATION_SPEC: RecordSpec<ObservationRecord> = {
  table: 'indicator_observation',
  entity: 'observation',
  columns: (o) => ({
    case_id: o.caseId,
    indicator_id: o.indicatorId,
    subject_kind: o.subject.kind,
    subject_id: o.subject.id,
    status: o.status,
    finding_key: o.findingKey,
  }),
};

export const RED_LIST_MATCH_SPEC: RecordSpec<RedListMatchRecord> = {
  table: 'red_list_match',
  entity: 'red list match',
  columns: (m) => ({
    case_id: m.caseId,
    object_id: m.objectId,
    category: m.category,
  }),
};
