import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import {
  addOperator,
  CaseFileErrorCode,
  caseFileLayout,
  createCaseFile,
  readKeyFile,
  RECOVERY_ACTOR,
  unlockCaseFile,
  type CaseFileSession,
} from '../../src/main/core';
import { applyKey } from '../../src/main/core/store/sqlite';
import { encodeRecoveryKey } from '../../src/shared/case-file/recovery-key';
import {
  expectCaseFileError,
  expectSameFolder,
  newCaseFile,
  OPERATOR,
  OTHER_PASSPHRASE,
  PASSPHRASE,
  snapshotFolder,
  tempDir,
  TEST_KDF,
  testRuntime,
} from '../helpers/case-files';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A case file that has been created and locked again: only case.db and keys.json on disk. */
async function lockedCaseFile() {
  const cf = await newCaseFile();
  const actor = cf.session.actor;
  cf.session.lock();
  return { ...cf, actor };
}

function passphraseUnlock(
  dir: string,
  passphrase: string,
  operatorName?: string,
): Promise<CaseFileSession> {
  return unlockCaseFile(
    dir,
    { kind: 'passphrase', passphrase, ...(operatorName !== undefined ? { operatorName } : {}) },
    testRuntime(),
  );
}

function recoveryUnlock(dir: string, recoveryKey: string): Promise<CaseFileSession> {
  return unlockCaseFile(dir, { kind: 'recovery', recoveryKey }, testRuntime());
}

type RawKeyFile = {
  formatVersion: number;
  slots: Array<{
    kind: string;
    operatorId?: string;
    kdf: Record<string, unknown>;
    wrap: { ciphertext: string; tag: string };
  }>;
} & Record<string, unknown>;

function readRawKeys(dir: string): RawKeyFile {
  return JSON.parse(fs.readFileSync(path.join(dir, 'keys.json'), 'utf8')) as RawKeyFile;
}

function writeRawKeys(dir: string, keys: RawKeyFile): void {
  fs.writeFileSync(path.join(dir, 'keys.json'), `${JSON.stringify(keys, null, 2)}\n`);
}

/** Flips one bit of a base64 field, keeping it valid base64 of the same length. */
function flipBase64(b64: string, byte = 0): string {
  const bytes = Buffer.from(b64, 'base64');
  bytes[byte] = (bytes[byte] as number) ^ 0x01;
  return bytes.toString('base64');
}

/** Replaces the character at `index` of a recovery key with another character of its alphabet. */
function typoAt(recoveryKey: string, index: number): string {
  const ch = recoveryKey[index] as string;
  const other = RECOVERY_ALPHABET[
    (RECOVERY_ALPHABET.indexOf(ch) + 7) % RECOVERY_ALPHABET.length
  ] as string;
  return recoveryKey.slice(0, index) + other + recoveryKey.slice(index + 1);
}

describe('create, unlock and lock', () => {
  it('createCaseFile returns an open session for the first operator, and a folder with case.db and keys.json', async () => {
    const { dir, session, recoveryKey } = await newCaseFile();
    expect(session.isOpen).toBe(true);
    expect(session.actor.operatorName).toBe(OPERATOR);
    expect(session.actor.operatorId).toMatch(UUID);
    expect(session.layout.dir).toBe(path.resolve(dir));
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){7}[0-9A-HJKMNP-TV-Z]{5}$/);

    const keys = readKeyFile(caseFileLayout(dir));
    expect(keys.caseFileId).toBe(session.caseFileId);
    expect(keys.cipher).toEqual({ name: 'aegis', algorithm: 'aegis-256' });
    expect(keys.slots.map((s) => s.kind).sort()).toEqual(['passphrase', 'recovery']);
    const operators = session.db.prepare('SELECT id, name FROM operator').all();
    expect(operators).toEqual([{ id: session.actor.operatorId, name: OPERATOR }]);

    const files = fs.readdirSync(dir);
    expect(files).toContain('case.db');
    expect(files).toContain('keys.json');
    // Nothing of the hidden staging folder is left next to the case file.
    expect(fs.readdirSync(path.dirname(dir))).toEqual([path.basename(dir)]);

    session.lock();
    expect(fs.readdirSync(dir).sort()).toEqual(['case.db', 'keys.json']);
  });

  it('unlocks with operator name and passphrase, and the actor is that operator', async () => {
    const { dir, actor } = await lockedCaseFile();
    const session = await passphraseUnlock(dir, PASSPHRASE, OPERATOR);
    try {
      expect(session.isOpen).toBe(true);
      expect(session.actor).toEqual(actor);
      expect(session.actor.operatorName).toBe(OPERATOR);
      expect(session.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(2);
    } finally {
      session.lock();
    }
  });

  it('unlocks without an operator name when the case file has one operator', async () => {
    const { dir, actor } = await lockedCaseFile();
    const session = await passphraseUnlock(dir, PASSPHRASE);
    try {
      expect(session.actor).toEqual(actor);
    } finally {
      session.lock();
    }
    const blank = await passphraseUnlock(dir, PASSPHRASE, '   ');
    try {
      expect(blank.actor).toEqual(actor);
    } finally {
      blank.lock();
    }
  });

  it('matches the operator name case-insensitively and after NFC normalisation', async () => {
    const { dir, actor } = await lockedCaseFile();
    const nfd = OPERATOR.normalize('NFD');
    // The fixture name has a precomposed "ć": the NFD spelling really is different text.
    expect(nfd).not.toBe(OPERATOR);
    const variants = [
      OPERATOR.toUpperCase(),
      OPERATOR.toLowerCase(),
      nfd,
      nfd.toUpperCase(),
      `  ${OPERATOR}  `,
    ];
    for (const name of variants) {
      const session = await passphraseUnlock(dir, PASSPHRASE, name);
      try {
        // The actor is the stored name, not the spelling typed.
        expect(session.actor).toEqual(actor);
      } finally {
        session.lock();
      }
    }
    // The passphrase is NFC-normalised too: typed decomposed, it still opens.
    const session = await passphraseUnlock(dir, PASSPHRASE.normalize('NFD'), OPERATOR);
    session.lock();
    expect(PASSPHRASE.normalize('NFD')).not.toBe(PASSPHRASE);
  });

  it('with two operators, the name picks the slot and omitting it is refused', async () => {
    const { dir, session } = await newCaseFile();
    const marko = await addOperator(session, {
      name: 'Marko Jovanović',
      passphrase: OTHER_PASSPHRASE,
      kdfCost: TEST_KDF,
    });
    const ana = session.actor;
    session.lock();

    const asMarko = await passphraseUnlock(dir, OTHER_PASSPHRASE, 'MARKO JOVANOVIĆ');
    try {
      expect(asMarko.actor).toEqual({ operatorId: marko.id, operatorName: 'Marko Jovanović' });
    } finally {
      asMarko.lock();
    }
    const asAna = await passphraseUnlock(dir, PASSPHRASE, 'ana petrović');
    try {
      expect(asAna.actor).toEqual(ana);
    } finally {
      asAna.lock();
    }
    await expectCaseFileError(
      () => passphraseUnlock(dir, PASSPHRASE),
      CaseFileErrorCode.OperatorRequired,
    );
    // Ana's name with Marko's passphrase opens nothing.
    await expectCaseFileError(
      () => passphraseUnlock(dir, OTHER_PASSPHRASE, OPERATOR),
      CaseFileErrorCode.WrongCredentials,
    );
  });

  async function expectLockWipes(session: CaseFileSession, dir: string): Promise<void> {
    const db = session.db;
    const key = session.withDataKey((k) => k); // the very Buffer the session holds
    expect(key.length).toBe(32);
    expect(key.some((b) => b !== 0)).toBe(true);
    expect(db.open).toBe(true);

    session.lock();

    expect(session.isOpen).toBe(false);
    expect(db.open).toBe(false);
    expect(key.length).toBe(32);
    expect(key.every((b) => b === 0)).toBe(true);
    await expectCaseFileError(() => session.db, CaseFileErrorCode.Locked);
    await expectCaseFileError(() => session.withDataKey((k) => k.length), CaseFileErrorCode.Locked);
    // The WAL was folded back into case.db and removed.
    expect(fs.readdirSync(dir).sort()).toEqual(['case.db', 'keys.json']);
    // Locking again is harmless.
    expect(() => session.lock()).not.toThrow();
  }

  it('lock() closes the database, refuses further use and zeroes the data key (created session)', async () => {
    const { dir, session } = await newCaseFile();
    await expectLockWipes(session, dir);
  });

  it('lock() closes the database, refuses further use and zeroes the data key (unlocked session)', async () => {
    const { dir } = await lockedCaseFile();
    const session = await passphraseUnlock(dir, PASSPHRASE, OPERATOR);
    await expectLockWipes(session, dir);
    // The wiped key was the session's copy only: the case file still opens.
    const again = await passphraseUnlock(dir, PASSPHRASE, OPERATOR);
    again.lock();
  });
});

describe('wrong credentials change nothing', () => {
  it('a wrong passphrase is refused with WRONG_CREDENTIALS and leaves every byte as it was', async () => {
    const { dir } = await lockedCaseFile();
    const before = snapshotFolder(dir);
    const e = await expectCaseFileError(
      () => passphraseUnlock(dir, 'Ohridsko jezero — Струга, 1980: čuvaj ključ!', OPERATOR),
      CaseFileErrorCode.WrongCredentials,
    );
    expect(e.message).toMatch(/Nothing was changed/);
    await expectCaseFileError(
      () => passphraseUnlock(dir, OTHER_PASSPHRASE),
      CaseFileErrorCode.WrongCredentials,
    );
    expectSameFolder(before, snapshotFolder(dir));
  });

  it('a well-formed recovery key of another case file is refused with WRONG_CREDENTIALS and changes nothing', async () => {
    const { dir, recoveryKey } = await lockedCaseFile();
    const before = snapshotFolder(dir);
    const other = encodeRecoveryKey(randomBytes(20));
    expect(other).not.toBe(recoveryKey);
    const e = await expectCaseFileError(
      () => recoveryUnlock(dir, other),
      CaseFileErrorCode.WrongCredentials,
    );
    expect(e.message).toMatch(/recovery key/);
    expectSameFolder(before, snapshotFolder(dir));
  });

  it('an unknown operator name is refused with WRONG_CREDENTIALS (not "not found") and changes nothing', async () => {
    const { dir } = await lockedCaseFile();
    const before = snapshotFolder(dir);
    const e = await expectCaseFileError(
      () => passphraseUnlock(dir, PASSPHRASE, 'Ana Petrovic'),
      CaseFileErrorCode.WrongCredentials,
    );
    // Same message as a wrong passphrase: it does not tell which of the two was wrong.
    expect(e.message).toBe('Wrong operator name or passphrase. Nothing was changed.');
    await expectCaseFileError(
      () => passphraseUnlock(dir, PASSPHRASE, 'Nobody Known'),
      CaseFileErrorCode.WrongCredentials,
    );
    expectSameFolder(before, snapshotFolder(dir));
  });
});

describe('recovery key', () => {
  it('a typo is reported as INVALID_RECOVERY_KEY naming the group, before any cryptography, and changes nothing', async () => {
    const { dir, recoveryKey } = await lockedCaseFile();
    const before = snapshotFolder(dir);

    // Group 3 starts at character 12 ("XXXXX-XXXXX-XXXXX-…").
    const typo = typoAt(recoveryKey, 13);
    expect(typo).not.toBe(recoveryKey);
    const e = await expectCaseFileError(
      () => recoveryUnlock(dir, typo),
      CaseFileErrorCode.InvalidRecoveryKey,
    );
    expect(e.details).toMatchObject({ group: 3, reason: 'checksum' });
    expect(e.message).toMatch(/Group 3/);

    const lastGroup = typoAt(recoveryKey, recoveryKey.length - 1);
    const e8 = await expectCaseFileError(
      () => recoveryUnlock(dir, lastGroup),
      CaseFileErrorCode.InvalidRecoveryKey,
    );
    expect(e8.details).toMatchObject({ group: 8, reason: 'checksum' });

    // "U" is not in the alphabet.
    const badChar = `${recoveryKey.slice(0, 24)}U${recoveryKey.slice(25)}`;
    const ec = await expectCaseFileError(
      () => recoveryUnlock(dir, badChar),
      CaseFileErrorCode.InvalidRecoveryKey,
    );
    expect(ec.details).toMatchObject({ group: 5, reason: 'character' });

    const short = await expectCaseFileError(
      () => recoveryUnlock(dir, recoveryKey.slice(0, -6)),
      CaseFileErrorCode.InvalidRecoveryKey,
    );
    expect(short.details).toMatchObject({ reason: 'length' });

    expectSameFolder(before, snapshotFolder(dir));
  });

  it('the real recovery key unlocks, and the actor is the recovery actor', async () => {
    const { dir, recoveryKey } = await lockedCaseFile();
    const session = await recoveryUnlock(dir, recoveryKey);
    try {
      expect(session.actor).toEqual(RECOVERY_ACTOR);
      expect(session.actor).toEqual({ operatorId: null, operatorName: 'recovery key' });
    } finally {
      session.lock();
    }
    // As people type it: lower case, spaces instead of dashes.
    const typed = await recoveryUnlock(dir, recoveryKey.toLowerCase().replaceAll('-', ' '));
    try {
      expect(typed.actor).toEqual(RECOVERY_ACTOR);
    } finally {
      typed.lock();
    }
  });
});

describe('createCaseFile refuses', () => {
  it('an existing path (ALREADY_EXISTS), touching neither it nor its folder', async () => {
    const parent = tempDir();
    const existing = path.join(parent, 'taken.custodia');
    fs.mkdirSync(existing);
    fs.writeFileSync(path.join(existing, 'notes.txt'), 'keep me');
    const create = () =>
      createCaseFile(existing, {
        operatorName: OPERATOR,
        passphrase: PASSPHRASE,
        runtime: testRuntime(),
        kdfCost: TEST_KDF,
      });
    const e = await expectCaseFileError(create, CaseFileErrorCode.AlreadyExists);
    expect(e.message).toContain(existing);
    expect(fs.readdirSync(existing)).toEqual(['notes.txt']);
    expect(fs.readFileSync(path.join(existing, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(fs.readdirSync(parent)).toEqual(['taken.custodia']);

    // An existing case file is not overwritten either.
    const { dir } = await lockedCaseFile();
    const before = snapshotFolder(dir);
    await expectCaseFileError(
      () =>
        createCaseFile(dir, {
          operatorName: 'Someone Else',
          passphrase: OTHER_PASSPHRASE,
          runtime: testRuntime(),
          kdfCost: TEST_KDF,
        }),
      CaseFileErrorCode.AlreadyExists,
    );
    expectSameFolder(before, snapshotFolder(dir));
    expect(fs.readdirSync(path.dirname(dir))).toEqual([path.basename(dir)]);
  });

  it('a weak passphrase (WEAK_PASSPHRASE, with a message saying why) and leaves no folder behind', async () => {
    const parent = tempDir();
    const dir = path.join(parent, 'weak.custodia');
    const create = (passphrase: string) =>
      createCaseFile(dir, {
        operatorName: OPERATOR,
        passphrase,
        runtime: testRuntime(),
        kdfCost: TEST_KDF,
      });

    const short = await expectCaseFileError(
      () => create('kratko'),
      CaseFileErrorCode.WeakPassphrase,
    );
    expect(short.message).toMatch(/too short/);
    expect(short.message).toMatch(/at least 12 characters/);
    expect(short.details).toMatchObject({ reason: 'too-short' });

    const guessable = await expectCaseFileError(
      () => create('passwordpassword'),
      CaseFileErrorCode.WeakPassphrase,
    );
    expect(guessable.message).toMatch(/too easy to guess/);
    expect(guessable.details).toMatchObject({ reason: 'too-weak' });
    expect(guessable.details?.['score']).toBeLessThan(3);

    expect(fs.existsSync(dir)).toBe(false);
    expect(fs.readdirSync(parent)).toEqual([]);

    // Control: the same call with a strong passphrase does create the folder.
    const { session } = await create(PASSPHRASE);
    session.lock();
    expect(fs.readdirSync(parent)).toEqual(['weak.custodia']);
  });
});

describe('a damaged keys.json', () => {
  it('that is not valid JSON → CASE_FILE_DAMAGED', async () => {
    const { dir } = await lockedCaseFile();
    fs.writeFileSync(path.join(dir, 'keys.json'), '{ "format": "custodia-case-file", ');
    const e = await expectCaseFileError(
      () => passphraseUnlock(dir, PASSPHRASE),
      CaseFileErrorCode.Damaged,
    );
    expect(e.message).toMatch(/keys\.json/);
    expect(e.message).toMatch(/not valid JSON/);
  });

  it('that misses a required field → CASE_FILE_DAMAGED naming it', async () => {
    const { dir } = await lockedCaseFile();
    const keys = readRawKeys(dir);
    delete keys['nameSalt'];
    writeRawKeys(dir, keys);
    const e = await expectCaseFileError(
      () => passphraseUnlock(dir, PASSPHRASE),
      CaseFileErrorCode.Damaged,
    );
    expect(e.message).toMatch(/nameSalt/);
  });

  it('whose passphrase slot has an altered ciphertext → WRONG_CREDENTIALS even with the right passphrase', async () => {
    const { dir } = await lockedCaseFile();
    const keys = readRawKeys(dir);
    const slot = keys.slots.find((s) => s.kind === 'passphrase');
    if (!slot) throw new Error('no passphrase slot');
    slot.wrap.ciphertext = flipBase64(slot.wrap.ciphertext, 5);
    writeRawKeys(dir, keys);
    await expectCaseFileError(
      () => passphraseUnlock(dir, PASSPHRASE, OPERATOR),
      CaseFileErrorCode.WrongCredentials,
    );
  });

  it('whose recovery slot has an altered tag → WRONG_CREDENTIALS even with the right recovery key', async () => {
    const { dir, recoveryKey } = await lockedCaseFile();
    const keys = readRawKeys(dir);
    const slot = keys.slots.find((s) => s.kind === 'recovery');
    if (!slot) throw new Error('no recovery slot');
    slot.wrap.tag = flipBase64(slot.wrap.tag, 0);
    writeRawKeys(dir, keys);
    await expectCaseFileError(
      () => recoveryUnlock(dir, recoveryKey),
      CaseFileErrorCode.WrongCredentials,
    );
    // The passphrase slot is untouched and still opens.
    const session = await passphraseUnlock(dir, PASSPHRASE);
    session.lock();
  });

  it('whose slot was moved to another operator id → WRONG_CREDENTIALS (the id is bound to the wrapped key)', async () => {
    const { dir } = await lockedCaseFile();
    const keys = readRawKeys(dir);
    const slot = keys.slots.find((s) => s.kind === 'passphrase');
    if (!slot) throw new Error('no passphrase slot');
    slot.operatorId = '00000000-0000-4000-8000-0000000000ff';
    writeRawKeys(dir, keys);
    await expectCaseFileError(
      () => passphraseUnlock(dir, PASSPHRASE),
      CaseFileErrorCode.WrongCredentials,
    );
  });

  it('with formatVersion 2 → NEWER_FORMAT', async () => {
    const { dir } = await lockedCaseFile();
    const keys = readRawKeys(dir);
    expect(keys.formatVersion).toBe(1);
    keys.formatVersion = 2;
    writeRawKeys(dir, keys);
    const e = await expectCaseFileError(
      () => passphraseUnlock(dir, PASSPHRASE),
      CaseFileErrorCode.NewerFormat,
    );
    expect(e.message).toMatch(/format 2/);
    expect(e.message).toMatch(/update Custodia/);
  });

  it('that is missing → NOT_A_CASE_FILE', async () => {
    const { dir } = await lockedCaseFile();
    fs.rmSync(path.join(dir, 'keys.json'));
    await expectCaseFileError(
      () => passphraseUnlock(dir, PASSPHRASE),
      CaseFileErrorCode.NotACaseFile,
    );
  });
});

describe('a damaged or foreign case.db', () => {
  it('missing case.db → CASE_FILE_DAMAGED', async () => {
    const { dir } = await lockedCaseFile();
    fs.rmSync(path.join(dir, 'case.db'));
    const e = await expectCaseFileError(
      () => passphraseUnlock(dir, PASSPHRASE),
      CaseFileErrorCode.Damaged,
    );
    expect(e.message).toMatch(/case\.db is missing/);
    // Unlock did not create an empty database in its place.
    expect(fs.readdirSync(dir)).toEqual(['keys.json']);
  });

  it("another case file's case.db → CASE_FILE_DAMAGED, and the swapped-in file is not changed", async () => {
    const a = await lockedCaseFile();
    const b = await lockedCaseFile();
    fs.copyFileSync(path.join(b.dir, 'case.db'), path.join(a.dir, 'case.db'));
    const before = snapshotFolder(a.dir);
    const e = await expectCaseFileError(
      () => passphraseUnlock(a.dir, PASSPHRASE),
      CaseFileErrorCode.Damaged,
    );
    expect(e.message).toMatch(
      /belong to different case files|does not open with this case file's key/,
    );
    expectSameFolder(before, snapshotFolder(a.dir));
    // Control: B itself is fine.
    const session = await passphraseUnlock(b.dir, PASSPHRASE);
    session.lock();
  });

  it('a database under the right key that names another case file → CASE_FILE_DAMAGED (different case files)', async () => {
    const { dir, session } = await newCaseFile();
    const key = session.withDataKey((k) => Buffer.from(k));
    session.lock();
    const raw = new Database(path.join(dir, 'case.db'), { fileMustExist: true });
    try {
      applyKey(raw, key, readKeyFile(caseFileLayout(dir)).cipher);
      const changed = raw
        .prepare(
          "UPDATE case_file_meta SET value = '00000000-0000-4000-8000-0000000000ee' WHERE key = 'case_file_id'",
        )
        .run().changes;
      expect(changed).toBe(1);
    } finally {
      raw.close();
    }
    const e = await expectCaseFileError(
      () => passphraseUnlock(dir, PASSPHRASE),
      CaseFileErrorCode.Damaged,
    );
    expect(e.message).toMatch(/belong to different case files/);
  });
});

describe('key slots record their KDF parameters', () => {
  it('a passphrase slot records scrypt with N, r, p and its own salt; the recovery slot records HKDF', async () => {
    const { dir, session } = await newCaseFile();
    await addOperator(session, {
      name: 'Marko Jovanović',
      passphrase: OTHER_PASSPHRASE,
      kdfCost: { N: 2 ** 15, r: 8, p: 1 },
    });
    session.lock();

    const keys = readRawKeys(dir);
    const passphraseSlots = keys.slots.filter((s) => s.kind === 'passphrase');
    expect(passphraseSlots).toHaveLength(2);
    const [first, second] = passphraseSlots;
    expect(first?.kdf).toEqual({
      name: 'scrypt',
      N: TEST_KDF.N,
      r: TEST_KDF.r,
      p: TEST_KDF.p,
      salt: expect.any(String),
    });
    expect(second?.kdf).toEqual({
      name: 'scrypt',
      N: 2 ** 15,
      r: 8,
      p: 1,
      salt: expect.any(String),
    });
    for (const slot of passphraseSlots) {
      expect(Buffer.from(slot.kdf['salt'] as string, 'base64')).toHaveLength(16);
    }
    expect(first?.kdf['salt']).not.toBe(second?.kdf['salt']);
    const recovery = keys.slots.find((s) => s.kind === 'recovery');
    expect(recovery?.kdf).toEqual({ name: 'hkdf-sha256', salt: expect.any(String) });

    // The recorded parameters are the ones unlock uses: a different N no longer opens the slot.
    const session2 = await passphraseUnlock(dir, OTHER_PASSPHRASE, 'Marko Jovanović');
    session2.lock();
    if (!second) throw new Error('no second slot');
    second.kdf['N'] = 2 ** 14;
    writeRawKeys(dir, keys);
    await expectCaseFileError(
      () => passphraseUnlock(dir, OTHER_PASSPHRASE, 'Marko Jovanović'),
      CaseFileErrorCode.WrongCredentials,
    );
  });

  it('createCaseFile without kdfCost records scrypt N=2^17, r=8, p=1', async () => {
    const dir = path.join(tempDir(), 'default-cost.custodia');
    const { session, recoveryKey } = await createCaseFile(dir, {
      operatorName: OPERATOR,
      passphrase: PASSPHRASE,
      runtime: testRuntime(),
    });
    session.lock();
    const slot = readKeyFile(caseFileLayout(dir)).slots.find((s) => s.kind === 'passphrase');
    expect(slot?.kdf).toEqual({ name: 'scrypt', N: 2 ** 17, r: 8, p: 1, salt: expect.any(String) });
    // The case file opens (recovery key: no second 2^17 derivation needed).
    const opened = await recoveryUnlock(dir, recoveryKey);
    opened.lock();
  });
});
