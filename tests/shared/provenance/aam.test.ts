import { describe, expect, it } from 'vitest';
import {
  PROVENANCE_EVENT_TYPES,
  ProvenanceEventFields,
  type ProvenanceEventFieldsInput,
  type ProvenanceEventRecord,
} from '../../../src/shared/domain/provenance';
import type { PartyRef } from '../../../src/shared/domain/seizure';
import { UNKNOWN_SPAN } from '../../../src/shared/domain/time-span';
import bs from '../../../src/shared/i18n/features/aam/bs.json';
import en from '../../../src/shared/i18n/features/aam/en.json';
import hr from '../../../src/shared/i18n/features/aam/hr.json';
import mk from '../../../src/shared/i18n/features/aam/mk.json';
import sl from '../../../src/shared/i18n/features/aam/sl.json';
import sq from '../../../src/shared/i18n/features/aam/sq.json';
import srCyrl from '../../../src/shared/i18n/features/aam/sr-Cyrl.json';
import srLatn from '../../../src/shared/i18n/features/aam/sr-Latn.json';
import {
  AAM_WORDS_EN,
  aamLine,
  aamSegments,
  aamText,
  aamWordsFrom,
  type AamOptions,
} from '../../../src/shared/provenance/aam';
import { parseDate } from '../../../src/shared/provenance/date-parser';

const PARTY_IDS: Record<string, string> = {
  'Петар Петровић': '00000000-0000-4000-8000-000000000001',
  'Galerie Nord': '00000000-0000-4000-8000-000000000002',
};
/** The directory's names, as the core resolves them. */
const DIRECTORY: Record<string, string> = Object.fromEntries(
  Object.entries(PARTY_IDS).map(([name, id]) => [id, name]),
);

/** A party from the directory (by id, the event's name left empty) or typed on the event. */
function party(name: string): PartyRef {
  const id = PARTY_IDS[name];
  return id ? { partyId: id, name: '' } : { partyId: null, name };
}

let counter = 0;
/** A stored event as the core builds it: fields through the schema, the span from the parser. */
function event(input: ProvenanceEventFieldsInput): ProvenanceEventRecord {
  const fields = ProvenanceEventFields.parse(input);
  const parsed = parseDate(fields.date);
  counter += 1;
  return {
    ...fields,
    caseId: '00000000-0000-4000-8000-0000000000ca',
    objectId: '00000000-0000-4000-8000-0000000000ob',
    position: counter,
    span: parsed.ok ? parsed.span : UNKNOWN_SPAN,
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    version: 1,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
  };
}

const place = (address: string, country: string | null = null) => ({ address, country });

const OPTIONS: AamOptions = {
  partyName: (ref) => (ref.partyId === null ? ref.name : (DIRECTORY[ref.partyId] ?? '?')),
  words: AAM_WORDS_EN,
};
const line = (events: ProvenanceEventRecord[], options: Partial<AamOptions> = {}) =>
  aamLine(events, { ...OPTIONS, ...options });

describe('aamLine punctuation', () => {
  it('joins a direct transfer with a semicolon', () => {
    const events = [
      event({
        type: 'sale',
        fromParty: party('Anna Berg'),
        toParty: party('Carl Dahl'),
        date: '1950',
        place: place('Vienna'),
      }),
      event({ type: 'by_descent', toParty: party('Eva Dahl'), date: '1972', directTransfer: true }),
    ];
    expect(line(events)).toBe(
      'Anna Berg; sold to Carl Dahl, Vienna, 1950; by descent to Eva Dahl, 1972.',
    );
  });

  it('ends the period with a full stop where the link is not known', () => {
    const events = [
      event({ type: 'sale', toParty: party('Carl Dahl'), date: '1950' }),
      event({ type: 'gift', toParty: party('City Museum'), date: '1990' }),
    ];
    expect(line(events)).toBe('Sold to Carl Dahl, 1950. Gift to City Museum, 1990.');
    expect(aamSegments(events, OPTIONS).map((s) => s.end)).toEqual(['.', '.']);
  });

  it('names a seller who is not the holder before as a holder of its own', () => {
    const events = [
      event({ type: 'sale', toParty: party('Carl Dahl'), date: '1950' }),
      event({
        type: 'sale',
        fromParty: party('Ivan Horvat'),
        toParty: party('Jane Roe'),
        date: '1990',
      }),
    ];
    expect(line(events)).toBe('Sold to Carl Dahl, 1950. Ivan Horvat; sold to Jane Roe, 1990.');
  });

  it('does not repeat a seller who is the holder before', () => {
    const events = [
      event({ type: 'sale', toParty: party('Carl Dahl'), date: '1950' }),
      event({
        type: 'sale',
        fromParty: party('Carl Dahl'),
        toParty: party('Jane Roe'),
        date: '1990',
      }),
    ];
    expect(line(events)).toBe('Sold to Carl Dahl, 1950. Sold to Jane Roe, 1990.');
  });

  it('does not double the full stop of a date typed with one, and is empty for no events', () => {
    const events = [
      event({ type: 'illegal_extraction', date: 'oko 1965.', place: place('', 'RS') }),
    ];
    expect(line(events)).toBe('Illegally excavated, Serbia, oko 1965.');
    expect(line([])).toBe('');
  });
});

describe('aamLine parties', () => {
  it('puts a dealer or auction house in parentheses, with the place, date and lot', () => {
    const events = [
      event({ type: 'sale', toParty: party('Carl Dahl'), date: '1950' }),
      event({
        type: 'auction_purchase',
        fromParty: party('Carl Dahl'),
        toParty: party('Jane Roe'),
        agent: party("Sotheby's"),
        agentRole: 'auction_house',
        place: place('London', 'GB'),
        date: '12 May 1998',
        lotNumber: '45',
        directTransfer: true,
      }),
    ];
    expect(line(events)).toBe(
      "Sold to Carl Dahl, 1950; (Sotheby's, London, 12 May 1998, lot 45); purchased at auction by Jane Roe.",
    );
    const [, agentSegment] = aamSegments(events, OPTIONS);
    expect(agentSegment?.parts.filter((p) => p.kind === 'agent').map((p) => p.text)).toEqual([
      "Sotheby's",
    ]);
  });

  it('says possibly and probably before uncertain events', () => {
    const events = [
      event({ type: 'sale', toParty: party('Carl Dahl'), date: '1950', certainty: 'possible' }),
      event({
        type: 'sale',
        toParty: party('Jane Roe'),
        date: '1990',
        certainty: 'probable',
        directTransfer: true,
      }),
    ];
    expect(line(events)).toBe('Possibly sold to Carl Dahl, 1950; probably sold to Jane Roe, 1990.');
    const parts = aamSegments(events, OPTIONS).flatMap((s) => s.parts);
    expect(
      parts.filter((p) => p.kind === 'certainty').map((p) => p.kind === 'certainty' && p.certainty),
    ).toEqual(['possible', 'probable']);
  });

  it('marks what only the holder claims and what is disputed, and nothing for certain events', () => {
    const events = [
      event({
        type: 'by_descent',
        toParty: party('Marko Marković'),
        date: '1930',
        certainty: 'claimed',
      }),
      event({ type: 'export', date: '1975', certainty: 'disputed' }),
      event({ type: 'sale', toParty: party('Jane Roe'), date: '1999', certainty: 'certain' }),
    ];
    expect(line(events)).toBe(
      'According to the holder, by descent to Marko Marković, 1930 (disputed: exported, 1975). Sold to Jane Roe, 1999.',
    );
  });

  it('keeps the owner through a loan: custody is told in parentheses', () => {
    const events = [
      event({ type: 'sale', toParty: party('Carl Dahl'), date: '1950' }),
      event({
        type: 'loan',
        fromParty: party('Carl Dahl'),
        toParty: party('City Museum'),
        date: '1960–1962',
      }),
      event({
        type: 'sale',
        fromParty: party('Carl Dahl'),
        toParty: party('Jane Roe'),
        date: '1970',
      }),
    ];
    expect(line(events)).toBe(
      'Sold to Carl Dahl, 1950 (lent to City Museum, 1960–1962). Sold to Jane Roe, 1970.',
    );
    const custodians = aamSegments(events, OPTIONS)
      .flatMap((s) => s.parts)
      .filter((p) => p.kind === 'custodian');
    expect(custodians.map((p) => p.kind === 'custodian' && p.text)).toEqual(['City Museum']);
  });

  it('prints a consignee in the agent role and the agent of a movement through it', () => {
    const events = [
      event({ type: 'sale', toParty: party('Carl Dahl'), date: '1950' }),
      event({ type: 'consignment', toParty: party('Galerie Nord'), date: '1998' }),
      event({
        type: 'export',
        fromParty: party('Carl Dahl'),
        agent: party('Trans Ltd'),
        agentRole: 'shipper',
        date: '1999',
      }),
    ];
    expect(line(events)).toBe(
      'Sold to Carl Dahl, 1950 (consigned to Galerie Nord, 1998) (exported by Carl Dahl, through Trans Ltd, 1999).',
    );
    const kinds = aamSegments(events, OPTIONS)[0]?.parts.map((p) => p.kind);
    expect(kinds).toContain('agent');
  });

  it('opens with a custody event when nothing earlier is known', () => {
    const events = [
      event({ type: 'in_possession', toParty: party('Carl Dahl'), date: 'before 1970' }),
    ];
    expect(line(events)).toBe('In the possession of Carl Dahl, before 1970.');
  });

  it('tells "in the possession of" as a holder of its own, not in parentheses', () => {
    const events = [
      event({ type: 'creation', place: place('Ohrid', 'MK'), date: 'c. 1700' }),
      event({
        type: 'in_possession',
        toParty: party('Church of St Nicholas'),
        date: '1974',
        directTransfer: true,
      }),
      event({ type: 'loan', toParty: party('Carl Dahl'), date: '1980' }),
    ];
    expect(line(events)).toBe(
      'Made, Ohrid, c. 1700; in the possession of Church of St Nicholas, 1974 (lent to Carl Dahl, 1980).',
    );
    const owners = aamSegments(events, OPTIONS)
      .flatMap((s) => s.parts)
      .filter((p) => p.kind === 'owner')
      .map((p) => p.text);
    expect(owners).toEqual(['Church of St Nicholas']);
  });

  it('keeps Cyrillic names and places as the directory has them', () => {
    const events = [
      event({
        type: 'find',
        toParty: party('Петар Петровић'),
        place: place('Костолац', 'RS'),
        date: 'око 1965.',
      }),
      event({
        type: 'sale',
        fromParty: party('Петар Петровић'),
        toParty: party('Hans Meier'),
        agent: party('Galerie Nord'),
        agentRole: 'dealer',
        place: place('München'),
        date: '1999',
        directTransfer: true,
      }),
    ];
    expect(line(events)).toBe(
      'Found by Петар Петровић, Костолац, око 1965; (Galerie Nord, München, 1999); sold to Hans Meier.',
    );
    const owners = aamSegments(events, OPTIONS)
      .flatMap((s) => s.parts)
      .filter((p) => p.kind === 'owner');
    expect(owners[0]).toEqual({
      kind: 'owner',
      text: 'Петар Петровић',
      party: { partyId: PARTY_IDS['Петар Петровић'], name: '' },
    });
  });

  it('numbers the events that cite sources', () => {
    const source = [{ documentId: '00000000-0000-4000-8000-0000000000d1', page: '3' }];
    const events = [
      event({ type: 'sale', toParty: party('Carl Dahl'), date: '1950', sources: source }),
      event({ type: 'gift', toParty: party('City Museum'), date: '1990' }),
      event({
        type: 'seizure',
        toParty: party('Border Police'),
        date: '2023-03-12',
        sources: source,
      }),
    ];
    expect(line(events, { footnotes: true })).toBe(
      'Sold to Carl Dahl, 1950 [1]. Gift to City Museum, 1990 (seized by Border Police, 2023-03-12 [2]).',
    );
    expect(line(events)).toBe(
      'Sold to Carl Dahl, 1950. Gift to City Museum, 1990 (seized by Border Police, 2023-03-12).',
    );
    const notes = aamSegments(events, OPTIONS)
      .flatMap((s) => s.parts)
      .flatMap((p) => (p.kind === 'footnote' ? [[p.n, p.eventId]] : []));
    expect(notes).toEqual([
      [1, events[0]?.id],
      [2, events[2]?.id],
    ]);
  });
});

describe('AAM words', () => {
  const LANGUAGES = { en, 'sr-Cyrl': srCyrl, 'sr-Latn': srLatn, hr, bs, mk, sl, sq };
  const lookup = (texts: object) => (key: string) => {
    const value = key
      .split('.')
      .slice(1)
      .reduce<unknown>((node, step) => (node as Record<string, unknown>)[step], texts);
    if (typeof value !== 'string' || value.trim() === '') throw new Error(`missing ${key}`);
    return value;
  };

  it.each(Object.entries(LANGUAGES))('%s has words for every event type', (_, texts) => {
    const words = aamWordsFrom(lookup(texts));
    expect(Object.keys(words.to).sort()).toEqual([...PROVENANCE_EVENT_TYPES].sort());
    expect(Object.keys(words.alone).sort()).toEqual([...PROVENANCE_EVENT_TYPES].sort());
  });

  it('gives the English constant from the English file', () => {
    expect(AAM_WORDS_EN).toEqual(aamWordsFrom(lookup(en)));
    expect(AAM_WORDS_EN.to.sale).toBe('sold to');
  });

  it('writes the line in Serbian Cyrillic', () => {
    const events = [
      event({
        type: 'sale',
        fromParty: party('Петар Петровић'),
        toParty: party('Марко Марковић'),
        date: '1965',
        certainty: 'possible',
      }),
      event({ type: 'seizure', toParty: party('Гранична полиција'), date: '2023' }),
    ];
    const text = aamText(aamSegments(events, { ...OPTIONS, words: aamWordsFrom(lookup(srCyrl)) }));
    expect(text).toBe(
      'Петар Петровић; можда продаја, купац: Марко Марковић, 1965 (заплена, орган: Гранична полиција, 2023).',
    );
  });
});
