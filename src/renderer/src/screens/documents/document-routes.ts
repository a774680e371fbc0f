import { caseRoutes } from '../cases/case-routes';

/** The search parameter of the Documents tab that opens one document's detail drawer. */
export const DOCUMENT_PARAM = 'document';

export const documentRoutes = {
  /** The case's Documents tab. */
  list: (caseId: string) => caseRoutes.tab(caseId, 'documents'),
  /** The Documents tab with one document's detail open. */
  document: (caseId: string, documentId: string) =>
    `${caseRoutes.tab(caseId, 'documents')}?${DOCUMENT_PARAM}=${encodeURIComponent(documentId)}`,
};
