import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import {
  type ConsultationRecord,
  type ExpertRecord,
  OpinionFields,
  type OpinionFieldsInput,
  type OpinionRecord,
} from '../../../shared/domain/expert';
import type { ObjectOpinions, OpinionView } from '../../../shared/domain/expert-views';
import { summariseOpinions } from '../../../shared/experts/opinion-summary';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { CASE_SPEC } from '../cases/cases';
import { requireDocumentsOfCase, syncCitations } from '../documents/citations';
import { invalid, requireChoice, UpdateInput } from '../objects/references';
import {
  getRecord,
  insertRecord,
  listRecords,
  newMeta,
  requireRecord,
  updateRecord,
} from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';
import { CONSULTATION_SPEC, EXPERT_SPEC, OPINION_SPEC } from './specs';

/**
 * Experts' opinions on seized objects (issue #7, REFERENCE.md §9.1): one expert's assertion about
 * one object, with method, findings, confidence, conclusion and the signed report (a document of
 * the case, its file hashed when it was added). Several opinions on one object coexist and are
 * never merged; the object's summary (shared/experts/opinion-summary.ts) says where they agree
 * and where they do not, naming the opinions each position rests on.
 *
 * The object decides the case. A consultation, when named, must be one of that case that asked
 * this expert about this object; the report must be a document of that case, and is recorded as
 * a citation (`document_citation` kind 'opinion') so the document shows what rests on it.
 */
const WHAT = 'opinion';

interface ObjectRow {
  case_id: string;
  exhibit_number: string;
}

function objectRow(db: Sqlite, objectId: string): ObjectRow | undefined {
  return db
    .prepare('SELECT case_id, exhibit_number FROM seized_object WHERE id = ?')
    .get(objectId) as ObjectRow | undefined;
}

/**
 * A Red List category: a level-2 entry of `red_list_category` (its parent is a list), not a list
 * itself. A retired category stays valid for an opinion that already had it.
 */
function requireRedListCategory(db: Sqlite, code: string, previous: string | null): void {
  requireChoice(db, 'red_list_category', code, 'redListCategory', previous);
  const parent = db
    .prepare("SELECT parent FROM vocabulary WHERE kind = 'red_list_category' AND code = ?")
    .pluck()
    .get(code) as string | null;
  const grandparent =
    parent === null
      ? undefined
      : (db
          .prepare("SELECT parent FROM vocabulary WHERE kind = 'red_list_category' AND code = ?")
          .pluck()
          .get(parent) as string | null | undefined);
  if (parent === null || grandparent !== null) {
    throw invalid(
      'redListCategory',
      `"${code}" is ${parent === null ? 'a Red List' : 'not a category of a Red List'}; choose one of its categories`,
      WHAT,
    );
  }
}

function requireConsultation(db: Sqlite, id: string, caseId: string, fields: OpinionFields): void {
  const c = getRecord<ConsultationRecord>(db, CONSULTATION_SPEC, id);
  const problem = !c
    ? 'there is no such consultation'
    : c.caseId !== caseId
      ? 'the consultation belongs to another case'
      : c.expertId !== fields.expertId
        ? 'the consultation asked another expert'
        : !c.objectIds.includes(fields.objectId)
          ? 'the consultation did not ask about this object'
          : null;
  if (problem) throw invalid('consultationId', problem, WHAT);
}

/** Parses and checks the fields; returns them with the case the object belongs to. */
function checkFields(
  db: Sqlite,
  input: unknown,
  current: OpinionRecord | null,
): { fields: OpinionFields; caseId: string } {
  const fields = parseInput(OpinionFields, input, WHAT);
  const object = objectRow(db, fields.objectId);
  if (!object) throw invalid('objectId', 'there is no such object', WHAT);
  const caseId = object.case_id;
  if (current && current.caseId !== caseId) {
    throw invalid(
      'objectId',
      'the object belongs to another case; an opinion stays in its case (record it there)',
      WHAT,
    );
  }
  if (!getRecord<ExpertRecord>(db, EXPERT_SPEC, fields.expertId)) {
    throw invalid('expertId', 'there is no such expert in the directory', WHAT);
  }
  if (fields.consultationId !== null)
    requireConsultation(db, fields.consultationId, caseId, fields);
  if (fields.reportDocumentId !== null) {
    requireDocumentsOfCase(db, caseId, [fields.reportDocumentId], 'reportDocumentId');
  }
  if (fields.redListCategory !== null) {
    requireRedListCategory(db, fields.redListCategory, current?.redListCategory ?? null);
  }
  if (fields.value !== null && fields.value.amount.startsWith('-')) {
    throw invalid('value.amount', 'an estimated value cannot be negative', WHAT);
  }
  return { fields, caseId };
}

const citationsOf = (o: OpinionRecord) =>
  o.reportDocumentId === null ? [] : [{ documentId: o.reportDocumentId, page: '' }];

interface ViewRow {
  name: string;
  title: string;
  institution: string;
  country: string | null;
}

/** Opinions as the screens show them: expert, exhibit number and signed report resolved. */
export function opinionViews(db: Sqlite, opinions: readonly OpinionRecord[]): OpinionView[] {
  const expert = db.prepare(
    `SELECT name, coalesce(json_extract(data, '$.title'), '') AS title,
            coalesce(json_extract(data, '$.institution'), '') AS institution, country
     FROM expert WHERE id = ?`,
  );
  const exhibit = db.prepare('SELECT exhibit_number FROM seized_object WHERE id = ?').pluck();
  const report = db.prepare(
    `SELECT d.id, coalesce(json_extract(d.data, '$.title'), '') AS title,
            a.original_name AS file_name, b.sha256
     FROM document d
     LEFT JOIN attachment a ON a.id = d.attachment_id
     LEFT JOIN blob b ON b.id = a.blob_id
     WHERE d.id = ?`,
  );
  return opinions.map((o) => {
    const e = expert.get(o.expertId) as ViewRow | undefined;
    const r =
      o.reportDocumentId === null
        ? undefined
        : (report.get(o.reportDocumentId) as
            | { id: string; title: string; file_name: string | null; sha256: string | null }
            | undefined);
    return {
      ...o,
      expertName: e?.name ?? '',
      expertTitle: e?.title ?? '',
      expertInstitution: e?.institution ?? '',
      expertCountry: e?.country ?? null,
      exhibitNumber: (exhibit.get(o.objectId) as string | undefined) ?? '',
      report: r ? { id: r.id, title: r.title || r.file_name || '', sha256: r.sha256 } : null,
    };
  });
}

function opinionView(db: Sqlite, id: string): OpinionView {
  return opinionViews(db, [requireRecord(db, OPINION_SPEC, id)])[0] as OpinionView;
}

/** The object's opinions, oldest first (by the opinion's date, then as recorded), summarised. */
export function objectOpinions(session: CaseFileSession, objectId: string): ObjectOpinions {
  const id = parseInput(Id, objectId, 'object id');
  if (!objectRow(session.db, id)) {
    throw new CaseFileError(CaseFileErrorCode.NotFound, `There is no object ${id}.`, {
      entity: 'object',
      id,
    });
  }
  const records = listRecords<OpinionRecord>(
    session.db,
    OPINION_SPEC,
    'object_id = ?',
    [id],
    'date, created_at, id',
  );
  return { opinions: opinionViews(session.db, records), summary: summariseOpinions(records) };
}

/** Every opinion of the case, by exhibit, then oldest first. */
export function caseOpinions(session: CaseFileSession, caseId: string): OpinionView[] {
  const id = parseInput(Id, caseId, 'case id');
  requireRecord(session.db, CASE_SPEC, id);
  const records = listRecords<OpinionRecord>(
    session.db,
    OPINION_SPEC,
    'case_id = ?',
    [id],
    `(SELECT exhibit_sort FROM seized_object s WHERE s.id = opinion.object_id), date, created_at, id`,
  );
  return opinionViews(session.db, records);
}

const AddOpinionInput = z.object({ fields: z.unknown() }).strict();

/** Records an expert's opinion on an object; the object decides the case. */
export function addOpinion(
  session: CaseFileSession,
  input: { fields: OpinionFieldsInput },
): OpinionView {
  const { fields: raw } = parseInput(AddOpinionInput, input, WHAT);
  return write(session, (tx) => {
    const { fields, caseId } = checkFields(tx.db, raw, null);
    const record: OpinionRecord = { ...fields, caseId, ...newMeta(tx) };
    insertRecord(tx, OPINION_SPEC, record);
    syncCitations(tx.db, 'opinion', record.id, citationsOf(record));
    return opinionView(tx.db, record.id);
  });
}

/** Replaces an opinion's fields; refused on a stale version (EDIT_CONFLICT). */
export function updateOpinion(
  session: CaseFileSession,
  input: { id: string; version: number; fields: OpinionFieldsInput },
): OpinionView {
  const { id, version, fields: raw } = parseInput(UpdateInput, input, `${WHAT} change`);
  return write(session, (tx) => {
    const current = requireRecord<OpinionRecord>(tx.db, OPINION_SPEC, id);
    const { fields } = checkFields(tx.db, raw, current);
    const next = updateRecord(tx, OPINION_SPEC, id, version, (c) => ({
      ...fields,
      caseId: c.caseId,
    }));
    if (next.version !== current.version) syncCitations(tx.db, 'opinion', id, citationsOf(next));
    return opinionView(tx.db, id);
  });
}
