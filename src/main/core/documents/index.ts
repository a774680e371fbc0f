/** Documents (evidence items) of a case: their files, descriptions, text and citations. */
export {
  addDocument,
  recordDocument,
  attachDocumentFile,
  updateDocument,
  getDocument,
  listDocuments,
  type DocumentFileOptions,
} from './documents';
export {
  verifyDocument,
  documentContent,
  chosenFileSource,
  MAX_CONTENT_BYTES,
  type DocumentContent,
} from './document-files';
export {
  documentText,
  MAX_EXTRACT_BYTES,
  MAX_TEXT_CHARS,
  type ExtractedText,
  type TextStatus,
} from './document-text';
export { indexDocument, MAX_INDEXED_TEXT } from './document-store';
export { requireDocumentsOfCase, syncCitations, type CitingKind } from './citations';
export { DOCUMENT_SPEC } from './document-specs';
