import {
  ObjectFields,
  type ObjectFieldsInput,
  type ObjectRecord,
} from '../../../shared/domain/object';
import type { WriteTx } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { getRecord, insertRecord, newMeta } from '../records/record-store';
import { indexForSearch, searchText } from '../search/search-index';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';
import { appendLegalStatusChange } from './legal-status';
import { displayTitle, objectSpec, SEIZURE_SPEC } from './object-specs';
import { invalid, requireChoice } from './references';

/** The rules every object record must keep, whether typed in, split out of a lot or imported. */
const WHAT = 'object';

/** Items already described out of a lot: a sub-lot counts its own lotCount. */
export function describedItems(db: Sqlite, lotId: string, exceptId: string | null = null): number {
  return db
    .prepare(
      `SELECT coalesce(sum(coalesce(json_extract(data, '$.lotCount'), 1)), 0)
       FROM seized_object WHERE lot_id = ? AND id IS NOT ?`,
    )
    .pluck()
    .get(lotId, exceptId) as number;
}

function checkType(db: Sqlite, f: ObjectFields, previous: ObjectRecord | null): void {
  requireChoice(db, 'object_type', f.typeL1, 'typeL1', previous?.typeL1);
  const parentOf = (code: string) =>
    db
      .prepare("SELECT parent FROM vocabulary WHERE kind = 'object_type' AND code = ?")
      .pluck()
      .get(code) as string | null;
  if (parentOf(f.typeL1) !== null) {
    throw invalid('typeL1', `"${f.typeL1}" is a level-2 type; choose its level-1 type here`, WHAT);
  }
  if (f.typeL2 !== null) {
    requireChoice(db, 'object_type', f.typeL2, 'typeL2', previous?.typeL2);
    if (parentOf(f.typeL2) !== f.typeL1) {
      throw invalid('typeL2', `"${f.typeL2}" is not a kind of "${f.typeL1}"`, WHAT);
    }
  }
}

function checkLot(db: Sqlite, caseId: string, f: ObjectFields, self: ObjectRecord | null): void {
  if (self && self.lotCount !== null && f.lotCount !== self.lotCount) {
    const described = describedItems(db, self.id);
    if (described > 0 && (f.lotCount === null || f.lotCount < described)) {
      throw new CaseFileError(
        CaseFileErrorCode.NotAllowed,
        `${described} items of this lot are described one by one; its count cannot go below that.`,
        { field: 'lotCount', describedItems: described },
      );
    }
  }
  if (f.lotId === null) return;
  if (self && f.lotId === self.id)
    throw invalid('lotId', 'an object cannot be part of itself', WHAT);
  const lot = getRecord(db, objectSpec(db), f.lotId);
  if (!lot || lot.caseId !== caseId)
    throw invalid('lotId', 'there is no such lot in this case', WHAT);
  if (lot.lotCount === null) throw invalid('lotId', `${lot.exhibitNumber} is not a lot`, WHAT);
  // A lot described out of one of its own items would make a circle.
  for (let up: string | null = lot.lotId, steps = 0; up !== null && steps < 100; steps++) {
    if (self && up === self.id) throw invalid('lotId', 'the lot is part of this object', WHAT);
    up = db.prepare('SELECT lot_id FROM seized_object WHERE id = ?').pluck().get(up) as
      string | null;
  }
  const needed = f.lotCount ?? 1;
  const left = lot.lotCount - describedItems(db, lot.id, self?.id ?? null);
  if (needed > left) {
    throw new CaseFileError(
      CaseFileErrorCode.NotAllowed,
      `Lot ${lot.exhibitNumber} has ${left} of its ${lot.lotCount} items left to describe; this needs ${needed}.`,
      { field: 'lotId', lotCount: lot.lotCount, left, needed },
    );
  }
}

export function requireUniqueExhibit(
  db: Sqlite,
  caseId: string,
  exhibitNumber: string,
  exceptId: string | null,
): void {
  const other = db
    .prepare(
      'SELECT id FROM seized_object WHERE case_id = ? AND exhibit_number = ? AND id IS NOT ?',
    )
    .get(caseId, exhibitNumber, exceptId);
  if (other) {
    throw new CaseFileError(
      CaseFileErrorCode.AlreadyExists,
      `Exhibit number ${exhibitNumber} is already used in this case. Nothing was saved.`,
      { entity: 'object', field: 'exhibitNumber', exhibitNumber },
    );
  }
}

/** Parses and checks an object's fields against the case file; `self` is the stored version. */
export function checkObjectFields(
  db: Sqlite,
  caseId: string,
  input: ObjectFieldsInput | unknown,
  self: ObjectRecord | null,
): ObjectFields {
  const f = parseInput(ObjectFields, input, WHAT);
  checkType(db, f, self);
  if (f.reg116Category !== null) {
    requireChoice(db, 'reg116_category', f.reg116Category, 'reg116Category', self?.reg116Category);
  }
  if (f.seizureId !== null) {
    const seizure = getRecord(db, SEIZURE_SPEC, f.seizureId);
    if (!seizure || seizure.caseId !== caseId) {
      throw invalid('seizureId', 'there is no such seizure in this case', WHAT);
    }
  }
  checkLot(db, caseId, f, self);
  f.relatedObjects.forEach((r, i) => {
    const exists = db.prepare('SELECT 1 FROM seized_object WHERE id = ?').get(r.objectId);
    if (!exists || r.objectId === self?.id) {
      throw invalid(`relatedObjects.${i}.objectId`, 'there is no such other object', WHAT);
    }
  });
  requireUniqueExhibit(db, caseId, f.exhibitNumber, self?.id ?? null);
  return f;
}

export function indexObject(tx: WriteTx, o: ObjectRecord): void {
  indexForSearch(tx.db, {
    kind: 'object',
    entityId: o.id,
    caseId: o.caseId,
    title: `${o.exhibitNumber} ${displayTitle(tx.db, o)}`,
    body: searchText(
      o.materials,
      o.techniques,
      o.inscriptions.map((i) => i.text),
      o.maker,
      o.subject,
      o.description,
      o.distinguishingFeatures,
      o.inventoryNumber,
      o.placeOfOrigin.text,
      o.dating.text,
      o.relatedWrittenMaterial,
    ),
  });
}

/** Writes a new, already checked object: seized from the seizure's date (or today). */
export function insertObject(
  tx: WriteTx,
  session: CaseFileSession,
  caseId: string,
  fields: ObjectFields,
  action?: string,
): ObjectRecord {
  const record: ObjectRecord = { ...fields, caseId, legalStatus: 'seized', ...newMeta(tx) };
  insertRecord(tx, objectSpec(tx.db), record, action);
  const seizure = fields.seizureId ? getRecord(tx.db, SEIZURE_SPEC, fields.seizureId) : null;
  appendLegalStatusChange(tx, session, {
    objectId: record.id,
    from: null,
    to: 'seized',
    on: (seizure?.seizedAt ?? tx.now.toISOString()).slice(0, 10),
    reference: seizure?.legalBasisReference ?? '',
    note: '',
  });
  indexObject(tx, record);
  return record;
}
