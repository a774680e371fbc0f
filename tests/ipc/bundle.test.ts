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

async function unlocked(name: string): Promise<IpcFixture> {
  const f = ipcFixture();
  fixtures.push(f);
  const created = await f.ipc.invoke('casefile:create', {
    path: path.join(f.dir, `${name}.custodia`),
    operatorName: 'Ana Petrović',
    passphrase: PASSPHRASE,
  });
  expect(created.ok).toBe(true);
  return f;
}

function value<T>(r: IpcResult<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** A case with a party in a role, through the channels the UI uses. */
async function caseWithParty(f: IpcFixture) {
  const record = value(
    await f.ipc.invoke('case:create', {
      fields: { reference: 'KU-2026/017', title: 'Ikone iz Dečana', openedOn: '2026-02-10' },
    }),
  );
  const party = value(
    await f.ipc.invoke('party:create', {
      fields: { kind: 'person', givenNames: 'Nikola', familyName: 'Petrović' },
    }),
  );
  value(
    await f.ipc.invoke('party:assign-role', {
      caseId: record.id,
      partyId: party.id,
      role: 'suspect',
    }),
  );
  return record;
}

const caseCount = (f: IpcFixture) =>
  f.services.workspace.session().db.prepare('SELECT count(*) FROM case_record').pluck().get();

/** What the save / open dialog does for a path the person picked. */
const chose = (f: IpcFixture, file: string, purpose: 'bundle-export' | 'bundle-import') =>
  f.services.chosen.grant([file], purpose);

describe('bundle channels', () => {
  it('reads and writes only files chosen in a dialog', async () => {
    const f = await unlocked('not-chosen');
    const record = await caseWithParty(f);
    const file = path.join(f.dir, 'elsewhere.json');
    const write = await f.ipc.invoke('bundle:export', {
      caseIds: [record.id],
      path: file,
      attachments: 'inline',
    });
    expect(write).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    expect(fs.existsSync(file)).toBe(false);
    const read = await f.ipc.invoke('bundle:import', { path: '/etc/passwd' });
    expect(read).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
  });

  it('export writes the cases to the chosen file; import adds them elsewhere, then changes nothing', async () => {
    const source = await unlocked('source');
    const record = await caseWithParty(source);
    const file = path.join(source.dir, 'KU-2026-017.json');

    chose(source, file, 'bundle-export');
    const written = value(
      await source.ipc.invoke('bundle:export', {
        caseIds: [record.id, record.id],
        path: file,
        attachments: 'inline',
      }),
    );
    expect(written).toMatchObject({ file, cases: 1, objects: 0, attachments: 0 });
    expect(written.bytes).toBe(fs.statSync(file).size);

    const target = await unlocked('target');
    chose(target, file, 'bundle-import');
    const imported = value(await target.ipc.invoke('bundle:import', { path: file }));
    expect(imported.created).toMatchObject({ cases: 1, parties: 1, caseParties: 1 });
    expect(imported.unchanged).toEqual({});
    chose(target, file, 'bundle-import');
    const again = value(await target.ipc.invoke('bundle:import', { path: file }));
    expect(again.created).toEqual({});
    expect(again.unchanged).toMatchObject({ cases: 1, parties: 1, caseParties: 1 });
  });

  it('export refuses an unknown case and an existing file, and writes nothing', async () => {
    const f = await unlocked('refusals');
    const record = await caseWithParty(f);
    const file = path.join(f.dir, 'bundle.json');

    chose(f, file, 'bundle-export');
    const unknown = await f.ipc.invoke('bundle:export', {
      caseIds: ['8b0f3f8e-0d55-4c3e-9d7a-6f0e1c2b3a49'],
      path: file,
      attachments: 'files',
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(fs.existsSync(file)).toBe(false);

    chose(f, file, 'bundle-export');
    const none = await f.ipc.invoke('bundle:export', {
      caseIds: [],
      path: file,
      attachments: 'inline',
    });
    expect(none).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    fs.writeFileSync(file, 'kept');
    chose(f, file, 'bundle-export');
    const exists = await f.ipc.invoke('bundle:export', {
      caseIds: [record.id],
      path: file,
      attachments: 'inline',
    });
    expect(exists).toMatchObject({ ok: false, error: { code: 'ALREADY_EXISTS' } });
    expect(fs.readFileSync(file, 'utf8')).toBe('kept');
  });

  it('a refused import lists every problem by its JSON path and imports nothing', async () => {
    const source = await unlocked('broken-source');
    const record = await caseWithParty(source);
    const file = path.join(source.dir, 'broken.json');
    chose(source, file, 'bundle-export');
    value(
      await source.ipc.invoke('bundle:export', {
        caseIds: [record.id],
        path: file,
        attachments: 'inline',
      }),
    );
    const bundle = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      cases: Array<Record<string, unknown>>;
      caseParties: Array<Record<string, unknown>>;
    };
    delete bundle.cases[0]?.['title'];
    if (bundle.caseParties[0]) bundle.caseParties[0]['role'] = 'Not A Code';
    fs.writeFileSync(file, JSON.stringify(bundle));

    const target = await unlocked('broken-target');
    chose(target, file, 'bundle-import');
    const refused = await target.ipc.invoke('bundle:import', { path: file });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('INVALID_INPUT');
    const issues = refused.error.details?.['issues'] as Array<{ path: string; message: string }>;
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['cases[0].title', 'caseParties[0].role']),
    );
    expect(caseCount(target)).toBe(0);
  });
});
