import { SEARCH_KINDS, type SearchKind } from '../../../shared/domain/search-views';
import { fold } from '../../../shared/search/fold';
import type { Sqlite } from '../store/sqlite';

/** What the global search finds: one row per record, grouped by kind in the results. */
export { SEARCH_KINDS, type SearchKind };

export interface IndexEntry {
  kind: SearchKind;
  entityId: string;
  /** The case the record belongs to; null for records shared by all cases (parties). */
  caseId: string | null;
  /** Shown as the result's heading. */
  title: string;
  /** Every other searchable text of the record, joined by newlines. */
  body: string;
}

/**
 * Puts a record's text into the search index, replacing what was indexed for it before. Runs
 * inside the caller's write transaction so the index never disagrees with the data.
 */
export function indexForSearch(db: Sqlite, entry: IndexEntry): void {
  removeFromSearch(db, entry.kind, entry.entityId);
  const folded = fold(`${entry.title}\n${entry.body}`);
  const rowid = nextRowid(db, searchPartition(entry.kind, entry.caseId));
  db.prepare(
    'INSERT INTO search_index (rowid, kind, entity_id, case_id, title, body, folded) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(rowid, entry.kind, entry.entityId, entry.caseId, entry.title, entry.body, folded);
  db.prepare('INSERT INTO search_row (kind, entity_id, rowid_fts) VALUES (?, ?, ?)').run(
    entry.kind,
    entry.entityId,
    rowid,
  );
}

/*
 * Rowids of the index are partitioned so that a search can be limited to one kind, or to one
 * kind in one case, by a rowid range, which FTS5 applies while it walks its doclists (also under
 * ORDER BY rank); filtering on the UNINDEXED kind or case_id columns would read every matching
 * row instead. A rowid is kind · 2^50 + case bucket · 2^36 + sequence, below 2^53 so that it
 * stays an exact JavaScript number:
 *   kind    1…6 (position in SEARCH_KINDS + 1)
 *   bucket  0 for records of no case (parties), else 1…16383 from a hash of the case id; two
 *           cases may share a bucket, so a search within a case still checks case_id
 *   sequence 1…2^36 − 1 within the partition, in order of indexing
 */
const KIND_UNIT = 2 ** 50;
const BUCKET_UNIT = 2 ** 36;
const CASE_BUCKETS = 2 ** 14 - 1;

/** A closed range of rowids: `rowid BETWEEN first AND last`. */
export interface RowidRange {
  first: number;
  last: number;
}

function caseBucket(caseId: string): number {
  // FNV-1a: stable across versions and platforms, which the stored rowids depend on.
  let h = 0x811c9dc5;
  for (let i = 0; i < caseId.length; i++) {
    h ^= caseId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return 1 + (h % CASE_BUCKETS);
}

/**
 * The rowids of one kind's records (caseId undefined), or of those of one case (which may also
 * hold another case's records: check case_id), or of those of no case (caseId null).
 */
export function searchPartition(kind: SearchKind, caseId?: string | null): RowidRange {
  const base = (SEARCH_KINDS.indexOf(kind) + 1) * KIND_UNIT;
  if (caseId === undefined) return { first: base, last: base + KIND_UNIT - 1 };
  const start = base + (caseId === null ? 0 : caseBucket(caseId)) * BUCKET_UNIT;
  return { first: start, last: start + BUCKET_UNIT - 1 };
}

function nextRowid(db: Sqlite, range: RowidRange): number {
  // Read from FTS5's own content table: a query of search_index itself would make FTS5 write out
  // the terms it holds in memory first, one tiny segment per record of a bulk import.
  const last = db
    .prepare('SELECT max(id) FROM search_index_content WHERE id BETWEEN ? AND ?')
    .pluck()
    .get(range.first, range.last) as number | null;
  const next = (last ?? range.first) + 1;
  if (next > range.last) throw new RangeError('search index partition is full');
  return next;
}

export function removeFromSearch(db: Sqlite, kind: SearchKind, entityId: string): void {
  const rowid = db
    .prepare('SELECT rowid_fts FROM search_row WHERE kind = ? AND entity_id = ?')
    .pluck()
    .get(kind, entityId) as number | undefined;
  if (rowid === undefined) return;
  db.prepare('DELETE FROM search_index WHERE rowid = ?').run(rowid);
  db.prepare('DELETE FROM search_row WHERE kind = ? AND entity_id = ?').run(kind, entityId);
}

/** Joins the non-empty texts of a record for the index. */
export function searchText(...parts: Array<string | null | undefined | readonly string[]>): string {
  return parts
    .flatMap((p) => (Array.isArray(p) ? p : [p]))
    .filter((p): p is string => typeof p === 'string' && p.trim().length > 0)
    .join('\n');
}
