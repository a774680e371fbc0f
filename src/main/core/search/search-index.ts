import { SEARCH_KINDS, type SearchKind } from '../../../shared/domain/search-views';
import { fold } from '../../../shared/search/fold';
import type Database from 'better-sqlite3-multiple-ciphers';
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

/** The index's statements, prepared once per connection (a statement import indexes 100,000). */
interface Statements {
  insert: Statement;
  insertRow: Statement;
  lastRowid: Statement;
  findRow: Statement;
  deleteFts: Statement;
  deleteRow: Statement;
}
type Statement = Database.Statement<unknown[]>;
const prepared = new WeakMap<Sqlite, Statements>();

function statements(db: Sqlite): Statements {
  let s = prepared.get(db);
  if (!s) {
    s = {
      insert: db.prepare(
        'INSERT INTO search_index (rowid, kind, entity_id, case_id, title, body, folded) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      insertRow: db.prepare('INSERT INTO search_row (kind, entity_id, rowid_fts) VALUES (?, ?, ?)'),
      // Read from FTS5's own content table: a query of search_index itself would make FTS5 write
      // out the terms it holds in memory first, one tiny segment per record of a bulk import.
      lastRowid: db
        .prepare('SELECT max(id) FROM search_index_content WHERE id BETWEEN ? AND ?')
        .pluck(),
      findRow: db
        .prepare('SELECT rowid_fts FROM search_row WHERE kind = ? AND entity_id = ?')
        .pluck(),
      deleteFts: db.prepare('DELETE FROM search_index WHERE rowid = ?'),
      deleteRow: db.prepare('DELETE FROM search_row WHERE kind = ? AND entity_id = ?'),
    };
    prepared.set(db, s);
  }
  return s;
}

/**
 * Puts a record's text into the search index, replacing what was indexed for it before. Runs
 * inside the caller's write transaction so the index never disagrees with the data.
 */
export function indexForSearch(db: Sqlite, entry: IndexEntry): void {
  removeFromSearch(db, entry.kind, entry.entityId);
  addToSearch(db, entry);
}

/**
 * Indexes a record known to have no entry yet (one just inserted): what indexForSearch does,
 * without looking for an entry to replace.
 */
export function addToSearch(db: Sqlite, entry: IndexEntry): void {
  insertEntry(statements(db), entry, nextRowid(db, searchPartition(entry.kind, entry.caseId)));
}

/**
 * For many new records in one transaction (a statement import's payments): addToSearch, with the
 * end of each partition read once and then counted on. Nothing else may index records of the
 * same partitions while the returned function is in use.
 */
export function searchAdder(db: Sqlite): (entry: IndexEntry) => void {
  const s = statements(db);
  const last = new Map<number, number>();
  return (entry) => {
    const range = searchPartition(entry.kind, entry.caseId);
    const rowid = (last.get(range.first) ?? nextRowid(db, range) - 1) + 1;
    if (rowid > range.last) throw new RangeError('search index partition is full');
    last.set(range.first, rowid);
    insertEntry(s, entry, rowid);
  };
}

function nextRowid(db: Sqlite, range: RowidRange): number {
  const last = statements(db).lastRowid.get(range.first, range.last) as number | null;
  const next = (last ?? range.first) + 1;
  if (next > range.last) throw new RangeError('search index partition is full');
  return next;
}

function insertEntry(s: Statements, entry: IndexEntry, rowid: number): void {
  const folded = fold(`${entry.title}\n${entry.body}`);
  s.insert.run(rowid, entry.kind, entry.entityId, entry.caseId, entry.title, entry.body, folded);
  s.insertRow.run(entry.kind, entry.entityId, rowid);
}

/*
 * Rowids of the index are partitioned so that a search can be limited to one kind, or to one
 * kind in one case, by a rowid range, which FTS5 applies while it walks its doclists (also under
 * ORDER BY rank); filtering on the UNINDEXED kind or case_id columns would read every matching
 * row instead. A rowid is kind · 2^48 + case bucket · 2^34 + sequence, below 2^53 so that it
 * stays an exact JavaScript number:
 *   kind    1…31 (position in SEARCH_KINDS + 1; kinds are appended, never reordered)
 *   bucket  0 for records of no case (parties), else 1…16383 from a hash of the case id; two
 *           cases may share a bucket, so a search within a case still checks case_id
 *   sequence 1…2^34 − 1 within the partition, in order of indexing
 * (Until migration 0110 it was kind · 2^50 + bucket · 2^36 + sequence, room for 7 kinds only.)
 */
const KIND_UNIT = 2 ** 48;
const BUCKET_UNIT = 2 ** 34;
const CASE_BUCKETS = 2 ** 14 - 1;
const MAX_KINDS = 31;
if (SEARCH_KINDS.length > MAX_KINDS) throw new Error('the search index has room for 31 kinds');

/** A closed range of rowids: `rowid BETWEEN first AND last`. */
export interface RowidRange {
  first: number;
  last: number;
}

/** The case's bucket of the rowid layout (also used by migration 0110: never change it). */
export function caseBucket(caseId: string): number {
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

export function removeFromSearch(db: Sqlite, kind: SearchKind, entityId: string): void {
  const s = statements(db);
  const rowid = s.findRow.get(kind, entityId) as number | undefined;
  if (rowid === undefined) return;
  s.deleteFts.run(rowid);
  s.deleteRow.run(kind, entityId);
}

/** Joins the non-empty texts of a record for the index. */
export function searchText(...parts: Array<string | null | undefined | readonly string[]>): string {
  return parts
    .flatMap((p) => (Array.isArray(p) ? p : [p]))
    .filter((p): p is string => typeof p === 'string' && p.trim().length > 0)
    .join('\n');
}
