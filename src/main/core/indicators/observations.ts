import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import {
  type Indicator,
  type ObservationEvidence,
  ObservationFields,
  type ObservationFieldsInput,
  type ObservationRecord,
  type ObservationView,
  type StatusChange,
} from '../../../shared/domain/indicator';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { CASE_SPEC } from '../cases/cases';
import { invalid, UpdateInput } from '../objects/references';
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
import { currentVersion, indicatorById, versionById } from './catalogue';
import {
  KIND_WORDS,
  observationView,
  observationViews,
  recordLabeller,
  type RecordKind,
} from './observation-views';
import { OBSERVATION_SPEC } from './specs';

export { observationView, observationViews, recordLabeller };

/**
 * Observations of indicators (issue #8 point 3): an indicator seen on the case, an object, a
 * party, a payment or a document, by whom, when, on what evidence (records of the same case),
 * suspected → confirmed, or dismissed with a reason. Every status, from the first, is appended to
 * the observation's `history` (status, when, by whom, why), from which the risk of any past day
 * is recomputed (risk.ts).
 *
 * An observation keeps the indicator of the catalogue version it was made under (its wording
 * stays), but a *new* observation, or one moved to another indicator, must use an indicator of
 * the current version.
 */
const WHAT = 'observation';

// ————— Records of a case —————

/** The case each kind of record belongs to (`?` is the record's id). */
const CASE_OF: Record<Exclude<ObservationEvidence['kind'], 'party'> | 'case', string> = {
  case: 'SELECT id FROM case_record WHERE id = ?',
  object: 'SELECT case_id FROM seized_object WHERE id = ?',
  document: 'SELECT case_id FROM document WHERE id = ?',
  payment: 'SELECT case_id FROM payment WHERE id = ?',
  account: 'SELECT case_id FROM account WHERE id = ?',
  relationship: 'SELECT case_id FROM relationship WHERE id = ?',
  provenance_event: 'SELECT case_id FROM provenance_event WHERE id = ?',
  claim: 'SELECT case_id FROM ownership_claim WHERE id = ?',
  seizure: 'SELECT case_id FROM seizure WHERE id = ?',
  photo:
    'SELECT o.case_id FROM object_photo p JOIN seized_object o ON o.id = p.object_id WHERE p.id = ?',
  custody:
    'SELECT o.case_id FROM custody_entry c JOIN seized_object o ON o.id = c.object_id WHERE c.id = ?',
};

/** The case a record (not a party: parties are kept across cases) belongs to, if it exists. */
export function caseOfRecord(
  db: Sqlite,
  kind: Exclude<RecordKind, 'party'>,
  id: string,
): string | undefined {
  return db.prepare(CASE_OF[kind]).pluck().get(id) as string | undefined;
}

/**
 * Whether the record is one of the case's. A party (kept across cases) is the case's when it has
 * a role in it, or pays, receives or holds an account in it.
 */
export function isRecordOfCase(db: Sqlite, caseId: string, kind: RecordKind, id: string): boolean {
  if (kind === 'party') {
    return (
      db
        .prepare(
          `SELECT 1 FROM case_party WHERE case_id = @caseId AND party_id = @id
           UNION ALL SELECT 1 FROM payment WHERE case_id = @caseId
             AND (payer_party_id = @id OR beneficiary_party_id = @id)
           UNION ALL SELECT 1 FROM account WHERE case_id = @caseId AND holder_party_id = @id
           LIMIT 1`,
        )
        .get({ caseId, id }) !== undefined
    );
  }
  return caseOfRecord(db, kind, id) === caseId;
}

// ————— Checks —————

function checkFields(
  db: Sqlite,
  caseId: string,
  input: unknown,
  current: ObservationRecord | null,
): { fields: ObservationFields; indicator: Indicator } {
  const fields = parseInput(ObservationFields, input, WHAT);
  const indicator = indicatorById(db, fields.indicatorId);
  if (!indicator) throw invalid('indicatorId', 'there is no such indicator', WHAT);
  if (current === null || current.indicatorId !== fields.indicatorId) {
    const now = currentVersion(db);
    if (indicator.versionId !== now.id) {
      const made = versionById(db, indicator.versionId);
      throw invalid(
        'indicatorId',
        `indicator ${indicator.code} is of catalogue version ${made?.number ?? '?'}; a new observation uses the current version ${now.number}`,
        WHAT,
      );
    }
  }
  const { subject } = fields;
  if (!indicator.appliesTo.includes(subject.kind)) {
    throw invalid(
      'subject.kind',
      `indicator ${indicator.code} is observed on ${indicator.appliesTo.join(', ')}, not on a ${KIND_WORDS[subject.kind]}`,
      WHAT,
    );
  }
  if (!isRecordOfCase(db, caseId, subject.kind, subject.id)) {
    throw invalid(
      'subject.id',
      subject.kind === 'case'
        ? 'an observation on the case names the case itself'
        : `there is no such ${KIND_WORDS[subject.kind]} in this case`,
      WHAT,
    );
  }
  const seen = new Set<string>();
  fields.evidence.forEach((e, i) => {
    const key = `${e.kind}/${e.id}`;
    if (seen.has(key)) {
      throw invalid(`evidence.${i}`, `this ${KIND_WORDS[e.kind]} is cited twice`, WHAT);
    }
    seen.add(key);
    if (!isRecordOfCase(db, caseId, e.kind, e.id)) {
      throw invalid(
        `evidence.${i}.id`,
        `there is no such ${KIND_WORDS[e.kind]} in this case`,
        WHAT,
      );
    }
  });
  return { fields, indicator };
}

/** Checks evidence another service cites for an observation (e.g. a suggestion accepted). */
export function requireEvidenceOfCase(
  db: Sqlite,
  caseId: string,
  evidence: readonly ObservationEvidence[],
): void {
  evidence.forEach((e, i) => {
    if (!isRecordOfCase(db, caseId, e.kind, e.id)) {
      throw invalid(
        `evidence.${i}.id`,
        `there is no such ${KIND_WORDS[e.kind]} in this case`,
        WHAT,
      );
    }
  });
}

// ————— How records read (English; as findings label their evidence) —————

// ————— Services —————

export const ObservationQuery = z.object({ caseId: Id, objectId: Id.optional() }).strict();

/** The records behind `listObservations` (also used by the risk overview). */
export function observationsOf(
  db: Sqlite,
  caseId: string,
  objectId: string | undefined,
): ObservationRecord[] {
  requireRecord(db, CASE_SPEC, caseId);
  const order = "json_extract(data, '$.observedOn'), created_at, id";
  if (objectId === undefined) {
    return listRecords(db, OBSERVATION_SPEC, 'case_id = ?', [caseId], order);
  }
  if (!isRecordOfCase(db, caseId, 'object', objectId)) {
    throw new CaseFileError(
      CaseFileErrorCode.NotFound,
      `There is no object ${objectId} in this case.`,
      { entity: 'object', id: objectId },
    );
  }
  return listRecords(
    db,
    OBSERVATION_SPEC,
    "case_id = ? AND subject_kind = 'object' AND subject_id = ?",
    [caseId, objectId],
    order,
  );
}

/**
 * The case's observations by date observed, or those *on* one object (its subject is the
 * object; observations on the case that merely cite the object as evidence are not included).
 */
export function listObservations(
  session: CaseFileSession,
  query: { caseId: string; objectId?: string | undefined },
): ObservationView[] {
  const { caseId, objectId } = parseInput(ObservationQuery, query, 'observation query');
  return observationViews(session.db, observationsOf(session.db, caseId, objectId));
}

const AddInput = z.object({ caseId: Id, fields: z.unknown() }).strict();

function change(status: StatusChange['status'], at: string, by: string, reason: string) {
  return { status, at, by, reason: status === 'dismissed' ? reason : '' };
}

/** Records an observation; its first status opens its history. */
export function addObservation(
  session: CaseFileSession,
  input: { caseId: string; fields: ObservationFieldsInput },
): ObservationView {
  const { caseId, fields: raw } = parseInput(AddInput, input, WHAT);
  return write(session, (tx) => {
    requireRecord(tx.db, CASE_SPEC, caseId);
    const { fields } = checkFields(tx.db, caseId, raw, null);
    const meta = newMeta(tx);
    const record: ObservationRecord = {
      ...fields,
      caseId,
      findingKey: null,
      history: [
        change(fields.status, meta.createdAt, session.actor.operatorName, fields.dismissReason),
      ],
      ...meta,
    };
    insertRecord(tx, OBSERVATION_SPEC, record);
    return observationView(tx.db, record);
  });
}

/**
 * Replaces an observation's fields; a change of status is appended to its history. Refused on a
 * stale version (EDIT_CONFLICT).
 */
export function updateObservation(
  session: CaseFileSession,
  input: { id: string; version: number; fields: ObservationFieldsInput },
): ObservationView {
  const { id, version, fields: raw } = parseInput(UpdateInput, input, `${WHAT} change`);
  return write(session, (tx) => {
    const current = requireRecord(tx.db, OBSERVATION_SPEC, id);
    const { fields } = checkFields(tx.db, current.caseId, raw, current);
    const next = updateRecord(tx, OBSERVATION_SPEC, id, version, (c) => ({
      ...fields,
      caseId: c.caseId,
      findingKey: c.findingKey,
      history:
        fields.status === c.status
          ? c.history
          : [
              ...c.history,
              change(
                fields.status,
                tx.now.toISOString(),
                session.actor.operatorName,
                fields.dismissReason,
              ),
            ],
    }));
    return observationView(tx.db, next);
  });
}
