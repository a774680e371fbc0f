import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PASSPHRASE, tempDir } from '../helpers/case-files';
import {
  addTestAccount,
  OWN_IBAN,
  SERBIAN_MAPPING,
  SERBIAN_ROWS,
  serbianCsv,
  tableCounts,
  writeFile,
} from '../core/finance/statement-fixtures';
import { ipcFixture, type IpcFixture } from './ipc-fixture';

const fixtures: IpcFixture[] = [];
afterEach(() => {
  for (const f of fixtures.splice(0)) f.services.dispose();
});

function ok<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const JOB = '00000000-0000-4000-8000-0000000000a1';
const JOB2 = '00000000-0000-4000-8000-0000000000a2';

async function openCase() {
  const f = ipcFixture();
  fixtures.push(f);
  ok(
    await f.ipc.invoke('casefile:create', {
      path: path.join(f.dir, 'statements.custodia'),
      operatorName: 'Ana Petrović',
      passphrase: PASSPHRASE,
    }),
  );
  const c = ok(
    await f.ipc.invoke('case:create', {
      fields: { reference: 'ITCG-2026-0061', title: 'Icon sale', openedOn: '2026-02-01' },
    }),
  );
  const session = f.services.workspace.session();
  const account = addTestAccount(session, c.id, {
    iban: OWN_IBAN,
    holder: { partyId: null, name: 'Petar Petrović' },
  });
  const dir = tempDir();
  return { f, session, caseId: c.id, accountId: account.id, dir };
}

/** Picks `file` in the (test) statement dialog, as the renderer would. */
async function pick(f: IpcFixture, file: string) {
  f.services.dialogs.openStatement = async () => file;
  return ok(await f.ipc.invoke('dialog:open-statement', {}));
}

describe('statement channels', () => {
  it('read only a statement chosen in its dialog; a preview keeps it chosen, an import spends it', async () => {
    const { f, caseId, accountId, dir } = await openCase();
    const file = writeFile(dir, 'izvod.csv', serbianCsv());
    const request = {
      jobId: JOB,
      caseId,
      path: file,
      mapping: SERBIAN_MAPPING,
      accountId,
      acceptValidRows: false,
    };
    expect(await f.ipc.invoke('statement:preview', { path: file })).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED' },
    });
    expect(await f.ipc.invoke('statement:import', request)).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED' },
    });
    // A grant for documents does not open the door to statements.
    f.services.chosen.grant([file], 'document');
    expect(await f.ipc.invoke('statement:preview', { path: file })).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED' },
    });

    expect(await pick(f, file)).toEqual({ path: file });
    const first = ok(await f.ipc.invoke('statement:preview', { path: file, limit: 4 }));
    expect(first.headers[0]).toBe('Izvod br. 12/2024');
    expect(first.mappingIssues.length).toBeGreaterThan(0);
    const mapped = ok(
      await f.ipc.invoke('statement:preview', {
        path: file,
        mapping: SERBIAN_MAPPING,
        caseId,
        accountId,
      }),
    );
    expect(mapped.parsed?.counts).toEqual({ rows: 4, valid: 4, invalid: 0, duplicates: 0 });

    const imported = ok(await f.ipc.invoke('statement:import', request));
    expect(imported).toMatchObject({ status: 'imported', counts: { created: 4 } });
    const progress = f.events
      .filter((e) => e.event === 'task:progress')
      .map((e) => e.payload as { task: string; step: string });
    expect(progress.every((p) => p.task === 'statement-import')).toBe(true);
    expect([...new Set(progress.map((p) => p.step))]).toEqual([
      'read',
      'validate',
      'import',
      'done',
    ]);
    // Spent: the same file must be chosen again.
    expect(await f.ipc.invoke('statement:import', request)).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED' },
    });
    await pick(f, file);
    expect(ok(await f.ipc.invoke('statement:import', request)).counts).toMatchObject({
      created: 0,
      duplicates: 4,
    });

    const imports = ok(await f.ipc.invoke('statement:imports', { caseId }));
    expect(imports).toHaveLength(2);
    expect(imports[0]).not.toHaveProperty('errors');
    const one = ok(await f.ipc.invoke('statement:import-get', { id: imported.importId as string }));
    expect(one.mapping.headerRow).toBe(3);
  });

  it('a refused import keeps the file chosen; accepted, imports the valid rows; errors export to a chosen CSV', async () => {
    const { f, caseId, accountId, dir } = await openCase();
    const file = writeFile(
      dir,
      'izvod.csv',
      serbianCsv([...SERBIAN_ROWS, '31.02.2024;;Marko;;;;1,00;RSD']),
    );
    await pick(f, file);
    const request = {
      jobId: JOB,
      caseId,
      path: file,
      mapping: SERBIAN_MAPPING,
      accountId,
      acceptValidRows: false,
    };
    const refused = ok(await f.ipc.invoke('statement:import', request));
    expect(refused).toMatchObject({
      status: 'refused',
      importId: null,
      counts: { invalid: 1, created: 0 },
    });
    expect(refused.errors).toMatchObject([{ row: 8, column: 'Datum', problem: 'no-such-day' }]);

    const target = path.join(dir, 'greske.csv');
    const exportFile = {
      target,
      from: { kind: 'file' as const, path: file, mapping: SERBIAN_MAPPING },
    };
    expect(await f.ipc.invoke('statement:export-errors', exportFile)).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED' },
    });
    f.services.dialogs.saveCsv = async () => target;
    expect(ok(await f.ipc.invoke('dialog:save-csv', { suggestedName: 'greske.csv' }))).toEqual({
      path: target,
    });
    expect(ok(await f.ipc.invoke('statement:export-errors', exportFile))).toEqual({
      path: target,
      rows: 1,
    });
    expect(fs.readFileSync(target, 'utf8')).toContain('8,Datum,date,no-such-day');

    const accepted = ok(
      await f.ipc.invoke('statement:import', { ...request, acceptValidRows: true }),
    );
    expect(accepted).toMatchObject({ status: 'imported', counts: { created: 4, invalid: 1 } });
    fs.rmSync(target);
    await f.ipc.invoke('dialog:save-csv', { suggestedName: 'greske.csv' });
    expect(
      ok(
        await f.ipc.invoke('statement:export-errors', {
          target,
          from: { kind: 'import', importId: accepted.importId as string },
        }),
      ),
    ).toEqual({ path: target, rows: 1 });
  });

  it('cancels a running import by its job id (nothing written), and runs one import at a time', async () => {
    const { f, session, caseId, accountId, dir } = await openCase();
    const file = writeFile(dir, 'izvod.csv', serbianCsv());
    await pick(f, file);
    const before = tableCounts(session);
    const request = {
      jobId: JOB,
      caseId,
      path: file,
      mapping: SERBIAN_MAPPING,
      accountId,
      acceptValidRows: false,
    };
    const running = f.ipc.invoke('statement:import', request);
    const cancel = f.ipc.invoke('statement:cancel', { jobId: JOB });
    const second = f.ipc.invoke('statement:import', { ...request, jobId: JOB2 });
    expect(await cancel).toEqual({ ok: true, value: { cancelled: true } });
    expect(await second).toMatchObject({ ok: false, error: { code: 'CASE_FILE_BUSY' } });
    expect(ok(await running)).toMatchObject({ status: 'cancelled', importId: null });
    expect(tableCounts(session)).toEqual(before);
    expect(await f.ipc.invoke('statement:cancel', { jobId: JOB })).toEqual({
      ok: true,
      value: { cancelled: false },
    });
    // The file stays chosen after a cancel.
    expect(ok(await f.ipc.invoke('statement:import', request)).status).toBe('imported');
  });

  it('saves, lists, changes and deletes mappings', async () => {
    const { f } = await openCase();
    const created = ok(
      await f.ipc.invoke('statement:mapping-create', {
        fields: { name: 'Intesa', mapping: SERBIAN_MAPPING },
      }),
    );
    expect(ok(await f.ipc.invoke('statement:mappings', {})).map((m) => m.name)).toEqual(['Intesa']);
    expect(
      await f.ipc.invoke('statement:mapping-create', {
        fields: { name: 'INTESA', mapping: SERBIAN_MAPPING },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_EXISTS' },
    });
    const changed = ok(
      await f.ipc.invoke('statement:mapping-update', {
        id: created.id,
        version: 1,
        fields: { name: 'Intesa', mapping: { ...SERBIAN_MAPPING, delimiter: ';' } },
      }),
    );
    expect(
      ok(await f.ipc.invoke('statement:mapping-get', { id: created.id })).mapping.delimiter,
    ).toBe(';');
    expect(
      await f.ipc.invoke('statement:mapping-delete', { id: created.id, version: 1 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'EDIT_CONFLICT' },
    });
    expect(
      ok(
        await f.ipc.invoke('statement:mapping-delete', {
          id: created.id,
          version: changed.version,
        }),
      ),
    ).toEqual({ deleted: true });
    expect(ok(await f.ipc.invoke('statement:mappings', {}))).toEqual([]);
  });
});
