import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { write } from '../audit/write';
import { openEncrypted } from '../store/sqlite';
import { defaultRuntime, type Runtime } from '../support/clock';
import { fsyncDir } from '../support/durable-fs';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { caseFileLayout, type CaseFileLayout } from './layout';
import { CaseFileSession } from './session';
import { unlockCaseFile, type Credentials } from './unlock';
import { verifyCaseFile, type ProgressListener, type VerifyReport } from './verify';

export interface BackupResult {
  dir: string;
  /** SHA-256 of the backup's case.db, also written to the source's audit log. */
  sha256: string;
  bytes: number;
  report: VerifyReport;
}

function requireNew(dir: string): void {
  if (fs.existsSync(dir)) {
    throw new CaseFileError(
      CaseFileErrorCode.AlreadyExists,
      `${dir} already exists; Custodia never overwrites a case file. Choose a new path.`,
    );
  }
  if (!fs.existsSync(path.dirname(dir))) {
    throw new CaseFileError(
      CaseFileErrorCode.InvalidInput,
      `The folder ${path.dirname(dir)} does not exist.`,
    );
  }
}

function stagingFor(target: CaseFileLayout, purpose: string): CaseFileLayout {
  const layout = caseFileLayout(
    path.join(
      path.dirname(target.dir),
      `.${path.basename(target.dir)}.${purpose}-${randomBytes(4).toString('hex')}`,
    ),
  );
  fs.mkdirSync(layout.dir, { mode: 0o700 });
  return layout;
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function sha256File(file: string): { sha256: string; bytes: number } {
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.allocUnsafe(1024 * 1024);
  let bytes = 0;
  try {
    for (let n; (n = fs.readSync(fd, buf, 0, buf.length, bytes)) > 0; bytes += n)
      hash.update(buf.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return { sha256: hash.digest('hex'), bytes };
}

function moveIntoPlace(staging: CaseFileLayout, target: CaseFileLayout): void {
  for (const f of fs.readdirSync(staging.dir)) fsyncFile(path.join(staging.dir, f));
  fsyncDir(staging.dir);
  fs.renameSync(staging.dir, target.dir);
  fsyncDir(path.dirname(target.dir));
}

/**
 * Writes an encrypted, verified copy of an open case file to `destDir` (which must not exist).
 * `VACUUM INTO` copies a consistent snapshot through the cipher (the online backup API cannot
 * copy encrypted pages); the copy is then opened read-only with the same key and verified before
 * it is moved into place. The backup is recorded in the source's audit log with its SHA-256.
 */
export async function backupCaseFile(
  session: CaseFileSession,
  destDir: string,
  onProgress?: ProgressListener,
): Promise<BackupResult> {
  const target = caseFileLayout(destDir);
  requireNew(target.dir);
  const staging = stagingFor(target, 'backup');
  try {
    onProgress?.('copy', 0, 3);
    session.db.prepare('VACUUM INTO ?').run(staging.db);
    fs.copyFileSync(session.layout.keys, staging.keys, fs.constants.COPYFILE_EXCL);
    const copy = session.withDataKey((key) => {
      const db = openEncrypted(staging.db, key, session.cipher, { readonly: true });
      return new CaseFileSession(
        staging,
        session.caseFileId,
        session.cipher,
        db,
        Buffer.from(key),
        session.actor,
        session.runtime,
      );
    });
    onProgress?.('verify', 1, 3);
    let report: VerifyReport;
    try {
      report = await verifyCaseFile(copy);
    } finally {
      copy.lock();
    }
    if (!report.ok) {
      throw new CaseFileError(
        CaseFileErrorCode.Damaged,
        `The backup did not verify (${report.firstProblem}); it was not kept.`,
      );
    }
    onProgress?.('record', 2, 3);
    const { sha256, bytes } = sha256File(staging.db);
    moveIntoPlace(staging, target);
    write(session, (tx) =>
      tx.audit({
        action: 'casefile.backup',
        entityType: 'case_file',
        entityId: session.caseFileId,
        changes: { backup: { before: null, after: { path: target.dir, sha256, bytes } } },
      }),
    );
    onProgress?.('done', 3, 3);
    return { dir: target.dir, sha256, bytes, report };
  } catch (e) {
    fs.rmSync(staging.dir, { recursive: true, force: true });
    throw e;
  }
}

/**
 * Restores a backup to `targetDir` (which must not exist): the backup is copied, the copy is
 * opened with the given credentials and verified, and only then moved into place. The backup
 * itself is only read.
 */
export async function restoreCaseFile(
  backupDir: string,
  targetDir: string,
  credentials: Credentials,
  runtime: Runtime = defaultRuntime,
): Promise<VerifyReport> {
  const source = caseFileLayout(backupDir);
  const target = caseFileLayout(targetDir);
  requireNew(target.dir);
  for (const f of [source.keys, source.db]) {
    if (!fs.existsSync(f)) {
      throw new CaseFileError(
        CaseFileErrorCode.NotACaseFile,
        `${source.dir} is not a Custodia case file or backup (${path.basename(f)} is missing).`,
      );
    }
  }
  const staging = stagingFor(target, 'restore');
  try {
    for (const f of fs.readdirSync(source.dir)) {
      if (f === 'case.db' || f === 'keys.json' || f === 'case.db-wal') {
        fs.copyFileSync(
          path.join(source.dir, f),
          path.join(staging.dir, f),
          fs.constants.COPYFILE_EXCL,
        );
      }
    }
    const session = await unlockCaseFile(staging.dir, credentials, runtime);
    let report: VerifyReport;
    try {
      report = await verifyCaseFile(session);
    } finally {
      session.lock();
    }
    if (!report.ok) {
      throw new CaseFileError(
        CaseFileErrorCode.Damaged,
        `The backup does not verify (${report.firstProblem}); nothing was restored.`,
      );
    }
    moveIntoPlace(staging, target);
    return report;
  } catch (e) {
    fs.rmSync(staging.dir, { recursive: true, force: true });
    throw e;
  }
}
