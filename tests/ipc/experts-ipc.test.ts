import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IpcResult } from '../../src/shared/ipc/define';
import { PASSPHRASE } from '../helpers/case-files';
import { ipcFixture, type IpcFixture } from './ipc-fixture';

const fixtures: IpcFixture[] = [];
afterEach(() => {
  for (const f of fixtures.splice(0)) f.services.dispose();
});

function value<T>(r: IpcResult<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

async function unlocked(name: string): Promise<IpcFixture> {
  const f = ipcFixture();
  fixtures.push(f);
  value(
    await f.ipc.invoke('casefile:create', {
      path: path.join(f.dir, `${name}.custodia`),
      operatorName: 'Ana Petrović',
      passphrase: PASSPHRASE,
    }),
  );
  return f;
}

const EXPERT = {
  name: 'Arben Hoxha',
  institution: 'Instituti i Arkeologjisë (Tiranë)',
  country: 'AL',
  languages: ['sq', 'en'],
  fields: ['classical-archaeology'],
};

describe('expert channels', () => {
  it('adds, lists, gets and updates experts; the core names refused fields', async () => {
    const f = await unlocked('directory');
    const added = value(await f.ipc.invoke('expert:add', { fields: EXPERT }));
    expect(added).toMatchObject({ name: 'Arben Hoxha', version: 1, consultationCount: 0 });
    expect(value(await f.ipc.invoke('expert:list', { text: 'hoxha' })).map((e) => e.id)).toEqual([
      added.id,
    ]);
    expect(value(await f.ipc.invoke('expert:get', { id: added.id })).consultations).toEqual([]);
    const updated = value(
      await f.ipc.invoke('expert:update', {
        id: added.id,
        version: 1,
        fields: { ...EXPERT, notes: 'Red-figure pottery' },
      }),
    );
    expect(updated).toMatchObject({ version: 2, notes: 'Red-figure pottery' });
    expect(
      await f.ipc.invoke('expert:add', { fields: { ...EXPERT, fields: ['astrology'] } }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await f.ipc.invoke('expert:add', { fields: EXPERT })).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_EXISTS' },
    });
  });

  it('reads and writes directory files only where a dialog granted them, for that purpose', async () => {
    const f = await unlocked('files');
    value(await f.ipc.invoke('expert:add', { fields: EXPERT }));
    const file = path.join(f.dir, 'experts.json');

    // No dialog: refused, nothing written.
    expect(await f.ipc.invoke('expert:export', { path: file, format: 'json' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED' },
    });
    expect(fs.existsSync(file)).toBe(false);
    // A grant for another purpose does not count.
    f.services.chosen.grant([file], 'experts-import');
    expect(await f.ipc.invoke('expert:export', { path: file, format: 'json' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED' },
    });
    expect(fs.existsSync(file)).toBe(false);

    // The save dialog grants the path; the export spends it.
    f.services.dialogs.saveExperts = async () => file;
    expect(
      value(
        await f.ipc.invoke('dialog:save-experts', { suggestedName: 'experts', format: 'json' }),
      ),
    ).toEqual({ path: file });
    const written = value(await f.ipc.invoke('expert:export', { path: file, format: 'json' }));
    expect(written).toMatchObject({ path: file, count: 1 });
    expect(await f.ipc.invoke('expert:export', { path: file, format: 'json' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED' },
    });

    const other = await unlocked('other');
    expect(await other.ipc.invoke('expert:import', { path: file })).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED' },
    });
    other.services.chosen.grant([file], 'experts-export');
    expect(await other.ipc.invoke('expert:import', { path: file })).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED' },
    });
    expect(value(await other.ipc.invoke('expert:list', {}))).toEqual([]);

    other.services.dialogs.openExperts = async () => file;
    expect(value(await other.ipc.invoke('dialog:open-experts', {}))).toEqual({ path: file });
    expect(value(await other.ipc.invoke('expert:import', { path: file }))).toEqual({
      added: 1,
      skipped: [],
      sha256: written.sha256,
    });
    // Spent once it succeeded.
    expect(await other.ipc.invoke('expert:import', { path: file })).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED' },
    });
  });

  it('a refused import keeps the file chosen so it can be corrected and read again', async () => {
    const f = await unlocked('refused');
    const file = path.join(f.dir, 'experts.csv');
    fs.writeFileSync(file, 'name,fields\nArben Hoxha,astrology\n');
    f.services.chosen.grant([file], 'experts-import');
    expect(await f.ipc.invoke('expert:import', { path: file })).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        details: { issues: [{ path: ['rows', '2', 'fields', '0'] }] },
      },
    });
    fs.writeFileSync(file, 'name,fields\nArben Hoxha,classical-archaeology\n');
    expect(value(await f.ipc.invoke('expert:import', { path: file })).added).toBe(1);
  });
});
