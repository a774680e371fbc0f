import type { AuthenticityFinding, OpinionRecord } from '../domain/expert';
import type { AspectSummary, OpinionAspect } from '../domain/expert-views';
import { sumAmounts, toMicros } from '../finance/decimal';
import { fold } from '../search/fold';

/**
 * What an object's expert opinions say, aspect by aspect (issue #7). Opinions are never merged
 * (REFERENCE.md §9.1, CIDOC-CRM E13: each is one expert's assertion): the summary only groups
 * the opinions that take the same position and says whether the positions are compatible. Every
 * position names the opinions it rests on, so a screen can point at them side by side.
 *
 * Per aspect, `state` is "none" (no opinion addresses it), "single" (one does), "agreed" (several
 * do, compatibly) or "disputed" (at least two positions contradict each other):
 * - authenticity: one position per finding; "authentic" against "not_authentic" is a dispute,
 *   "inconclusive" contradicts neither and is listed as a position of its own;
 * - dating: one position per year range "earliest/latest" (an open end is left empty, e.g.
 *   "-400/"); ranges that overlap (ends included) agree, two disjoint ranges are a dispute.
 *   A dating given only in words has no years to compare and is left to the opinions themselves;
 * - origin: one position per country when the opinion names one, else per wording (compared
 *   folded: case, diacritics, Latin/Cyrillic); two different countries, or two different
 *   wordings, are a dispute; a wording against a country cannot be compared and is not;
 * - value: one position per amount and currency ("1200.00 EUR"); see `valuesDisputed`;
 * - redList: one position per Red List category code; two different categories are a dispute.
 */
export type SummarisedOpinion = Pick<
  OpinionRecord,
  'id' | 'authenticity' | 'dating' | 'origin' | 'value' | 'redListCategory'
>;

interface Position {
  value: string;
  opinionIds: string[];
}

/** Groups opinions by key in order of first appearance; `value` is the first one's. */
class Positions<K> {
  private readonly byKey = new Map<string, { position: Position; key: K }>();
  add(keyText: string, key: K, value: string, opinionId: string): void {
    const found = this.byKey.get(keyText);
    if (found) found.position.opinionIds.push(opinionId);
    else this.byKey.set(keyText, { position: { value, opinionIds: [opinionId] }, key });
  }
  get entries(): Array<{ position: Position; key: K }> {
    return [...this.byKey.values()];
  }
}

function summary<K>(
  aspect: OpinionAspect,
  positions: Positions<K>,
  disputed: (keys: K[]) => boolean,
): AspectSummary {
  const entries = positions.entries;
  const count = entries.reduce((n, e) => n + e.position.opinionIds.length, 0);
  const state =
    count === 0
      ? 'none'
      : count === 1
        ? 'single'
        : disputed(entries.map((e) => e.key))
          ? 'disputed'
          : 'agreed';
  return { aspect, state, positions: entries.map((e) => e.position) };
}

/** Whether any two of `items` satisfy `clash`. */
function anyPair<T>(items: readonly T[], clash: (a: T, b: T) => boolean): boolean {
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) if (clash(items[i] as T, items[j] as T)) return true;
  return false;
}

function authenticity(opinions: readonly SummarisedOpinion[]): AspectSummary {
  const positions = new Positions<AuthenticityFinding>();
  for (const o of opinions)
    if (o.authenticity !== null)
      positions.add(o.authenticity, o.authenticity, o.authenticity, o.id);
  return summary('authenticity', positions, (findings) => {
    return findings.includes('authentic') && findings.includes('not_authentic');
  });
}

interface YearRange {
  earliest: number | null;
  latest: number | null;
}

/** Inclusive ranges overlap unless one ends before the other begins (an open end never does). */
function disjoint(a: YearRange, b: YearRange): boolean {
  const before = (x: YearRange, y: YearRange) =>
    x.latest !== null && y.earliest !== null && x.latest < y.earliest;
  return before(a, b) || before(b, a);
}

function dating(opinions: readonly SummarisedOpinion[]): AspectSummary {
  const positions = new Positions<YearRange>();
  for (const o of opinions) {
    const { earliest, latest } = o.dating;
    if (earliest === null && latest === null) continue;
    const value = `${earliest ?? ''}/${latest ?? ''}`;
    positions.add(value, { earliest, latest }, value, o.id);
  }
  return summary('dating', positions, (ranges) => anyPair(ranges, disjoint));
}

type OriginKey = { country: string } | { text: string };

function origin(opinions: readonly SummarisedOpinion[]): AspectSummary {
  const positions = new Positions<OriginKey>();
  for (const o of opinions) {
    const { country, text } = o.origin;
    if (country !== null) positions.add(`country:${country}`, { country }, country, o.id);
    else if (text.trim() !== '') {
      const folded = fold(text.trim());
      positions.add(`text:${folded}`, { text: folded }, text.trim(), o.id);
    }
  }
  // Keys are distinct per position: two of the same kind differ, a country and a wording are
  // not comparable.
  return summary('origin', positions, (keys) =>
    anyPair(keys, (a, b) => 'country' in a === 'country' in b),
  );
}

/**
 * Estimated values are disputed when, in the same currency, the highest estimate is more than
 * twice the lowest. Experts' valuations of the same object routinely differ by a margin (market,
 * condition, the purpose of the estimate), so a spread within a factor of two is treated as
 * agreement; beyond it the estimates no longer describe the same thing, and the prosecutor must
 * see both. Amounts in different currencies are not compared (no exchange rate is assumed here).
 */
export const VALUE_DISPUTE_FACTOR = 2n;

export function valuesDisputed(amounts: ReadonlyArray<{ amount: string; currency: string }>) {
  const byCurrency = new Map<string, bigint[]>();
  for (const a of amounts) {
    const list = byCurrency.get(a.currency) ?? [];
    list.push(toMicros(a.amount));
    byCurrency.set(a.currency, list);
  }
  for (const list of byCurrency.values()) {
    if (list.length < 2) continue;
    const low = list.reduce((m, x) => (x < m ? x : m));
    const high = list.reduce((m, x) => (x > m ? x : m));
    if (high > VALUE_DISPUTE_FACTOR * low) return true;
  }
  return false;
}

function value(opinions: readonly SummarisedOpinion[]): AspectSummary {
  const positions = new Positions<{ amount: string; currency: string }>();
  for (const o of opinions) {
    if (o.value === null) continue;
    const amount = sumAmounts([o.value.amount]);
    const text = `${amount} ${o.value.currency}`;
    positions.add(text, { amount, currency: o.value.currency }, text, o.id);
  }
  return summary('value', positions, valuesDisputed);
}

function redList(opinions: readonly SummarisedOpinion[]): AspectSummary {
  const positions = new Positions<string>();
  for (const o of opinions)
    if (o.redListCategory !== null)
      positions.add(o.redListCategory, o.redListCategory, o.redListCategory, o.id);
  return summary('redList', positions, (codes) => codes.length > 1);
}

/**
 * The summary of an object's opinions, one entry per aspect in OPINION_ASPECTS order. Positions
 * come in the order their first opinion appears in `opinions` (oldest first, as the services give
 * them), and each lists its opinions in that order.
 */
export function summariseOpinions(opinions: readonly SummarisedOpinion[]): AspectSummary[] {
  return [
    authenticity(opinions),
    dating(opinions),
    origin(opinions),
    value(opinions),
    redList(opinions),
  ];
}
