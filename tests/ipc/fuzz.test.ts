import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { unlockCaseFile, verifyAuditChain } from '../../src/main/core';
import { channelNames, type ChannelName } from '../../src/shared/ipc/contract';
import { CaseFileErrorCode } from '../../src/shared/case-file/errors';
import { IpcErrorCode } from '../../src/shared/ipc/define';
import { PASSPHRASE } from '../helpers/case-files';
import { ipcFixture, type IpcFixture } from './ipc-fixture';

/** A small seeded generator, so a failure can be replayed from its seed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Relative names only: anything the fuzzer creates lands in the test's temporary folder. */
const STRINGS = [
  '',
  ' ',
  'a',
  'Ђурђевдан',
  'čćžšđ ëç',
  'x'.repeat(5000),
  'fuzz.custodia',
  '../up',
  '\u0000',
  '%s%n',
  'DROP TABLE audit_log;',
];

function randomValue(r: () => number, depth = 0): unknown {
  const pick = Math.floor(r() * (depth > 2 ? 6 : 9));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return r() < 0.5;
    case 3:
      return [0, -1, 1e308, Number.NaN, 3.5, 2 ** 53][Math.floor(r() * 6)];
    case 4:
    case 5:
      return STRINGS[Math.floor(r() * STRINGS.length)];
    case 6:
      return Array.from({ length: Math.floor(r() * 4) }, () => randomValue(r, depth + 1));
    default: {
      const keys = [
        'path',
        'name',
        'operatorName',
        'passphrase',
        'newPassphrase',
        'oldPassphrase',
        'recoveryKey',
        'destination',
        'suggestedName',
        'idleLockMinutes',
        'language',
        'rememberRecent',
        '__proto__',
        'constructor',
      ];
      const o: Record<string, unknown> = {};
      for (let i = Math.floor(r() * 4); i > 0; i--)
        o[keys[Math.floor(r() * keys.length)] as string] = randomValue(r, depth + 1);
      return o;
    }
  }
}

/** Valid-looking inputs per channel, then mutated field by field. */
function seedFor(name: ChannelName): Record<string, unknown> {
  const seeds: Partial<Record<ChannelName, Record<string, unknown>>> = {
    'casefile:unlock': { path: 'fuzz.custodia', passphrase: PASSPHRASE },
    'casefile:create': { path: 'fuzz-new.custodia', operatorName: 'Fuzz', passphrase: 'short' },
    'casefile:recover': {
      path: 'fuzz.custodia',
      recoveryKey: 'AAAAA-AAAAA',
      operatorName: 'Fuzz',
      newPassphrase: 'weak',
    },
    'casefile:backup': { destination: 'fuzz-backup.custodia' },
    'operator:add': { name: 'Fuzz', passphrase: 'weak' },
    'operator:remove': { name: 'Nobody' },
    'operator:change-passphrase': { oldPassphrase: 'wrong', newPassphrase: 'weak' },
    'settings:set': { idleLockMinutes: 5 },
    'recent:forget': { path: 'nowhere.custodia' },
    'dialog:save-pdf': { suggestedName: 'sheet.pdf' },
    'rate:list': {},
  };
  return seeds[name] ?? {};
}

function mutate(r: () => number, seed: Record<string, unknown>): unknown {
  const choice = r();
  if (choice < 0.25) return randomValue(r);
  const copy: Record<string, unknown> = { ...seed };
  const keys = Object.keys(copy);
  if (choice < 0.5 && keys.length > 0)
    copy[keys[Math.floor(r() * keys.length)] as string] = randomValue(r);
  else if (choice < 0.7 && keys.length > 0)
    delete copy[keys[Math.floor(r() * keys.length)] as string];
  else if (choice < 0.85) copy[`extra${Math.floor(r() * 3)}`] = randomValue(r);
  return copy;
}

const KNOWN_CODES = new Set<string>([
  ...Object.values(CaseFileErrorCode),
  ...Object.values(IpcErrorCode),
]);

const fixtures: IpcFixture[] = [];
afterEach(() => {
  for (const f of fixtures.splice(0)) f.services.dispose();
});

describe('IPC fuzz', () => {
  it('answers 1,600 random and mutated payloads with a valid result or a known error, never a throw', async () => {
    const cwd = process.cwd();
    const f = ipcFixture();
    fixtures.push(f);
    process.chdir(f.dir);
    try {
      const created = await f.ipc.invoke('casefile:create', {
        path: path.join(f.dir, 'fuzz.custodia'),
        operatorName: 'Ana Petrović',
        passphrase: PASSPHRASE,
      });
      expect(created.ok).toBe(true);
      const caseFileId = created.ok ? created.value.summary.caseFileId : '';
      const r = prng(20261127);
      const tally = { ok: 0, errors: new Map<string, number>() };
      for (let i = 0; i < 1600; i++) {
        const name = channelNames[Math.floor(r() * channelNames.length)] as ChannelName;
        if (name === 'casefile:lock' && r() < 0.8) continue;
        const payload = mutate(r, seedFor(name));
        const result = (await f.ipc.invokeRaw(name, [payload])) as {
          ok: boolean;
          error?: { code: string; message: string };
        };
        expect(typeof result.ok, `${name} #${i}`).toBe('boolean');
        if (result.ok) tally.ok += 1;
        else {
          expect(
            KNOWN_CODES.has(result.error?.code ?? ''),
            `${name} #${i}: ${result.error?.code}`,
          ).toBe(true);
          expect(result.error?.code, `${name} #${i}: ${result.error?.message}`).not.toBe(
            'INTERNAL',
          );
          tally.errors.set(
            result.error?.code ?? '',
            (tally.errors.get(result.error?.code ?? '') ?? 0) + 1,
          );
        }
        if (f.services.workspace.status().state === 'locked') {
          await f.ipc.invoke('casefile:unlock', {
            path: path.join(f.dir, 'fuzz.custodia'),
            operatorName: 'Ana Petrović',
            passphrase: PASSPHRASE,
          });
        }
      }
      expect(tally.errors.get('INVALID_INPUT') ?? 0).toBeGreaterThan(300);
      // Some payloads are valid as sent or mutated (list and settings channels): the success path
      // runs too. Most channels need ids of records that exist, so most answers are refusals.
      expect(tally.ok).toBeGreaterThan(30);
      // Whatever the fuzzer did, the case file it could reach is intact.
      f.services.workspace.lock('user');
      const session = await unlockCaseFile(path.join(f.dir, 'fuzz.custodia'), {
        kind: 'passphrase',
        passphrase: PASSPHRASE,
      });
      try {
        expect(verifyAuditChain(session.db, caseFileId).ok).toBe(true);
      } finally {
        session.lock();
      }
    } finally {
      process.chdir(cwd);
    }
  });
});
