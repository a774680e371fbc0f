import { JournalFields, type JournalEntry } from '../../../shared/domain/case';
import { Id } from '../../../shared/domain/common';
import { write, type WriteTx } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import {
  insertRecord,
  listRecords,
  newMeta,
  requireRecord,
  updateRecord,
  type RecordSpec,
} from '../records/record-store';
import { indexForSearch } from '../search/search-index';
import { parseInput } from '../support/validate';
import { CASE_SPEC, UpdateCaseInput } from './cases';

/** The case journal: dated Markdown notes, each audited, editable with the version edited. */
export const JOURNAL_SPEC: RecordSpec<JournalEntry> = {
  table: 'journal_entry',
  entity: 'journal_entry',
  columns: (j) => ({ case_id: j.caseId, at: j.at }),
};

export function indexJournal(tx: WriteTx, j: JournalEntry): void {
  indexForSearch(tx.db, {
    kind: 'journal',
    entityId: j.id,
    caseId: j.caseId,
    title: j.at,
    body: j.body,
  });
}

export function addJournalEntry(
  session: CaseFileSession,
  input: { caseId: string; at: string; body: string },
): JournalEntry {
  const caseId = parseInput(Id, input.caseId, 'case id');
  const fields = parseInput(JournalFields, { at: input.at, body: input.body }, 'journal entry');
  return write(session, (tx) => {
    requireRecord(tx.db, CASE_SPEC, caseId);
    const entry: JournalEntry = {
      ...fields,
      caseId,
      author: session.actor.operatorName,
      ...newMeta(tx),
    };
    insertRecord(tx, JOURNAL_SPEC, entry);
    indexJournal(tx, entry);
    return entry;
  });
}

export function updateJournalEntry(
  session: CaseFileSession,
  input: { id: string; version: number; at: string; body: string },
): JournalEntry {
  const { id, version } = parseInput(
    UpdateCaseInput.omit({ fields: true }),
    { id: input.id, version: input.version },
    'journal change',
  );
  const fields = parseInput(JournalFields, { at: input.at, body: input.body }, 'journal entry');
  return write(session, (tx) => {
    const next = updateRecord(tx, JOURNAL_SPEC, id, version, (c) => ({
      ...fields,
      caseId: c.caseId,
      author: c.author,
    }));
    if (next.version !== version) indexJournal(tx, next);
    return next;
  });
}

export function listJournal(session: CaseFileSession, caseId: string): JournalEntry[] {
  return listRecords(session.db, JOURNAL_SPEC, 'case_id = ?', [caseId], 'at DESC, created_at DESC');
}
