import { describe, expect, it } from 'vitest';
import { fold } from './fold';
import { queryTerms } from './query';
import { ELLIPSIS, highlight, type Segment } from './snippet';

const hit = (text: string): Segment => ({ text, hit: true });
const plain = (text: string): Segment => ({ text, hit: false });

describe('highlight', () => {
  it('marks the matched prefix in the original script', () => {
    expect(highlight('Никола Петровић', ['nik'])).toEqual([hit('Ник'), plain('ола Петровић')]);
    expect(highlight('Nikola Petrović', ['Петр'])).toEqual([
      plain('Nikola '),
      hit('Petr'),
      plain('ović'),
    ]);
    expect(highlight('Ѓорѓи Трајковски', ['gjorgji'])).toEqual([
      hit('Ѓорѓи'),
      plain(' Трајковски'),
    ]);
  });

  it('keeps the diacritics of the original', () => {
    expect(highlight('Đorđe Đurić', ['djur'])).toEqual([plain('Đorđe '), hit('Đur'), plain('ić')]);
    expect(highlight('Korçë', ['korce'])).toEqual([hit('Korçë')]);
    expect(highlight('Z\u030Cuc\u030C', ['zuc'])).toEqual([hit('Z\u030Cuc\u030C')]);
  });

  it('widens a match ending inside a transliterated letter to the whole letter', () => {
    expect(highlight('Đorđe', ['d'])).toEqual([hit('Đ'), plain('orđe')]);
    expect(highlight('Љубљана', ['l'])).toEqual([hit('Љ'), plain('убљана')]);
    expect(highlight('Љубљана', ['ljublj'])).toEqual([hit('Љубљ'), plain('ана')]);
  });

  it('matches at word starts only, like an FTS prefix query', () => {
    expect(highlight('ikona Nikole', ['iko'])).toEqual([hit('iko'), plain('na Nikole')]);
    expect(highlight('ikona Nikole', ['kol'])).toEqual([plain('ikona Nikole')]);
    expect(highlight('inv.br.12/2019', ['br', '2019'])).toEqual([
      plain('inv.'),
      hit('br'),
      plain('.12/'),
      hit('2019'),
    ]);
  });

  it('marks every occurrence of every term, preferring the longest', () => {
    expect(highlight('Nikolaj i Nikola Nikolić', ['nik', 'nikola'])).toEqual([
      hit('Nikola'),
      plain('j i '),
      hit('Nikola'),
      plain(' '),
      hit('Nik'),
      plain('olić'),
    ]);
    expect(highlight('Ник Пет', queryTerms('nik pet'))).toEqual([
      hit('Ник'),
      plain(' '),
      hit('Пет'),
    ]);
  });

  it('returns a single plain segment when nothing matches', () => {
    expect(highlight('Čaša iz Žumberka', ['ikona'])).toEqual([plain('Čaša iz Žumberka')]);
    expect(highlight('Čaša iz Žumberka', [])).toEqual([plain('Čaša iz Žumberka')]);
    expect(highlight('Čaša iz Žumberka', ['', '!!'])).toEqual([plain('Čaša iz Žumberka')]);
    expect(highlight('', ['x'])).toEqual([plain('')]);
  });

  describe('in long text', () => {
    const words = Array.from({ length: 200 }, (_, i) => `riječ${i}`);
    const text = [...words.slice(0, 100), 'Ђорђевић', ...words.slice(100)].join(' ');

    it('cuts a window around the first hit at word boundaries', () => {
      const segments = highlight(text, ['djordj'], { maxLength: 80 });
      expect(segments[0]).toEqual(plain(ELLIPSIS));
      expect(segments.at(-1)).toEqual(plain(ELLIPSIS));
      expect(segments.filter((s) => s.hit)).toEqual([hit('Ђорђ')]);
      const shown = segments
        .slice(1, -1)
        .map((s) => s.text)
        .join('');
      const start = text.indexOf(shown);
      expect(start).toBeGreaterThan(0);
      expect(text[start - 1]).toBe(' ');
      expect(text[start + shown.length]).toBe(' ');
      expect(shown).toMatch(/^\S.*\S$/);
      expect(shown.length).toBeGreaterThan(50);
      expect(shown.length).toBeLessThanOrEqual(80);
    });

    it('uses 160 characters by default and shows everything with Infinity', () => {
      const shown = highlight(text, ['djordj']).filter((s) => s.text !== ELLIPSIS);
      const length = shown.map((s) => s.text).join('').length;
      expect(length).toBeGreaterThan(130);
      expect(length).toBeLessThanOrEqual(160);
      const all = highlight(text, ['djordj'], { maxLength: Infinity });
      expect(all.map((s) => s.text).join('')).toBe(text);
    });

    it('shows the start without a leading ellipsis when the hit is near it', () => {
      const segments = highlight(text, ['riječ2'], { maxLength: 60 });
      expect(segments[0]).toEqual(plain('riječ0 riječ1 '));
      expect(segments[1]).toEqual(hit('riječ2'));
      expect(segments.at(-1)).toEqual(plain(ELLIPSIS));
    });

    it('shows the end without a trailing ellipsis when the hit is near it', () => {
      const segments = highlight(text, ['riječ199'], { maxLength: 60 });
      expect(segments[0]).toEqual(plain(ELLIPSIS));
      expect(segments.at(-1)).toEqual(hit('riječ199'));
    });

    it('shows the beginning when nothing matches', () => {
      const segments = highlight(text, ['ikona'], { maxLength: 60 });
      expect(segments).toHaveLength(2);
      expect(text.startsWith(segments[0]?.text ?? '-')).toBe(true);
      expect(segments[1]).toEqual(plain(ELLIPSIS));
    });

    it('cuts a text without spaces between graphemes', () => {
      const unbroken = 'c\u030C😀'.repeat(100) + 'Никола' + 'c\u030C😀'.repeat(100);
      const segments = highlight(unbroken, ['nikola'], { maxLength: 40 });
      expect(segments.filter((s) => s.hit)).toEqual([hit('Никола')]);
      for (const { text: part } of segments)
        expect(part).toMatch(/^(?![\u0300-\u036f\uDC00-\uDFFF])/);
    });
  });

  it('gives back the original text on random input', () => {
    const random = seededRandom(99);
    const alphabet = [...'abc ABC čćđ ЂЉЏ ѓќ .-😀', '\u030C', 'Đ', 'dj', 'lj'];
    const pick = (): string => alphabet[Math.floor(random() * alphabet.length)] ?? '';
    for (let n = 0; n < 1000; n++) {
      const text = Array.from({ length: Math.floor(random() * 300) }, pick).join('');
      const terms = Array.from({ length: Math.floor(random() * 3) }, () => pick() + pick());
      const whole = highlight(text, terms, { maxLength: Infinity });
      expect(whole.map((s) => s.text).join('')).toBe(text);
      for (const segment of whole.filter((s) => s.hit)) {
        expect(fold(segment.text).trim()).not.toBe('');
      }
      const cut = highlight(text, terms, { maxLength: 50 });
      const shown = cut
        .filter((s, i) => !(s.text === ELLIPSIS && (i === 0 || i === cut.length - 1)))
        .map((s) => s.text)
        .join('');
      expect(text).toContain(shown);
      expect(cut.some((s) => s.hit)).toBe(whole.some((s) => s.hit));
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
