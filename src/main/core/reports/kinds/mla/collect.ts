import type { MlaFields } from '../../../../../shared/domain/intl-request';
import type { ReportCollector } from '../collect-context';
import { vocabLabel } from '../shared/object-data';
import type { MlaBody, ObjectLine } from './body';
import {
  accountLine,
  annexDocuments,
  annexObjects,
  partyLine,
  personData,
  requestToPrint,
} from './collect-common';

/**
 * The mutual legal assistance request (REFERENCE.md §5.1, UNTOC Art. 18(15)): refused while an
 * essential section is empty. Persons concerned come from the case's parties, with disclosure
 * applied (witnesses and informants withheld unless included); measures carry the accounts and
 * objects they name. Annexes: the documents chosen (with the SHA-256 of their files), then the
 * objects, each with an Object ID sheet: those chosen as annexes, then those a measure names.
 */
export const collectMla: ReportCollector<MlaBody> = (session, params, disclosure) => {
  const request = requestToPrint(session, params, 'mla');
  const f = request.fields as MlaFields;
  const caseId = request.caseId;

  const documents = annexDocuments(session, f.annexDocumentIds, disclosure, 1);
  const objectIds = [...new Set([...f.annexObjectIds, ...f.measures.flatMap((m) => m.objectIds)])];
  const { objects, photos } = annexObjects(session, objectIds, disclosure, documents.length + 1, 2);
  const annexOf = new Map(objectIds.map((id, i) => [id, objects[i]!]));

  const body: MlaBody = {
    title: request.title,
    status: request.status,
    reference: f.reference,
    requestedState: f.requestedState,
    to: { ...f.to },
    from: { ...f.from },
    conductingAuthority: f.conductingAuthority,
    legalBasis: f.legalBasis,
    subject: f.subject,
    summary: f.summary,
    facts: f.facts,
    offences: f.offences.map((o) => ({
      ...o,
      codeLabel: o.code === null ? '' : vocabLabel(session.db, 'offence_type', o.code),
    })),
    persons: f.persons.map((p) =>
      personData(session, caseId, p.partyId, disclosure, p.role, p.note),
    ),
    measures: f.measures.map((m) => ({
      kind: m.kind,
      details: m.details,
      accounts: m.accountIds.map((id) => accountLine(session, id, disclosure)),
      objects: m.objectIds.map((id): ObjectLine => {
        const a = annexOf.get(id)!;
        return {
          exhibitNumber: a.exhibitNumber,
          title: a.title,
          withheld: a.withheld,
          annex: a.withheld ? null : a.annex,
        };
      }),
      persons: m.partyIds.map((id) => partyLine(session, id, disclosure)),
    })),
    procedures: f.procedures,
    purpose: f.purpose,
    confidentiality: f.confidentiality,
    urgent: f.urgent,
    urgencyReason: f.urgencyReason,
    deadline: f.deadline,
    returnRequested: f.measures.some((m) => m.kind === 'return_of_objects'),
    annexDocuments: documents,
    annexObjects: objects,
  };
  return { kind: 'mla', body, photos };
};
