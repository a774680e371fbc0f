import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  addOperator,
  backupCaseFile,
  bytesSource,
  CaseFileErrorCode,
  ingestAttachment,
  readAttachment,
  restoreCaseFile,
  setAttachmentLimit,
  unlockCaseFile,
  verifyCaseFile,
} from '../../src/main/core';
import type { Sqlite } from '../../src/main/core/store/sqlite';
import {
  newCaseFile,
  OTHER_PASSPHRASE,
  PASSPHRASE,
  snapshotFolder,
  TEST_KDF,
  tempDir,
  testRuntime,
  type TestCaseFile,
} from '../helpers/case-files';

/** Appears in an attachment's content and name; must never appear in the bytes of a backup. */
const MARKER = 'MARKER-Sveti-Naum-icon-inventory-7731';

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ name: 'CaseFileError', code });
}

type Dump = Record<string, unknown[]>;

/** BLOB values as length and SHA-256: exact, and much quicker to compare than megabytes byte by byte. */
function digestBlobs(row: unknown): unknown {
  return Object.fromEntries(
    Object.entries(row as Record<string, unknown>).map(([k, v]) => [
      k,
      Buffer.isBuffer(v) ? `blob:${v.length}:${sha256(v)}` : v,
    ]),
  );
}

/** Every file of a folder as its SHA-256. */
function digestFolder(dir: string): Map<string, string> {
  return new Map([...snapshotFolder(dir)].map(([name, bytes]) => [name, sha256(bytes)]));
}

/** Every table's rows (kysely_* included), ordered by primary key, plus the schema itself. */
function dumpDatabase(db: Sqlite): Dump {
  const dump: Dump = {
    // rootpage is left out: VACUUM INTO lays the pages out afresh.
    sqlite_schema: db
      .prepare(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
      )
      .all(),
  };
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  for (const table of tables) {
    const columns = db.pragma(`table_info("${table}")`) as { name: string; pk: number }[];
    const pk = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    const order = (pk.length > 0 ? pk : columns).map((c) => `"${c.name}"`).join(', ');
    dump[table] = db.prepare(`SELECT * FROM "${table}" ORDER BY ${order}`).all().map(digestBlobs);
  }
  return dump;
}

/** A case file with some of everything: two operators, attachments (one deduplicated, one of two chunks), a setting. */
async function populatedCaseFile(): Promise<TestCaseFile> {
  const cf = await newCaseFile();
  await addOperator(cf.session, {
    name: 'Marko Đorđević',
    passphrase: OTHER_PASSPHRASE,
    kdfCost: TEST_KDF,
  });
  const marked = Buffer.from(`${MARKER}\n`.repeat(200));
  await ingestAttachment(cf.session, bytesSource(`${MARKER}.txt`, marked), {
    mediaType: 'text/plain',
  });
  await ingestAttachment(
    cf.session,
    bytesSource('photo-2.jpg.bin', randomBytes(1024 * 1024 + 777)),
  );
  await ingestAttachment(cf.session, bytesSource('copy-of-marked.txt', marked), {
    mediaType: 'text/plain',
  });
  setAttachmentLimit(cf.session, 50 * 1024 * 1024);
  return cf;
}

function listing(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

describe('backup and restore', () => {
  it('round trip: the restored case file opens, verifies, and holds exactly what the source held at backup time', async () => {
    const cf = await populatedCaseFile();
    const source = cf.session;
    const backupDir = path.join(tempDir(), 'backup.custodia');

    const atBackup = dumpDatabase(source.db);
    const auditBefore = (atBackup.audit_log as unknown[]).length;
    const result = await backupCaseFile(source, backupDir);
    expect(result.dir).toBe(backupDir);
    expect(result.report.ok).toBe(true);

    // The backup's case.db is what the result and the source's audit log say it is.
    const backupDb = fs.readFileSync(path.join(backupDir, 'case.db'));
    expect(result.sha256).toBe(sha256(backupDb));
    expect(result.bytes).toBe(backupDb.length);
    const entry = source.db
      .prepare('SELECT seq, action, entity_id, changes FROM audit_log ORDER BY seq DESC LIMIT 1')
      .get() as {
      seq: number;
      action: string;
      entity_id: string;
      changes: string;
    };
    expect(entry.seq).toBe(auditBefore + 1);
    expect(entry.action).toBe('casefile.backup');
    expect(entry.entity_id).toBe(source.caseFileId);
    const recorded = (
      JSON.parse(entry.changes) as {
        backup: { after: { sha256: string; bytes: number; path: string } };
      }
    ).backup.after;
    expect(recorded).toEqual({ path: backupDir, sha256: sha256(backupDb), bytes: backupDb.length });

    // Apart from that entry (and the audit head that points at it) the source is unchanged.
    const sourceAfter = dumpDatabase(source.db);
    expect((sourceAfter.audit_log as unknown[]).slice(0, auditBefore)).toEqual(atBackup.audit_log);
    const withoutHead = (rows: unknown[]) =>
      rows.filter((r) => (r as { key: string }).key !== 'audit_head');
    expect(withoutHead(sourceAfter.case_file_meta as unknown[])).toEqual(
      withoutHead(atBackup.case_file_meta as unknown[]),
    );
    for (const table of Object.keys(atBackup).filter(
      (t) => t !== 'audit_log' && t !== 'case_file_meta',
    )) {
      expect(sourceAfter[table], table).toEqual(atBackup[table]);
    }
    expect((await verifyCaseFile(source)).ok).toBe(true);

    // The backup is encrypted: neither the marker nor SQLite's plain header is in its bytes.
    expect(backupDb.includes(Buffer.from(MARKER))).toBe(false);
    expect(backupDb.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    for (const [name, bytes] of snapshotFolder(backupDir))
      expect(bytes.includes(Buffer.from(MARKER)), name).toBe(false);
    // (the marker is really there, inside)
    expect(
      source.db
        .prepare('SELECT count(*) FROM attachment WHERE original_name = ?')
        .pluck()
        .get(`${MARKER}.txt`),
    ).toBe(1);

    const backupBefore = digestFolder(backupDir);
    const restoredDir = path.join(tempDir(), 'restored.custodia');
    const report = await restoreCaseFile(
      backupDir,
      restoredDir,
      { kind: 'passphrase', operatorName: 'Ana Petrović', passphrase: PASSPHRASE },
      testRuntime(),
    );
    expect(report.ok).toBe(true);
    expect(digestFolder(backupDir)).toEqual(backupBefore); // the backup is only read

    const byPassphrase = await unlockCaseFile(restoredDir, {
      kind: 'passphrase',
      operatorName: 'Ana Petrović',
      passphrase: PASSPHRASE,
    });
    try {
      expect(byPassphrase.caseFileId).toBe(source.caseFileId);
      expect((await verifyCaseFile(byPassphrase)).ok).toBe(true);
      expect(dumpDatabase(byPassphrase.db)).toEqual(atBackup);
      const attachmentIds = byPassphrase.db
        .prepare('SELECT id FROM attachment ORDER BY id')
        .pluck()
        .all() as string[];
      expect(attachmentIds).toHaveLength(3);
      for (const id of attachmentIds)
        expect(readAttachment(byPassphrase, id).equals(readAttachment(source, id))).toBe(true);
    } finally {
      byPassphrase.lock();
    }
    const byRecoveryKey = await unlockCaseFile(restoredDir, {
      kind: 'recovery',
      recoveryKey: cf.recoveryKey,
    });
    try {
      expect((await verifyCaseFile(byRecoveryKey)).ok).toBe(true);
      expect(dumpDatabase(byRecoveryKey.db)).toEqual(atBackup);
    } finally {
      byRecoveryKey.lock();
    }
    // The second operator's passphrase works on the restored copy too.
    const second = await unlockCaseFile(restoredDir, {
      kind: 'passphrase',
      operatorName: 'Marko Đorđević',
      passphrase: OTHER_PASSPHRASE,
    });
    second.lock();
    source.lock();
  });

  it('restores with the recovery key as the credential', async () => {
    const cf = await populatedCaseFile();
    const backupDir = path.join(tempDir(), 'backup.custodia');
    const atBackup = dumpDatabase(cf.session.db);
    await backupCaseFile(cf.session, backupDir);
    cf.session.lock();
    const restoredDir = path.join(tempDir(), 'restored.custodia');
    expect(
      (
        await restoreCaseFile(backupDir, restoredDir, {
          kind: 'recovery',
          recoveryKey: cf.recoveryKey,
        })
      ).ok,
    ).toBe(true);
    const s = await unlockCaseFile(restoredDir, {
      kind: 'passphrase',
      operatorName: 'Ana Petrović',
      passphrase: PASSPHRASE,
    });
    try {
      expect(dumpDatabase(s.db)).toEqual(atBackup);
    } finally {
      s.lock();
    }
  });

  it('backup into an existing folder: ALREADY_EXISTS, nothing written', async () => {
    const cf = await newCaseFile();
    const parent = tempDir();
    const existing = path.join(parent, 'backup.custodia');
    fs.mkdirSync(existing);
    fs.writeFileSync(path.join(existing, 'note.txt'), 'keep me');
    const auditBefore = cf.session.db.prepare('SELECT count(*) FROM audit_log').pluck().get();

    await expectCode(backupCaseFile(cf.session, existing), CaseFileErrorCode.AlreadyExists);
    expect(listing(parent)).toEqual(['backup.custodia']);
    expect(snapshotFolder(existing)).toEqual(new Map([['note.txt', Buffer.from('keep me')]]));
    expect(cf.session.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditBefore);
    cf.session.lock();
  });

  describe('restore refuses', () => {
    async function backupOf(cf: TestCaseFile): Promise<string> {
      const backupDir = path.join(tempDir(), 'backup.custodia');
      await backupCaseFile(cf.session, backupDir);
      cf.session.lock();
      return backupDir;
    }

    it('an existing target folder (ALREADY_EXISTS)', async () => {
      const backupDir = await backupOf(await populatedCaseFile());
      const parent = tempDir();
      const target = path.join(parent, 'restored.custodia');
      fs.mkdirSync(target);
      await expectCode(
        restoreCaseFile(backupDir, target, {
          kind: 'passphrase',
          passphrase: PASSPHRASE,
          operatorName: 'Ana Petrović',
        }),
        CaseFileErrorCode.AlreadyExists,
      );
      expect(listing(parent)).toEqual(['restored.custodia']);
      expect(listing(target)).toEqual([]);
    });

    it('a wrong passphrase (WRONG_CREDENTIALS), creating no target', async () => {
      const backupDir = await backupOf(await populatedCaseFile());
      const backupBefore = digestFolder(backupDir);
      const parent = tempDir();
      const target = path.join(parent, 'restored.custodia');
      await expectCode(
        restoreCaseFile(backupDir, target, {
          kind: 'passphrase',
          passphrase: OTHER_PASSPHRASE,
          operatorName: 'Ana Petrović',
        }),
        CaseFileErrorCode.WrongCredentials,
      );
      expect(fs.existsSync(target)).toBe(false);
      expect(listing(parent)).toEqual([]); // no staging folder left behind either
      expect(digestFolder(backupDir)).toEqual(backupBefore);
    });

    it('a backup whose case.db was damaged (CASE_FILE_DAMAGED), creating no target', async () => {
      const backupDir = await backupOf(await populatedCaseFile());
      const dbFile = path.join(backupDir, 'case.db');
      const bytes = fs.readFileSync(dbFile);
      const middle = Math.floor(bytes.length / 2);
      for (let i = 0; i < 16; i++) bytes[middle + i] = (bytes[middle + i] as number) ^ 0xff;
      fs.writeFileSync(dbFile, bytes);

      const parent = tempDir();
      const target = path.join(parent, 'restored.custodia');
      await expectCode(
        restoreCaseFile(backupDir, target, {
          kind: 'passphrase',
          passphrase: PASSPHRASE,
          operatorName: 'Ana Petrović',
        }),
        CaseFileErrorCode.Damaged,
      );
      expect(fs.existsSync(target)).toBe(false);
      expect(listing(parent)).toEqual([]);
      expect(fs.readFileSync(dbFile).equals(bytes)).toBe(true); // the backup is only read
    });

    it('a folder that is not a backup (NOT_A_CASE_FILE)', async () => {
      const notBackup = tempDir();
      const parent = tempDir();
      const target = path.join(parent, 'restored.custodia');
      await expectCode(
        restoreCaseFile(notBackup, target, { kind: 'passphrase', passphrase: PASSPHRASE }),
        CaseFileErrorCode.NotACaseFile,
      );
      expect(listing(parent)).toEqual([]);
    });
  });
});
