import {
  addDocument,
  attachDocumentFile,
  chosenFileSource,
  documentContent,
  getDocument,
  listDocuments,
  recordDocument,
  updateDocument,
  verifyDocument,
} from '../../core/documents';
import type { AppServices } from '../../core/workspace/app-services';
import type { DocumentFieldsInput } from '../../../shared/domain/document';
import type { HandlersFor } from '../handle';

/**
 * Documents (evidence items) of a case. A file is read only when it was chosen in the
 * dialog:open-documents dialog (ChosenPaths), and only until it is stored.
 */
export function documentHandlers(services: AppServices): HandlersFor<'document'> {
  const session = () => services.workspace.session();
  const chosen = (path: string) => chosenFileSource(services.chosen.take(path, 'document'));
  return {
    'document:list': ({ caseId, objectId }) => listDocuments(session(), caseId, objectId),
    'document:get': ({ id }) => getDocument(session(), id),
    // The grant is spent only once the document is stored: a refused field keeps the file chosen.
    'document:add': ({ caseId, path, fields }) =>
      services.chosen.spendOnSuccess(path, 'document', (resolved) =>
        addDocument(session(), caseId, chosenFileSource(resolved), fields as DocumentFieldsInput),
      ),
    'document:record': ({ caseId, fields }) =>
      recordDocument(session(), caseId, fields as DocumentFieldsInput),
    'document:update': ({ id, version, fields }) =>
      updateDocument(session(), { id, version, fields: fields as DocumentFieldsInput }),
    'document:attach-file': ({ id, version, path }) =>
      attachDocumentFile(session(), { id, version, source: chosen(path) }),
    'document:verify': ({ id }) => verifyDocument(session(), id),
    'document:content': ({ id }) => documentContent(session(), id),
  };
}
