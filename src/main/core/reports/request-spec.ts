import type { EssentialSection, RequestRecord } from '../../../shared/domain/intl-request';
import type { RecordSpec } from '../records/record-store';

/** How international requests are kept (table `intl_request` of migration 0090). */
export const REQUEST_SPEC: RecordSpec<RequestRecord> = {
  table: 'intl_request',
  entity: 'request',
  columns: (r) => ({ case_id: r.caseId, kind: r.fields.kind, status: r.status }),
};

/** The essential sections in words (messages of refusals, in the core's language). */
export const SECTION_NAMES: Record<EssentialSection, string> = {
  requestedState: 'requested State',
  to: 'addressee (To: the requested authority)',
  from: 'requesting authority (From)',
  subject: 'subject and nature of the proceedings',
  summary: 'summary of the request',
  facts: 'summary of the facts',
  offences: 'offences',
  measures: 'assistance requested (measures)',
  purpose: 'purpose of the request',
  objectIds: 'objects whose return is requested',
  culturalStatus: 'status as a cultural object / national treasure',
  removalCircumstances: 'circumstances of the unlawful removal',
  location: 'known location and holder',
  awareOn: 'date the authority became aware of location and holder',
};
