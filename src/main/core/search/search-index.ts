import { fold } from '../../../shared/search/fold';
import type { Sqlite } from '../store/sqlite';

/** What the global search finds: one row per record, grouped by kind in the results. */
export const SEARCH_KINDS = ['case', 'party', 'seizure', 'object', 'journal', 'document'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

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
  const { lastInsertRowid } = db
    .prepare(
      'INSERT INTO search_index (kind, entity_id, case_id, title, body, folded) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(entry.kind, entry.entityId, entry.caseId, entry.title, entry.body, folded);
  db.prepare('INSERT INTO search_row (kind, entity_id, rowid_fts) VALUES (?, ?, ?)').run(
    entry.kind,
    entry.entityId,
    lastInsertRowid,
  );
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
