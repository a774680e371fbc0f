// The FTS5 tokenizer these queries are written for is checked against the real thing. Only this
// test touches the database; the library itself stays free of it.
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import { fold } from '../../src/shared/search/fold';
import { queryTerms, toFtsQuery } from '../../src/shared/search/query';

describe('queryTerms', () => {
  it('folds, splits and drops empty and repeated terms', () => {
    expect(queryTerms('  Nikola, PETROVIĆ!! nikola ')).toEqual(['nikola', 'petrovic']);
    expect(queryTerms('Ђорђе Đorđe')).toEqual(['djordje']);
    expect(queryTerms('')).toEqual([]);
    expect(queryTerms(' .,;!? ')).toEqual([]);
  });
});

describe('toFtsQuery', () => {
  it('ANDs quoted prefix terms', () => {
    expect(toFtsQuery('Ник Пет')).toBe('"nik"* AND "pet"*');
    expect(toFtsQuery('ikona')).toBe('"ikona"*');
  });

  it('returns null when there is nothing to search for', () => {
    for (const input of ['', '   ', '!!!', '"*()^:', '\u0301', '😀', '\u0000\uD800']) {
      expect(toFtsQuery(input)).toBeNull();
    }
  });

  it('neutralises FTS5 syntax', () => {
    expect(toFtsQuery('a OR b')).toBe('"a"* AND "or"* AND "b"*');
    expect(toFtsQuery('NEAR(ikona kovanica, 5)')).toBe(
      '"near"* AND "ikona"* AND "kovanica"* AND "5"*',
    );
    expect(toFtsQuery('body:"ikona* ^NOT -x')).toBe('"body"* AND "ikona"* AND "not"* AND "x"*');
  });
});

describe('toFtsQuery against SQLite FTS5', () => {
  const db = new Database(':memory:');
  afterAll(() => db.close());
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')`);
  const rows = [
    'Nikola Petrović prodao je ikonu Svetog Đorđa',
    'Ђорђе Јовановић, антиквар из Шапца',
    'Ѓорѓи Трајковски, Скопје: бронзени фибули',
    'Gjergj Kastrioti, koleksionist nga Korçë',
    'Čaša iz Žumberka, Ljubljana',
    'Сергей Щукин, Москва',
  ];
  const insert = db.prepare('INSERT INTO t (rowid, body) VALUES (?, ?)');
  rows.forEach((body, i) => insert.run(i + 1, fold(body)));
  const match = db.prepare<[string], { rowid: number }>(
    'SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid',
  );

  function search(input: string): number[] {
    const query = toFtsQuery(input);
    return query === null ? [] : match.all(query).map((row) => row.rowid);
  }

  it('finds Latin text from Cyrillic queries', () => {
    expect(search('никола')).toEqual([1]);
    expect(search('Ник Пет')).toEqual([1]);
    expect(search('ђорђ')).toEqual([1, 2]);
    expect(search('Љубљ')).toEqual([5]);
    expect(search('ЧАША')).toEqual([5]);
  });

  it('finds Cyrillic text from Latin queries', () => {
    expect(search('Jovanović')).toEqual([2]);
    expect(search('sapc')).toEqual([2]);
    expect(search('Gjorgji Skopje')).toEqual([3]);
    expect(search('trajk fibul')).toEqual([3]);
    expect(search('Djordje')).toEqual([2]);
    expect(search('Sergej Scukin')).toEqual([6]);
  });

  it('ignores case and diacritics', () => {
    expect(search('korce')).toEqual([4]);
    expect(search('KORÇË')).toEqual([4]);
    expect(search('zumberk')).toEqual([5]);
    expect(search('PETROVIC')).toEqual([1]);
  });

  it('requires every term', () => {
    expect(search('nik jov')).toEqual([]);
    expect(search('ikon or nothing')).toEqual([]);
  });

  it('never makes MATCH throw, whatever is typed', () => {
    const random = seededRandom(7);
    for (let n = 0; n < 2000; n++) {
      const input = hostileInput(random);
      const query = toFtsQuery(input);
      if (query === null) {
        expect(queryTerms(input)).toEqual([]);
      } else {
        expect(() => match.all(query)).not.toThrow();
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

const HOSTILE = [
  ...'"\'*^:()-+{},.;\\/ \t\n',
  'AND',
  'OR',
  'NOT',
  'NEAR',
  'NEAR(',
  'body:',
  '{body}:',
  '""',
  '"*',
  '*"',
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\u0301',
  '😀',
  'ник',
  'Đ',
  'ǅ',
  'ß',
  'x',
  '42',
];

function hostileInput(random: () => number): string {
  let input = '';
  const length = Math.floor(random() * 12);
  for (let i = 0; i < length; i++) {
    input +=
      random() < 0.3
        ? String.fromCodePoint(Math.floor(random() * 0x110000))
        : (HOSTILE[Math.floor(random() * HOSTILE.length)] ?? '');
  }
  return input;
}
