/**
 * Acceptance: "No plaintext on disk". Everything a person can write into a case file is written
 * with known markers (Latin, Cyrillic, diacritics); then every byte of every file in the case-file
 * folder (and of a backup and a restored copy) is searched for them, while the case file is open
 * (WAL present) and after it is locked.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import {
  addOperator,
  backupCaseFile,
  bytesSource,
  changePassphrase,
  ingestAttachment,
  readAttachment,
  recoverWithKey,
  removeOperator,
  restoreCaseFile,
  setAttachmentLimit,
  unlockCaseFile,
} from '../../src/main/core';
import { decodeRecoveryKey } from '../../src/shared/case-file/recovery-key';
import {
  newCaseFile,
  OTHER_PASSPHRASE,
  PASSPHRASE,
  tempDir,
  TEST_KDF,
  testRuntime,
} from '../helpers/case-files';

const LATIN = 'MARKER-TRAFFICKING-7f3a';
const CYRILLIC = 'Охридска икона Богородица Пелагонитиса';
const DIACRITICS = 'Đorđe Šćepanović čćžšđ ëç';
const MARKERS = { latin: LATIN, cyrillic: CYRILLIC, diacritics: DIACRITICS };

const THIRD_PASSPHRASE = 'Stobi basilica, mosaic of peacocks — Вардар 1931 ñ!';
const FOURTH_PASSPHRASE = 'Lychnidos bronze helmet; Требеништe grave VIII, 1918.';

interface Needle {
  label: string;
  bytes: Buffer;
}

/** Each marker as UTF-8 and UTF-16LE, also in NFD where that spelling differs. */
function markerNeedles(markers: Record<string, string>): Needle[] {
  const needles: Needle[] = [];
  for (const [name, text] of Object.entries(markers)) {
    const spellings = new Set([text.normalize('NFC'), text.normalize('NFD')]);
    for (const s of spellings) {
      const form = s === text.normalize('NFC') ? 'NFC' : 'NFD';
      needles.push({ label: `${name} ${form} utf-8`, bytes: Buffer.from(s, 'utf8') });
      needles.push({ label: `${name} ${form} utf-16le`, bytes: Buffer.from(s, 'utf16le') });
    }
  }
  return needles;
}

function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? allFiles(p) : [p];
  });
}

/** Every file under `dir` that contains a needle, as "file: label". */
function scan(dir: string, needles: Needle[]): string[] {
  const hits: string[] = [];
  for (const file of allFiles(dir)) {
    const bytes = fs.readFileSync(file);
    for (const n of needles) {
      if (bytes.indexOf(n.bytes) !== -1) hits.push(`${path.relative(dir, file)}: ${n.label}`);
    }
  }
  return hits;
}

/** Content that repeats every marker (UTF-8, with a UTF-16LE copy), to about `bytes` long. */
function markerContent(bytes: number): Buffer {
  const unit = Buffer.concat([
    Buffer.from(`${LATIN} | ${CYRILLIC} | ${DIACRITICS}\n`, 'utf8'),
    Buffer.from(`${LATIN} ${CYRILLIC} ${DIACRITICS}\n`, 'utf16le'),
  ]);
  const parts: Buffer[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const line = Buffer.concat([Buffer.from(`${i.toString().padStart(8, '0')} `), unit]);
    parts.push(line);
    n += line.length;
  }
  return Buffer.concat(parts);
}

describe('the scanner (control)', () => {
  it('finds markers written in clear, in nested folders, as UTF-8 and UTF-16LE', () => {
    const dir = tempDir();
    const needles = markerNeedles(MARKERS);
    expect(scan(dir, needles)).toEqual([]);
    fs.mkdirSync(path.join(dir, 'nested'));
    fs.writeFileSync(path.join(dir, 'nested', 'plain.txt'), `prefix ${CYRILLIC} suffix`, 'utf8');
    fs.writeFileSync(path.join(dir, 'wide.txt'), Buffer.from(`xx ${DIACRITICS} yy`, 'utf16le'));
    fs.writeFileSync(
      path.join(dir, 'decomposed.txt'),
      `(${LATIN}) ${DIACRITICS.normalize('NFD')}`,
      'utf8',
    );
    expect(scan(dir, needles).sort()).toEqual(
      [
        'decomposed.txt: diacritics NFD utf-8',
        'decomposed.txt: latin NFC utf-8',
        `${path.join('nested', 'plain.txt')}: cyrillic NFC utf-8`,
        'wide.txt: diacritics NFC utf-16le',
      ].sort(),
    );
  });

  it('finds markers in an unencrypted SQLite database, with and without its WAL', () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, 'plain.db'));
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (v TEXT)');
    db.prepare('INSERT INTO t VALUES (?)').run(`${LATIN} ${CYRILLIC}`);
    expect(fs.existsSync(path.join(dir, 'plain.db-wal'))).toBe(true);
    expect(scan(dir, markerNeedles(MARKERS))).toContain('plain.db-wal: latin NFC utf-8');
    db.close();
    expect(scan(dir, markerNeedles(MARKERS))).toEqual([
      'plain.db: latin NFC utf-8',
      'plain.db: cyrillic NFC utf-8',
    ]);
  });
});

describe('no plaintext on disk', () => {
  it(
    'markers written through every part of the API never reach the disk in clear',
    { timeout: 120_000 },
    async () => {
      const { dir, session, recoveryKey } = await newCaseFile({ operatorName: DIACRITICS });
      const dataKey = session.withDataKey((k) => Buffer.from(k));
      const recoveryBytes = decodeRecoveryKey(recoveryKey);
      if (!recoveryBytes.ok) throw new Error('the recovery key does not decode');

      // Operators: the first one's name is a marker; a second and a third one too.
      await addOperator(session, {
        name: CYRILLIC,
        passphrase: OTHER_PASSPHRASE,
        kdfCost: TEST_KDF,
      });
      await addOperator(session, {
        name: `${LATIN} Operator`,
        passphrase: THIRD_PASSPHRASE,
        kdfCost: TEST_KDF,
      });

      // Attachments: markers in names, media type and content; one of ~3 MiB (several 1 MiB chunks).
      const small = Buffer.from(`Inventory note: ${LATIN}\n${CYRILLIC}\n${DIACRITICS}\n`, 'utf8');
      const wide = Buffer.from(`Inventory note: ${LATIN} ${CYRILLIC} ${DIACRITICS}`, 'utf16le');
      const big = markerContent(3 * 1024 * 1024);
      expect(big.length).toBeGreaterThan(3 * 1024 * 1024);
      const ingested = [
        await ingestAttachment(session, bytesSource(`${LATIN} ${CYRILLIC}.txt`, small)),
        await ingestAttachment(session, bytesSource(`${DIACRITICS}.txt`, wide), {
          mediaType: `text/${LATIN}`,
        }),
        await ingestAttachment(session, bytesSource(`dossier ${CYRILLIC} ${DIACRITICS}.log`, big)),
        // The same content again under another name: deduplicated, only the record is new.
        await ingestAttachment(session, bytesSource(`copy of ${LATIN}.txt`, small)),
      ];
      expect(ingested[3]?.deduplicated).toBe(true);
      const chunks = session.db.prepare('SELECT count(*) FROM blob_chunk').pluck().get() as number;
      expect(chunks).toBeGreaterThanOrEqual(6); // 1 + 1 + 4 chunks: the big one spans several
      // The markers really are in the case file (as data), readable through the API.
      expect(readAttachment(session, ingested[2]?.id as string).equals(big)).toBe(true);
      const names = session.db
        .prepare('SELECT name FROM operator ORDER BY created_at')
        .pluck()
        .all();
      expect(names).toEqual([DIACRITICS, CYRILLIC, `${LATIN} Operator`]);
      const audit = session.db
        .prepare('SELECT group_concat(operator_name || changes) FROM audit_log')
        .pluck()
        .get() as string;
      for (const m of Object.values(MARKERS)) expect(audit).toContain(m);

      setAttachmentLimit(session, 50 * 1024 * 1024);
      await removeOperator(session, `${LATIN} Operator`);

      const needles: Needle[] = [
        ...markerNeedles({
          ...MARKERS,
          passphrase: PASSPHRASE,
          'other passphrase': OTHER_PASSPHRASE,
          'third passphrase': THIRD_PASSPHRASE,
        }),
        { label: 'data key (raw)', bytes: dataKey },
        { label: 'data key (hex)', bytes: Buffer.from(dataKey.toString('hex')) },
        { label: 'data key (HEX)', bytes: Buffer.from(dataKey.toString('hex').toUpperCase()) },
        { label: 'data key (base64)', bytes: Buffer.from(dataKey.toString('base64')) },
        { label: 'recovery key', bytes: Buffer.from(recoveryKey) },
        { label: 'recovery key (compact)', bytes: Buffer.from(recoveryKey.replaceAll('-', '')) },
        { label: 'recovery key (raw)', bytes: Buffer.from(recoveryBytes.bytes) },
      ];

      // 1. Open, with the recent writes still in the WAL.
      const walPath = path.join(dir, 'case.db-wal');
      expect(fs.existsSync(walPath)).toBe(true);
      expect(fs.statSync(walPath).size).toBeGreaterThan(0);
      expect(fs.readdirSync(dir)).toEqual(
        expect.arrayContaining(['case.db', 'case.db-wal', 'case.db-shm', 'keys.json']),
      );
      expect(scan(dir, needles)).toEqual([]);

      // 2. A backup, made while open (its path is recorded in the source's audit log).
      const backupDir = path.join(tempDir(), 'backup.custodia');
      const backup = await backupCaseFile(session, backupDir);
      expect(backup.report.ok).toBe(true);
      expect(fs.readdirSync(backupDir)).toEqual(expect.arrayContaining(['case.db', 'keys.json']));
      expect(scan(backupDir, needles)).toEqual([]);
      expect(scan(dir, needles)).toEqual([]);

      // 3. Locked: the WAL folded into case.db.
      session.lock();
      expect(fs.readdirSync(dir).sort()).toEqual(['case.db', 'keys.json']);
      expect(scan(dir, needles)).toEqual([]);

      // 4. Operations that run on a locked case file: recovery (adds an operator) and a passphrase change.
      const runtime = testRuntime();
      await recoverWithKey(
        dir,
        {
          recoveryKey,
          operatorName: `${CYRILLIC} II`,
          newPassphrase: FOURTH_PASSPHRASE,
          kdfCost: TEST_KDF,
        },
        runtime,
      );
      await changePassphrase(
        dir,
        {
          operatorName: DIACRITICS,
          oldPassphrase: PASSPHRASE,
          newPassphrase: THIRD_PASSPHRASE,
          kdfCost: TEST_KDF,
        },
        runtime,
      );
      const laterNeedles = [
        ...needles,
        ...markerNeedles({ 'fourth passphrase': FOURTH_PASSPHRASE }),
      ];
      expect(scan(dir, laterNeedles)).toEqual([]);

      // 5. A restored copy of the backup.
      const restoredDir = path.join(tempDir(), 'restored.custodia');
      const restored = await restoreCaseFile(
        backupDir,
        restoredDir,
        { kind: 'passphrase', operatorName: DIACRITICS, passphrase: PASSPHRASE },
        runtime,
      );
      expect(restored.ok).toBe(true);
      expect(scan(restoredDir, laterNeedles)).toEqual([]);
      expect(scan(backupDir, laterNeedles)).toEqual([]);

      // Control: the data is all there, under the key — the scan was not of empty files.
      const reopened = await unlockCaseFile(
        dir,
        { kind: 'passphrase', operatorName: DIACRITICS, passphrase: THIRD_PASSPHRASE },
        runtime,
      );
      try {
        expect(readAttachment(reopened, ingested[2]?.id as string).equals(big)).toBe(true);
        const active = reopened.db
          .prepare('SELECT name FROM operator WHERE removed_at IS NULL')
          .pluck()
          .all() as string[];
        expect(active.sort()).toEqual([DIACRITICS, CYRILLIC, `${CYRILLIC} II`].sort());
        expect(scan(dir, laterNeedles)).toEqual([]);
      } finally {
        reopened.lock();
      }
      expect(fs.statSync(path.join(dir, 'case.db')).size).toBeGreaterThan(big.length);
      expect(scan(dir, laterNeedles)).toEqual([]);
    },
  );
});
