import { z } from 'zod';
import {
  CASE_LINK_RELATIONS,
  CASE_TRANSITIONS,
  CaseFields,
  CaseStatus,
  JournalFields,
  type CaseFieldsInput,
  type CaseLink,
  type CaseRecord,
  type CaseStatusChange,
  type CaseSummary,
  type CaseLinkView,
  type JournalEntry,
} from '../../../shared/domain/case';
import { Id, IsoDate, Line, Text } from '../../../shared/domain/common';
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
import { indexForSearch, searchText } from '../search/search-index';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';
import { requireCode } from '../vocab/vocabulary';
import { nextReference, patternProblem, patternRegex } from './reference-pattern';

export const CASE_SPEC: RecordSpec<CaseRecord> = {
  table: 'case_record',
  entity: 'case',
  columns: (c) => ({
    reference: c.reference,
    status: c.status,
    opened_on: c.openedOn,
    title: c.title,
  }),
};

export const JOURNAL_SPEC: RecordSpec<JournalEntry> = {
  table: 'journal_entry',
  entity: 'journal_entry',
  columns: (j) => ({ case_id: j.caseId, at: j.at }),
};

const PATTERN_KEY = 'case_reference_pattern';

export function caseReferencePattern(session: CaseFileSession): string {
  const row = session.db
    .prepare('SELECT value FROM case_file_meta WHERE key = ?')
    .get(PATTERN_KEY) as { value: string } | undefined;
  return row?.value ?? '';
}

export function setCaseReferencePattern(session: CaseFileSession, pattern: string): void {
  const value = parseInput(z.string().trim().max(60), pattern, 'reference pattern');
  const problem = patternProblem(value);
  if (problem) {
    throw new CaseFileError(
      CaseFileErrorCode.InvalidInput,
      `Invalid reference pattern: ${problem}.`,
      {
        issues: [{ path: ['pattern'], message: problem }],
      },
    );
  }
  const before = caseReferencePattern(session);
  write(session, (tx) => {
    tx.db
      .prepare(
        'INSERT INTO case_file_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      )
      .run(PATTERN_KEY, value);
    tx.audit({
      action: 'casefile.set-reference-pattern',
      entityType: 'case_file',
      entityId: session.caseFileId,
      changes: { [PATTERN_KEY]: { before, after: value } },
    });
  });
}

/** The reference the next case would get under the unit's pattern ('' when there is none). */
export function suggestCaseReference(session: CaseFileSession): string {
  const existing = session.db
    .prepare('SELECT reference FROM case_record')
    .pluck()
    .all() as string[];
  return nextReference(
    caseReferencePattern(session),
    session.runtime.clock.now().getUTCFullYear(),
    existing,
  );
}

function checkFields(session: CaseFileSession, db: Sqlite, fields: CaseFieldsInput): CaseFields {
  const parsed = parseInput(CaseFields, fields, 'case');
  const pattern = caseReferencePattern(session);
  if (pattern && !patternRegex(pattern).test(parsed.reference)) {
    throw new CaseFileError(
      CaseFileErrorCode.InvalidInput,
      `Invalid reference: "${parsed.reference}" does not follow the unit's format ${pattern}.`,
      { issues: [{ path: ['reference'], message: `does not follow ${pattern}` }] },
    );
  }
  parsed.offences.forEach((code, i) => requireCode(db, 'offence_type', code, `offences.${i}`));
  requireCode(db, 'classification', parsed.classification, 'classification');
  return parsed;
}

export function indexCase(tx: WriteTx, c: CaseRecord): void {
  indexForSearch(tx.db, {
    kind: 'case',
    entityId: c.id,
    caseId: c.id,
    title: `${c.reference} ${c.title}`,
    body: searchText(
      c.summary,
      c.unit,
      c.jurisdiction,
      c.leadInvestigator,
      c.prosecutor,
      c.prosecutionReference,
      c.tags,
    ),
  });
}

function recordStatusChange(
  tx: WriteTx,
  session: CaseFileSession,
  change: Omit<CaseStatusChange, 'id' | 'recordedAt' | 'recordedBy'>,
): CaseStatusChange {
  const row: CaseStatusChange = {
    ...change,
    id: tx.newId(),
    recordedAt: tx.now.toISOString(),
    recordedBy: session.actor.operatorName,
  };
  tx.db
    .prepare(
      `INSERT INTO case_status_change (id, case_id, from_status, to_status, on_date, note, recorded_at, recorded_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(row.id, row.caseId, row.from, row.to, row.on, row.note, row.recordedAt, row.recordedBy);
  return row;
}

export function createCase(session: CaseFileSession, input: CaseFieldsInput): CaseRecord {
  return write(session, (tx) => {
    const fields = checkFields(session, tx.db, input);
    const record: CaseRecord = { ...fields, status: 'open', closedOn: null, ...newMeta(tx) };
    insertRecord(tx, CASE_SPEC, record);
    recordStatusChange(tx, session, {
      caseId: record.id,
      from: null,
      to: 'open',
      on: record.openedOn,
      note: '',
    });
    indexCase(tx, record);
    return record;
  });
}

export const UpdateCaseInput = z
  .object({ id: Id, version: z.number().int().min(1), fields: z.unknown() })
  .strict();

export function updateCase(
  session: CaseFileSession,
  input: { id: string; version: number; fields: CaseFieldsInput },
): CaseRecord {
  const { id, version } = parseInput(UpdateCaseInput, input, 'case change');
  return write(session, (tx) => {
    const fields = checkFields(session, tx.db, input.fields);
    const next = updateRecord(tx, CASE_SPEC, id, version, (current) => ({
      ...fields,
      status: current.status,
      closedOn: current.closedOn,
    }));
    if (next.version !== version) indexCase(tx, next);
    return next;
  });
}

export const ChangeStatusInput = z
  .object({
    id: Id,
    version: z.number().int().min(1),
    to: CaseStatus,
    on: IsoDate,
    note: Text.default(''),
  })
  .strict();

/** Moves a case along its workflow (CASE_TRANSITIONS), dated, with the move kept in its history. */
export function changeCaseStatus(
  session: CaseFileSession,
  input: z.input<typeof ChangeStatusInput>,
): CaseRecord {
  const { id, version, to, on, note } = parseInput(ChangeStatusInput, input, 'status change');
  return write(session, (tx) => {
    const current = requireRecord(tx.db, CASE_SPEC, id);
    if (!CASE_TRANSITIONS[current.status].includes(to)) {
      throw new CaseFileError(
        CaseFileErrorCode.NotAllowed,
        `A case that is ${current.status.replaceAll('_', ' ')} cannot become ${to.replaceAll('_', ' ')}.`,
        { from: current.status, to, allowed: [...CASE_TRANSITIONS[current.status]] },
      );
    }
    if (on < current.openedOn) {
      throw new CaseFileError(
        CaseFileErrorCode.InvalidInput,
        `Invalid status change (on): ${on} is before the case was opened (${current.openedOn}).`,
        { issues: [{ path: ['on'], message: 'before the opening date' }] },
      );
    }
    const next = updateRecord(
      tx,
      CASE_SPEC,
      id,
      version,
      (c) => {
        const { id: _i, version: _v, createdAt: _c, updatedAt: _u, ...data } = c;
        return {
          ...data,
          status: to,
          closedOn:
            to === 'closed' || to === 'archived'
              ? to === 'archived'
                ? (c.closedOn ?? on)
                : on
              : null,
        };
      },
      'case.change-status',
    );
    recordStatusChange(tx, session, { caseId: id, from: current.status, to, on, note });
    return next;
  });
}

export function getCase(session: CaseFileSession, id: string): CaseRecord {
  return requireRecord(session.db, CASE_SPEC, parseInput(Id, id, 'case id'));
}

export function findCaseByReference(session: CaseFileSession, reference: string): CaseRecord {
  const row = session.db
    .prepare('SELECT id FROM case_record WHERE reference = ?')
    .get(reference.trim()) as { id: string } | undefined;
  if (!row) {
    throw new CaseFileError(CaseFileErrorCode.NotFound, `There is no case ${reference}.`, {
      entity: 'case',
      reference,
    });
  }
  return getCase(session, row.id);
}

export function caseStatusHistory(session: CaseFileSession, caseId: string): CaseStatusChange[] {
  const rows = session.db
    .prepare(
      'SELECT id, case_id, from_status, to_status, on_date, note, recorded_at, recorded_by FROM case_status_change WHERE case_id = ? ORDER BY recorded_at, rowid',
    )
    .all(caseId) as Array<Record<string, string | null>>;
  return rows.map((r) => ({
    id: r['id'] as string,
    caseId: r['case_id'] as string,
    from: r['from_status'] as CaseStatusChange['from'],
    to: r['to_status'] as CaseStatusChange['to'],
    on: r['on_date'] as string,
    note: r['note'] as string,
    recordedAt: r['recorded_at'] as string,
    recordedBy: r['recorded_by'] as string,
  }));
}

export const CaseListQuery = z
  .object({
    status: z.array(CaseStatus).max(5).default([]),
    offence: z.string().max(64).nullable().default(null),
    openedFrom: IsoDate.nullable().default(null),
    openedTo: IsoDate.nullable().default(null),
    sort: z.enum(['reference', 'title', 'openedOn', 'status']).default('openedOn'),
    direction: z.enum(['asc', 'desc']).default('desc'),
  })
  .strict();
export type CaseListQuery = z.input<typeof CaseListQuery>;

const SORT_COLUMN = {
  reference: 'c.reference',
  title: 'c.title',
  openedOn: 'c.opened_on',
  status: 'c.status',
};

/** Every case (a case file holds tens to hundreds), filtered and sorted, with record counts. */
export function listCases(session: CaseFileSession, query: CaseListQuery = {}): CaseSummary[] {
  const q = parseInput(CaseListQuery, query, 'case list query');
  const where: string[] = [];
  const params: Array<string> = [];
  if (q.status.length > 0) {
    where.push(`c.status IN (${q.status.map(() => '?').join(', ')})`);
    params.push(...q.status);
  }
  if (q.offence) {
    where.push("EXISTS (SELECT 1 FROM json_each(c.data, '$.offences') WHERE value = ?)");
    params.push(q.offence);
  }
  if (q.openedFrom) {
    where.push('c.opened_on >= ?');
    params.push(q.openedFrom);
  }
  if (q.openedTo) {
    where.push('c.opened_on <= ?');
    params.push(q.openedTo);
  }
  const rows = session.db
    .prepare(
      `SELECT c.id, c.data, c.version, c.created_at, c.updated_at,
         (SELECT count(*) FROM seized_object o WHERE o.case_id = c.id) AS objects,
         (SELECT count(DISTINCT party_id) FROM case_party p WHERE p.case_id = c.id) AS parties,
         (SELECT count(*) FROM seizure s WHERE s.case_id = c.id) AS seizures
       FROM case_record c ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY ${SORT_COLUMN[q.sort]} COLLATE NOCASE ${q.direction === 'asc' ? 'ASC' : 'DESC'}, c.reference`,
    )
    .all(params) as Array<{
    id: string;
    data: string;
    objects: number;
    parties: number;
    seizures: number;
  }>;
  return rows.map((r) => {
    const c = JSON.parse(r.data) as Omit<CaseRecord, 'id'>;
    return {
      id: r.id,
      reference: c.reference,
      title: c.title,
      status: c.status,
      openedOn: c.openedOn,
      closedOn: c.closedOn,
      offences: c.offences,
      leadInvestigator: c.leadInvestigator,
      handlingCode: c.handlingCode,
      counts: { objects: r.objects, parties: r.parties, seizures: r.seizures },
    };
  });
}

// Links between cases ------------------------------------------------------------------------

export const LinkCasesInput = z
  .object({
    caseId: Id,
    otherCaseId: Id,
    relation: z.enum(CASE_LINK_RELATIONS).default('related'),
    note: Line.default(''),
  })
  .strict()
  .refine((l) => l.caseId !== l.otherCaseId, {
    message: 'a case cannot be linked to itself',
    path: ['otherCaseId'],
  });

export function linkCases(
  session: CaseFileSession,
  input: z.input<typeof LinkCasesInput>,
): CaseLink {
  const l = parseInput(LinkCasesInput, input, 'case link');
  return write(session, (tx) => {
    requireRecord(tx.db, CASE_SPEC, l.caseId);
    requireRecord(tx.db, CASE_SPEC, l.otherCaseId);
    const link: CaseLink = { ...l, id: tx.newId(), createdAt: tx.now.toISOString() };
    try {
      tx.db
        .prepare(
          'INSERT INTO case_link (id, case_id, other_case_id, relation, note, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(link.id, link.caseId, link.otherCaseId, link.relation, link.note, link.createdAt);
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
        throw new CaseFileError(
          CaseFileErrorCode.AlreadyExists,
          'These cases are already linked this way.',
        );
      }
      throw error;
    }
    tx.audit({
      action: 'case.link',
      entityType: 'case_link',
      entityId: link.id,
      changes: {
        caseId: { before: null, after: link.caseId },
        otherCaseId: { before: null, after: link.otherCaseId },
        relation: { before: null, after: link.relation },
        note: { before: null, after: link.note },
      },
    });
    return link;
  });
}

export function unlinkCases(session: CaseFileSession, linkId: string): void {
  const id = parseInput(Id, linkId, 'case link id');
  write(session, (tx) => {
    const link = tx.db.prepare('SELECT * FROM case_link WHERE id = ?').get(id) as
      Record<string, string> | undefined;
    if (!link) throw new CaseFileError(CaseFileErrorCode.NotFound, 'There is no such case link.');
    tx.db.prepare('DELETE FROM case_link WHERE id = ?').run(id);
    tx.audit({
      action: 'case.unlink',
      entityType: 'case_link',
      entityId: id,
      changes: {
        caseId: { before: link['case_id'], after: null },
        otherCaseId: { before: link['other_case_id'], after: null },
        relation: { before: link['relation'], after: null },
        note: { before: link['note'], after: null },
      },
    });
  });
}

/** Links in both directions, seen from `caseId`. */
export function caseLinks(session: CaseFileSession, caseId: string): CaseLinkView[] {
  const rows = session.db
    .prepare(
      `SELECT l.id, l.case_id, l.other_case_id, l.relation, l.note, l.created_at, o.id AS oid, o.reference, o.title
       FROM case_link l JOIN case_record o ON o.id = CASE WHEN l.case_id = ? THEN l.other_case_id ELSE l.case_id END
       WHERE l.case_id = ? OR l.other_case_id = ? ORDER BY l.created_at`,
    )
    .all(caseId, caseId, caseId) as Array<Record<string, string>>;
  return rows.map((r) => ({
    id: r['id'] as string,
    caseId: r['case_id'] as string,
    otherCaseId: r['other_case_id'] as string,
    relation: r['relation'] as CaseLink['relation'],
    note: r['note'] as string,
    createdAt: r['created_at'] as string,
    other: {
      id: r['oid'] as string,
      reference: r['reference'] as string,
      title: r['title'] as string,
    },
  }));
}

// Journal --------------------------------------------------------------------------------------

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
