import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addOperator,
  bytesSource,
  CaseFileErrorCode,
  changePassphrase,
  ingestAttachment,
  listOperators,
  recoverWithKey,
  removeOperator,
  unlockCaseFile,
  verifyCaseFile,
  type CaseFileSession,
  type Credentials,
} from '../../src/main/core';
import { DEFAULT_CIPHER } from '../../src/main/core/case-file/key-file.schema';
import { applyKey, openEncrypted, PAGE_SIZE } from '../../src/main/core/store/sqlite';
import {
  newCaseFile,
  OPERATOR,
  OTHER_PASSPHRASE,
  PASSPHRASE,
  snapshotFolder,
  TEST_KDF,
  tempDir,
  type TestCaseFile,
} from '../helpers/case-files';

const THIRD_PASSPHRASE = 'Heraclea Lyncestis, porta sud: sedam kamenih lavova 1803!';
const FOURTH_PASSPHRASE = 'Stobi amphitheatre seats, row K — fourteen names cut in marble';
const SECOND_OPERATOR = 'Marko Đorđević';
const PAGE = PAGE_SIZE;

const asOperator = (passphrase: string, operatorName?: string): Credentials => ({
  kind: 'passphrase',
  passphrase,
  ...(operatorName ? { operatorName } : {}),
});

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ name: 'CaseFileError', code });
}

async function withSession<T>(
  cf: TestCaseFile,
  credentials: Credentials,
  fn: (s: CaseFileSession) => T | Promise<T>,
): Promise<T> {
  const session = await unlockCaseFile(cf.dir, credentials, cf.runtime);
  try {
    return await fn(session);
  } finally {
    session.lock();
  }
}

/** A copy of the data key taken from a fresh session (which is then locked, checkpointing the WAL). */
function dataKeyOf(cf: TestCaseFile, credentials: Credentials): Promise<Buffer> {
  return withSession(cf, credentials, (s) => s.withDataKey((k) => Buffer.from(k)));
}

function auditActions(
  session: CaseFileSession,
): { action: string; entity_id: string | null; operator_name: string }[] {
  return session.db
    .prepare('SELECT action, entity_id, operator_name FROM audit_log ORDER BY seq')
    .all() as {
    action: string;
    entity_id: string | null;
    operator_name: string;
  }[];
}

function keysJson(cf: TestCaseFile): Buffer {
  return fs.readFileSync(path.join(cf.dir, 'keys.json'));
}

describe('addOperator', () => {
  it('adds an operator who unlocks with their own passphrase, is listed, and is audited', async () => {
    const cf = await newCaseFile();
    const added = await addOperator(cf.session, {
      name: SECOND_OPERATOR,
      passphrase: OTHER_PASSPHRASE,
      kdfCost: TEST_KDF,
    });
    expect(added.name).toBe(SECOND_OPERATOR);
    expect(listOperators(cf.session).map((o) => o.name)).toEqual([OPERATOR, SECOND_OPERATOR]);
    const entry = auditActions(cf.session).at(-1);
    expect(entry).toEqual({ action: 'operator.add', entity_id: added.id, operator_name: OPERATOR });
    cf.session.lock();

    await withSession(cf, asOperator(OTHER_PASSPHRASE, SECOND_OPERATOR), (s) => {
      expect(s.actor).toEqual({ operatorId: added.id, operatorName: SECOND_OPERATOR });
    });
    // Each passphrase opens only its own slot.
    await expectCode(
      unlockCaseFile(cf.dir, asOperator(PASSPHRASE, SECOND_OPERATOR)),
      CaseFileErrorCode.WrongCredentials,
    );
    await expectCode(
      unlockCaseFile(cf.dir, asOperator(OTHER_PASSPHRASE, OPERATOR)),
      CaseFileErrorCode.WrongCredentials,
    );
    // With two operators, the name is required.
    await expectCode(
      unlockCaseFile(cf.dir, asOperator(PASSPHRASE)),
      CaseFileErrorCode.OperatorRequired,
    );
    await withSession(cf, asOperator(PASSPHRASE, OPERATOR), (s) =>
      expect(s.actor.operatorName).toBe(OPERATOR),
    );
  });

  it('refuses a name that is already an operator (ALREADY_EXISTS) and changes nothing', async () => {
    const cf = await newCaseFile();
    const keysBefore = keysJson(cf);
    const auditBefore = auditActions(cf.session).length;
    for (const name of [OPERATOR, OPERATOR.toLocaleUpperCase('und'), `  ${OPERATOR}  `]) {
      await expectCode(
        addOperator(cf.session, { name, passphrase: OTHER_PASSPHRASE, kdfCost: TEST_KDF }),
        CaseFileErrorCode.AlreadyExists,
      );
    }
    expect(keysJson(cf).equals(keysBefore)).toBe(true);
    expect(auditActions(cf.session)).toHaveLength(auditBefore);
    expect(listOperators(cf.session).map((o) => o.name)).toEqual([OPERATOR]);
    cf.session.lock();
  });
});

describe('removeOperator', () => {
  it('removes an operator: their passphrase no longer opens the case file', async () => {
    const cf = await newCaseFile();
    const added = await addOperator(cf.session, {
      name: SECOND_OPERATOR,
      passphrase: OTHER_PASSPHRASE,
      kdfCost: TEST_KDF,
    });
    await removeOperator(cf.session, SECOND_OPERATOR);
    expect(listOperators(cf.session).map((o) => o.name)).toEqual([OPERATOR]);
    expect(auditActions(cf.session).at(-1)).toMatchObject({
      action: 'operator.remove',
      entity_id: added.id,
    });
    // The row stays (the audit log refers to it), marked removed.
    expect(
      cf.session.db.prepare('SELECT removed_at FROM operator WHERE id = ?').pluck().get(added.id),
    ).not.toBeNull();
    cf.session.lock();

    await expectCode(
      unlockCaseFile(cf.dir, asOperator(OTHER_PASSPHRASE, SECOND_OPERATOR)),
      CaseFileErrorCode.WrongCredentials,
    );
    const keyFile = JSON.parse(keysJson(cf).toString('utf8')) as {
      slots: { kind: string; operatorId?: string }[];
    };
    expect(keyFile.slots.some((s) => s.operatorId === added.id)).toBe(false);
    // One operator left: the name may be omitted again.
    await withSession(cf, asOperator(PASSPHRASE), (s) =>
      expect(s.actor.operatorName).toBe(OPERATOR),
    );
  });

  it('refuses to remove the last operator (LAST_OPERATOR) and changes nothing', async () => {
    const cf = await newCaseFile();
    await addOperator(cf.session, {
      name: SECOND_OPERATOR,
      passphrase: OTHER_PASSPHRASE,
      kdfCost: TEST_KDF,
    });
    await removeOperator(cf.session, SECOND_OPERATOR);
    cf.session.lock();
    const before = snapshotFolder(cf.dir);

    await withSession(cf, asOperator(PASSPHRASE), async (s) => {
      const auditBefore = auditActions(s).length;
      await expectCode(removeOperator(s, OPERATOR), CaseFileErrorCode.LastOperator);
      expect(auditActions(s)).toHaveLength(auditBefore);
      expect(
        s.db.prepare('SELECT removed_at FROM operator WHERE name = ?').pluck().get(OPERATOR),
      ).toBeNull();
      expect(listOperators(s).map((o) => o.name)).toEqual([OPERATOR]);
    });
    expect(snapshotFolder(cf.dir)).toEqual(before);
    await withSession(cf, asOperator(PASSPHRASE), (s) =>
      expect(s.actor.operatorName).toBe(OPERATOR),
    );
  });

  it('refuses an unknown name (NOT_FOUND)', async () => {
    const cf = await newCaseFile();
    await expectCode(removeOperator(cf.session, 'Nobody Here'), CaseFileErrorCode.NotFound);
    cf.session.lock();
  });
});

describe('changePassphrase', () => {
  it('the old passphrase stops working and the new one works', async () => {
    const cf = await newCaseFile();
    cf.session.lock();
    await changePassphrase(
      cf.dir,
      { oldPassphrase: PASSPHRASE, newPassphrase: THIRD_PASSPHRASE, kdfCost: TEST_KDF },
      cf.runtime,
    );
    await expectCode(
      unlockCaseFile(cf.dir, asOperator(PASSPHRASE)),
      CaseFileErrorCode.WrongCredentials,
    );
    await withSession(cf, asOperator(THIRD_PASSPHRASE), (s) => {
      expect(s.actor.operatorName).toBe(OPERATOR);
      expect(auditActions(s).at(-1)).toMatchObject({
        action: 'operator.passwd',
        operator_name: OPERATOR,
      });
    });
  });

  it('with a wrong old passphrase: WRONG_CREDENTIALS, nothing changes', async () => {
    const cf = await newCaseFile();
    cf.session.lock();
    const before = snapshotFolder(cf.dir);
    await expectCode(
      changePassphrase(
        cf.dir,
        { oldPassphrase: OTHER_PASSPHRASE, newPassphrase: THIRD_PASSPHRASE, kdfCost: TEST_KDF },
        cf.runtime,
      ),
      CaseFileErrorCode.WrongCredentials,
    );
    expect(snapshotFolder(cf.dir)).toEqual(before);
  });
});

describe('recoverWithKey', () => {
  it('every passphrase lost: the recovery key sets a new passphrase for an existing operator', async () => {
    const cf = await newCaseFile();
    cf.session.lock();
    await recoverWithKey(
      cf.dir,
      {
        recoveryKey: cf.recoveryKey,
        operatorName: OPERATOR,
        newPassphrase: THIRD_PASSPHRASE,
        kdfCost: TEST_KDF,
      },
      cf.runtime,
    );
    await expectCode(
      unlockCaseFile(cf.dir, asOperator(PASSPHRASE)),
      CaseFileErrorCode.WrongCredentials,
    );
    await withSession(cf, asOperator(THIRD_PASSPHRASE), (s) => {
      expect(s.actor.operatorName).toBe(OPERATOR);
      expect(listOperators(s).map((o) => o.name)).toEqual([OPERATOR]);
      expect(auditActions(s).at(-1)).toMatchObject({
        action: 'operator.recover',
        operator_name: 'recovery key',
      });
    });
  });

  it('for a name that is not an operator, adds that operator', async () => {
    const cf = await newCaseFile();
    cf.session.lock();
    await recoverWithKey(
      cf.dir,
      {
        recoveryKey: cf.recoveryKey,
        operatorName: SECOND_OPERATOR,
        newPassphrase: THIRD_PASSPHRASE,
        kdfCost: TEST_KDF,
      },
      cf.runtime,
    );
    await withSession(cf, asOperator(THIRD_PASSPHRASE, SECOND_OPERATOR), (s) => {
      expect(s.actor.operatorName).toBe(SECOND_OPERATOR);
      expect(listOperators(s).map((o) => o.name)).toEqual([OPERATOR, SECOND_OPERATOR]);
      expect(auditActions(s).at(-1)).toMatchObject({
        action: 'operator.add',
        entity_id: s.actor.operatorId,
        operator_name: 'recovery key',
      });
    });
    // The existing operator keeps their passphrase.
    await withSession(cf, asOperator(PASSPHRASE, OPERATOR), (s) =>
      expect(s.actor.operatorName).toBe(OPERATOR),
    );
  });

  it('a wrong recovery key changes nothing', async () => {
    const cf = await newCaseFile();
    const other = await newCaseFile();
    cf.session.lock();
    other.session.lock();
    const before = snapshotFolder(cf.dir);
    await expectCode(
      recoverWithKey(
        cf.dir,
        {
          recoveryKey: other.recoveryKey,
          operatorName: OPERATOR,
          newPassphrase: THIRD_PASSPHRASE,
          kdfCost: TEST_KDF,
        },
        cf.runtime,
      ),
      CaseFileErrorCode.WrongCredentials,
    );
    expect(snapshotFolder(cf.dir)).toEqual(before);
  });
});

describe('weak new passphrases', () => {
  const WEAK = ['short', 'password1234', 'qwertyuiop123', 'custodiacustodia'];
  /** Strong for anyone else, weak for the operator it names (the policy penalises one's own name). */
  const withOwnName = (name: string) => `${name} 1234`;

  it('are refused with WEAK_PASSPHRASE by add, change and recover, and nothing changes', async () => {
    const cf = await newCaseFile();
    cf.session.lock();
    const before = snapshotFolder(cf.dir);
    for (const weak of WEAK) {
      await withSession(cf, asOperator(PASSPHRASE), async (s) => {
        await expectCode(
          addOperator(s, { name: SECOND_OPERATOR, passphrase: weak, kdfCost: TEST_KDF }),
          CaseFileErrorCode.WeakPassphrase,
        );
      });
      await expectCode(
        changePassphrase(
          cf.dir,
          { oldPassphrase: PASSPHRASE, newPassphrase: weak, kdfCost: TEST_KDF },
          cf.runtime,
        ),
        CaseFileErrorCode.WeakPassphrase,
      );
      for (const operatorName of [OPERATOR, SECOND_OPERATOR]) {
        await expectCode(
          recoverWithKey(
            cf.dir,
            { recoveryKey: cf.recoveryKey, operatorName, newPassphrase: weak, kdfCost: TEST_KDF },
            cf.runtime,
          ),
          CaseFileErrorCode.WeakPassphrase,
        );
      }
    }
    await withSession(cf, asOperator(PASSPHRASE), async (s) => {
      await expectCode(
        addOperator(s, {
          name: SECOND_OPERATOR,
          passphrase: withOwnName(SECOND_OPERATOR),
          kdfCost: TEST_KDF,
        }),
        CaseFileErrorCode.WeakPassphrase,
      );
    });
    await expectCode(
      changePassphrase(
        cf.dir,
        { oldPassphrase: PASSPHRASE, newPassphrase: withOwnName(OPERATOR), kdfCost: TEST_KDF },
        cf.runtime,
      ),
      CaseFileErrorCode.WeakPassphrase,
    );
    for (const operatorName of [OPERATOR, SECOND_OPERATOR]) {
      await expectCode(
        recoverWithKey(
          cf.dir,
          {
            recoveryKey: cf.recoveryKey,
            operatorName,
            newPassphrase: withOwnName(operatorName),
            kdfCost: TEST_KDF,
          },
          cf.runtime,
        ),
        CaseFileErrorCode.WeakPassphrase,
      );
    }

    expect(snapshotFolder(cf.dir)).toEqual(before);
    await withSession(cf, asOperator(PASSPHRASE), (s) => {
      expect(listOperators(s).map((o) => o.name)).toEqual([OPERATOR]);
      expect(auditActions(s).map((e) => e.action)).toEqual(['casefile.create', 'operator.add']);
    });
    await expectCode(
      unlockCaseFile(cf.dir, asOperator(withOwnName(OPERATOR))),
      CaseFileErrorCode.WrongCredentials,
    );
  });
});

/*
 * Acceptance: operator changes only rewrap the data key in keys.json; they never rekey the
 * database. Shown three ways per operation: the data key is the same, a copy of the database
 * from before still opens with the key from after, and only a handful of the database's pages
 * differ (a rekey re-encrypts every page).
 */
describe('operator changes never touch the data pages', () => {
  const rekeyCalls: string[] = [];
  /** Every pragma the core ran while watched: shows the spies sit on the core's connections. */
  const pragmasSeen: string[] = [];

  function watchForRekey(): void {
    const proto = Database.prototype;
    const note = (what: string) => rekeyCalls.push(what);
    const mentionsRekey = (s: unknown) => typeof s === 'string' && /\brekey\b/i.test(s);
    const origPragma = proto.pragma;
    const origExec = proto.exec;
    const origPrepare = proto.prepare;
    vi.spyOn(proto, 'rekey').mockImplementation(function (this: Database.Database) {
      note('rekey()');
      throw new Error('rekey must not be called');
    });
    vi.spyOn(proto, 'pragma').mockImplementation(function (
      this: Database.Database,
      source: string,
      options?: Database.PragmaOptions,
    ) {
      pragmasSeen.push(source);
      if (mentionsRekey(source)) note(`pragma ${source}`);
      return origPragma.call(this, source, options);
    });
    vi.spyOn(proto, 'exec').mockImplementation(function (this: Database.Database, source: string) {
      if (mentionsRekey(source)) note(`exec ${source}`);
      return origExec.call(this, source);
    });
    vi.spyOn(proto, 'prepare').mockImplementation(function (
      this: Database.Database,
      source: string,
    ) {
      if (mentionsRekey(source)) note(`prepare ${source}`);
      return origPrepare.call(this, source);
    } as typeof origPrepare);
  }

  afterEach(() => {
    vi.restoreAllMocks();
    rekeyCalls.length = 0;
    pragmasSeen.length = 0;
  });

  it('the rekey watch sees rekey() and SQL that mentions rekey', () => {
    watchForRekey();
    const db = new Database(':memory:');
    try {
      expect(() => db.rekey(Buffer.from("x'00'"))).toThrow('rekey must not be called');
      db.exec('SELECT 1 -- rekey');
      db.prepare('SELECT 2 AS rekey').get();
      db.pragma('user_version');
    } finally {
      db.close();
    }
    expect(rekeyCalls).toEqual(['rekey()', 'exec SELECT 1 -- rekey', 'prepare SELECT 2 AS rekey']);
    expect(pragmasSeen).toContain('user_version');
  });

  /** A case file holding ~2.3 MiB of attachments (over 500 pages), locked. */
  async function caseFileWithData(): Promise<TestCaseFile> {
    const cf = await newCaseFile();
    for (let i = 0; i < 5; i++) {
      await ingestAttachment(cf.session, bytesSource(`scan-${i}.bin`, randomBytes(470 * 1024)), {
        mediaType: 'application/octet-stream',
      });
    }
    expect(cf.session.db.pragma('page_size', { simple: true })).toBe(PAGE);
    cf.session.lock();
    return cf;
  }

  function pagesOf(file: string): Buffer[] {
    const bytes = fs.readFileSync(file);
    expect(bytes.length % PAGE).toBe(0);
    const pages: Buffer[] = [];
    for (let off = 0; off < bytes.length; off += PAGE) pages.push(bytes.subarray(off, off + PAGE));
    return pages;
  }

  function changedPages(before: Buffer[], after: Buffer[]): number {
    let changed = 0;
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      const a = before[i];
      const b = after[i];
      if (!a || !b || !a.equals(b)) changed += 1;
    }
    return changed;
  }

  function opensWith(file: string, key: Buffer): { attachments: number; integrity: string } {
    const db = openEncrypted(file, key, DEFAULT_CIPHER);
    try {
      return {
        attachments: db.prepare('SELECT count(*) FROM attachment').pluck().get() as number,
        integrity: db.pragma('integrity_check', { simple: true }) as string,
      };
    } finally {
      db.close();
    }
  }

  /**
   * Runs `operation` on a case file with data and checks the three signs that no rekey happened.
   * `before`/`after` are the credentials that open the case file before and after it.
   */
  async function observe(
    label: string,
    cf: TestCaseFile,
    before: Credentials,
    operation: () => Promise<void>,
    after: Credentials,
  ): Promise<number> {
    const dbFile = path.join(cf.dir, 'case.db');
    const keyBefore = await dataKeyOf(cf, before);
    expect(fs.existsSync(`${dbFile}-wal`)).toBe(false); // checkpointed: case.db is the whole database
    const pagesBefore = pagesOf(dbFile);
    expect(pagesBefore.length).toBeGreaterThanOrEqual(120);
    const copy = path.join(tempDir(), 'before.db');
    fs.copyFileSync(dbFile, copy);

    watchForRekey();
    await operation();
    vi.restoreAllMocks();
    expect(rekeyCalls).toEqual([]);
    // The operation's session was locked (WAL folded back) through the watched prototype.
    expect(pragmasSeen).toContain('wal_checkpoint(TRUNCATE)');

    const keyAfter = await dataKeyOf(cf, after);
    expect(fs.existsSync(`${dbFile}-wal`)).toBe(false);
    // (a) the same data key
    expect(keyAfter.equals(keyBefore)).toBe(true);
    // (b) the database as it was before opens with the key as it is after
    expect(opensWith(copy, keyAfter)).toEqual({ attachments: 5, integrity: 'ok' });
    // (c) only the pages the audit entry and the operator row live on changed
    const pagesAfter = pagesOf(dbFile);
    const changed = changedPages(pagesBefore, pagesAfter);
    console.log(
      `${label}: ${changed} of ${pagesAfter.length} pages of case.db changed (${pagesBefore.length} before)`,
    );
    expect(changed).toBeGreaterThan(0); // the audit entry was written to the database
    expect(changed).toBeLessThan(20);

    await withSession(cf, after, async (s) => expect((await verifyCaseFile(s)).ok).toBe(true));
    return changed;
  }

  it('control: a rekey rewrites (nearly) every page, so the page count would show one', async () => {
    const cf = await caseFileWithData();
    const dbFile = path.join(cf.dir, 'case.db');
    const key = await dataKeyOf(cf, asOperator(PASSPHRASE));
    const copy = path.join(tempDir(), 'rekeyed.db');
    fs.copyFileSync(dbFile, copy);
    const db = openEncrypted(copy, key, DEFAULT_CIPHER);
    db.pragma('journal_mode = DELETE');
    const newKey = randomBytes(32);
    const literal = Buffer.from(`x'${newKey.toString('hex')}'`);
    db.rekey(literal);
    db.close();
    const before = pagesOf(dbFile);
    const changed = changedPages(before, pagesOf(copy));
    console.log(`control (PRAGMA rekey): ${changed} of ${before.length} pages of case.db changed`);
    expect(changed).toBeGreaterThan(before.length * 0.95);
    // and the old key no longer opens it
    expect(() => openEncrypted(copy, key, DEFAULT_CIPHER)).toThrow();
    const reopened = new Database(copy);
    applyKey(reopened, newKey, DEFAULT_CIPHER);
    expect(reopened.prepare('SELECT count(*) FROM attachment').pluck().get()).toBe(5);
    reopened.close();
  });

  it('addOperator', async () => {
    const cf = await caseFileWithData();
    await observe(
      'addOperator',
      cf,
      asOperator(PASSPHRASE),
      () =>
        withSession(cf, asOperator(PASSPHRASE), async (s) => {
          await addOperator(s, {
            name: SECOND_OPERATOR,
            passphrase: OTHER_PASSPHRASE,
            kdfCost: TEST_KDF,
          });
        }),
      asOperator(OTHER_PASSPHRASE, SECOND_OPERATOR),
    );
  });

  it('removeOperator', async () => {
    const cf = await caseFileWithData();
    await withSession(cf, asOperator(PASSPHRASE), (s) =>
      addOperator(s, { name: SECOND_OPERATOR, passphrase: OTHER_PASSPHRASE, kdfCost: TEST_KDF }),
    );
    await observe(
      'removeOperator',
      cf,
      asOperator(OTHER_PASSPHRASE, SECOND_OPERATOR),
      () =>
        withSession(cf, asOperator(PASSPHRASE, OPERATOR), (s) =>
          removeOperator(s, SECOND_OPERATOR),
        ),
      asOperator(PASSPHRASE),
    );
    await expectCode(
      unlockCaseFile(cf.dir, asOperator(OTHER_PASSPHRASE, SECOND_OPERATOR)),
      CaseFileErrorCode.WrongCredentials,
    );
  });

  it('changePassphrase', async () => {
    const cf = await caseFileWithData();
    await observe(
      'changePassphrase',
      cf,
      asOperator(PASSPHRASE),
      () =>
        changePassphrase(
          cf.dir,
          { oldPassphrase: PASSPHRASE, newPassphrase: THIRD_PASSPHRASE, kdfCost: TEST_KDF },
          cf.runtime,
        ),
      asOperator(THIRD_PASSPHRASE),
    );
    await expectCode(
      unlockCaseFile(cf.dir, asOperator(PASSPHRASE)),
      CaseFileErrorCode.WrongCredentials,
    );
  });

  it('recoverWithKey (existing operator, then a new one)', async () => {
    const cf = await caseFileWithData();
    await observe(
      'recoverWithKey (existing operator)',
      cf,
      asOperator(PASSPHRASE),
      () =>
        recoverWithKey(
          cf.dir,
          {
            recoveryKey: cf.recoveryKey,
            operatorName: OPERATOR,
            newPassphrase: THIRD_PASSPHRASE,
            kdfCost: TEST_KDF,
          },
          cf.runtime,
        ),
      asOperator(THIRD_PASSPHRASE),
    );
    await observe(
      'recoverWithKey (new operator)',
      cf,
      { kind: 'recovery', recoveryKey: cf.recoveryKey },
      () =>
        recoverWithKey(
          cf.dir,
          {
            recoveryKey: cf.recoveryKey,
            operatorName: SECOND_OPERATOR,
            newPassphrase: FOURTH_PASSPHRASE,
            kdfCost: TEST_KDF,
          },
          cf.runtime,
        ),
      asOperator(FOURTH_PASSPHRASE, SECOND_OPERATOR),
    );
  });
});
