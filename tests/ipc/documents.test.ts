import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/main/core/reports/pdf';
import { PASSPHRASE, tempDir } from '../helpers/case-files';
import { ipcFixture, type IpcFixture } from './ipc-fixture';

let licencePdf: Buffer;
beforeAll(async () => {
  licencePdf = await renderPdf({
    content: ['EXPORT LICENCE No. 114/1968', 'Икона Св. Никола, темпера на дрво'],
  });
});

const fixtures: IpcFixture[] = [];
afterEach(() => {
  for (const f of fixtures.splice(0)) f.services.dispose();
});

function ok<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function openCase() {
  const f = ipcFixture();
  fixtures.push(f);
  ok(
    await f.ipc.invoke('casefile:create', {
      path: path.join(f.dir, 'documents.custodia'),
      operatorName: 'Ana Petrović',
      passphrase: PASSPHRASE,
    }),
  );
  const c = ok(
    await f.ipc.invoke('case:create', {
      fields: { reference: 'ITCG-2026-0061', title: 'Икона Св. Никола', openedOn: '2026-02-01' },
    }),
  );
  const o = ok(
    await f.ipc.invoke('object:create', {
      caseId: c.id,
      fields: { exhibitNumber: 'E-1', typeL1: 'religious', title: 'Icon of St Nicholas' },
    }),
  );
  return { f, caseId: c.id, objectId: o.id };
}

/** Picks `files` in the (test) document dialog, as the renderer would. */
async function pick(f: IpcFixture, files: string[]) {
  f.services.dialogs.openDocuments = async () => files;
  return ok(await f.ipc.invoke('dialog:open-documents', {}));
}

describe('document channels', () => {
  it('adds only a file chosen in the document dialog, once, and serves it back', async () => {
    const { f, caseId, objectId } = await openCase();
    const file = path.join(tempDir(), 'izvozna-dozvola.pdf');
    fs.writeFileSync(file, licencePdf);
    const fields = { type: 'export-licence', number: '114/1968', objectIds: [objectId] };

    expect(await f.ipc.invoke('document:add', { caseId, path: file, fields })).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED' },
    });
    // A grant for photos does not open the door to documents.
    f.services.chosen.grant([file], 'photo');
    expect(await f.ipc.invoke('document:add', { caseId, path: file, fields })).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED' },
    });

    expect(await pick(f, [file])).toEqual({ paths: [file] });
    // A refusal only the core can make (an unknown type) keeps the file chosen for the retry,
    // and stores nothing.
    const unknownType = { ...fields, type: 'papyrus-scroll' };
    expect(
      await f.ipc.invoke('document:add', { caseId, path: file, fields: unknownType }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(ok(await f.ipc.invoke('document:list', { caseId }))).toEqual([]);
    const added = ok(await f.ipc.invoke('document:add', { caseId, path: file, fields }));
    expect(added).toMatchObject({
      caseId,
      objectIds: [objectId],
      file: {
        name: 'izvozna-dozvola.pdf',
        mediaType: 'application/pdf',
        sha256: createHash('sha256').update(licencePdf).digest('hex'),
      },
      text: { status: 'extracted', pages: 1 },
    });
    // The grant was used up.
    expect(await f.ipc.invoke('document:add', { caseId, path: file, fields })).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED' },
    });

    expect(ok(await f.ipc.invoke('document:list', { caseId, objectId })).map((d) => d.id)).toEqual([
      added.id,
    ]);
    expect(ok(await f.ipc.invoke('document:get', { id: added.id }))).toEqual(added);
    expect(ok(await f.ipc.invoke('document:verify', { id: added.id }))).toMatchObject({
      documentId: added.id,
      ok: true,
      sha256: added.file?.sha256,
    });
    const content = ok(await f.ipc.invoke('document:content', { id: added.id }));
    expect(content.dataUrl?.startsWith('data:application/pdf;base64,')).toBe(true);
    expect(content.text).toContain('Икона Св. Никола');

    const found = ok(
      await f.ipc.invoke('search:all', { query: 'ikona', caseId, kinds: ['document'] }),
    );
    expect(found.groups.map((g) => g.hits.map((h) => h.entityId))).toEqual([[added.id]]);

    const edited = ok(
      await f.ipc.invoke('document:update', {
        id: added.id,
        version: 1,
        fields: { ...fields, assessment: { status: 'doubtful', reason: 'Stamp illegible' } },
      }),
    );
    expect(edited).toMatchObject({ version: 2, assessment: { status: 'doubtful' } });
    expect(
      await f.ipc.invoke('document:update', { id: added.id, version: 1, fields }),
    ).toMatchObject({ ok: false, error: { code: 'EDIT_CONFLICT' } });
  });

  it('records a document, then attaches its picked file once', async () => {
    const { f, caseId } = await openCase();
    const recorded = ok(
      await f.ipc.invoke('document:record', {
        caseId,
        fields: { type: 'invoice', number: 'R-17/2009' },
      }),
    );
    expect(recorded).toMatchObject({ file: null, text: { status: 'no_file' } });
    expect(
      await f.ipc.invoke('document:record', { caseId, fields: { type: 'papyrus' } }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    const dir = tempDir();
    const invoice = path.join(dir, 'invoice.txt');
    const other = path.join(dir, 'other.txt');
    fs.writeFileSync(invoice, 'Invoice R-17/2009: icon, 12,000 EUR');
    fs.writeFileSync(other, 'Another paper');
    await pick(f, [invoice, other, dir]);
    const attached = ok(
      await f.ipc.invoke('document:attach-file', { id: recorded.id, version: 1, path: invoice }),
    );
    expect(attached).toMatchObject({
      version: 2,
      file: { name: 'invoice.txt', mediaType: 'text/plain' },
      text: { status: 'extracted' },
    });
    expect(
      await f.ipc.invoke('document:attach-file', { id: recorded.id, version: 2, path: other }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    // A folder is not a file, even when it was handed out.
    expect(await f.ipc.invoke('document:add', { caseId, path: dir, fields: {} })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
