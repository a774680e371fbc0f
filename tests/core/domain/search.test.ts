import { describe, expect, it } from 'vitest';
import { write, type CaseFileSession } from '../../../src/main/core';
import { createCase, updateCase } from '../../../src/main/core/cases/cases';
import { createObject } from '../../../src/main/core/objects';
import { createParty, updateParty } from '../../../src/main/core/parties/parties';
import { assignRole } from '../../../src/main/core/parties/party-roles';
import { RANK_BUDGET, searchAll, searchPlan } from '../../../src/main/core/search/search';
import {
  indexForSearch,
  searchPartition,
  type IndexEntry,
} from '../../../src/main/core/search/search-index';
import type { CaseFieldsInput } from '../../../src/shared/domain/case';
import type { PartyFieldsInput } from '../../../src/shared/domain/party';
import {
  MAX_SEARCH_QUERY_LENGTH,
  SEARCH_KINDS,
  type SearchRequest,
  type SearchResults,
} from '../../../src/shared/domain/search-views';
import { expectCaseFileError, newCaseFile } from '../../helpers/case-files';

const ICON_CASE = {
  reference: 'ITCG-2026-0001',
  title: 'Икона Св. Николе — crkva u Prizrenu',
  openedOn: '2026-02-14',
  summary: 'Icon stolen in 2019, offered at auction in Munich with a forged export licence.',
} satisfies CaseFieldsInput;

const COIN_CASE = {
  reference: 'ITCG-2026-0002',
  title: 'Coin hoard from Stobi',
  openedOn: '2026-02-20',
} satisfies CaseFieldsInput;

const DJORDJE = {
  kind: 'person',
  givenNames: 'Đorđe',
  familyName: 'Petrović',
  placeOfBirth: 'Prizren',
} satisfies PartyFieldsInput;

const NIKOLA = {
  kind: 'person',
  givenNames: 'Никола',
  familyName: 'Јовановић',
} satisfies PartyFieldsInput;

async function iconCase() {
  const { session } = await newCaseFile();
  const icon = createCase(session, ICON_CASE);
  const coins = createCase(session, COIN_CASE);
  const object = createObject(session, icon.id, {
    exhibitNumber: 'E-1',
    typeL1: 'religious',
    title: 'Св. Никола',
    description: 'Tempera on wood; the back is marked with a property stamp of the monastery.',
  });
  const amphora = createObject(session, coins.id, {
    exhibitNumber: 'E-1',
    typeL1: 'archaeological',
    title: 'Amfora',
    description: 'Amphora found beside the hoard of Nikola Đurić',
  });
  const djordje = createParty(session, DJORDJE);
  const nikola = createParty(session, NIKOLA);
  assignRole(session, { caseId: icon.id, partyId: djordje.id, role: 'suspect' });
  return { session, icon, coins, object, amphora, djordje, nikola };
}

function ids(results: SearchResults, kind?: string): string[] {
  return results.groups
    .filter((g) => kind === undefined || g.kind === kind)
    .flatMap((g) => g.hits.map((h) => h.entityId));
}

/** Puts entries straight into the index (what the services do for their records). */
function index(session: CaseFileSession, entries: IndexEntry[]): void {
  write(session, (tx) => {
    for (const entry of entries) indexForSearch(tx.db, entry);
    tx.audit({ action: 'test.index', entityType: 'search_index', entityId: 'test', changes: {} });
  });
}

function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** Two case ids that share a partition of the index (see searchPartition). */
function collidingCaseIds(): [string, string] {
  const seen = new Map<number, string>();
  for (let n = 0x100000; ; n++) {
    const id = uuid(n);
    const first = searchPartition('object', id).first;
    const other = seen.get(first);
    if (other) return [other, id];
    seen.set(first, id);
  }
}

describe('global search', () => {
  it('finds records whatever the case, diacritics and script of the query', async () => {
    const { session, icon, object, amphora, djordje, nikola } = await iconCase();
    // "Nikol": the case's title has the genitive "Николе".
    const latin = searchAll(session, { query: 'Nikol' });
    expect(ids(latin, 'case')).toEqual([icon.id]);
    expect(ids(latin, 'object').sort()).toEqual([object.id, amphora.id].sort());
    expect(ids(latin, 'party')).toEqual([nikola.id]);
    const cyrillic = searchAll(session, { query: 'НИКОЛ' });
    expect(ids(cyrillic).sort()).toEqual(ids(latin).sort());

    for (const query of ['djordje', 'Ђорђе', 'DJORDJE petrovic', 'đorđe петровић', 'Dordje']) {
      expect(ids(searchAll(session, { query }), 'party'), query).toEqual(
        query === 'Dordje' ? [] : [djordje.id],
      );
    }
    expect(ids(searchAll(session, { query: 'Nikolaj' }))).toEqual([]);
    expect(ids(searchAll(session, { query: 'Nikola Petrović' }))).toEqual([]);
  });

  it('groups hits by kind in a fixed order, with case references and highlighted text', async () => {
    const { session, icon, coins, nikola } = await iconCase();
    const r = searchAll(session, { query: 'nik' });
    expect(r.ranked).toBe(true);
    expect(r.groups.map((g) => g.kind)).toEqual(['case', 'party', 'object']);
    expect(r.groups.map((g) => g.total)).toEqual([1, 1, 2]);
    expect(r.groups.every((g) => !g.capped)).toBe(true);
    const [caseHit] = r.groups[0]!.hits;
    expect(caseHit).toMatchObject({ caseId: icon.id, caseReference: 'ITCG-2026-0001' });
    expect(caseHit!.titleSegments).toEqual([
      { text: 'ITCG-2026-0001 Икона Св. ', hit: false },
      { text: 'Ник', hit: true },
      { text: 'оле — crkva u Prizrenu', hit: false },
    ]);
    expect(r.groups[1]!.hits[0]).toMatchObject({
      entityId: nikola.id,
      caseId: null,
      caseReference: null,
    });
    const objectHits = r.groups[2]!.hits;
    expect(objectHits.map((h) => h.caseReference).sort()).toEqual([
      'ITCG-2026-0001',
      'ITCG-2026-0002',
    ]);
    expect(new Set(objectHits.map((h) => h.caseId))).toEqual(new Set([icon.id, coins.id]));
    // The amphora matched in its description: the snippet shows that, highlighted.
    const amphora = objectHits.find((h) => h.caseId === coins.id)!;
    expect(amphora.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['Nik']);
    expect(amphora.snippet.map((s) => s.text).join('')).toContain('hoard of Nikola Đurić');

    // A match in the case's summary only: the snippet is cut around it.
    const munich = searchAll(session, { query: 'munich' });
    const summary = munich.groups[0]!.hits[0]!;
    expect(summary.titleSegments.some((s) => s.hit)).toBe(false);
    expect(summary.snippet.find((s) => s.hit)?.text).toBe('Munich');
  });

  it('ranks best first with bm25 within each group', async () => {
    const { session } = await newCaseFile();
    const caseId = uuid(0xc1);
    const filler = 'tempera gesso panel with later overpainting and several losses '.repeat(12);
    index(session, [
      { kind: 'object', entityId: uuid(1), caseId, title: 'E-1 Panel', body: `${filler} icon` },
      {
        kind: 'object',
        entityId: uuid(2),
        caseId,
        title: 'E-2 Icon of Saint Nicholas',
        body: 'icon',
      },
      { kind: 'object', entityId: uuid(3), caseId, title: 'E-3 Frame', body: filler },
    ]);
    const [group] = searchAll(session, { query: 'icon' }).groups;
    expect(group!.hits.map((h) => h.entityId)).toEqual([uuid(2), uuid(1)]);
    const ranks = group!.hits.map((h) => h.rank as number);
    expect(ranks[0]).toBeLessThan(ranks[1]!);
  });

  it('searches one case, with the parties taking part in it, and no other', async () => {
    const { session, icon, coins, object, amphora, djordje } = await iconCase();
    const inIcon = searchAll(session, { query: 'Nikol', caseId: icon.id });
    expect(ids(inIcon)).toEqual([icon.id, object.id]);
    const inCoins = searchAll(session, { query: 'Nikol', caseId: coins.id });
    expect(ids(inCoins)).toEqual([amphora.id]);
    // Đorđe is a suspect in the icon case only.
    expect(ids(searchAll(session, { query: 'petrović', caseId: icon.id }), 'party')).toEqual([
      djordje.id,
    ]);
    expect(searchAll(session, { query: 'petrović', caseId: coins.id }).groups).toEqual([]);
  });

  it('narrows to the kinds and the number of hits asked for, and checks those options', async () => {
    const { session, icon } = await iconCase();
    const objects = searchAll(session, { query: 'nikol', kinds: ['object'], limitPerKind: 1 });
    expect(objects.groups).toHaveLength(1);
    expect(objects.groups[0]).toMatchObject({ kind: 'object', total: 2, capped: false });
    expect(objects.groups[0]!.hits).toHaveLength(1);
    expect(ids(searchAll(session, { query: 'nikol', kinds: ['case', 'party'] }), 'case')).toEqual([
      icon.id,
    ]);
    const bad = await expectCaseFileError(
      () => searchAll(session, { query: 'nikola', caseId: 'ITCG-2026-0001' }),
      'INVALID_INPUT',
    );
    expect(bad.message).toContain('caseId');
    await expectCaseFileError(
      () => searchAll(session, { query: 'nikola', kinds: ['photo'] } as unknown as SearchRequest),
      'INVALID_INPUT',
    );
    await expectCaseFileError(
      () => searchAll(session, { query: 'nikola', limitPerKind: 0 }),
      'INVALID_INPUT',
    );
  });

  it('never fails on hostile, empty or oversized queries', async () => {
    const { session } = await iconCase();
    const hostile = [
      '',
      '   ',
      '!!! ??? ...',
      '"',
      '"nikola',
      'nikola*',
      '*',
      'NEAR(nikola petrovic)',
      'nikola OR petrovic',
      'NOT nikola',
      'AND',
      '^nikola',
      'kind:case',
      'folded : nikola',
      "'); DROP TABLE search_index; --",
      '\u0000nikola\u0000',
      '\uD800',
      'nikola \uDC00 \uD83D',
      '👁️‍🗨️ 🏺',
      'c\u030C\u030C\u030C\u030C',
      '\u202Eнікола',
      'x'.repeat(50_000),
      `${'ab '.repeat(99)}\uD83C\uDFFA`,
    ];
    for (const query of hostile) {
      const r = searchAll(session, { query });
      expect(r.query.length, JSON.stringify(query.slice(0, 20))).toBeLessThanOrEqual(
        MAX_SEARCH_QUERY_LENGTH,
      );
      expect(Array.isArray(r.groups)).toBe(true);
    }
    for (const query of ['', '   ', '!!! ??? ...', '*', '"', '\uD800']) {
      expect(searchAll(session, { query })).toEqual({ query, ranked: true, groups: [] });
    }
    // Search words are never operators: "nikola OR petrovic" needs both.
    expect(searchAll(session, { query: 'nikola OR petrovic' }).groups).toEqual([]);
    expect(searchAll(session, { query: 'NEAR(nikola petrovic)' }).groups).toEqual([]);
    // A cut never leaves half a surrogate pair.
    const cut = searchAll(session, { query: `${'a'.repeat(199)}\uD83C\uDFFA` }).query;
    expect(cut).toBe('a'.repeat(199));
    expect(searchAll(session, { query: 'x'.repeat(300) }).query).toHaveLength(200);
  });

  it('matches a one-character word whole, and ignores a last letter still being typed', async () => {
    const { session } = await newCaseFile();
    const caseId = uuid(0xc1);
    index(session, [
      { kind: 'object', entityId: uuid(1), caseId, title: 'Lot 7', body: 'Nikola Petrović' },
      { kind: 'object', entityId: uuid(2), caseId, title: 'Lot 70', body: 'Nikola Jovanović' },
    ]);
    const found = (query: string) => ids(searchAll(session, { query })).sort();
    expect(found('lot 7')).toEqual([uuid(1)]);
    expect(found('7')).toEqual([uuid(1)]);
    expect(found('lot 70')).toEqual([uuid(2)]);
    expect(found('nikola p')).toEqual([uuid(1), uuid(2)]);
    expect(found('nikola pe')).toEqual([uuid(1)]);
    expect(found('p nikola')).toEqual([]);
    expect(searchPlan('nikola p')?.match).toBe('"nikola"*');
    expect(searchPlan('p nikola')?.match).toBe('"p" AND "nikola"*');
    expect(searchPlan('lot 7')?.match).toBe('"lot"* AND "7"');
    expect(searchPlan('aa bb cc dd ee ff gg hh ii jj')?.phrases).toHaveLength(8);
    expect(searchPlan('a b c d e f g h i j')?.phrases).toHaveLength(7);
  });

  it('replaces a record’s old text when it changes', async () => {
    const { session, icon, djordje } = await iconCase();
    updateCase(session, {
      id: icon.id,
      version: icon.version,
      fields: { ...ICON_CASE, title: 'Icon of Saint Demetrius — Peć' },
    });
    expect(ids(searchAll(session, { query: 'Николе' }), 'case')).toEqual([]);
    expect(ids(searchAll(session, { query: 'Pec demetr' }), 'case')).toEqual([icon.id]);
    updateParty(session, {
      id: djordje.id,
      version: djordje.version,
      fields: { ...DJORDJE, familyName: 'Marković' },
    });
    expect(ids(searchAll(session, { query: 'Petrović' }))).toEqual([]);
    expect(ids(searchAll(session, { query: 'ђорђе марковић' }))).toEqual([djordje.id]);
    const rows = session.db
      .prepare('SELECT count(*) FROM search_row WHERE entity_id IN (?, ?)')
      .pluck()
      .get(icon.id, djordje.id);
    expect(rows).toBe(2);
  });

  it('counts up to 1000, and lists a word found in too many records unranked', async () => {
    const { session } = await newCaseFile();
    const [caseA, caseB] = collidingCaseIds();
    const entries: IndexEntry[] = [];
    for (let i = 1; i <= RANK_BUDGET + 1; i++) {
      entries.push({
        kind: 'object',
        entityId: uuid(i),
        caseId: i % 1000 === 0 ? caseB : caseA,
        title: `E-${i} denar`,
        body: i % 2 === 0 ? 'Roman silver' : 'Roman bronze',
      });
    }
    entries.push({
      kind: 'journal',
      entityId: uuid(90_001),
      caseId: caseB,
      title: 'note',
      body: 'denar of Trajan',
    });
    index(session, entries);

    // "silver" is in 2,500 records: ranked, counted to 1000.
    const silver = searchAll(session, { query: 'silver', limitPerKind: 3 });
    expect(silver.ranked).toBe(true);
    expect(silver.groups).toMatchObject([{ kind: 'object', total: 1000, capped: true }]);
    const ranks = silver.groups[0]!.hits.map((h) => h.rank as number);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

    // "denar" is in 5,002 records: not ranked, still counted and listed, per kind and per case.
    const denar = searchAll(session, { query: 'denar' });
    expect(denar.ranked).toBe(false);
    expect(denar.groups).toMatchObject([
      { kind: 'object', total: 1000, capped: true },
      { kind: 'journal', total: 1, capped: false },
    ]);
    expect(denar.groups[0]!.hits).toHaveLength(8);
    expect(denar.groups[0]!.hits.every((h) => h.rank === null)).toBe(true);

    // caseA and caseB share a partition of the index; each sees its own records only.
    const inB = searchAll(session, { query: 'denar', caseId: caseB });
    expect(inB.ranked).toBe(false);
    expect(inB.groups.map((g) => [g.kind, g.total])).toEqual([
      ['object', 5],
      ['journal', 1],
    ]);
    expect(inB.groups.flatMap((g) => g.hits).every((h) => h.caseId === caseB)).toBe(true);
    const silverInB = searchAll(session, { query: 'silver', caseId: caseB });
    expect(silverInB.ranked).toBe(true);
    expect(silverInB.groups.map((g) => [g.kind, g.total])).toEqual([['object', 5]]);
    expect(searchAll(session, { query: 'bronze', caseId: caseB }).groups).toEqual([]);
    expect(searchAll(session, { query: 'denar', caseId: uuid(0xdead) }).groups).toEqual([]);
  });

  it('keeps every kind in its own partition of the index', () => {
    const ranges = SEARCH_KINDS.map((k) => searchPartition(k));
    for (const [i, r] of ranges.entries()) {
      expect(r.first).toBeLessThan(r.last);
      expect(Number.isSafeInteger(r.last)).toBe(true);
      if (i > 0) expect(r.first).toBeGreaterThan(ranges[i - 1]!.last);
      const inCase = searchPartition(SEARCH_KINDS[i]!, uuid(5));
      const noCase = searchPartition(SEARCH_KINDS[i]!, null);
      expect(inCase.first).toBeGreaterThanOrEqual(r.first);
      expect(inCase.last).toBeLessThanOrEqual(r.last);
      expect(noCase.first).toBe(r.first);
      expect(noCase.last).toBeLessThan(inCase.first);
    }
  });
});
