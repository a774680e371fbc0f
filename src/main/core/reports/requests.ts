import { z } from 'zod';
import { Id, IsoDate, Line, ShortLine, Text } from '../../../shared/domain/common';
import {
  missingSections,
  REQUEST_TRANSITIONS,
  RequestFields,
  RequestStatus,
  type RequestFieldsInput,
  type RequestRecord,
} from '../../../shared/domain/intl-request';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { CASE_SPEC } from '../cases/cases';
import { invalid } from '../objects/references';
import {
  insertRecord,
  listRecords,
  newMeta,
  requireRecord,
  updateRecord,
} from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';
import { requireCode } from '../vocab/vocabulary';
import { indexRequest } from './request-search';
import { REQUEST_SPEC, SECTION_NAMES } from './request-spec';

/**
 * International requests of a case (REFERENCE.md §5.1, §4.5): a mutual legal assistance request
 * or a request for the return of a cultural object, each a guided form kept as one record, and
 * tracked once sent (sent → acknowledged → executed in full or in part, or refused; withdrawn at
 * any time before an answer). Every record a request names (persons, objects, accounts, annexed
 * documents, the holder) must be one of its own case's; every change is audited in the
 * transaction that makes it, and an edit of an outdated version is refused (EDIT_CONFLICT).
 */
const WHAT = 'request';

const CreateInput = z
  .object({
    caseId: Id,
    title: Line.pipe(z.string().min(1, 'give the request a title')),
    fields: RequestFields,
  })
  .strict();

const UpdateInput = z
  .object({
    id: Id,
    version: z.number().int().min(1),
    title: Line.pipe(z.string().min(1, 'give the request a title')),
    fields: RequestFields,
  })
  .strict();

const StatusInput = z
  .object({
    id: Id,
    version: z.number().int().min(1),
    status: RequestStatus,
    on: IsoDate,
    reference: ShortLine.default(''),
    note: Text.default(''),
    answerDue: IsoDate.nullable().optional(),
  })
  .strict();

/** IsoDate checks the form only; 2026-02-31 has the form but is no day. */
function isCalendarDay(day: string): boolean {
  const at = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === day;
}

function requireDay(path: string, day: string | null | undefined): void {
  if (day !== null && day !== undefined && !isCalendarDay(day)) {
    throw invalid(path, `${day} is not a day of the calendar`, WHAT);
  }
}

/** Checks that `id` (at `path`) is a record of `caseId` (`caseOf`: its case, or undefined). */
function requireOwn(
  id: string | null,
  path: string,
  caseId: string,
  caseOf: (id: string) => string | undefined,
  what: string,
): void {
  if (id === null) return;
  const owner = caseOf(id);
  if (owner === undefined) throw invalid(path, `there is no such ${what} in this case file`, WHAT);
  if (owner !== caseId) {
    throw invalid(
      path,
      `the ${what} belongs to another case; a request names only records of its own case`,
      WHAT,
    );
  }
}

/** The ids a request's fields name must all be records of its case. */
function checkReferences(db: Sqlite, caseId: string, fields: RequestFields): void {
  const objectCase = (id: string) =>
    db.prepare('SELECT case_id FROM seized_object WHERE id = ?').pluck().get(id) as
      string | undefined;
  const documentCase = (id: string) =>
    db.prepare('SELECT case_id FROM document WHERE id = ?').pluck().get(id) as string | undefined;
  const accountCase = (id: string) =>
    db.prepare('SELECT case_id FROM account WHERE id = ?').pluck().get(id) as string | undefined;
  // A party belongs to the case file; it is "of the case" when it has a role in it.
  const partyCase = (id: string) => {
    if (!db.prepare('SELECT 1 FROM party WHERE id = ?').get(id)) return undefined;
    return db.prepare('SELECT 1 FROM case_party WHERE party_id = ? AND case_id = ?').get(id, caseId)
      ? caseId
      : '';
  };
  const each = <T>(list: readonly T[], path: string, check: (item: T, at: string) => void) =>
    list.forEach((item, i) => check(item, `${path}.${i}`));
  const ids = (
    list: readonly string[],
    path: string,
    caseOf: (id: string) => string | undefined,
    what: string,
  ) => each(list, path, (id, at) => requireOwn(id, at, caseId, caseOf, what));

  if (fields.kind === 'mla') {
    each(fields.offences, 'fields.offences', (o, at) => {
      if (o.code !== null) requireCode(db, 'offence_type', o.code, `${at}.code`);
    });
    each(fields.persons, 'fields.persons', (p, at) =>
      requireOwn(p.partyId, `${at}.partyId`, caseId, partyCase, 'party'),
    );
    each(fields.measures, 'fields.measures', (m, at) => {
      ids(m.objectIds, `${at}.objectIds`, objectCase, 'object');
      ids(m.accountIds, `${at}.accountIds`, accountCase, 'account');
      ids(m.partyIds, `${at}.partyIds`, partyCase, 'party');
    });
    ids(fields.annexDocumentIds, 'fields.annexDocumentIds', documentCase, 'document');
    ids(fields.annexObjectIds, 'fields.annexObjectIds', objectCase, 'object');
    requireDay('fields.deadline', fields.deadline);
  } else {
    ids(fields.objectIds, 'fields.objectIds', objectCase, 'object');
    requireOwn(fields.holderPartyId, 'fields.holderPartyId', caseId, partyCase, 'party');
    ids(fields.annexDocumentIds, 'fields.annexDocumentIds', documentCase, 'document');
    requireDay('fields.awareOn', fields.awareOn);
  }
}

/** A case's requests, the most recently created first. */
export function listRequests(session: CaseFileSession, caseId: string): RequestRecord[] {
  const id = parseInput(Id, caseId, 'case id');
  requireRecord(session.db, CASE_SPEC, id);
  return listRecords<RequestRecord>(
    session.db,
    REQUEST_SPEC,
    'case_id = ?',
    [id],
    'created_at DESC, id DESC',
  );
}

export function getRequest(session: CaseFileSession, id: string): RequestRecord {
  return requireRecord<RequestRecord>(session.db, REQUEST_SPEC, parseInput(Id, id, 'request id'));
}

/** A new request of the case, as a draft (audited `request.create`). */
export function createRequest(
  session: CaseFileSession,
  input: { caseId: string; title: string; fields: RequestFieldsInput },
): RequestRecord {
  const { caseId, title, fields } = parseInput(CreateInput, input, WHAT);
  return write(session, (tx) => {
    requireRecord(tx.db, CASE_SPEC, caseId);
    checkReferences(tx.db, caseId, fields);
    const record: RequestRecord = {
      caseId,
      title,
      fields,
      status: 'draft',
      answerDue: null,
      history: [],
      ...newMeta(tx),
    };
    const created = insertRecord(tx, REQUEST_SPEC, record);
    indexRequest(tx.db, created);
    return created;
  });
}

/**
 * Replaces a request's title and fields (its kind stays; its status and history are changed only
 * by `recordRequestStatus`); refused on a stale version (EDIT_CONFLICT).
 */
export function updateRequest(
  session: CaseFileSession,
  input: { id: string; version: number; title: string; fields: RequestFieldsInput },
): RequestRecord {
  const { id, version, title, fields } = parseInput(UpdateInput, input, `${WHAT} change`);
  return write(session, (tx) => {
    const current = requireRecord<RequestRecord>(tx.db, REQUEST_SPEC, id);
    if (fields.kind !== current.fields.kind) {
      throw invalid(
        'fields.kind',
        `this is ${current.fields.kind === 'mla' ? 'a mutual legal assistance' : 'a return'} request; its kind cannot change (create a new request instead)`,
        WHAT,
      );
    }
    checkReferences(tx.db, current.caseId, fields);
    const next = updateRecord(tx, REQUEST_SPEC, id, version, (r) => ({
      caseId: r.caseId,
      title,
      fields,
      status: r.status,
      answerDue: r.answerDue,
      history: r.history,
    }));
    if (next.version !== current.version) indexRequest(tx.db, next);
    return next;
  });
}

const STATUS_WORDS: Record<RequestStatus, string> = {
  draft: 'a draft',
  sent: 'sent',
  acknowledged: 'acknowledged',
  executed: 'executed',
  partly_executed: 'partly executed',
  refused: 'refused',
  withdrawn: 'withdrawn',
};

/**
 * Records a step of the request's life (audited `request.status`): the move must be one of
 * REQUEST_TRANSITIONS (else NOT_ALLOWED, naming both statuses), dated on or after the previous
 * step; a request is sent only once its essential sections are filled. `answerDue` (when given)
 * sets or moves the date an answer is due.
 */
export function recordRequestStatus(
  session: CaseFileSession,
  input: {
    id: string;
    version: number;
    status: RequestStatus;
    on: string;
    reference?: string;
    note?: string;
    answerDue?: string | null;
  },
): RequestRecord {
  const step = parseInput(StatusInput, input, `${WHAT} status`);
  requireDay('on', step.on);
  requireDay('answerDue', step.answerDue);
  return write(session, (tx) => {
    const current = requireRecord<RequestRecord>(tx.db, REQUEST_SPEC, step.id);
    if (current.version !== step.version) {
      throw new CaseFileError(
        CaseFileErrorCode.EditConflict,
        `This request was changed (version ${current.version}) after you opened version ${step.version}. Nothing was saved; reload it and record the step again.`,
        {
          entity: 'request',
          id: step.id,
          currentVersion: current.version,
          expectedVersion: step.version,
        },
      );
    }
    const from = current.status;
    if (!REQUEST_TRANSITIONS[from].includes(step.status)) {
      const allowed = REQUEST_TRANSITIONS[from];
      throw new CaseFileError(
        CaseFileErrorCode.NotAllowed,
        `A request that is ${STATUS_WORDS[from]} cannot be recorded as ${STATUS_WORDS[step.status]}${
          allowed.length === 0
            ? ': it is closed.'
            : ` (possible next steps: ${allowed.map((s) => STATUS_WORDS[s]).join(', ')}).`
        }`,
        { from, to: step.status },
      );
    }
    if (step.status === 'sent') {
      const missing = missingSections(current.fields);
      if (missing.length > 0) {
        throw new CaseFileError(
          CaseFileErrorCode.NotAllowed,
          `The request cannot be sent while essential sections are empty: ${missing.map((s) => SECTION_NAMES[s]).join(', ')}.`,
          { missing },
        );
      }
    }
    const last = current.history.at(-1);
    if (last && step.on < last.on) {
      throw invalid(
        'on',
        `the request was already recorded as ${STATUS_WORDS[last.status]} on ${last.on}; this step cannot come before it`,
        WHAT,
      );
    }
    const answerDue = step.answerDue === undefined ? current.answerDue : step.answerDue;
    if (answerDue !== null && step.status === 'sent' && answerDue < step.on) {
      throw invalid('answerDue', 'the answer cannot be due before the request was sent', WHAT);
    }
    const next = updateRecord(
      tx,
      REQUEST_SPEC,
      step.id,
      step.version,
      (r) => ({
        caseId: r.caseId,
        title: r.title,
        fields: r.fields,
        status: step.status,
        answerDue,
        history: [
          ...r.history,
          {
            status: step.status,
            on: step.on,
            reference: step.reference,
            note: step.note,
            recordedAt: tx.now.toISOString(),
            recordedBy: session.actor.operatorName,
          },
        ],
      }),
      'request.status',
    );
    indexRequest(tx.db, next);
    return next;
  });
}
