import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect } from 'vitest';
import {
  CaseFileError,
  createCaseFile,
  fixedClock,
  sequentialIds,
  type CaseFileErrorCode,
  type CaseFileSession,
  type Runtime,
} from '../../src/main/core';

/** Strong enough for the policy; the Cyrillic and diacritics check NFC handling end to end. */
export const PASSPHRASE = 'Ohridsko jezero — Струга, 1979: čuvaj ključ!';
export const OTHER_PASSPHRASE = 'Butrint mosaic floor, 4th c. — ëç ruaj çelësin 77';
export const OPERATOR = 'Ana Petrović';

export { TEST_KDF } from './kdf';
import { TEST_KDF } from './kdf';

export function testRuntime(): Runtime {
  return { clock: fixedClock(new Date('2026-03-01T08:00:00Z')), ids: sequentialIds() };
}

const made: string[] = [];
const sessions: CaseFileSession[] = [];
afterEach(() => {
  // Sessions first: a case file is closed (and its key wiped) before its folder goes.
  for (const session of sessions.splice(0)) session.lock();
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Locks `session` after the test (locking is idempotent, so an explicit lock may come first). */
export function lockAfterTest<S extends CaseFileSession>(session: S): S {
  sessions.push(session);
  return session;
}

/** A fresh temporary folder, removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custodia-test-'));
  made.push(dir);
  return dir;
}

export interface TestCaseFile {
  dir: string;
  session: CaseFileSession;
  recoveryKey: string;
  runtime: Runtime;
}

/** A new case file in a temporary folder, open; locked and removed after the test. */
export async function newCaseFile(
  options: { operatorName?: string; passphrase?: string } = {},
): Promise<TestCaseFile> {
  const runtime = testRuntime();
  const dir = path.join(tempDir(), 'test.custodia');
  const { session, recoveryKey } = await createCaseFile(dir, {
    operatorName: options.operatorName ?? OPERATOR,
    passphrase: options.passphrase ?? PASSPHRASE,
    runtime,
    kdfCost: TEST_KDF,
  });
  lockAfterTest(session);
  return { dir, session, recoveryKey, runtime };
}

/** Every file of a case-file folder with its bytes (database, WAL, SHM, keys.json…). */
export function snapshotFolder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const f of fs.readdirSync(dir)) files.set(f, fs.readFileSync(path.join(dir, f)));
  return files;
}

/** Runs `fn` (sync or async) and returns what it threw; fails when it throws nothing. */
export async function caught(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error, but none was thrown');
}

/** Runs `fn` and checks that it throws a CaseFileError with `code`; returns that error. */
export async function expectCaseFileError(
  fn: () => unknown,
  code: CaseFileErrorCode,
): Promise<CaseFileError> {
  const e = await caught(fn);
  expect(e).toBeInstanceOf(CaseFileError);
  expect((e as CaseFileError).code).toBe(code);
  return e as CaseFileError;
}

/** The same files, each with exactly the same bytes. */
export function expectSameFolder(before: Map<string, Buffer>, after: Map<string, Buffer>): void {
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [name, bytes] of before) {
    expect(after.get(name)?.equals(bytes), `${name} changed`).toBe(true);
  }
}
