import { createHash } from 'node:crypto';
import path from 'node:path';
import { createCaseFile, fixedClock, type CaseFileSession } from '../src/main/core';
import { importBundle } from '../src/main/core/bundle/import';
import { listObjects } from '../src/main/core/objects';
import { searchAll } from '../src/main/core/search/search';
import { indexForSearch } from '../src/main/core/search/search-index';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type CaseBundleInput } from '../src/shared/domain/bundle';
import { median, ms } from './util';

/**
 * Issue #4's speed targets, on a real encrypted case file:
 * - import of a bundle with 10,000 objects (≤ 10 s), through the same checks and audit as any import;
 * - first page of the object list of that 10,000-object case (≤ 200 ms);
 * - global search p95 over 100,000 objects and parties (≤ 50 ms). The 10,000 imported objects are
 *   topped up to 100,000 records with rows written straight into the tables and the index (bench
 *   set-up only; the services would audit each one and take minutes).
 */
export interface RecordsBench {
  importObjects: number;
  importSeconds: number;
  firstPageColdMs: number;
  firstPageMs: number;
  searchRecords: number;
  searchQueries: number;
  searchP50Ms: number;
  searchP95Ms: number;
}

const uuid = (seed: string) => {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

const FIRST = [
  'Nikola',
  'Ђорђе',
  'Arben',
  'Marija',
  'Dragan',
  'Blerina',
  'Ѓорѓи',
  'Ivana',
  'Luka',
  'Jelena',
  'Petar',
  'Ana',
];
const LAST = [
  'Petrović',
  'Јовановић',
  'Krasniqi',
  'Hoxha',
  'Trajkovski',
  'Kovačević',
  'Novak',
  'Марковић',
  'Horvat',
  'Babić',
];
const TYPES = [
  ['coins', 'coins.coin', 'Roman denarius, silver', 'IMP CAES TRAIANO AVG GER DAC'],
  ['religious', 'religious.icon', 'Icon, tempera on wood', 'СВ. НИКОЛА IC XC'],
  ['archaeological', 'archaeological.pottery', 'Red-figure krater fragment', ''],
  ['archaeological', 'archaeological.metalwork', 'Illyrian bronze helmet', ''],
  ['manuscripts', 'manuscripts.manuscript', 'Church Slavonic gospel leaf', 'Јеванђеље'],
] as const;

function bigBundle(objects: number): CaseBundleInput {
  const caseId = uuid('case');
  const at = '2026-03-01T08:00:00.000Z';
  const meta = { version: 1, createdAt: at, updatedAt: at };
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    cases: [
      {
        id: caseId,
        reference: 'BENCH-2026-0001',
        title: 'Hoard of 10,000 objects',
        status: 'open',
        closedOn: null,
        openedOn: '2026-03-01',
        ...meta,
      },
    ],
    objects: Array.from({ length: objects }, (_, i) => {
      const [l1, l2, title, inscription] = TYPES[i % TYPES.length]!;
      return {
        id: uuid(`object-${i}`),
        caseId,
        exhibitNumber: `E-${i + 1}`,
        typeL1: l1,
        typeL2: l2,
        title: `${title} no. ${i + 1}`,
        materials: ['silver'],
        inscriptions: inscription ? [{ kind: 'inscription' as const, text: inscription }] : [],
        description: `Seized from ${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]}, lot ${Math.floor(i / 100)}`,
        legalStatus: 'seized' as const,
        ...meta,
      };
    }),
  };
}

/** Tops the index up to `total` objects and parties, in one raw transaction (set-up only). */
function topUp(session: CaseFileSession, caseId: string, have: number, total: number): void {
  const db = session.db;
  const insertObject = db.prepare(
    `INSERT INTO seized_object (id, case_id, exhibit_number, exhibit_sort, type_l1, legal_status, title, data, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'coins', 'seized', ?, '{}', 1, '2026-03-01', '2026-03-01')`,
  );
  const insertParty = db.prepare(
    `INSERT INTO party (id, kind, name, data, version, created_at, updated_at) VALUES (?, 'person', ?, '{}', 1, '2026-03-01', '2026-03-01')`,
  );
  db.transaction(() => {
    for (let i = have; i < total; i++) {
      const name = `${LAST[i % LAST.length]}, ${FIRST[(i * 7) % FIRST.length]} ${i}`;
      if (i % 2 === 0) {
        const id = uuid(`party-${i}`);
        insertParty.run(id, name);
        indexForSearch(db, {
          kind: 'party',
          entityId: id,
          caseId: null,
          title: name,
          body: `passport ${100000 + i}\nBeograd, Knez Mihailova ${i % 90}`,
        });
      } else {
        const id = uuid(`extra-${i}`);
        const [, , title, inscription] = TYPES[i % TYPES.length]!;
        insertObject.run(id, caseId, `X-${i}`, `x-${i}`, `${title} ${i}`);
        indexForSearch(db, {
          kind: 'object',
          entityId: id,
          caseId,
          title: `X-${i} ${title} ${i}`,
          body: `${inscription}\nfrom ${name}`,
        });
      }
    }
  })();
}

const QUERIES = [
  'nik',
  'Никола',
  'petrov',
  'Ђорђе',
  'djordje',
  'krasniqi',
  'icon',
  'ikona',
  'IC XC',
  'helm',
  'denar',
  'trajan',
  'E-77',
  'Beograd',
  'knez mih',
  'ѓорѓи',
  'kovačević',
  'silver',
  'gospel',
  'Јеванђеље',
  'hoxha bl',
  'passport 1001',
  'lot 4',
  'no. 9999',
  'x',
];

export async function measureRecords(dir: string): Promise<RecordsBench> {
  const { session } = await createCaseFile(path.join(dir, 'records.custodia'), {
    operatorName: 'Bench',
    passphrase: 'Ohridsko jezero — Струга, 1979: čuvaj ključ!',
    kdfCost: { N: 2 ** 14, r: 8, p: 1 },
    runtime: {
      clock: fixedClock(new Date('2026-03-01T08:00:00Z')),
      ids: {
        next: (() => {
          let n = 0;
          return () => uuid(`rt-${n++}`);
        })(),
      },
    },
  });
  try {
    const OBJECTS = 10_000;
    const bundle = bigBundle(OBJECTS);
    let t = process.hrtime.bigint();
    await importBundle(session, bundle, { baseDir: null });
    const importSeconds = ms(t) / 1000;
    const caseId = bundle.cases[0]!.id;

    t = process.hrtime.bigint();
    listObjects(session, { caseId, offset: 0, limit: 100 });
    const firstPageColdMs = ms(t);
    const pages: number[] = [];
    for (let i = 0; i < 20; i++) {
      t = process.hrtime.bigint();
      listObjects(session, { caseId, offset: 0, limit: 100, sort: i % 2 ? 'exhibit' : 'type' });
      pages.push(ms(t));
    }

    const TOTAL = 100_000;
    topUp(session, caseId, OBJECTS, TOTAL);
    const times: number[] = [];
    for (let round = 0; round < 8; round++) {
      for (const query of QUERIES) {
        t = process.hrtime.bigint();
        searchAll(session, { query });
        times.push(ms(t));
      }
    }
    times.sort((a, b) => a - b);
    return {
      importObjects: OBJECTS,
      importSeconds,
      firstPageColdMs,
      firstPageMs: median(pages),
      searchRecords: TOTAL,
      searchQueries: times.length,
      searchP50Ms: median(times),
      searchP95Ms: times[Math.floor(times.length * 0.95)] as number,
    };
  } finally {
    session.lock();
  }
}
