/**
 * Search folding: the one normalisation applied both to text before it enters the FTS index and to
 * every query, so that case, diacritics and script (Serbian and Macedonian Cyrillic or Latin) do not
 * matter. "Ђорђе", "Đorđe" and "DJORDJE" all fold to "djordje"; "Ќосе" and "Kjose" to "kjose".
 *
 * Output alphabet: lowercase letters (Latin after transliteration; other scripts kept), digits and
 * spaces standing in for everything else (one per grapheme), with positions that can be
 * mapped back to the original for highlighting.
 */

export interface FoldedText {
  /** The folded text (see {@link fold}). */
  readonly folded: string;
  /**
   * `offsets[i]` is the index in the original text where the grapheme that produced `folded[i]`
   * starts; one extra final entry equals the original length. Non-decreasing.
   */
  readonly offsets: readonly number[];
}

/** A half-open range `[start, end)` of UTF-16 indices into the original text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Lowercase Cyrillic to Latin, already without diacritics. Serbian follows the official Latin
 * alphabet (ђ→đ→dj, џ→dž→dz, ћ→ć→c) so that both scripts fold alike; Macedonian follows common
 * usage (Gjorgji, Kjose, Dzole) rather than ISO 9. Other Cyrillic languages get a Serbian-style
 * reading (Сергей → sergej, Юрий → jurij), Bulgarian ъ its own vowel (Търново → tarnovo).
 * Looked up before Unicode decomposition, which would turn ѓ into г + accent and й into и + breve.
 */
// prettier-ignore
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'dj', е: 'e', ж: 'z', з: 'z', и: 'i', ј: 'j',
  к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't',
  ћ: 'c', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'c', џ: 'dz', ш: 's',
  // Macedonian
  ѓ: 'gj', ќ: 'kj', ѕ: 'dz', ѐ: 'e', ѝ: 'i',
  // Russian, Ukrainian, Belarusian, Bulgarian
  й: 'j', ё: 'e', щ: 'sc', ъ: 'a', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja',
  є: 'je', і: 'i', ї: 'ji', ґ: 'g', ў: 'u',
};

/** Lowercase Latin letters that Unicode does not decompose into a base letter plus marks. */
const SPECIAL_LATIN: Readonly<Record<string, string>> = {
  đ: 'dj',
  // U+00F0 (Icelandic eth) looks like đ and sits where Windows-1250 puts Đ/đ: mis-decoded
  // Serbo-Croatian text is full of it.
  ð: 'dj',
  // Macedonian ISO 9 Latin (Ǵorǵi, Ḱose) meets the common spelling (Gjorgji, Kjose).
  ǵ: 'gj',
  ḱ: 'kj',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
  þ: 'th',
  ħ: 'h',
  ŧ: 't',
};

const COMBINING_MARK = /\p{M}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Plain ASCII, the bulk of most text, folds by table. */
const ASCII: readonly string[] = Array.from({ length: 0x80 }, (_, code) => {
  const ch = String.fromCharCode(code);
  return /[a-z0-9]/.test(ch) ? ch : /[A-Z]/.test(ch) ? ch.toLowerCase() : ' ';
});

/**
 * Normalising is the slow part and real text repeats few distinct non-ASCII graphemes (an alphabet
 * or two), so results are remembered; the bound keeps hostile input from growing it without end.
 */
const graphemeCache = new Map<string, string>();
const GRAPHEME_CACHE_LIMIT = 4096;

/**
 * Folds text for search: lowercase, Cyrillic transliterated to Latin, diacritics removed (č→c,
 * đ→dj, ë→e, ç→c), compatibility forms unified (ǆ→dz, ﬁ→fi), and every grapheme that is neither a
 * letter nor a digit replaced by a space. Idempotent.
 */
export function fold(text: string): string {
  return walk(text, null);
}

/** {@link fold}, plus where each folded character came from in `text`. */
export function foldWithOffsets(text: string): FoldedText {
  const offsets: number[] = [];
  const folded = walk(text, offsets);
  return { folded, offsets };
}

/**
 * Maps the folded range `[start, end)` back to the original text. The end is widened to whole
 * graphemes: a match of "l" inside the "lj" folded from "Љ" covers the whole "Љ".
 */
export function toOriginalRange(offsets: readonly number[], start: number, end: number): TextRange {
  const from = offsets[start] ?? 0;
  if (end <= start) return { start: from, end: from };
  const last = offsets[end - 1] ?? from;
  let k = end;
  while (k < offsets.length - 1 && offsets[k] === last) k++;
  return { start: from, end: offsets[k] ?? from };
}

function walk(text: string, offsets: number[] | null): string {
  let folded = '';
  let i = 0;
  while (i < text.length) {
    const start = i;
    i = graphemeEnd(text, i);
    const code = text.charCodeAt(start);
    const out = i === start + 1 && code < 0x80 ? ASCII[code] : foldGrapheme(text.slice(start, i));
    folded += out;
    if (offsets) for (let k = 0; k < out.length; k++) offsets.push(start);
  }
  offsets?.push(text.length);
  return folded;
}

/**
 * End of the grapheme starting at `i`: one code point (a surrogate pair counts as one) and the
 * combining marks after it. Simpler than full segmentation, and enough: marks are what must stay
 * with their letter, since "c\u030C" has to fold exactly like the precomposed "č".
 */
function graphemeEnd(text: string, i: number): number {
  let end = i + codePointLength(text, i);
  while (end < text.length) {
    const code = text.codePointAt(end) ?? 0;
    // No combining mark lies below U+0300: skip the regular expression for most text.
    if (code < 0x300 || !COMBINING_MARK.test(String.fromCodePoint(code))) break;
    end += code > 0xffff ? 2 : 1;
  }
  return end;
}

function codePointLength(text: string, i: number): number {
  return (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}

function foldGrapheme(grapheme: string): string {
  const cached = graphemeCache.get(grapheme);
  if (cached !== undefined) return cached;
  let out = '';
  // NFC first so that a decomposed "г\u0301" is found in the table as "ѓ".
  for (const codePoint of grapheme.normalize('NFC')) out += foldCodePoint(codePoint);
  if (graphemeCache.size < GRAPHEME_CACHE_LIMIT) graphemeCache.set(grapheme, out);
  return out;
}

function foldCodePoint(codePoint: string): string {
  const lower = codePoint.toLowerCase();
  const direct = CYRILLIC[lower] ?? SPECIAL_LATIN[lower];
  if (direct !== undefined) return direct;
  let out = '';
  // NFKD splits off diacritics and expands compatibility forms (ǉ → lj, Ⅻ → XII, hence the second
  // toLowerCase); "İ".toLowerCase() is "i" + combining dot, which the mark test drops.
  for (const ch of lower.normalize('NFKD').toLowerCase()) {
    if (COMBINING_MARK.test(ch)) continue;
    out += CYRILLIC[ch] ?? SPECIAL_LATIN[ch] ?? (LETTER_OR_DIGIT.test(ch) ? ch : ' ');
  }
  return out;
}
