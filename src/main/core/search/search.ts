import {
  DEFAULT_HITS_PER_KIND,
  MAX_SEARCH_QUERY_LENGTH,
  SEARCH_KINDS,
  SEARCH_TOTAL_CAP,
  SearchRequest,
  type SearchGroup,
  type SearchHit,
  type SearchKind,
  type SearchResults,
} from '../../../shared/domain/search-views';
import { highlight, queryTerms, type Segment } from '../../../shared/search';
import { z } from 'zod';
import type { CaseFileSession } from '../case-file/session';
import type { Sqlite } from '../store/sqlite';
import { parseInput } from '../support/validate';
import { searchPartition, type RowidRange } from './search-index';

/** More words than this add little to a search and only cost time; the rest are ignored. */
const MAX_TERMS = 8;
/**
 * Ranking reads every match's size and positions. When one kind has more matches than this (a
 * two-letter prefix on a large case file), the best of the most recently indexed RANK_BUDGET are
 * shown: the answer stays quick, and every further letter narrows it to what was meant.
 */
export const RANK_BUDGET = 4000;
const SNIPPET_LENGTH = 160;
/** Text searched for a snippet's first match, per field (descriptions may run to 100k chars). */
const SNIPPET_SCAN_CHARS = 20_000;
const FIELD_SEPARATOR = ' · ';

/** The query's text is never refused (hostile input finds nothing); the options are checked. */
const Request = SearchRequest.extend({ query: z.string() });

export interface SearchPlan {
  /** FTS5 MATCH expression over the folded text. */
  match: string;
  /** Folded words, for highlighting. */
  terms: string[];
}

/**
 * What `query` searches for, or null when nothing can be searched for. Every word is a prefix
 * ("nik" finds "Nikola"), all must occur. A one-character word is matched as a whole word (a
 * one-letter prefix would read most of the index), and one at the end of a longer query is left
 * out: it is the first letter of a word still being typed.
 */
export function searchPlan(query: string): SearchPlan | null {
  const all = queryTerms(cutQuery(query)).slice(0, MAX_TERMS);
  const terms = all.filter(
    (t, i) => t.length > 1 || all.length === 1 || i < all.length - 1 || /\p{N}/u.test(t),
  );
  if (terms.length === 0) return null;
  // Folding leaves letters, digits and spaces only; quoting keeps AND, OR, NEAR words as words.
  const match = terms
    .map((t) => `"${t.replaceAll('"', '""')}"${t.length > 1 ? '*' : ''}`)
    .join(' AND ');
  return { match, terms };
}

function cutQuery(query: string): string {
  if (query.length <= MAX_SEARCH_QUERY_LENGTH) return query;
  const cut = query.slice(0, MAX_SEARCH_QUERY_LENGTH);
  // Not half a surrogate pair.
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

interface Row {
  rowid: number;
  entity_id: string;
  case_id: string | null;
  title: string;
  body: string;
  rank: number;
}

const COLUMNS = 'rowid, entity_id, case_id, title, body, rank';

/**
 * Searches cases, parties, seizures, objects, journal entries and documents at once, insensitive
 * to case, diacritics and script: "Никола" finds "Nikola", "djordje" finds "Đorđe". Each kind is
 * searched in its own range of the index (see searchPartition), counted up to SEARCH_TOTAL_CAP
 * and ranked with bm25. Read-only.
 */
export function searchAll(session: CaseFileSession, request: SearchRequest): SearchResults {
  const { query, caseId, kinds, limitPerKind } = parseInput(Request, request, 'search');
  const searched = cutQuery(query);
  const plan = searchPlan(searched);
  if (!plan) return { query: searched, groups: [] };
  const db = session.db;
  const limit = limitPerKind ?? DEFAULT_HITS_PER_KIND;
  const references = caseReferences(db);
  const groups: SearchGroup[] = [];
  for (const kind of SEARCH_KINDS) {
    if (kinds && !kinds.includes(kind)) continue;
    const found =
      caseId && kind === 'party'
        ? searchCaseParties(db, plan, caseId, limit)
        : searchKind(db, kind, plan, caseId ?? null, limit);
    if (found.total === 0) continue;
    groups.push({
      kind,
      total: Math.min(found.total, SEARCH_TOTAL_CAP),
      capped: found.total > SEARCH_TOTAL_CAP,
      hits: found.rows.map((row) => toHit(kind, row, plan.terms, references)),
    });
  }
  return { query: searched, groups };
}

interface Found {
  /** Up to SEARCH_TOTAL_CAP + 1. */
  total: number;
  rows: Row[];
}

function searchKind(
  db: Sqlite,
  kind: SearchKind,
  plan: SearchPlan,
  caseId: string | null,
  limit: number,
): Found {
  const range: RowidRange = searchPartition(kind, caseId ?? undefined);
  // A case's range may hold another case's records (see searchPartition).
  const where = `search_index MATCH @match AND rowid BETWEEN @first AND @last${caseId ? ' AND case_id = @caseId' : ''}`;
  const params = { match: plan.match, first: range.first, last: range.last, caseId, limit };
  const total = db
    .prepare(
      `SELECT count(*) FROM (SELECT 1 FROM search_index WHERE ${where} LIMIT ${SEARCH_TOTAL_CAP + 1})`,
    )
    .pluck()
    .get(params) as number;
  if (total === 0) return { total, rows: [] };
  if (total > SEARCH_TOTAL_CAP) {
    const bound = db
      .prepare(
        `SELECT rowid FROM search_index WHERE ${where} ORDER BY rowid DESC LIMIT 1 OFFSET ${RANK_BUDGET - 1}`,
      )
      .pluck()
      .get(params) as number | undefined;
    if (bound !== undefined) params.first = bound;
  }
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM search_index WHERE ${where} ORDER BY rank LIMIT @limit`)
    .all(params) as Row[];
  return { total, rows };
}

/**
 * Parties belong to no case; within a case, those taking part in it are searched, each looked up
 * by its rowid (a case has tens of parties, the index may have a hundred thousand).
 */
function searchCaseParties(db: Sqlite, plan: SearchPlan, caseId: string, limit: number): Found {
  const rowids = db
    .prepare(
      `SELECT DISTINCT s.rowid_fts FROM case_party c
       JOIN search_row s ON s.kind = 'party' AND s.entity_id = c.party_id
       WHERE c.case_id = ?`,
    )
    .pluck()
    .all(caseId) as number[];
  const one = db.prepare(
    `SELECT ${COLUMNS} FROM search_index WHERE search_index MATCH ? AND rowid = ?`,
  );
  const rows = rowids
    .map((rowid) => one.get(plan.match, rowid) as Row | undefined)
    .filter((row): row is Row => row !== undefined)
    .sort((a, b) => a.rank - b.rank || a.rowid - b.rowid);
  return { total: rows.length, rows: rows.slice(0, limit) };
}

function caseReferences(db: Sqlite): (caseId: string | null) => string | null {
  const get = db.prepare('SELECT reference FROM case_record WHERE id = ?').pluck();
  const known = new Map<string, string | null>();
  return (caseId) => {
    if (caseId === null) return null;
    if (!known.has(caseId)) known.set(caseId, (get.get(caseId) as string | undefined) ?? null);
    return known.get(caseId) ?? null;
  };
}

function toHit(
  kind: SearchKind,
  row: Row,
  terms: readonly string[],
  reference: (caseId: string | null) => string | null,
): SearchHit {
  return {
    kind,
    entityId: row.entity_id,
    caseId: row.case_id,
    caseReference: reference(row.case_id),
    title: row.title,
    titleSegments: highlight(row.title, terms, { maxLength: Infinity }),
    snippet: snippet(row.body, terms),
    rank: row.rank,
  };
}

/** The first of the record's texts that has a match, around the match; else the start of all. */
export function snippet(body: string, terms: readonly string[]): Segment[] {
  const fields = body.split('\n').filter((f) => f.trim() !== '');
  for (const field of fields) {
    const segments = highlight(field.slice(0, SNIPPET_SCAN_CHARS), terms, {
      maxLength: SNIPPET_LENGTH,
    });
    if (segments.some((s) => s.hit)) return segments;
  }
  let start = '';
  for (const field of fields) {
    start = start ? `${start}${FIELD_SEPARATOR}${field}` : field;
    if (start.length > 2 * SNIPPET_LENGTH) break;
  }
  return start ? highlight(start.slice(0, 2 * SNIPPET_LENGTH), [], { maxLength: SNIPPET_LENGTH }) : [];
}
