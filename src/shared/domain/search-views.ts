import { z } from 'zod';
import { Id } from './common';

/**
 * The global search: what may be asked and what comes back. Matching is insensitive to case,
 * diacritics and Serbian/Macedonian script (shared/search/fold.ts); results come grouped by kind.
 */

/**
 * What the search finds, in the order the groups are shown. A kind's position is part of the
 * index's stored rowids (core/search/search-index.ts): append new kinds, never reorder.
 */
export const SEARCH_KINDS = [
  'case',
  'party',
  'seizure',
  'object',
  'journal',
  'document',
  'account',
  'payment',
  'request',
] as const;
export const SearchKind = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof SearchKind>;

/** Longer queries are cut to this many characters (nobody types more into a search box). */
export const MAX_SEARCH_QUERY_LENGTH = 200;
/** A group's `total` counts matches up to this; `capped` says there are more. */
export const SEARCH_TOTAL_CAP = 1000;
export const DEFAULT_HITS_PER_KIND = 8;
export const MAX_HITS_PER_KIND = 50;

export const SearchRequest = z
  .object({
    /** Any text; what cannot be searched for (punctuation, FTS syntax) is ignored, never refused. */
    query: z.string().max(10_000),
    /** Only records of this case (and the parties taking part in it). */
    caseId: Id.nullable().optional(),
    kinds: z.array(SearchKind).max(SEARCH_KINDS.length).optional(),
    limitPerKind: z.number().int().min(1).max(MAX_HITS_PER_KIND).optional(),
  })
  .strict();
export type SearchRequest = z.input<typeof SearchRequest>;

/** A run of a result's original text; `hit` runs are what the query matched. */
export const SearchSegment = z.object({ text: z.string(), hit: z.boolean() });

export const SearchHit = z.object({
  kind: SearchKind,
  entityId: Id,
  /** Null for records shared by all cases (parties). */
  caseId: Id.nullable(),
  caseReference: z.string().nullable(),
  title: z.string(),
  titleSegments: z.array(SearchSegment),
  /** A short part of the record's other text, around the first match when there is one. */
  snippet: z.array(SearchSegment),
  /** FTS5 bm25 score as SQLite gives it, lower is better; null when the search was not ranked. */
  rank: z.number().nullable(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchGroup = z.object({
  kind: SearchKind,
  /** Matches of this kind, counted up to SEARCH_TOTAL_CAP. */
  total: z.number().int().min(1),
  /** More than SEARCH_TOTAL_CAP matched. */
  capped: z.boolean(),
  /** Best first when the search was ranked, else in the order of the index. */
  hits: z.array(SearchHit),
});
export type SearchGroup = z.infer<typeof SearchGroup>;

export const SearchResults = z.object({
  /** The query as searched (cut to MAX_SEARCH_QUERY_LENGTH). */
  query: z.string(),
  /**
   * False when a word of the query occurs in so many records (one or two letters on a large case
   * file) that ranking them would be slow: the groups then show the first matches found, and the
   * next letter typed usually makes the search ranked again.
   */
  ranked: z.boolean(),
  /** Only kinds with at least one match, in SEARCH_KINDS order. */
  groups: z.array(SearchGroup),
});
export type SearchResults = z.infer<typeof SearchResults>;
