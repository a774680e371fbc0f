import type { ReturnFields } from '../../../../../shared/domain/intl-request';
import type { ReportCollector } from '../collect-context';
import type { ReturnBody } from '../mla/body';
import { annexDocuments, annexObjects, personData, requestToPrint } from '../mla/collect-common';

/**
 * The request for the return of a cultural object (Directive 2014/60/EU, REFERENCE.md §4.5):
 * refused while an essential section is empty. The objects (annexes 1…n, each with its Object ID
 * sheet and photos), their status as cultural objects, the declaration of unlawful removal, the
 * known location and holder, the date of awareness (the 3-year clock is computed at print time
 * from the generation date), and the annexed documents with the SHA-256 of their files.
 */
export const collectReturn: ReportCollector<ReturnBody> = (session, params, disclosure) => {
  const request = requestToPrint(session, params, 'return');
  const f = request.fields as ReturnFields;
  const { objects, photos } = annexObjects(session, f.objectIds, disclosure, 1, 4);
  const body: ReturnBody = {
    title: request.title,
    status: request.status,
    reference: f.reference,
    requestedState: f.requestedState,
    to: { ...f.to },
    from: { ...f.from },
    objects,
    culturalStatus: f.culturalStatus,
    legalBasis: f.legalBasis,
    removalDate: f.removalDate,
    removalCircumstances: f.removalCircumstances,
    provisionBreached: f.provisionBreached,
    location: f.location,
    holderParty:
      f.holderPartyId === null
        ? null
        : personData(session, request.caseId, f.holderPartyId, disclosure),
    holder: f.holder,
    awareOn: f.awareOn,
    publicCollection: f.publicCollection,
    imiReference: f.imiReference,
    annexDocuments: annexDocuments(session, f.annexDocumentIds, disclosure, objects.length + 1),
  };
  return { kind: 'return', body, photos };
};
