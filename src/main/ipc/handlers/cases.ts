import {
  caseReferencePattern,
  caseStatusHistory,
  changeCaseStatus,
  createCase,
  getCase,
  listCases,
  setCaseReferencePattern,
  suggestCaseReference,
  updateCase,
} from '../../core/cases/cases';
import { caseLinks, linkCases, unlinkCases } from '../../core/cases/case-links';
import { addJournalEntry, listJournal, updateJournalEntry } from '../../core/cases/journal';
import {
  addVocabularyEntry,
  listVocabulary,
  setVocabularyRetired,
} from '../../core/vocab/vocabulary';
import type { AppServices } from '../../core/workspace/app-services';
import type { CaseFieldsInput } from '../../../shared/domain/case';
import type { HandlersFor } from '../handle';

/** Cases (with their status workflow, links and journal) and the editable vocabularies. */
export function caseHandlers(services: AppServices): HandlersFor<'case' | 'vocab'> {
  const session = () => services.workspace.session();
  return {
    'case:list': (query) => listCases(session(), query),
    'case:get': ({ id }) => ({
      record: getCase(session(), id),
      statusHistory: caseStatusHistory(session(), id),
      links: caseLinks(session(), id),
    }),
    'case:create': ({ fields }) => createCase(session(), fields as CaseFieldsInput),
    'case:update': ({ id, version, fields }) =>
      updateCase(session(), { id, version, fields: fields as CaseFieldsInput }),
    'case:change-status': (input) => changeCaseStatus(session(), input),
    'case:suggest-reference': () => ({
      reference: suggestCaseReference(session()),
      pattern: caseReferencePattern(session()),
    }),
    'case:set-reference-pattern': ({ pattern }) => {
      setCaseReferencePattern(session(), pattern);
      return { pattern: caseReferencePattern(session()) };
    },
    'case:link': (input) => linkCases(session(), input),
    'case:unlink': ({ linkId }) => {
      unlinkCases(session(), linkId);
      return { removed: true as const };
    },
    'case:journal': ({ caseId }) => listJournal(session(), caseId),
    'case:add-note': (input) => addJournalEntry(session(), input),
    'case:edit-note': (input) => updateJournalEntry(session(), input),

    'vocab:list': ({ kind }) => listVocabulary(session(), kind),
    'vocab:add': (input) => addVocabularyEntry(session(), input),
    'vocab:set-retired': (input) => setVocabularyRetired(session(), input),
  };
}
