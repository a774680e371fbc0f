import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import {
  type RedList,
  RedListMatchFields,
  type RedListMatchRecord,
} from '../../../shared/domain/indicator';
import { RED_LISTS } from '../../../shared/indicators/red-lists';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
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
import { requireCode } from '../vocab/vocabulary';
import { RED_LIST_MATCH_SPEC } from './specs';

/**
 * ICOM Red Lists (REFERENCE.md §3) and objects' matches to their categories. A Red List names
 * *kinds* of objects at risk, not stolen objects: a match records that someone (who, when, how
 * sure) judged an object to belong to a category, which the A1 indicator rule then suggests.
 * The categories are the level-2 entries of the `red_list_category` vocabulary; the object
 * decides the case.
 */
const WHAT = 'Red List match';

/** The Red Lists, titled as this case file's vocabulary names them. */
export function redLists(session: CaseFileSession): RedList[] {
  const label = session.db.prepare(
    "SELECT label FROM vocabulary WHERE kind = 'red_list_category' AND code = ? AND parent IS NULL",
  );
  return RED_LISTS.map((list) => ({
    ...list,
    countries: [...list.countries],
    title: (label.pluck().get(list.code) as string | undefined) ?? list.title,
  }));
}

function objectCase(db: Sqlite, objectId: string): string | undefined {
  return db.prepare('SELECT case_id FROM seized_object WHERE id = ?').pluck().get(objectId) as
    string | undefined;
}

/**
 * A category of a Red List: a level-2 `red_list_category` code whose parent is a list. A retired
 * category stays valid for a match that already had it.
 */
function requireCategory(db: Sqlite, code: string, previous: string | null): void {
  requireCode(db, 'red_list_category', code, 'category', { allowRetired: code === previous });
  const parentOf = db
    .prepare("SELECT parent FROM vocabulary WHERE kind = 'red_list_category' AND code = ?")
    .pluck();
  const parent = parentOf.get(code) as string | null;
  const grandparent = parent === null ? undefined : (parentOf.get(parent) as string | null);
  if (parent === null || grandparent !== null) {
    throw invalid(
      'category',
      `"${code}" is ${parent === null ? 'a Red List' : 'not a category of a Red List'}; choose one of its categories`,
      WHAT,
    );
  }
}

function checkFields(
  db: Sqlite,
  input: unknown,
  current: RedListMatchRecord | null,
): { fields: RedListMatchFields; caseId: string } {
  const fields = parseInput(RedListMatchFields, input, WHAT);
  const caseId = objectCase(db, fields.objectId);
  if (caseId === undefined) throw invalid('objectId', 'there is no such object', WHAT);
  if (current && current.objectId !== fields.objectId) {
    throw invalid(
      'objectId',
      'a match stays with its object; record a new match on the other object',
      WHAT,
    );
  }
  requireCategory(db, fields.category, current?.category ?? null);
  return { fields, caseId };
}

/** The object's Red List matches, by assessment date, then as recorded. */
export function listRedListMatches(
  session: CaseFileSession,
  objectId: string,
): RedListMatchRecord[] {
  const id = parseInput(Id, objectId, 'object id');
  if (objectCase(session.db, id) === undefined) {
    throw new CaseFileError(CaseFileErrorCode.NotFound, `There is no object ${id}.`, {
      entity: 'object',
      id,
    });
  }
  return listRecords<RedListMatchRecord>(
    session.db,
    RED_LIST_MATCH_SPEC,
    'object_id = ?',
    [id],
    "json_extract(data, '$.assessedOn'), created_at, id",
  );
}

const AddInput = z.object({ fields: z.unknown() }).strict();

/** Records that an object matches a Red List category. */
export function addRedListMatch(
  session: CaseFileSession,
  input: { fields: Partial<RedListMatchFields> },
): RedListMatchRecord {
  const { fields: raw } = parseInput(AddInput, input, WHAT);
  return write(session, (tx) => {
    const { fields, caseId } = checkFields(tx.db, raw, null);
    const record: RedListMatchRecord = { ...fields, caseId, ...newMeta(tx) };
    return insertRecord(tx, RED_LIST_MATCH_SPEC, record);
  });
}

/** Replaces a match's fields; refused on a stale version (EDIT_CONFLICT). */
export function updateRedListMatch(
  session: CaseFileSession,
  input: { id: string; version: number; fields: Partial<RedListMatchFields> },
): RedListMatchRecord {
  const { id, version, fields: raw } = parseInput(UpdateInput, input, `${WHAT} change`);
  return write(session, (tx) => {
    const current = requireRecord<RedListMatchRecord>(tx.db, RED_LIST_MATCH_SPEC, id);
    const { fields } = checkFields(tx.db, raw, current);
    return updateRecord(tx, RED_LIST_MATCH_SPEC, id, version, (c) => ({
      ...fields,
      caseId: c.caseId,
    }));
  });
}
