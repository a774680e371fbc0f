import type { DocumentRecord } from '../../../shared/domain/document';
import type { RecordSpec } from '../records/record-store';

/** How documents are kept (table `document` of migration 0050). */
export const DOCUMENT_SPEC: RecordSpec<DocumentRecord> = {
  table: 'document',
  entity: 'document',
  columns: (d) => ({
    case_id: d.caseId,
    type: d.type,
    attachment_id: d.attachmentId,
    issued_on: d.issuedOn,
    assessment: d.assessment.status,
  }),
};
