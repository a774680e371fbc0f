import { z } from 'zod';
import {
  CASE_TRANSITIONS,
  CaseFields,
  CaseStatus,
  type CaseFieldsInput,
  type CaseRecord,
  type CaseStatusChange,
  type CaseSummary,
} from '../../../shared/domain/case';
import { Id, IsoDate, Text } from '../../../shared/domain/common';
import { write, type WriteTx } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import {
  insertRecord,
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
