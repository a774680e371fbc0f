/**
 * Highlighting of search results in their original script and spelling: the query "nik" marks
 * "Ник" in "Никола Петровић", as the FTS prefix query matched the folded "nikola".
 */
import { foldWithOffsets, toOriginalRange, type TextRange } from './fold';
import { queryTerms } from './query';

/** A run of the original text; the ellipses marking a cut are segments of their own. */
export interface Segment {
  readonly text: string;
  readonly hit: boolean;
}

export interface HighlightOptions {
  /**
   * Roughly how many characters of the original to show, around the first hit (or from the start
   * when nothing matches). `Infinity` shows everything. Default {@link DEFAULT_SNIPPET_LENGTH}.
   */
  readonly maxLength?: number;
}

export const DEFAULT_SNIPPET_LENGTH = 160;
export const ELLIPSIS = '…';

/** How far past the window a cut may move to reach a word boundary. */
const MAX_WORD_OVERRUN = 24;
const WHITESPACE = /\s/;
const COMBINING_MARK = /\p{M}/u;

/**
 * Splits `original` into hit and non-hit segments. A hit is the part of a word whose folded form
 * starts with one of `terms` (folded here, so raw user words and {@link queryTerms} both work).
 * Concatenating the segments gives back the original, or the window cut from it plus "…" segments.
 */
export function highlight(
  original: string,
  terms: readonly string[],
  opts: HighlightOptions = {},
): Segment[] {
  const hits = findHits(original, terms);
  const window = cutWindow(original, hits[0], opts.maxLength ?? DEFAULT_SNIPPET_LENGTH);
  const segments: Segment[] = [];
  if (window.start > 0) segments.push({ text: ELLIPSIS, hit: false });
  let pos = window.start;
  for (const hit of hits) {
    const start = Math.max(hit.start, pos);
    const end = Math.min(hit.end, window.end);
    if (end <= start) continue;
    if (start > pos) segments.push({ text: original.slice(pos, start), hit: false });
    const last = segments.at(-1);
    if (last?.hit && start === pos) {
      segments[segments.length - 1] = { text: last.text + original.slice(start, end), hit: true };
    } else {
      segments.push({ text: original.slice(start, end), hit: true });
    }
    pos = end;
  }
  if (pos < window.end) segments.push({ text: original.slice(pos, window.end), hit: false });
  if (window.end < original.length) segments.push({ text: ELLIPSIS, hit: false });
  return segments.length > 0 ? segments : [{ text: original, hit: false }];
}

/** Original ranges of the word prefixes matching a term, in order; ranges may touch or overlap. */
function findHits(original: string, terms: readonly string[]): TextRange[] {
  // Longest first, so that "nikola" wins over "nik" when both were typed.
  const needles = [...new Set(terms.flatMap(queryTerms))].sort((a, b) => b.length - a.length);
  if (needles.length === 0) return [];
  const { folded, offsets } = foldWithOffsets(original);
  const hits: TextRange[] = [];
  for (let i = 0; i < folded.length; i++) {
    const wordStart = folded[i] !== ' ' && (i === 0 || folded[i - 1] === ' ');
    if (!wordStart) continue;
    const term = needles.find((needle) => folded.startsWith(needle, i));
    if (term) hits.push(toOriginalRange(offsets, i, i + term.length));
  }
  return hits;
}

/** The part of `text` to show: about `maxLength` characters around `anchor`, cut between words. */
function cutWindow(text: string, anchor: TextRange | undefined, maxLength: number): TextRange {
  if (!(text.length > maxLength)) return { start: 0, end: text.length };
  const focus = anchor ?? { start: 0, end: 0 };
  const lead = Math.floor((maxLength - (focus.end - focus.start)) / 2);
  const start = Math.max(0, Math.min(focus.start - Math.max(lead, 0), text.length - maxLength));
  const end = Math.max(focus.end, Math.min(text.length, start + maxLength));
  return { start: snapStart(text, start, focus.start), end: snapEnd(text, end, focus.end) };
}

/** Moves a window start to a word start: forward (not past `limit`), else back a little. */
function snapStart(text: string, start: number, limit: number): number {
  if (start <= 0) return 0;
  let i = start;
  if (!WHITESPACE.test(text[i - 1] ?? '')) {
    const forward = indexOfWhitespace(text, start, limit, 1);
    const back =
      forward < 0 ? indexOfWhitespace(text, start - 1, start - MAX_WORD_OVERRUN, -1) : -1;
    i = forward >= 0 ? forward + 1 : back >= 0 ? back + 1 : start;
  }
  while (i < limit && WHITESPACE.test(text[i] ?? '')) i++;
  while (i > 0 && !isGraphemeBoundary(text, i)) i--;
  return i;
}

/** Moves a window end to a word end: back (not before `limit`), else forward a little. */
function snapEnd(text: string, end: number, limit: number): number {
  if (end >= text.length) return text.length;
  let i = end;
  if (!WHITESPACE.test(text[i] ?? '')) {
    const back = indexOfWhitespace(text, end - 1, limit, -1);
    const forward = back < 0 ? indexOfWhitespace(text, end, end + MAX_WORD_OVERRUN, 1) : -1;
    i = back >= 0 ? back : forward >= 0 ? forward : end;
  }
  while (i > limit && WHITESPACE.test(text[i - 1] ?? '')) i--;
  while (i < text.length && !isGraphemeBoundary(text, i)) i++;
  return i;
}

/** First whitespace index from `from` towards `to` (inclusive of `from`, exclusive of `to`). */
function indexOfWhitespace(text: string, from: number, to: number, step: 1 | -1): number {
  for (let i = from; step > 0 ? i < Math.min(to, text.length) : i >= Math.max(to, 0); i += step) {
    if (WHITESPACE.test(text[i] ?? '')) return i;
  }
  return -1;
}

/** Whether a cut at `i` keeps surrogate pairs and letters with their combining marks whole. */
function isGraphemeBoundary(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  const splitsPair = code >= 0xdc00 && code <= 0xdfff && /[\uD800-\uDBFF]/.test(text[i - 1] ?? '');
  return !splitsPair && !COMBINING_MARK.test(String.fromCodePoint(text.codePointAt(i) ?? 0));
}
