import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { describe, expect, it } from 'vitest';
import { readAttachment, unlockCaseFile, verifyCaseFile } from '../../src/main/core';
import { newCaseFile, PASSPHRASE } from '../helpers/case-files';

const REPO_ROOT = path.resolve(__dirname, '../..');
const WRITER = path.join(REPO_ROOT, 'tests/fixtures/crash-writer.ts');
const COMMITS_BEFORE_KILL = 30;

interface Committed {
  id: string;
  sha256: string;
}

interface ChildOutcome {
  committed: Committed[];
  /** How many commits had been reported when SIGKILL was sent. */
  reportedAtKill: number;
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
  finished: boolean;
}

/**
 * Runs the writer as one plain node process (tsx as an import hook, not the tsx CLI, which would
 * put the writer in a grandchild that SIGKILL would not reach) and kills it once enough commits
 * have been reported. Every line read, even after the kill, was printed after a commit.
 */
function runWriterAndKill(dir: string): Promise<ChildOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir], {
      cwd: REPO_ROOT,
      env: { ...process.env, CUSTODIA_PASSPHRASE: PASSPHRASE },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const committed: Committed[] = [];
    let reportedAtKill = -1;
    let finished = false;
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const lines = readline.createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const m = /^committed (\S+) ([0-9a-f]{64})$/.exec(line);
      if (m) {
        committed.push({ id: m[1] as string, sha256: m[2] as string });
        if (committed.length >= COMMITS_BEFORE_KILL && reportedAtKill < 0) {
          reportedAtKill = committed.length;
          child.kill('SIGKILL');
        }
      } else if (line === 'finished') {
        finished = true;
      }
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `the writer reported only ${committed.length} commits in time; stderr: ${stderr}`,
        ),
      );
    }, 50_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    // 'close' waits for stdout to end as well, so every line the writer printed has been read.
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ committed, reportedAtKill, signal, code, stderr, finished });
    });
  });
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

describe('crash safety', () => {
  it('after SIGKILL in a stream of transactions, every committed one is there, none half-applied, and verify passes', async () => {
    const { dir, session } = await newCaseFile();
    // create + operator.add
    expect(session.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(2);
    session.lock();

    const outcome = await runWriterAndKill(dir);
    expect(outcome.stderr).toBe('');
    expect(outcome.finished).toBe(false);
    expect(outcome.signal).toBe('SIGKILL');
    expect(outcome.reportedAtKill).toBeGreaterThanOrEqual(COMMITS_BEFORE_KILL);
    const reported = outcome.committed;
    expect(new Set(reported.map((c) => c.id)).size).toBe(reported.length);
    // The writer died holding the database open: its WAL was never folded back or removed.
    expect(fs.existsSync(path.join(dir, 'case.db-wal'))).toBe(true);

    const reopened = await unlockCaseFile(dir, { kind: 'passphrase', passphrase: PASSPHRASE });
    try {
      const db = reopened.db;

      // Every reported commit is there, with its content intact.
      for (const c of reported) {
        const row = db
          .prepare(
            'SELECT b.sha256, b.chunk_count FROM attachment a JOIN blob b ON b.id = a.blob_id WHERE a.id = ?',
          )
          .get(c.id) as { sha256: string; chunk_count: number } | undefined;
        expect(row, `attachment ${c.id}`).toBeDefined();
        expect(row?.sha256).toBe(c.sha256);
        expect(sha256(readAttachment(reopened, c.id))).toBe(c.sha256);
      }

      // At most one more commit than reported: the one that committed before its line was printed.
      const attachments = db.prepare('SELECT count(*) FROM attachment').pluck().get() as number;
      expect(attachments).toBeGreaterThanOrEqual(reported.length);
      expect(attachments).toBeLessThanOrEqual(reported.length + 1);
      console.log(
        `crash-safety: SIGKILL after ${outcome.reportedAtKill} reported commits; ${reported.length} reported in all, ${attachments} attachments in the reopened case file`,
      );
      const reportedIds = new Set(reported.map((c) => c.id));
      const unreported = (db.prepare('SELECT id FROM attachment').pluck().all() as string[]).filter(
        (id) => !reportedIds.has(id),
      );
      for (const id of unreported) expect(readAttachment(reopened, id).length).toBeGreaterThan(0);

      // Nothing half-applied: no blob without its attachment, no chunk without its blob, no
      // blob left in its pending state, every blob with exactly its recorded chunks.
      expect(
        db
          .prepare('SELECT count(*) FROM blob WHERE id NOT IN (SELECT blob_id FROM attachment)')
          .pluck()
          .get(),
      ).toBe(0);
      expect(
        db
          .prepare('SELECT count(*) FROM blob_chunk WHERE blob_id NOT IN (SELECT id FROM blob)')
          .pluck()
          .get(),
      ).toBe(0);
      expect(
        db.prepare("SELECT count(*) FROM blob WHERE sha256 LIKE 'pending:%'").pluck().get(),
      ).toBe(0);
      expect(
        db
          .prepare(
            'SELECT count(*) FROM blob b WHERE chunk_count <> (SELECT count(*) FROM blob_chunk c WHERE c.blob_id = b.id)',
          )
          .pluck()
          .get(),
      ).toBe(0);
      expect(db.prepare('SELECT count(*) FROM blob').pluck().get()).toBe(attachments);
      // Some committed attachments span two chunks (the writer makes every third one > 1 MiB).
      expect(
        db.prepare('SELECT count(*) FROM blob WHERE chunk_count = 2').pluck().get(),
      ).toBeGreaterThanOrEqual(Math.floor(reported.length / 3));

      // One audit entry per transaction, and one ingest entry per attachment.
      expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(2 + attachments);
      expect(
        db
          .prepare("SELECT count(*) FROM audit_log WHERE action = 'attachment.ingest'")
          .pluck()
          .get(),
      ).toBe(attachments);
      expect(
        db
          .prepare(
            "SELECT count(*) FROM audit_log WHERE action = 'attachment.ingest' AND entity_id NOT IN (SELECT id FROM attachment)",
          )
          .pluck()
          .get(),
      ).toBe(0);

      const report = await verifyCaseFile(reopened);
      expect(report.firstProblem).toBeUndefined();
      expect(report.ok).toBe(true);
    } finally {
      reopened.lock();
    }
  });
});
