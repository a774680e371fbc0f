import { describe, expect, it } from 'vitest';
import { fold, foldWithOffsets, toOriginalRange } from './fold';

describe('fold', () => {
  it.each([
    ['Љубљана', 'Ljubljana', 'ljubljana'],
    ['Ђорђе', 'Đorđe', 'djordje'],
    ['Џаковица', 'Džakovica', 'dzakovica'],
    ['Ћирилица', 'Ćirilica', 'cirilica'],
    ['Шабац', 'Šabac', 'sabac'],
    ['Њивице', 'Njivice', 'njivice'],
    ['Жича', 'Žiča', 'zica'],
    ['Чачак', 'Čačak', 'cacak'],
    ['Никола Петровић', 'Nikola Petrović', 'nikola petrovic'],
    ['Манастир Високи Дечани', 'Manastir Visoki Dečani', 'manastir visoki decani'],
  ])('folds Serbian %s and %s alike', (cyrillic, latin, folded) => {
    expect(fold(cyrillic)).toBe(folded);
    expect(fold(latin)).toBe(folded);
  });

  it.each([
    ['Ѓорѓи', 'Gjorgji', 'gjorgji'],
    ['Ќосе', 'Kjose', 'kjose'],
    ['Ѕвездан', 'Dzvezdan', 'dzvezdan'],
    ['Скопје', 'Skopje', 'skopje'],
    ['Охрид', 'Ohrid', 'ohrid'],
    ['Ѓорѓи', 'Ǵorǵi', 'gjorgji'],
    ['Ќосе', 'Ḱose', 'kjose'],
  ])('folds Macedonian %s and %s alike', (cyrillic, latin, folded) => {
    expect(fold(cyrillic)).toBe(folded);
    expect(fold(latin)).toBe(folded);
  });

  it('strips the diacritics of hr, bs, sl and sq', () => {
    expect(fold('Čučuk Ćosić Šašić Žužul Đurđevac')).toBe('cucuk cosic sasic zuzul djurdjevac');
    expect(fold('ČUČUK ĆOSIĆ ŠAŠIĆ ŽUŽUL ĐURĐEVAC')).toBe('cucuk cosic sasic zuzul djurdjevac');
    expect(fold('Gjirokastër, Korçë, Shkodër')).toBe('gjirokaster  korce  shkoder');
    expect(fold('ËË ÇÇ')).toBe('ee cc');
  });

  it('folds đ and Đ to dj, so Djordje and Đorđe meet but Dordje stays apart', () => {
    expect(fold('Đorđe')).toBe(fold('Djordje'));
    expect(fold('DJORDJE')).toBe('djordje');
    expect(fold('Dordje')).not.toBe(fold('Đorđe'));
  });

  it('reads the look-alike eth of mis-decoded Windows-1250 text as đ', () => {
    expect(fold('ÐorÐe ðorðe')).toBe('djordje djordje');
  });

  it('is insensitive to case', () => {
    expect(fold('NIKOLA Nikola nIkOlA')).toBe('nikola nikola nikola');
    expect(fold('НИКОЛА')).toBe('nikola');
  });

  it('folds decomposed letters like precomposed ones', () => {
    expect(fold('c\u030Ce\u0301s')).toBe(fold('čés'));
    expect(fold('г\u0301орг\u0301и')).toBe('gjorgji');
    expect(fold('Z\u030C')).toBe('z');
  });

  it('unifies Latin digraph letters and compatibility forms', () => {
    expect(fold('ǄAKOVICA ǅakovica ǆ')).toBe('dzakovica dzakovica dz');
    expect(fold('ǇUBLJANA ǈubljana ǋivice')).toBe('ljubljana ljubljana njivice');
    expect(fold('ﬁbula Ⅻ')).toBe('fibula xii');
  });

  it('transliterates other Cyrillic languages', () => {
    expect(fold('Сергей Юрьевич Щукин')).toBe('sergej jurevic scukin');
    expect(fold('Търново, България')).toBe('tarnovo  balgarija');
    expect(fold('Київ Ґалаґан Євгенія')).toBe('kijiv galagan jevgenija');
    expect(fold('Ёлка Эрмитаж Крым')).toBe('elka ermitaz krym');
  });

  it('folds the Latin letters that do not decompose', () => {
    expect(fold('Łódź Øre Æther Œuvre Straße İzmir ıl Þór Ħal Ŧ')).toBe(
      'lodz ore aether oeuvre strasse izmir il thor hal t',
    );
  });

  it('keeps digits and replaces everything else with a space per grapheme', () => {
    expect(fold('Inv. br. 12/2019-A')).toBe('inv  br  12 2019 a');
    expect(fold('a😀b')).toBe('a b');
    expect(fold('"AND" (OR) *^:')).toBe(' and   or     ');
    expect(fold('')).toBe('');
  });

  it('keeps letters of other scripts', () => {
    expect(fold('Ἀθῆναι ΑΘΗΝΑ')).toBe('αθηναι αθηνα');
  });
});

describe('foldWithOffsets', () => {
  it('maps every folded character to the grapheme that produced it', () => {
    expect(foldWithOffsets('Đorđe')).toEqual({
      folded: 'djordje',
      offsets: [0, 0, 1, 2, 3, 3, 4, 5],
    });
    expect(foldWithOffsets('c\u030Ca')).toEqual({ folded: 'ca', offsets: [0, 2, 3] });
    expect(foldWithOffsets('a😀b')).toEqual({ folded: 'a b', offsets: [0, 1, 3, 4] });
    expect(foldWithOffsets('')).toEqual({ folded: '', offsets: [0] });
  });

  it('maps folded ranges back to whole graphemes', () => {
    const { offsets } = foldWithOffsets('Љубљана');
    expect(toOriginalRange(offsets, 0, 1)).toEqual({ start: 0, end: 1 });
    expect(toOriginalRange(offsets, 0, 2)).toEqual({ start: 0, end: 1 });
    expect(toOriginalRange(offsets, 0, 6)).toEqual({ start: 0, end: 4 });
    expect(toOriginalRange(offsets, 2, 2)).toEqual({ start: 1, end: 1 });
    const decomposed = foldWithOffsets('Z\u030Cic\u030Ca');
    expect(toOriginalRange(decomposed.offsets, 0, 1)).toEqual({ start: 0, end: 2 });
    expect(toOriginalRange(decomposed.offsets, 2, 3)).toEqual({ start: 3, end: 5 });
  });

  it('holds its invariants on random text', () => {
    const random = seededRandom(20240611);
    for (let n = 0; n < 2000; n++) {
      const text = randomText(random, Math.floor(random() * 40));
      const { folded, offsets } = foldWithOffsets(text);
      expect(folded).toBe(fold(text));
      expect(fold(folded)).toBe(folded);
      expect(folded).toMatch(/^[\p{L}\p{N} ]*$/u);
      expect(offsets).toHaveLength(folded.length + 1);
      expect(offsets.at(-1)).toBe(text.length);
      for (let i = 0; i < folded.length; i++) {
        const offset = offsets[i] ?? -1;
        expect(offset).toBeGreaterThanOrEqual(0);
        expect(offset).toBeLessThan(text.length);
        expect(offset).toBeLessThanOrEqual(offsets[i + 1] ?? -1);
        expect(startsGrapheme(text, offset)).toBe(true);
        const range = toOriginalRange(offsets, i, i + 1);
        expect(fold(text.slice(range.start, range.end))).toContain(folded[i]);
      }
    }
  });
});

/** Deterministic random numbers in [0, 1) (mulberry32), so a failure can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const PIECES = [
  ...'aZ9 .,-"\'*()^:ČćŠžĐđëÇǅЉљЂђЏџЃѓЌќЅѕЙйЩъЬїßæİıⅫ½ﬁ😀',
  '\u030C',
  '\u0301',
  '\u0308',
  '\uD83D',
  '\uDE00',
  '\u0000',
  '\u200D',
  '\uFE0F',
];

function randomText(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) {
    text +=
      random() < 0.2
        ? String.fromCodePoint(Math.floor(random() * 0x2ffff))
        : (PIECES[Math.floor(random() * PIECES.length)] ?? '');
  }
  return text;
}

/** Not inside a surrogate pair, nor a combining mark following its letter. */
function startsGrapheme(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  const insidePair = code >= 0xdc00 && code <= 0xdfff && /[\uD800-\uDBFF]/.test(text[i - 1] ?? '');
  return !insidePair && (i === 0 || !/\p{M}/u.test(String.fromCodePoint(text.codePointAt(i) ?? 0)));
}
