import path from 'node:path';
import { randomBytes } from 'node:crypto';
import {
  configureSqlite,
  openEncrypted,
  openPlain,
  type CipherParams,
  type Sqlite,
} from '../src/main/core/store/sqlite';
import { ms, median, removeDbFiles } from './util';

/**
 * The same workload on a plain and an encrypted database: 100k inserts in one transaction,
 * 100k indexed point lookups, a full scan, and FTS5 queries. Each read phase starts on a fresh
 * connection, so pages are decrypted from disk rather than served from SQLite's cache.
 */
const ROWS = 100_000;
const WORDS = [
  'icon',
  'coin',
  'hoard',
  'amphora',
  'fresco',
  'manuscript',
  'bronze',
  'helmet',
  'stele',
  'mosaic',
  'chalice',
  'cross',
  'denarius',
  'tetradrachm',
  'reliquary',
  'krater',
];
const PLACES = [
  'Ohrid',
  'Butrint',
  'Stobi',
  'Sirmium',
  'Apollonia',
  'Heraclea',
  'Scupi',
  'Salona',
  'Narona',
  'Emona',
];

function description(i: number): string {
  const w = (k: number) => WORDS[(i * 7 + k * 13) % WORDS.length];
  return `${w(0)} ${w(1)} seized near ${PLACES[i % PLACES.length]} lot ${i} with ${w(2)} fragments and ${w(3)} traces`;
}

export interface WorkloadTimes {
  insert: number;
  lookups: number;
  scan: number;
  fts: number;
}

type Open = (create: boolean) => Sqlite;

function runOnce(open: Open, file: string): WorkloadTimes {
  removeDbFiles(file);
  let db = open(true);
  db.exec(`CREATE TABLE item (id INTEGER PRIMARY KEY, ref TEXT NOT NULL, place TEXT NOT NULL, description TEXT NOT NULL) STRICT;
           CREATE INDEX item_ref ON item (ref);
           CREATE VIRTUAL TABLE item_fts USING fts5 (description, content='item', content_rowid='id');`);
  const insert = db.prepare('INSERT INTO item (id, ref, place, description) VALUES (?, ?, ?, ?)');
  const insertFts = db.prepare('INSERT INTO item_fts (rowid, description) VALUES (?, ?)');
  let t = process.hrtime.bigint();
  db.transaction(() => {
    for (let i = 1; i <= ROWS; i++) {
      const d = description(i);
      insert.run(i, `REF-${(i * 2654435761) % 1_000_003}`, PLACES[i % PLACES.length] as string, d);
      insertFts.run(i, d);
    }
  })();
  const insertMs = ms(t);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();

  db = open(false);
  const lookup = db.prepare('SELECT id, description FROM item WHERE ref = ?');
  t = process.hrtime.bigint();
  for (let i = 1; i <= ROWS; i++)
    lookup.get(`REF-${(((i * 7919) % ROWS) * 2654435761) % 1_000_003}`);
  const lookupsMs = ms(t);
  db.close();

  db = open(false);
  t = process.hrtime.bigint();
  db.prepare(
    "SELECT count(*), sum(length(description)) FROM item WHERE description LIKE '%fragments%'",
  ).get();
  const scanMs = ms(t);
  db.close();

  db = open(false);
  const fts = db.prepare('SELECT rowid FROM item_fts WHERE item_fts MATCH ? LIMIT 200');
  t = process.hrtime.bigint();
  for (let i = 0; i < 300; i++)
    fts.all(`${WORDS[i % WORDS.length]} AND ${PLACES[i % PLACES.length]}`);
  const ftsMs = ms(t);
  db.close();
  return { insert: insertMs, lookups: lookupsMs, scan: scanMs, fts: ftsMs };
}

function medianTimes(runs: WorkloadTimes[]): WorkloadTimes {
  return {
    insert: median(runs.map((r) => r.insert)),
    lookups: median(runs.map((r) => r.lookups)),
    scan: median(runs.map((r) => r.scan)),
    fts: median(runs.map((r) => r.fts)),
  };
}

export interface CipherComparison {
  cipher: string;
  cacheKiB: number;
  plain: WorkloadTimes;
  encrypted: WorkloadTimes;
  ratio: WorkloadTimes;
}

export function compareCipher(
  dir: string,
  cipher: CipherParams,
  cacheKiB: number,
  repeats = 3,
): CipherComparison {
  configureSqlite({ cacheSizeKiB: cacheKiB });
  const key = randomBytes(32);
  const plainFile = path.join(dir, 'plain.db');
  const encFile = path.join(dir, `enc-${cipher.name}.db`);
  const openPlainDb: Open = () => openPlain(plainFile);
  const openEnc: Open = (create) => openEncrypted(encFile, key, cipher, { create });
  const plainRuns: WorkloadTimes[] = [];
  const encRuns: WorkloadTimes[] = [];
  // One unmeasured pair first (JIT, file-system warm-up), then interleaved runs so that disk and
  // CPU drift affect both sides alike.
  runOnce(openPlainDb, plainFile);
  runOnce(openEnc, encFile);
  for (let i = 0; i < repeats; i++) {
    plainRuns.push(runOnce(openPlainDb, plainFile));
    encRuns.push(runOnce(openEnc, encFile));
  }
  removeDbFiles(plainFile);
  removeDbFiles(encFile);
  const plain = medianTimes(plainRuns);
  const encrypted = medianTimes(encRuns);
  return {
    cipher: cipher.name,
    cacheKiB,
    plain,
    encrypted,
    ratio: {
      insert: encrypted.insert / plain.insert,
      lookups: encrypted.lookups / plain.lookups,
      scan: encrypted.scan / plain.scan,
      fts: encrypted.fts / plain.fts,
    },
  };
}
