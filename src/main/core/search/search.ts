import {
  DEFAULT_HITS_PER_KIND,
  MAX_SEARCH_QUERY_LENGTH,
  SEARCH_KINDS,
  SEARCH_TOTAL_CAP,
  SearchRequest,
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
 * bm25 ranking first counts, for each word of the query, every record of the whole index that has
 * it (its IDF), whatever else restricts the search: about 3 µs a record. A query with a word found
 * in more records than this is not ranked (see SearchResults.ranked).
 */
export const RANK_BUDGET = 5000;
const SNIPPET_LENGTH = 160;
/** Text searched for a snippet's first match, per field (descriptions may run to 100k chars). */
const SNIPPET_SCAN_CHARS = 20_000;
const FIELD_SEPARATOR = ' · ';

/** The query's text is never refused (hostile input finds nothing); the options are checked. */
const Request = SearchRequest.extend({ query: z.string() });

export interface SearchPlan {
  /** One FTS5 phrase per word, over the folded text; all must match. */
  phrases: string[];
  /** FTS5 MATCH expression: the phrases joined by AND. */
  match: string;
  /** Folded words, for highlighting. */
  terms: string[];
}

/**
 * What `query` searches for, or null when nothing can be searched for. Every word is a prefix
 * ("nik" finds "Nikola"), all must occur. A one-character word is matched as a whole word (a
 * one-letter prefix would read most of the index), and a one-letter word at the end of a longer
 * query is left out: it is the first letter of a word still being typed.
 */
export function searchPlan(query: string): SearchPlan | null {
  const all = queryTerms(cutQuery(query)).slice(0, MAX_TERMS);
  const terms = all.filter(
    (t, i) => t.length > 1 || all.length === 1 || i < all.length - 1 || /\p{N}/u.test(t),
  );
  if (terms.length === 0) return null;
  // Folding leaves letters, digits and spaces only; quoting keeps AND, OR, NEAR words as words.
  const phrases = terms.map((t) => `"${t.replaceAll('"', '""')}"${t.length > 1 ? '*' : ''}`);
  return { phrases, match: phrases.join(' AND '), terms };
}

function cutQuery(query: string): string {
  if (query.length <= MAX_SEARCH_QUERY_LENGTH) return query;
  const cut = query.slice(0, MAX_SEARCH_QUERY_LENGTH);
  // Not half a surrogate pair.
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

interface Scope {
  kinds: readonly SearchKind[];
  caseId: string | null;
  limit: number;
}

/** A match found for a group: its rowid, and its bm25 score when the search is ranked. */
interface Match {
  rowid: number;
  rank: number | null;
}

interface Found {
  kind: SearchKind;
  /** Up to SEARCH_TOTAL_CAP + 1. */
  total: number;
  /** The hits to show, in order. */
  matches: Match[];
}

/**
 * Searches cases, parties, seizures, objects, journal entries, documents, accounts, payments and
 * international requests at once, insensitive to case, diacritics and script: "Никола" finds
 * "Nikola", "djordje" finds "Đorđe". Groups come in SEARCH_KINDS order, each counted up to
 * SEARCH_TOTAL_CAP and ranked with bm25 (unless a word is too common for that: see RANK_BUDGET).
 * Read-only; the query's text never causes an error.
 */
export function searchAll(session: CaseFileSession, request: SearchRequest): SearchResults {
  const { query, caseId, kinds, limitPerKind } = parseInput(Request, request, 'search');
  const searched = cutQuery(query);
  const plan = searchPlan(searched);
  if (!plan) return { query: searched, ranked: true, groups: [] };
  const db = session.db;
  const scope: Scope = {
    kinds: SEARCH_KINDS.filter((k) => !kinds || kinds.includes(k)),
    caseId: caseId ?? null,
    limit: limitPerKind ?? DEFAULT_HITS_PER_KIND,
  };
  const ranked = plan.phrases.every((phrase) => countUpTo(db, phrase, RANK_BUDGET) <= RANK_BUDGET);
  const found = ranked ? rankedSearch(db, plan, scope) : unrankedSearch(db, plan, scope);
  const hitOf = hitMaker(db, plan.terms);
  return {
    query: searched,
    ranked,
    groups: found
      .filter((f) => f.total > 0)
      .map((f) => ({
        kind: f.kind,
        total: Math.min(f.total, SEARCH_TOTAL_CAP),
        capped: f.total > SEARCH_TOTAL_CAP,
        hits: f.matches.map((m) => hitOf(f.kind, m)),
      })),
  };
}

function countUpTo(db: Sqlite, match: string, max: number): number {
  return db
    .prepare(
      `SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT ${max + 1})`,
    )
    .pluck()
    .get(match) as number;
}

const inRange = (rowid: number, r: RowidRange) => rowid >= r.first && rowid <= r.last;

/**
 * Every word is in at most RANK_BUDGET records, so all matches are ranked in one statement (bm25
 * reads its statistics once per statement) and sorted into their groups by rowid partition.
 */
function rankedSearch(db: Sqlite, plan: SearchPlan, scope: Scope): Found[] {
  const groups = scope.kinds.map((kind) => ({
    kind,
    range: searchPartition(kind, kind === 'party' ? undefined : (scope.caseId ?? undefined)),
    matches: [] as Match[],
  }));
  const caseParties = scope.caseId ? casePartyRowids(db, scope.caseId) : null;
  const rows = db
    .prepare('SELECT rowid, rank FROM search_index WHERE search_index MATCH ?')
    .raw(true)
    .all(plan.match) as Array<[number, number]>;
  for (const [rowid, rank] of rows) {
    const group = groups.find((g) => inRange(rowid, g.range));
    if (!group) continue;
    if (caseParties && group.kind === 'party' && !caseParties.has(rowid)) continue;
    group.matches.push({ rowid, rank });
  }
  const caseOf = db.prepare('SELECT case_id FROM search_index WHERE rowid = ?').pluck();
  return groups.map(({ kind, matches }) => {
    // A case's partition may hold records of another case (see searchPartition).
    const kept =
      scope.caseId && kind !== 'party'
        ? matches.filter((m) => caseOf.get(m.rowid) === scope.caseId)
        : matches;
    kept.sort((a, b) => (a.rank as number) - (b.rank as number) || a.rowid - b.rowid);
    return { kind, total: kept.length, matches: kept.slice(0, scope.limit) };
  });
}

/**
 * A word is in too many records to rank: each group is counted in its own rowid partition, which
 * FTS5 walks without reading the records, and shows the first matches of the partition.
 */
function unrankedSearch(db: Sqlite, plan: SearchPlan, scope: Scope): Found[] {
  return scope.kinds.map((kind) => {
    if (scope.caseId && kind === 'party') {
      // One pass over the matching parties (a statement per party would redo the prefix merges).
      const parties = casePartyRowids(db, scope.caseId);
      const rowids = (
        db
          .prepare(
            'SELECT rowid FROM search_index WHERE search_index MATCH @match AND rowid BETWEEN @first AND @last',
          )
          .pluck()
          .all({ ...searchPartition('party'), match: plan.match }) as number[]
      ).filter((rowid) => parties.has(rowid));
      return {
        kind,
        total: rowids.length,
        matches: rowids.slice(0, scope.limit).map((rowid) => ({ rowid, rank: null })),
      };
    }
    const range = searchPartition(kind, scope.caseId ?? undefined);
    const where = `search_index MATCH @match AND rowid BETWEEN @first AND @last${scope.caseId ? ' AND case_id = @caseId' : ''}`;
    // One statement: each one merges the doclists of the query's long prefixes anew.
    const rowids = db
      .prepare(`SELECT rowid FROM search_index WHERE ${where} LIMIT ${SEARCH_TOTAL_CAP + 1}`)
      .pluck()
      .all({ ...range, match: plan.match, caseId: scope.caseId }) as number[];
    return {
      kind,
      total: rowids.length,
      matches: rowids.slice(0, scope.limit).map((rowid) => ({ rowid, rank: null })),
    };
  });
}

/** Index rowids of the parties taking part in a case (parties belong to no case themselves). */
function casePartyRowids(db: Sqlite, caseId: string): Set<number> {
  const rowids = db
    .prepare(
      `SELECT s.rowid_fts FROM case_party c
       JOIN search_row s ON s.kind = 'party' AND s.entity_id = c.party_id
       WHERE c.case_id = ?`,
    )
    .pluck()
    .all(caseId) as number[];
  return new Set(rowids);
}

interface Row {
  entity_id: string;
  case_id: string | null;
  title: string;
  body: string;
}

function hitMaker(db: Sqlite, terms: readonly string[]): (kind: SearchKind, m: Match) => SearchHit {
  const get = db.prepare(
    'SELECT entity_id, case_id, title, body FROM search_index WHERE rowid = ?',
  );
  const reference = caseReferences(db);
  return (kind, { rowid, rank }) => {
    const row = get.get(rowid) as Row;
    return {
      kind,
      entityId: row.entity_id,
      caseId: row.case_id,
      caseReference: reference(row.case_id),
      title: row.title,
      titleSegments: highlight(row.title, terms, { maxLength: Infinity }),
      snippet: snippet(row.body, terms),
      rank,
    };
  };
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
  return start
    ? highlight(start.slice(0, 2 * SNIPPET_LENGTH), [], { maxLength: SNIPPET_LENGTH })
    : [];
}
