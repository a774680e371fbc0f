import { ConsultationRecord, ExpertRecord, OpinionRecord } from '../../../shared/domain/expert';
import type { WriteTx } from '../audit/write';
import { syncCitations } from '../documents/citations';
import { syncConsultationObjects } from '../experts/consultations';
import { CONSULTATION_SPEC, EXPERT_SPEC, OPINION_SPEC } from '../experts/specs';
import { listRecords } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { inSchemaOrder, type RecordsWriter } from './provenance-sections';

/**
 * Experts and opinions in a bundle (issue #7): the cases' consultations and the opinions on
 * their objects, with the experts of the directory they name. The directory is shared by every
 * case of a case file, so only the experts the bundle's records name travel; on import an expert
 * already in the directory under the same identifier, with the same content, is reused (a
 * different one is a clash, never overwritten: the checks refuse it). `consultation_object` and
 * the opinions' citation of their signed report are derived, not carried: import derives them
 * again in the same transaction, as the services do.
 */
export interface ExpertSections {
  experts: ExpertRecord[];
  consultations: ConsultationRecord[];
  opinions: OpinionRecord[];
}

const inList = (n: number) => `(${Array.from({ length: n }, () => '?').join(', ')})`;

export function collectExperts(db: Sqlite, caseIds: string[]): ExpertSections {
  const inCases = inList(caseIds.length);
  const consultations = inSchemaOrder(
    ConsultationRecord,
    listRecords<ConsultationRecord>(db, CONSULTATION_SPEC, `case_id IN ${inCases}`, caseIds, 'id'),
  );
  const opinions = inSchemaOrder(
    OpinionRecord,
    listRecords<OpinionRecord>(db, OPINION_SPEC, `case_id IN ${inCases}`, caseIds, 'id'),
  );
  const experts = inSchemaOrder(
    ExpertRecord,
    listRecords<ExpertRecord>(
      db,
      EXPERT_SPEC,
      `id IN (SELECT expert_id FROM consultation WHERE case_id IN ${inCases}
              UNION SELECT expert_id FROM opinion WHERE case_id IN ${inCases})`,
      [...caseIds, ...caseIds],
      'id',
    ),
  );
  return { experts, consultations, opinions };
}

/**
 * Writes the sections inside the import's transaction, after the objects and documents they
 * refer to: experts first (new ones only), then consultations with the objects they ask about,
 * then opinions with the citation of their report.
 */
export function importExperts(tx: WriteTx, records: RecordsWriter): void {
  const db = tx.db;
  records<ExpertRecord>('experts', EXPERT_SPEC);
  records<ConsultationRecord>('consultations', CONSULTATION_SPEC, (c) =>
    syncConsultationObjects(db, c),
  );
  records<OpinionRecord>('opinions', OPINION_SPEC, (o) =>
    syncCitations(
      db,
      'opinion',
      o.id,
      o.reportDocumentId === null ? [] : [{ documentId: o.reportDocumentId, page: '' }],
    ),
  );
}
