import { LEGAL_STATUSES, type LegalStatus } from '../../../shared/domain/object';
import {
  ObjectListQuery,
  type ObjectPage,
  type ObjectSummary,
} from '../../../shared/domain/object-views';
import type { CaseFileSession } from '../case-file/session';
import { CASE_SPEC } from '../cases/cases';
import { requireRecord, type SqlValue } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { parseInput } from '../support/validate';

/**
 * Object lists of any length (a hoard is thousands of records): the page is chosen on the
 * indexed columns (case_id, exhibit_sort…) by rowid alone, and only that page's rows are read in
 * full, their few JSON fields extracted by SQLite. Nothing parses every object of a case.
 */
const STATUS_ORDER = `CASE o.legal_status ${LEGAL_STATUSES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;

const SORT_SQL = {
  exhibit: (dir: string) => `o.exhibit_sort ${dir}, o.rowid ${dir}`,
  type: (dir: string) => `o.type_l1 ${dir}, o.exhibit_sort, o.rowid`,
  legalStatus: (dir: string) => `${STATUS_ORDER} ${dir}, o.exhibit_sort, o.rowid`,
  updated: (dir: string) => `o.updated_at ${dir}, o.exhibit_sort, o.rowid`,
};

interface SummaryRow {
  rid: number;
  id: string;
  case_id: string;
  exhibit_number: string;
  title: string;
  type_l1: string;
  type_l2: string | null;
  legal_status: LegalStatus;
  lot_count: number | null;
  lot_id: string | null;
  seizure_id: string | null;
  photo_count: number;
  cover: string | null;
  dating_text: string | null;
  country: string | null;
  version: number;
  updated_at: string;
}

const SUMMARY_COLUMNS = `o.rowid AS rid, o.id, o.case_id, o.exhibit_number, o.title, o.type_l1,
  o.legal_status, o.lot_id, o.seizure_id, o.version, o.updated_at,
  json_extract(o.data, '$.typeL2') AS type_l2,
  json_extract(o.data, '$.lotCount') AS lot_count,
  json_extract(o.data, '$.dating.text') AS dating_text,
  json_extract(o.data, '$.countryOfOrigin') AS country,
  (SELECT count(*) FROM object_photo p WHERE p.object_id = o.id) AS photo_count,
  (SELECT p.attachment_id FROM object_photo p WHERE p.object_id = o.id
    ORDER BY p.position, p.created_at LIMIT 1) AS cover`;

function toSummary(r: SummaryRow): ObjectSummary {
  return {
    id: r.id,
    caseId: r.case_id,
    exhibitNumber: r.exhibit_number,
    title: r.title,
    typeL1: r.type_l1,
    typeL2: r.type_l2,
    legalStatus: r.legal_status,
    lotCount: r.lot_count,
    lotId: r.lot_id,
    seizureId: r.seizure_id,
    photoCount: r.photo_count,
    coverAttachmentId: r.cover,
    datingText: r.dating_text ?? '',
    countryOfOrigin: r.country,
    version: r.version,
    updatedAt: r.updated_at,
  };
}

/** Summaries of the given objects, in the order of `ids` (unknown ids are left out). */
export function objectSummaries(db: Sqlite, ids: readonly string[]): ObjectSummary[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM seized_object o WHERE o.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as SummaryRow[];
  const byId = new Map(rows.map((r) => [r.id, toSummary(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function objectSummary(db: Sqlite, id: string): ObjectSummary | null {
  return objectSummaries(db, [id])[0] ?? null;
}

/** Photos of an object as lists show them: how many, and the first by position. */
export function photoInfo(
  db: Sqlite,
  objectId: string,
): { photoCount: number; coverAttachmentId: string | null } {
  const count = db
    .prepare('SELECT count(*) FROM object_photo WHERE object_id = ?')
    .pluck()
    .get(objectId) as number;
  const cover = db
    .prepare(
      'SELECT attachment_id FROM object_photo WHERE object_id = ? ORDER BY position, created_at LIMIT 1',
    )
    .pluck()
    .get(objectId) as string | undefined;
  return { photoCount: count, coverAttachmentId: cover ?? null };
}

/** One page of a case's objects, filtered and sorted, with the number of all that match. */
export function queryObjects(db: Sqlite, query: ObjectListQuery): ObjectPage {
  const q = parseInput(ObjectListQuery, query, 'object list query');
  const where = ['o.case_id = @caseId'];
  const params: Record<string, SqlValue> = { caseId: q.caseId };
  const f = q.filters;
  if (f.typeL1 !== undefined) {
    where.push('o.type_l1 = @typeL1');
    params['typeL1'] = f.typeL1;
  }
  if (f.legalStatus !== undefined && f.legalStatus.length > 0) {
    const names = f.legalStatus.map((s, i) => {
      params[`status${i}`] = s;
      return `@status${i}`;
    });
    where.push(`o.legal_status IN (${names.join(', ')})`);
  }
  if (f.seizureId !== undefined) {
    where.push('o.seizure_id = @seizureId');
    params['seizureId'] = f.seizureId;
  }
  if (f.lotId !== undefined) {
    where.push('o.lot_id = @lotId');
    params['lotId'] = f.lotId;
  }
  if (f.updatedFrom !== undefined) {
    where.push('substr(o.updated_at, 1, 10) >= @updatedFrom');
    params['updatedFrom'] = f.updatedFrom;
  }
  if (f.updatedTo !== undefined) {
    where.push('substr(o.updated_at, 1, 10) <= @updatedTo');
    params['updatedTo'] = f.updatedTo;
  }
  const whereSql = where.join(' AND ');
  const total = db
    .prepare(`SELECT count(*) FROM seized_object o WHERE ${whereSql}`)
    .pluck()
    .get(params) as number;
  const order = SORT_SQL[q.sort](q.direction === 'asc' ? 'ASC' : 'DESC');
  const page = db
    .prepare(
      `SELECT o.rowid FROM seized_object o WHERE ${whereSql} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    )
    .pluck()
    .all({ ...params, limit: q.limit, offset: q.offset }) as number[];
  if (page.length === 0) return { total, rows: [] };
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM seized_object o WHERE o.rowid IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(page)) as SummaryRow[];
  const byRowid = new Map(rows.map((r) => [r.rid, toSummary(r)]));
  return { total, rows: page.flatMap((rid) => byRowid.get(rid) ?? []) };
}

export function listObjects(session: CaseFileSession, query: ObjectListQuery): ObjectPage {
  const page = queryObjects(session.db, query);
  if (page.total === 0) requireRecord(session.db, CASE_SPEC, query.caseId);
  return page;
}
