import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import {
  ConsultationFields,
  type ConsultationFieldsInput,
  type ConsultationRecord,
  type ExpertRecord,
} from '../../../shared/domain/expert';
import type { ConsultationView } from '../../../shared/domain/expert-views';
import { consultationState, isoDay } from '../../../shared/experts/consultation-state';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { CASE_SPEC } from '../cases/cases';
import { invalid, UpdateInput } from '../objects/references';
import {
  getRecord,
  insertRecord,
  listRecords,
  newMeta,
  requireRecord,
  updateRecord,
} from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { parseInput } from '../support/validate';
import { CONSULTATION_SPEC, EXPERT_SPEC } from './specs';

/**
 * A case's consultations of experts: one expert is asked questions about one or more objects of
 * the case, under a mandate and by a deadline. The status follows the request's life (drafted →
 * sent → received, or withdrawn) and its dates must tell the same story; "overdue" is never
 * stored but derived from the deadline and the injected clock when the consultation is read.
 * `consultation_object` (which objects a consultation is about) is derived from the record and
 * rewritten in the same transaction as the record.
 */
const WHAT = 'consultation';

/** The expert a new consultation is addressed to must be in the directory and not retired. */
function requireExpert(db: Sqlite, expertId: string, previous: string | null): ExpertRecord {
  const expert = getRecord(db, EXPERT_SPEC, expertId);
  if (!expert) throw invalid('expertId', 'there is no such expert in the directory', WHAT);
  // A consultation already addressed to an expert who has since retired can still be edited.
  if (!expert.active && expertId !== previous) {
    throw invalid(
      'expertId',
      `${expert.name} is marked as no longer active in the directory; choose an active expert`,
      WHAT,
    );
  }
  return expert;
}

/** Every object asked about must be an object of this case. */
function requireObjects(db: Sqlite, caseId: string, objectIds: readonly string[]): void {
  const caseOf = db.prepare('SELECT case_id FROM seized_object WHERE id = ?').pluck();
  objectIds.forEach((objectId, i) => {
    const owner = caseOf.get(objectId) as string | undefined;
    if (owner === undefined) throw invalid(`objectIds.${i}`, 'there is no such object', WHAT);
    if (owner !== caseId) {
      throw invalid(
        `objectIds.${i}`,
        'the object belongs to another case; a consultation asks only about objects of its own case',
        WHAT,
      );
    }
  });
}

/**
 * The status and its dates tell one story: a draft has not been sent, a sent request has a date
 * of sending, a received one also a date of receipt not before it, and the deadline does not lie
 * before the request was sent. A received answer is not turned back into a draft.
 */
/** IsoDate checks the form only; 2026-02-31 has the form but is no day. */
function isCalendarDay(day: string): boolean {
  const at = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === day;
}

function requireConsistentStatus(
  fields: ConsultationFields,
  previous: ConsultationRecord | null,
): void {
  const { status, sentOn, receivedOn, deadline } = fields;
  for (const [path, day] of [
    ['deadline', deadline],
    ['sentOn', sentOn],
    ['receivedOn', receivedOn],
  ] as const) {
    if (day !== null && !isCalendarDay(day)) {
      throw invalid(path, `${day} is not a day of the calendar`, WHAT);
    }
  }
  if (previous?.status === 'received' && status === 'drafted') {
    throw invalid(
      'status',
      'the expert has already answered this request; a received consultation cannot become a draft again (correct its dates, or mark it withdrawn)',
      WHAT,
    );
  }
  if (status === 'drafted') {
    if (sentOn !== null) {
      throw invalid(
        'sentOn',
        'a drafted request has not been sent; clear the date of sending or mark the request as sent',
        WHAT,
      );
    }
    if (receivedOn !== null) {
      throw invalid(
        'receivedOn',
        'a drafted request cannot have been answered; clear the date of receipt',
        WHAT,
      );
    }
  }
  if ((status === 'sent' || status === 'received') && sentOn === null) {
    throw invalid('sentOn', `a ${status} request needs the date it was sent`, WHAT);
  }
  if (status === 'sent' && receivedOn !== null) {
    throw invalid(
      'receivedOn',
      'the request is still marked as awaiting an answer; mark it as received, or clear the date of receipt',
      WHAT,
    );
  }
  if (status === 'received' && receivedOn === null) {
    throw invalid('receivedOn', 'a received request needs the date the answer arrived', WHAT);
  }
  if (receivedOn !== null && sentOn === null) {
    throw invalid(
      'sentOn',
      'an answer was received, so the request needs its date of sending',
      WHAT,
    );
  }
  if (receivedOn !== null && sentOn !== null && receivedOn < sentOn) {
    throw invalid('receivedOn', 'the answer cannot have arrived before the request was sent', WHAT);
  }
  if (deadline !== null && sentOn !== null && deadline < sentOn) {
    throw invalid('deadline', 'the deadline lies before the date the request was sent', WHAT);
  }
}

function checkFields(
  db: Sqlite,
  caseId: string,
  input: unknown,
  previous: ConsultationRecord | null,
): ConsultationFields {
  const fields = parseInput(ConsultationFields, input, WHAT);
  requireExpert(db, fields.expertId, previous?.expertId ?? null);
  requireObjects(db, caseId, fields.objectIds);
  requireConsistentStatus(fields, previous);
  return fields;
}

/**
 * Rewrites `consultation_object` from the record: exactly the objects the consultation asks about.
 * Called in the transaction that writes the record (the services here, and a bundle's import).
 */
export function syncConsultationObjects(
  db: Sqlite,
  record: Pick<ConsultationRecord, 'id' | 'objectIds'>,
): void {
  db.prepare('DELETE FROM consultation_object WHERE consultation_id = ?').run(record.id);
  const insert = db.prepare(
    'INSERT INTO consultation_object (consultation_id, object_id) VALUES (?, ?)',
  );
  for (const objectId of record.objectIds) insert.run(record.id, objectId);
}

/**
 * Consultations as the screens show them, on the calendar day `today` (YYYY-MM-DD, from the
 * injected clock): case, expert and objects resolved, the derived state (overdue and by how many
 * days, or the turnaround of an answered one) and how many opinions answer it.
 */
export function consultationViews(
  db: Sqlite,
  records: readonly ConsultationRecord[],
  today: string,
): ConsultationView[] {
  const caseReference = db.prepare('SELECT reference FROM case_record WHERE id = ?').pluck();
  const object = db.prepare('SELECT id, exhibit_number, title FROM seized_object WHERE id = ?');
  const opinions = db.prepare('SELECT count(*) FROM opinion WHERE consultation_id = ?').pluck();
  const experts = new Map<string, ExpertRecord | null>();
  const expertOf = (id: string) => {
    if (!experts.has(id)) experts.set(id, getRecord(db, EXPERT_SPEC, id));
    return experts.get(id) ?? null;
  };
  return records.map((c) => {
    const expert = expertOf(c.expertId);
    const objects = c.objectIds.flatMap((id) => {
      const row = object.get(id) as
        { id: string; exhibit_number: string; title: string } | undefined;
      return row ? [{ id: row.id, exhibitNumber: row.exhibit_number, title: row.title }] : [];
    });
    return {
      ...c,
      caseReference: (caseReference.get(c.caseId) as string | undefined) ?? '',
      expertName: expert?.name ?? '',
      expertInstitution: expert?.institution ?? '',
      expertCountry: expert?.country ?? null,
      objects,
      ...consultationState(c, today),
      opinionCount: opinions.get(c.id) as number,
    };
  });
}

function consultationView(db: Sqlite, id: string, today: string): ConsultationView {
  return consultationViews(db, [requireRecord(db, CONSULTATION_SPEC, id)], today)[0]!;
}

const today = (session: CaseFileSession) => isoDay(session.runtime.clock.now());

/** A case's consultations, the most recently created first. */
export function listConsultations(session: CaseFileSession, caseId: string): ConsultationView[] {
  const id = parseInput(Id, caseId, 'case id');
  requireRecord(session.db, CASE_SPEC, id);
  const records = listRecords<ConsultationRecord>(
    session.db,
    CONSULTATION_SPEC,
    'case_id = ?',
    [id],
    'created_at DESC, id DESC',
  );
  return consultationViews(session.db, records, today(session));
}

export function getConsultation(session: CaseFileSession, id: string): ConsultationView {
  return consultationView(session.db, parseInput(Id, id, 'consultation id'), today(session));
}

export const AddConsultationInput = z.object({ caseId: Id, fields: z.unknown() }).strict();

/** Records a request to an expert about objects of the case (audited `consultation.create`). */
export function addConsultation(
  session: CaseFileSession,
  input: { caseId: string; fields: ConsultationFieldsInput },
): ConsultationView {
  const { caseId, fields: raw } = parseInput(AddConsultationInput, input, WHAT);
  return write(session, (tx) => {
    requireRecord(tx.db, CASE_SPEC, caseId);
    const fields = checkFields(tx.db, caseId, raw, null);
    const record: ConsultationRecord = { ...fields, caseId, letters: [], ...newMeta(tx) };
    insertRecord(tx, CONSULTATION_SPEC, record);
    syncConsultationObjects(tx.db, record);
    return consultationView(tx.db, record.id, isoDay(tx.now));
  });
}

/**
 * Replaces a consultation's fields (its case and the letters generated for it stay); refused on a
 * stale version (EDIT_CONFLICT).
 */
export function updateConsultation(
  session: CaseFileSession,
  input: { id: string; version: number; fields: ConsultationFieldsInput },
): ConsultationView {
  const { id, version, fields: raw } = parseInput(UpdateInput, input, `${WHAT} change`);
  return write(session, (tx) => {
    const current = requireRecord(tx.db, CONSULTATION_SPEC, id);
    const fields = checkFields(tx.db, current.caseId, raw, current);
    const next = updateRecord(tx, CONSULTATION_SPEC, id, version, (c) => ({
      ...fields,
      caseId: c.caseId,
      letters: c.letters,
    }));
    if (next.version !== current.version) syncConsultationObjects(tx.db, next);
    return consultationView(tx.db, id, isoDay(tx.now));
  });
}
