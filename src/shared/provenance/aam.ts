import {
  eventGroup,
  PROVENANCE_EVENT_TYPES,
  type ProvenanceEventRecord,
  type ProvenanceEventType,
} from '../domain/provenance';
import type { PartyRef } from '../domain/seizure';
import english from '../i18n/features/aam/en.json';
import { formatSpan } from './span-compare';

/**
 * The provenance line in the AAM convention (REFERENCE.md §7.1): holders earliest first, each as
 * "how they got it, who, where, when"; dealers, auction houses and agents in parentheses; a
 * semicolon where the object passed straight from one holder to the next, a full stop where the
 * link is not known; "possibly", "probably" before uncertain events.
 *
 * Custody and movement (loan, consignment, deposit, seizure, export, import) do not change the
 * owner: they are told in parentheses after the holder they happened under. "In the possession
 * of" is the exception: it names a holder (often all that is known of one), so it is a holder's
 * sentence like a sale. A transfer whose
 * seller is not the holder before it, and not a direct transfer, first names that seller as a
 * holder of its own: "A, Vienna, 1950. B; sold to C, 1990."
 */

export type UncertainCertainty = 'possible' | 'probable' | 'claimed' | 'disputed';
export const UNCERTAIN_CERTAINTIES: readonly UncertainCertainty[] = [
  'possible',
  'probable',
  'claimed',
  'disputed',
];

export type AamWords = {
  /** Before the party the event names: "sold to", "by descent to", "excavated by", "seized by". */
  to: Record<ProvenanceEventType, string>;
  /** When it names none: "sold", "by descent", "excavated", "seized". */
  alone: Record<ProvenanceEventType, string>;
  /** Opens an uncertain event: "possibly", "probably", "according to the holder,", "disputed:". */
  certainty: Record<UncertainCertainty, string>;
  /** Before a lot number: "lot". */
  lot: string;
  /** Before the agent of a custody or movement event: "through". */
  via: string;
};

export type AamPart =
  /** Method words, punctuation, places and dates. */
  | { kind: 'text'; text: string }
  | { kind: 'certainty'; text: string; certainty: UncertainCertainty }
  /** Someone who held title: the line's backbone. */
  | { kind: 'owner'; text: string; party: PartyRef }
  /** A dealer, auction house or agent; the parentheses around it are text parts. */
  | { kind: 'agent'; text: string; party: PartyRef }
  /** Someone who held the object without owning it (a borrower, the police). */
  | { kind: 'custodian'; text: string; party: PartyRef }
  /** Marks an event that cites sources; numbered in line order. */
  | { kind: 'footnote'; n: number; eventId: string };

export type AamSegment = {
  /** The event the segment tells of. */
  eventId: string;
  parts: AamPart[];
  /** What follows: ";" the next holder had it directly from this one, "." a gap or the end. */
  end: ';' | '.';
};

export type AamOptions = {
  /** The name to print for a party (the directory's, or the name typed on the event). */
  partyName(ref: PartyRef): string;
  words: AamWords;
  /** Footnote markers "[n]" in the text line (the segments always carry them). Default false. */
  footnotes?: boolean;
  /** Interface language, for country names and dates shown from their four points. */
  locale?: string;
};

const PRINCIPAL: Readonly<Record<ReturnType<typeof eventGroup>, 'to' | 'from'>> = {
  origination: 'to',
  transfer: 'to',
  custody: 'to',
  movement: 'to',
  disappearance: 'from',
};

export function aamSegments(
  events: readonly ProvenanceEventRecord[],
  options: AamOptions,
): AamSegment[] {
  const segments: AamSegment[] = [];
  const name = (ref: PartyRef) =>
    ref.partyId === null && ref.name.trim() === '' ? '' : options.partyName(ref).trim();
  const locale = options.locale ?? 'en';
  /** Everyone known to hold the object since the last change of owner. */
  let holders: PartyRef[] = [];
  let footnote = 0;

  for (const event of events) {
    const group = eventGroup(event.type);
    const marker: AamPart[] =
      event.sources.length > 0 ? [{ kind: 'footnote', n: ++footnote, eventId: event.id }] : [];
    const principal = principalOf(event, group, name);
    const holding = event.type === 'in_possession';
    const partyKind =
      (group === 'custody' && !holding) || group === 'movement' || group === 'disappearance'
        ? 'custodian'
        : 'owner';
    const body: AamPart[] = [
      ...certaintyPart(event, options.words),
      ...method(
        event.type,
        principal,
        event.type === 'consignment' ? 'agent' : partyKind,
        name,
        options.words,
      ),
    ];
    const where = [placeOf(event, locale), dateOf(event, locale)].filter((s) => s !== '');
    const lot =
      event.lotNumber.trim() === '' ? [] : [`${options.words.lot} ${event.lotNumber.trim()}`];
    const agent = name(event.agent);
    const last = segments.at(-1);

    if (((group === 'custody' && !holding) || group === 'movement') && last) {
      const via: AamPart[] = agent
        ? [
            { kind: 'text', text: `, ${options.words.via} ` },
            { kind: 'agent', text: agent, party: event.agent },
          ]
        : [];
      last.parts.push(
        { kind: 'text', text: ' (' },
        ...body,
        ...via,
        ...commaList([...where, ...lot]),
        ...marker,
        { kind: 'text', text: ')' },
      );
      if (principal && event.type !== 'seizure') holders.push(principal);
      continue;
    }

    if (last) last.end = event.directTransfer ? ';' : '.';
    const seller = event.fromParty;
    if (
      group === 'transfer' &&
      name(seller) !== '' &&
      !holders.some((h) => sameParty(h, seller, name)) &&
      (!event.directTransfer || !last)
    ) {
      if (last) last.end = '.';
      segments.push({
        eventId: event.id,
        parts: [{ kind: 'owner', text: name(seller), party: seller }],
        end: ';',
      });
    }
    if (agent) {
      segments.push({
        eventId: event.id,
        parts: [
          ...certaintyPart(event, options.words),
          { kind: 'text', text: '(' },
          { kind: 'agent', text: agent, party: event.agent },
          ...commaList([...where, ...lot]),
          { kind: 'text', text: ')' },
        ],
        end: ';',
      });
      segments.push({
        eventId: event.id,
        parts: [...body.filter((p) => p.kind !== 'certainty'), ...marker],
        end: '.',
      });
    } else {
      segments.push({
        eventId: event.id,
        parts: [...body, ...commaList([...where, ...lot]), ...marker],
        end: '.',
      });
    }
    if (group !== 'disappearance') holders = principal ? [principal] : [];
  }
  capitaliseSentences(segments);
  return segments;
}

/** The AAM line as plain text. */
export function aamLine(events: readonly ProvenanceEventRecord[], options: AamOptions): string {
  return aamText(aamSegments(events, options), options.footnotes ?? false);
}

/** Plain text of segments; footnotes as " [n]" when asked for. */
export function aamText(segments: readonly AamSegment[], footnotes = false): string {
  return segments
    .map((segment) => {
      const text = segment.parts
        .map((p) => (p.kind === 'footnote' ? (footnotes ? ` [${p.n}]` : '') : p.text))
        .join('');
      return segment.end === '.' && text.endsWith('.') ? text : text + segment.end;
    })
    .join(' ');
}

/**
 * AamWords from the `aam` i18n feature: `t('aam.to.sale')`, `t('aam.alone.sale')`,
 * `t('aam.certainty.possible')`, `t('aam.lot')`, `t('aam.via')`.
 */
export function aamWordsFrom(t: (key: string) => string): AamWords {
  const byType = (group: 'to' | 'alone') =>
    Object.fromEntries(
      PROVENANCE_EVENT_TYPES.map((type) => [type, t(`aam.${group}.${type}`)]),
    ) as Record<ProvenanceEventType, string>;
  return {
    to: byType('to'),
    alone: byType('alone'),
    certainty: Object.fromEntries(
      UNCERTAIN_CERTAINTIES.map((c) => [c, t(`aam.certainty.${c}`)]),
    ) as Record<UncertainCertainty, string>,
    lot: t('aam.lot'),
    via: t('aam.via'),
  };
}

/** The English words, for the core, the CLI and reports; the same file the interface uses. */
export const AAM_WORDS_EN: AamWords = aamWordsFrom((key) => {
  const found = key
    .replace(/^aam\./, '')
    .split('.')
    .reduce<unknown>(
      (node, step) => (node as Record<string, unknown> | undefined)?.[step],
      english,
    );
  if (typeof found !== 'string') throw new Error(`aam/en.json has no text ${key}`);
  return found;
});

function principalOf(
  event: ProvenanceEventRecord,
  group: ReturnType<typeof eventGroup>,
  name: (ref: PartyRef) => string,
): PartyRef | null {
  const [first, second] =
    PRINCIPAL[group] === 'to' ? [event.toParty, event.fromParty] : [event.fromParty, event.toParty];
  if (name(first) !== '') return first;
  // Who exported or lost it may be on either side.
  return (group === 'movement' || group === 'disappearance') && name(second) !== '' ? second : null;
}

function method(
  type: ProvenanceEventType,
  party: PartyRef | null,
  kind: 'owner' | 'agent' | 'custodian',
  name: (ref: PartyRef) => string,
  words: AamWords,
): AamPart[] {
  if (party === null) return [{ kind: 'text', text: words.alone[type] }];
  return [
    { kind: 'text', text: `${words.to[type]} ` },
    { kind, text: name(party), party },
  ];
}

function certaintyPart(event: ProvenanceEventRecord, words: AamWords): AamPart[] {
  const certainty = event.certainty;
  if (!(UNCERTAIN_CERTAINTIES as readonly string[]).includes(certainty)) return [];
  const c = certainty as UncertainCertainty;
  return [{ kind: 'certainty', text: `${words.certainty[c]} `, certainty: c }];
}

const commaList = (items: readonly string[]): AamPart[] =>
  items.length === 0 ? [] : [{ kind: 'text', text: `, ${items.join(', ')}` }];

function placeOf(event: ProvenanceEventRecord, locale: string): string {
  const address = event.place.address.trim();
  if (address !== '' || event.place.country === null) return address;
  try {
    return (
      new Intl.DisplayNames([locale], { type: 'region' }).of(event.place.country) ??
      event.place.country
    );
  } catch {
    return event.place.country;
  }
}

/** The date as typed, without the ordinal full stop of "1965." (the line has its own). */
function dateOf(event: ProvenanceEventRecord, locale: string): string {
  const typed = event.date.trim() || event.span.text.trim() || formatSpan(event.span, locale);
  return typed.replace(/(?<=\d)\.$/, '');
}

function sameParty(a: PartyRef, b: PartyRef, name: (ref: PartyRef) => string): boolean {
  if (a.partyId !== null && b.partyId !== null) return a.partyId === b.partyId;
  return name(a).toLocaleLowerCase() === name(b).toLocaleLowerCase();
}

/** Sentences (the first segment, and each after a full stop) open with a capital. */
function capitaliseSentences(segments: AamSegment[]): void {
  segments.forEach((segment, i) => {
    if (i > 0 && segments[i - 1]?.end !== '.') return;
    const first = segment.parts[0];
    if (first && (first.kind === 'text' || first.kind === 'certainty') && first.text !== '') {
      first.text = first.text.charAt(0).toLocaleUpperCase() + first.text.slice(1);
    }
  });
}
