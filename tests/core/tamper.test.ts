/**
 * Acceptance: "Tampering". Bytes flipped in case.db are caught by the AEGIS tag of the page they
 * are in (unlock, verify or the read that touches them fails; altered data is never returned),
 * and audit entries edited or deleted through a raw keyed connection are caught by the hash chain
 * and the recorded head.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import {
  bytesSource,
  CaseFileError,
  CaseFileErrorCode,
  caseFileLayout,
  exportAttachment,
  ingestAttachment,
  readAttachment,
  readKeyFile,
  unlockCaseFile,
  verifyAuditChain,
  verifyCaseFile,
  type CaseFileSession,
  type VerifyReport,
} from '../../src/main/core';
import { applyKey, type Sqlite, PAGE_SIZE } from '../../src/main/core/store/sqlite';
import {
  caught,
  expectCaseFileError,
  newCaseFile,
  PASSPHRASE,
  tempDir,
  testRuntime,
} from '../helpers/case-files';

interface LockedWithAttachments {
  dir: string;
  key: Buffer;
  pageSize: number;
  pageCount: number;
  /** Pages (1-based) holding attachment content: overflow pages of blob_chunk. */
  contentPages: number[];
  attachments: { id: string; content: Buffer }[];
  auditEntries: number;
}

/** A locked case file with three attachments of a few hundred KB (random, so incompressible). */
async function lockedWithAttachments(): Promise<LockedWithAttachments> {
  const { dir, session } = await newCaseFile();
  const attachments: { id: string; content: Buffer }[] = [];
  for (const [i, size] of [200_000, 260_000, 320_000].entries()) {
    const content = randomBytes(size);
    const record = await ingestAttachment(session, bytesSource(`evidence-${i}.bin`, content), {
      mediaType: 'application/octet-stream',
    });
    attachments.push({ id: record.id, content });
  }
  const db = session.db;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pageCount = db.pragma('page_count', { simple: true }) as number;
  const contentPages = db
    .prepare(
      "SELECT pageno FROM dbstat WHERE name = 'blob_chunk' AND pagetype = 'overflow' ORDER BY pageno",
    )
    .pluck()
    .all() as number[];
  const auditEntries = db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  // Control: the untouched case file verifies.
  const report = await verifyCaseFile(session);
  expect(report.ok).toBe(true);
  const key = session.withDataKey((k) => Buffer.from(k));
  session.lock();
  expect(fs.readdirSync(dir).sort()).toEqual(['case.db', 'keys.json']);
  return { dir, key, pageSize, pageCount, contentPages, attachments, auditEntries };
}

/** XORs `count` bytes of case.db starting at `offset`. */
function flipBytes(dir: string, offset: number, count: number): void {
  const file = path.join(dir, 'case.db');
  const fd = fs.openSync(file, 'r+');
  try {
    const buf = Buffer.alloc(count);
    expect(fs.readSync(fd, buf, 0, count, offset)).toBe(count);
    for (let i = 0; i < count; i++) buf[i] = (buf[i] as number) ^ 0x5a;
    fs.writeSync(fd, buf, 0, count, offset);
  } finally {
    fs.closeSync(fd);
  }
}

function unlock(dir: string): Promise<CaseFileSession> {
  return unlockCaseFile(dir, { kind: 'passphrase', passphrase: PASSPHRASE }, testRuntime());
}

function check(report: VerifyReport, name: string) {
  const c = report.checks.find((x) => x.name === name);
  if (!c) throw new Error(`no ${name} check in the report`);
  return c;
}

/** A read of damaged content must fail as damage: CASE_FILE_DAMAGED or SQLite's own SQLITE_CORRUPT. */
function expectDamage(e: unknown): void {
  const code = (e as { code?: unknown }).code;
  const isDamaged =
    e instanceof CaseFileError
      ? code === CaseFileErrorCode.Damaged
      : typeof code === 'string' && code.startsWith('SQLITE_CORRUPT');
  expect(isDamaged, `not a damage error: ${String(e)}`).toBe(true);
}

/** A raw connection to a locked case file, keyed like Custodia does, bypassing the core. */
function rawConnection(dir: string, key: Buffer): Sqlite {
  const layout = caseFileLayout(dir);
  const db = new Database(layout.db, { fileMustExist: true });
  applyKey(db, key, readKeyFile(layout).cipher);
  return db;
}

function withRaw<T>(dir: string, key: Buffer, fn: (db: Sqlite) => T): T {
  const db = rawConnection(dir, key);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

describe('bytes flipped in case.db', () => {
  it('in a page of attachment content: verify fails on the database check, and that attachment can never be read altered', async () => {
    const cf = await lockedWithAttachments();
    expect(cf.pageSize).toBe(PAGE_SIZE);
    expect(cf.pageCount).toBeGreaterThan(40);
    const target = cf.contentPages[Math.floor(cf.contentPages.length / 2)] as number;
    expect(target).toBeGreaterThan(5);
    flipBytes(cf.dir, cf.pageSize * (target - 1) + 100, 6);

    // Opening touches only the schema and metadata pages, so it still works: the person can
    // see the report and get the intact attachments out.
    const session = await unlock(cf.dir);
    try {
      const report = await verifyCaseFile(session);
      expect(report.ok).toBe(false);
      expect(check(report, 'database').ok).toBe(false);
      expect(check(report, 'database').detail).toMatch(
        /failed authentication|integrity check failed/,
      );
      expect(check(report, 'attachments').ok).toBe(false);
      expect(report.firstProblem).toMatch(/^database: /);
      expect(check(report, 'audit-chain').ok).toBe(true);

      let damaged = 0;
      for (const { id, content } of cf.attachments) {
        let data: Buffer | undefined;
        try {
          data = readAttachment(session, id);
        } catch (e) {
          expectDamage(e);
          damaged += 1;
          // Export refuses too, and leaves no file behind.
          const out = path.join(tempDir(), 'out.bin');
          expectDamage(await caught(() => exportAttachment(session, id, out)));
          expect(fs.readdirSync(path.dirname(out))).toEqual([]);
          continue;
        }
        // Whatever is returned is exactly what was stored.
        expect(data.equals(content)).toBe(true);
      }
      expect(damaged).toBe(1);
    } finally {
      session.lock();
    }
  });

  it('in several pages well past page 1: unlock fails as damaged, or verify reports the database check failing', async () => {
    const cf = await lockedWithAttachments();
    for (const k of [
      Math.floor(cf.pageCount / 3),
      Math.floor(cf.pageCount / 2),
      cf.pageCount - 2,
    ]) {
      flipBytes(cf.dir, cf.pageSize * k + 100, 4);
    }
    let session: CaseFileSession;
    try {
      session = await unlock(cf.dir);
    } catch (e) {
      expect(e).toBeInstanceOf(CaseFileError);
      expect((e as CaseFileError).code).toBe(CaseFileErrorCode.Damaged);
      return;
    }
    try {
      const report = await verifyCaseFile(session);
      expect(report.ok).toBe(false);
      expect(check(report, 'database').ok).toBe(false);
      expect(report.firstProblem).toMatch(/^database: /);
    } finally {
      session.lock();
    }
  });

  it('a page copied over another page is caught (each page is bound to its position)', async () => {
    const cf = await lockedWithAttachments();
    const from = cf.contentPages[10] as number;
    const to = cf.contentPages[30] as number;
    const file = path.join(cf.dir, 'case.db');
    const bytes = fs.readFileSync(file);
    bytes.copy(bytes, (to - 1) * cf.pageSize, (from - 1) * cf.pageSize, from * cf.pageSize);
    fs.writeFileSync(file, bytes);

    const session = await unlock(cf.dir);
    try {
      const report = await verifyCaseFile(session);
      expect(report.ok).toBe(false);
      expect(check(report, 'database').ok).toBe(false);
      const failures = cf.attachments.map(({ id, content }) => {
        try {
          expect(readAttachment(session, id).equals(content)).toBe(true);
          return 0;
        } catch (e) {
          expectDamage(e);
          return 1;
        }
      });
      expect(failures.reduce<number>((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    } finally {
      session.lock();
    }
  });

  it('in page 1: unlock throws CASE_FILE_DAMAGED', async () => {
    const cf = await lockedWithAttachments();
    flipBytes(cf.dir, 200, 1);
    const e = await expectCaseFileError(() => unlock(cf.dir), CaseFileErrorCode.Damaged);
    expect(e.message).toMatch(/damaged|altered/);
    // The failed unlock left the folder as it was (no WAL, no repair attempt).
    expect(fs.readdirSync(cf.dir).sort()).toEqual(['case.db', 'keys.json']);
  });
});

describe('audit log edited through a raw keyed connection', () => {
  it('an edited entry is named by the audit-chain check', async () => {
    const cf = await lockedWithAttachments();
    withRaw(cf.dir, cf.key, (db) => {
      db.exec('DROP TRIGGER audit_log_no_update');
      const before = db.prepare('SELECT action, changes FROM audit_log WHERE seq = 2').get() as {
        action: string;
        changes: string;
      };
      expect(before.action).toBe('operator.add');
      const forged = JSON.stringify({ name: { before: null, after: 'Someone Else' } });
      expect(db.prepare('UPDATE audit_log SET changes = ? WHERE seq = 2').run(forged).changes).toBe(
        1,
      );
    });

    const session = await unlock(cf.dir);
    try {
      const report = await verifyCaseFile(session);
      expect(report.ok).toBe(false);
      const chain = check(report, 'audit-chain');
      expect(chain.ok).toBe(false);
      expect(chain.detail).toMatch(/\bentry 2\b/);
      expect(chain.detail).toMatch(/altered/);
      expect(report.firstProblem).toMatch(/audit/);
      // Nothing else is wrong: the edit was made with the key, so every page authenticates.
      expect(check(report, 'database').ok).toBe(true);
      expect(check(report, 'attachments').ok).toBe(true);
      expect(verifyAuditChain(session.db, session.caseFileId)).toMatchObject({
        ok: false,
        brokenAt: 2,
      });
    } finally {
      session.lock();
    }
  });

  it('a deleted entry is named as missing', async () => {
    const cf = await lockedWithAttachments();
    withRaw(cf.dir, cf.key, (db) => {
      db.exec('DROP TRIGGER audit_log_no_delete');
      expect(db.prepare('DELETE FROM audit_log WHERE seq = 2').run().changes).toBe(1);
    });

    const session = await unlock(cf.dir);
    try {
      const report = await verifyCaseFile(session);
      expect(report.ok).toBe(false);
      const chain = check(report, 'audit-chain');
      expect(chain.ok).toBe(false);
      expect(chain.detail).toMatch(/entry 2 is missing/);
      expect(report.firstProblem).toMatch(/audit/);
      expect(verifyAuditChain(session.db, session.caseFileId)).toMatchObject({
        ok: false,
        brokenAt: 2,
      });
    } finally {
      session.lock();
    }
  });

  it('deleted last entries are caught through the recorded head', async () => {
    const cf = await lockedWithAttachments();
    const last = cf.auditEntries;
    expect(last).toBe(5); // create, operator.add, three attachments
    withRaw(cf.dir, cf.key, (db) => {
      db.exec('DROP TRIGGER audit_log_no_delete');
      expect(db.prepare('DELETE FROM audit_log WHERE seq > ?').run(last - 2).changes).toBe(2);
    });

    const session = await unlock(cf.dir);
    try {
      const report = await verifyCaseFile(session);
      expect(report.ok).toBe(false);
      const chain = check(report, 'audit-chain');
      expect(chain.ok).toBe(false);
      expect(chain.detail).toMatch(new RegExp(`ends at entry ${last - 2}\\b`));
      expect(chain.detail).toMatch(new RegExp(`recorded entry ${last}\\b`));
      expect(chain.detail).toMatch(/removed/);
      expect(report.firstProblem).toMatch(/audit/);
    } finally {
      session.lock();
    }
  });

  it('after the last entries were deleted, the next change is refused instead of hiding the gap', async () => {
    const cf = await lockedWithAttachments();
    const last = cf.auditEntries;
    withRaw(cf.dir, cf.key, (db) => {
      db.exec('DROP TRIGGER audit_log_no_delete');
      db.prepare('DELETE FROM audit_log WHERE seq = ?').run(last);
    });

    const session = await unlock(cf.dir);
    try {
      // Appending entry `last` again would make the chain and the recorded head agree, and the
      // removal would no longer show; the change is refused and nothing is written.
      await expectCaseFileError(
        () =>
          ingestAttachment(session, bytesSource('later.bin', randomBytes(1000)), {
            mediaType: 'application/octet-stream',
          }),
        CaseFileErrorCode.Damaged,
      );
      expect(session.db.prepare('SELECT count(*) FROM attachment').pluck().get()).toBe(3);
      expect(session.db.prepare('SELECT max(seq) FROM audit_log').pluck().get()).toBe(last - 1);
      const report = await verifyCaseFile(session);
      expect(report.ok).toBe(false);
      expect(check(report, 'audit-chain').detail).toMatch(/removed/);
    } finally {
      session.lock();
    }
  });

  it('with the triggers in place, UPDATE and DELETE on audit_log fail as append-only', async () => {
    const cf = await lockedWithAttachments();
    withRaw(cf.dir, cf.key, (db) => {
      expect(() => db.prepare("UPDATE audit_log SET changes = '{}' WHERE seq = 2").run()).toThrow(
        /append-only/,
      );
      expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
      expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(cf.auditEntries);
    });
    // The open session's own connection is refused the same way.
    const session = await unlock(cf.dir);
    try {
      expect(() =>
        session.db.prepare("UPDATE audit_log SET action = 'x' WHERE seq = 1").run(),
      ).toThrow(/append-only/);
      expect(() => session.db.prepare('DELETE FROM audit_log WHERE seq = 1').run()).toThrow(
        /append-only/,
      );
      const report = await verifyCaseFile(session);
      expect(report.ok).toBe(true);
      expect(check(report, 'audit-chain').detail).toBe(`${cf.auditEntries} entries, chain intact`);
    } finally {
      session.lock();
    }
  });
});
