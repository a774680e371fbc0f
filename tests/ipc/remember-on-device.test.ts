import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeviceVault } from '../../src/main/core/workspace/remembered-keys';
import { OTHER_PASSPHRASE, PASSPHRASE } from '../helpers/case-files';
import { testVault } from '../helpers/test-vault';
import { ipcFixture, type IpcFixture } from './ipc-fixture';

const fixtures: IpcFixture[] = [];
afterEach(() => {
  for (const f of fixtures.splice(0)) f.services.dispose();
});

async function created(vault?: DeviceVault) {
  const f = ipcFixture(vault ? { vault } : {});
  fixtures.push(f);
  const dir = path.join(f.dir, 'remember.custodia');
  const r = await f.ipc.invoke('casefile:create', {
    path: dir,
    operatorName: 'Ana Petrović',
    passphrase: PASSPHRASE,
  });
  expect(r.ok).toBe(true);
  return { ...f, caseDir: dir };
}

describe('remember on this device', () => {
  it('is refused where no safe keyring exists, and nothing is written', async () => {
    const f = await created();
    expect(await f.ipc.invoke('device:status', { path: f.caseDir })).toMatchObject({
      ok: true,
      value: { available: false, remembered: null },
    });
    expect(await f.ipc.invoke('device:remember', {})).toMatchObject({
      ok: false,
      error: { code: 'DEVICE_STORAGE_UNSAFE' },
    });
    expect(fs.existsSync(path.join(f.dir, 'user-data', 'remembered-keys.json'))).toBe(false);
  });

  it('unlocks as the operator who asked, keeps nothing readable on disk, and can be forgotten', async () => {
    const f = await created(testVault());
    const dataKeyHex = f.services.workspace.session().withDataKey((k) => k.toString('hex'));
    expect(await f.ipc.invoke('device:remember', {})).toEqual({
      ok: true,
      value: { remembered: true },
    });
    await f.ipc.invoke('casefile:lock', {});

    const stored = fs.readFileSync(path.join(f.dir, 'user-data', 'remembered-keys.json'), 'utf8');
    expect(stored).not.toContain(dataKeyHex);
    expect(stored).not.toContain('Petrović');

    expect(await f.ipc.invoke('device:status', { path: f.caseDir })).toMatchObject({
      ok: true,
      value: { available: true, remembered: { operatorName: 'Ana Petrović' } },
    });
    const unlocked = await f.ipc.invoke('casefile:unlock-remembered', { path: f.caseDir });
    expect(unlocked).toMatchObject({
      ok: true,
      value: { operatorName: 'Ana Petrović', operatorIsPerson: true },
    });

    expect(await f.ipc.invoke('device:forget', { path: f.caseDir })).toEqual({
      ok: true,
      value: { remembered: false },
    });
    await f.ipc.invoke('casefile:lock', {});
    expect(await f.ipc.invoke('casefile:unlock-remembered', { path: f.caseDir })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('ends when the operator is removed: the remembered access is refused and dropped', async () => {
    const f = await created(testVault());
    expect(
      (await f.ipc.invoke('operator:add', { name: 'Marko Đorđević', passphrase: OTHER_PASSPHRASE }))
        .ok,
    ).toBe(true);
    await f.ipc.invoke('casefile:lock', {});
    expect(
      (
        await f.ipc.invoke('casefile:unlock', {
          path: f.caseDir,
          operatorName: 'Marko Đorđević',
          passphrase: OTHER_PASSPHRASE,
        })
      ).ok,
    ).toBe(true);
    expect((await f.ipc.invoke('device:remember', {})).ok).toBe(true);
    await f.ipc.invoke('casefile:lock', {});

    expect(
      (
        await f.ipc.invoke('casefile:unlock', {
          path: f.caseDir,
          operatorName: 'Ana Petrović',
          passphrase: PASSPHRASE,
        })
      ).ok,
    ).toBe(true);
    expect((await f.ipc.invoke('operator:remove', { name: 'Marko Đorđević' })).ok).toBe(true);
    await f.ipc.invoke('casefile:lock', {});

    expect(await f.ipc.invoke('casefile:unlock-remembered', { path: f.caseDir })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_CREDENTIALS' },
    });
    expect(await f.ipc.invoke('device:status', { path: f.caseDir })).toMatchObject({
      ok: true,
      value: { remembered: null },
    });
  });
});
