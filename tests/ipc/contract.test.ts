import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { channelNames, contract } from '../../src/shared/ipc/contract';
import { eventContract } from '../../src/shared/ipc/events';
import { PASSPHRASE } from '../helpers/case-files';
import { ipcFixture, type IpcFixture } from './ipc-fixture';

const fixtures: IpcFixture[] = [];
afterEach(() => {
  for (const f of fixtures.splice(0)) f.services.dispose();
});

async function unlockedFixture(): Promise<IpcFixture & { auditCount: () => number }> {
  const f = ipcFixture();
  fixtures.push(f);
  const created = await f.ipc.invoke('casefile:create', {
    path: path.join(f.dir, 'contract.custodia'),
    operatorName: 'Ana Petrović',
    passphrase: PASSPHRASE,
  });
  expect(created.ok).toBe(true);
  const auditCount = () =>
    f.services.workspace
      .session()
      .db.prepare('SELECT count(*) FROM audit_log')
      .pluck()
      .get() as number;
  return { ...f, auditCount };
}

/** Payloads no channel accepts: wrong types, extra keys, nothing at all. */
const MALFORMED: unknown[] = [
  undefined,
  null,
  42,
  'text',
  [],
  { unexpected: true },
  { path: 7, passphrase: {} },
];

describe('IPC contract', () => {
  it('names every channel domain:verb with zod input and output schemas', () => {
    expect(channelNames.length).toBeGreaterThan(20);
    for (const name of channelNames) {
      expect(name).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/);
      expect(contract[name].input).toBeInstanceOf(z.ZodType);
      expect(contract[name].output).toBeInstanceOf(z.ZodType);
    }
    for (const schema of Object.values(eventContract)) expect(schema).toBeInstanceOf(z.ZodType);
  });

  it('registers exactly the contract: every channel, nothing more, and removes them again', () => {
    const f = ipcFixture();
    fixtures.push(f);
    expect([...f.ipc.handlers.keys()].sort()).toEqual([...channelNames].sort());
    f.unregister();
    expect(f.ipc.handlers.size).toBe(0);
  });

  it('refuses requests from any other frame', async () => {
    const f = await unlockedFixture();
    const before = f.auditCount();
    for (const url of ['https://evil.example/', 'http://127.0.0.1:9999/', '', 'about:blank']) {
      const r = (await f.ipc.invokeRaw(
        'operator:add',
        [{ name: 'Intruder', passphrase: PASSPHRASE }],
        url,
      )) as {
        ok: boolean;
        error?: { code: string };
      };
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(f.auditCount()).toBe(before);
  });

  it('rejects a malformed payload on every channel with a validation error and writes nothing', async () => {
    const f = await unlockedFixture();
    const before = f.auditCount();
    for (const name of channelNames) {
      for (const payload of MALFORMED) {
        const r = (await f.ipc.invokeRaw(name, [payload])) as {
          ok: boolean;
          error?: { code: string; message: string };
        };
        expect(r.ok, `${name} accepted ${JSON.stringify(payload)}`).toBe(false);
        expect(r.error?.code, name).toBe('INVALID_INPUT');
        expect(r.error?.message).toContain(name);
      }
      const twoArgs = (await f.ipc.invokeRaw(name, [{}, {}])) as {
        ok: boolean;
        error?: { code: string };
      };
      expect(twoArgs.error?.code).toBe('INVALID_INPUT');
    }
    expect(f.services.workspace.status().state).toBe('unlocked');
    expect(f.auditCount()).toBe(before);
  });

  it('answers in the envelope and never sends stack traces or passphrases back', async () => {
    const f = await unlockedFixture();
    const wrong = await f.ipc.invoke('operator:change-passphrase', {
      oldPassphrase: 'not the passphrase at all',
      newPassphrase: 'Another long passphrase for Ana, 2026 — Охрид',
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_CREDENTIALS' } });
    const text = JSON.stringify(wrong);
    expect(text).not.toMatch(/at .*\.ts:\d+|not the passphrase/);
    const info = await f.ipc.invoke('casefile:info', {});
    expect(info.ok && info.value.operators).toEqual(['Ana Petrović']);
  });

  it('locks on request and then refuses case-file channels with NO_CASE_FILE_OPEN', async () => {
    const f = await unlockedFixture();
    expect(await f.ipc.invoke('casefile:lock', {})).toEqual({ ok: true, value: { locked: true } });
    expect(f.events).toContainEqual({ event: 'casefile:locked', payload: { reason: 'user' } });
    expect(await f.ipc.invoke('operator:list', {})).toMatchObject({
      ok: false,
      error: { code: 'NO_CASE_FILE_OPEN' },
    });
  });
});
