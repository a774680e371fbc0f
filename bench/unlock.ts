import path from 'node:path';
import { createCaseFile, unlockCaseFile, configureSqlite } from '../src/main/core';
import { readKeyFile } from '../src/main/core/case-file/key-file';
import { openEncrypted } from '../src/main/core/store/sqlite';
import { timeMedian } from './util';

export const BENCH_PASSPHRASE = 'Ohridsko jezero — Струга, 1979: čuvaj ključ!';

/** Unlock = scrypt at the production cost + open + schema check; open = the raw-key open alone. */
export async function measureUnlock(
  dir: string,
): Promise<{ unlockMs: number; openMs: number; kdf: string }> {
  configureSqlite({ cacheSizeKiB: 64 * 1024 });
  const caseDir = path.join(dir, 'unlock.custodia');
  const { session } = await createCaseFile(caseDir, {
    operatorName: 'Bench',
    passphrase: BENCH_PASSPHRASE,
  });
  const key = session.withDataKey((k) => Buffer.from(k));
  session.lock();
  const keyFile = readKeyFile(session.layout);
  const slot = keyFile.slots.find((s) => s.kind === 'passphrase');
  const kdf =
    slot && slot.kind === 'passphrase'
      ? `scrypt N=${slot.kdf.N} r=${slot.kdf.r} p=${slot.kdf.p}`
      : '?';
  const unlockMs = await timeMedian(5, async () => {
    (await unlockCaseFile(caseDir, { kind: 'passphrase', passphrase: BENCH_PASSPHRASE })).lock();
  });
  const runs: number[] = [];
  for (let i = 0; i < 25; i++) {
    const t = process.hrtime.bigint();
    const db = openEncrypted(session.layout.db, key, keyFile.cipher);
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
    db.close();
  }
  runs.sort((a, b) => a - b);
  const openMs = runs[Math.floor(runs.length / 2)] as number;
  key.fill(0);
  return { unlockMs, openMs, kdf };
}
