import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { bytesSource } from '../../src/main/core';
import { createCase } from '../../src/main/core/cases/cases';
import { createObject } from '../../src/main/core/objects';
import { addPhoto } from '../../src/main/core/photos';
import { REPORT_STEPS, type ReportStep } from '../../src/shared/domain/report';
import type { IpcResult } from '../../src/shared/ipc/define';
import { PASSPHRASE } from '../helpers/case-files';
import { ipcFixture, type IpcFixture } from './ipc-fixture';

/* The report channels: generation only into a path dialog:save-pdf handed out (spent when the
 * report is written, kept when the run is cancelled), progress as task:progress (task 'report')
 * in step order, cancel, the register, and verification of bytes and of a file chosen with
 * dialog:open-pdf. */

const fixtures: IpcFixture[] = [];
afterEach(() => {
  for (const f of fixtures.splice(0)) f.services.dispose();
});

function value<T>(r: IpcResult<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

async function unlockedCase(): Promise<{ f: IpcFixture; caseId: string }> {
  const f = ipcFixture();
  fixtures.push(f);
  value(
    await f.ipc.invoke('casefile:create', {
      path: path.join(f.dir, 'reports.custodia'),
      operatorName: 'Ana Petrović',
      passphrase: PASSPHRASE,
    }),
  );
  const session = f.services.workspace.session();
  const c = createCase(session, {
    reference: 'ITCG-2026-0092',
    title: 'Иконе из Шапца',
    openedOn: '2026-02-10',
  });
  const icon = createObject(session, c.id, { exhibitNumber: 'E-1', typeL1: 'religious' });
  const jpeg = await sharp({
    create: { width: 320, height: 240, channels: 3, background: '#6b4f2a' },
  })
    .jpeg()
    .toBuffer();
  await addPhoto(session, { objectId: icon.id, source: bytesSource('icon.jpg', jpeg) });
  return { f, caseId: c.id };
}

/** The report progress events received, as steps in order of arrival (repeats collapsed). */
function stepsOf(f: IpcFixture): ReportStep[] {
  const steps: ReportStep[] = [];
  for (const e of f.events) {
    if (e.event !== 'task:progress') continue;
    const p = e.payload as { task: string; step: ReportStep; done: number; total: number };
    expect(p.task).toBe('report');
    expect(p.done).toBeLessThanOrEqual(p.total);
    if (steps.at(-1) !== p.step) steps.push(p.step);
  }
  return steps;
}

async function choosePdf(f: IpcFixture, file: string): Promise<void> {
  f.services.dialogs.savePdf = async () => file;
  expect(value(await f.ipc.invoke('dialog:save-pdf', { suggestedName: 'dossier.pdf' }))).toEqual({
    path: file,
  });
}

describe('report channels', () => {
  it('generates only where dialog:save-pdf granted, reports progress by step, lists and verifies', async () => {
    const { f, caseId } = await unlockedCase();
    const target = path.join(f.dir, 'dossier.pdf');
    const params = { caseId, kind: 'dossier' as const };

    // No dialog: refused, nothing written or registered.
    expect(
      await f.ipc.invoke('report:generate', { jobId: randomUUID(), target, params }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    // A grant for another purpose does not count.
    f.services.chosen.grant([target], 'report-verify');
    expect(
      await f.ipc.invoke('report:generate', { jobId: randomUUID(), target, params }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    expect(fs.existsSync(target)).toBe(false);
    expect(value(await f.ipc.invoke('report:list', { caseId }))).toEqual([]);
    expect(stepsOf(f)).toEqual([]);

    await choosePdf(f, target);
    const result = value(
      await f.ipc.invoke('report:generate', { jobId: randomUUID(), target, params }),
    );
    expect(result.status).toBe('generated');
    if (result.status !== 'generated') return;
    const { report } = result;
    expect(result.path).toBe(target);
    const steps = stepsOf(f);
    expect(steps).toEqual(REPORT_STEPS.filter((s) => s !== 'images' || steps.includes('images')));
    expect(value(await f.ipc.invoke('report:list', { caseId })).map((r) => r.id)).toEqual([
      report.id,
    ]);
    expect(value(await f.ipc.invoke('report:list', {})).map((r) => r.id)).toEqual([report.id]);

    // The grant was spent: the same path again needs the dialog again.
    expect(
      await f.ipc.invoke('report:generate', { jobId: randomUUID(), target, params }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });

    // Dropped bytes: the file as written matches; one byte changed does not, and names the claim.
    const pdf = new Uint8Array(fs.readFileSync(target));
    expect(value(await f.ipc.invoke('report:verify-bytes', { bytes: pdf }))).toMatchObject({
      match: true,
      sha256: report.sha256,
      report: { id: report.id },
    });
    const altered = pdf.slice();
    const at = Buffer.from(altered).indexOf('stream', 0, 'latin1') + 20;
    altered[at] = (altered[at] as number) ^ 0x01;
    expect(value(await f.ipc.invoke('report:verify-bytes', { bytes: altered }))).toMatchObject({
      match: false,
      report: null,
      claimedId: report.id,
    });
    expect(await f.ipc.invoke('report:verify-bytes', { bytes: new Uint8Array(0) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });

    // A file: only one chosen with dialog:open-pdf (a save-pdf grant does not count).
    const copy = path.join(f.dir, 'received.pdf');
    fs.writeFileSync(copy, altered);
    f.services.chosen.grant([copy], 'pdf-export');
    expect(await f.ipc.invoke('report:verify-file', { path: copy })).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED' },
    });
    f.services.dialogs.openPdf = async () => copy;
    expect(value(await f.ipc.invoke('dialog:open-pdf', {}))).toEqual({
      path: copy,
    });
    expect(value(await f.ipc.invoke('report:verify-file', { path: copy }))).toMatchObject({
      match: false,
      claimedId: report.id,
    });
    f.services.dialogs.openPdf = async () => target;
    value(await f.ipc.invoke('dialog:open-pdf', {}));
    expect(value(await f.ipc.invoke('report:verify-file', { path: target }))).toMatchObject({
      match: true,
      report: { id: report.id },
    });
  });

  it('report:cancel mid-run: cancelled, nothing written or registered, and the grant kept', async () => {
    const { f, caseId } = await unlockedCase();
    const target = path.join(f.dir, 'cancelled.pdf');
    const params = { caseId, kind: 'dossier' as const };
    await choosePdf(f, target);

    expect(value(await f.ipc.invoke('report:cancel', { jobId: randomUUID() }))).toEqual({
      cancelled: false,
    });
    const jobId = randomUUID();
    const send = f.services.notify.send.bind(f.services.notify);
    const cancels: Array<Promise<IpcResult<{ cancelled: boolean }>>> = [];
    f.services.notify.send = (event, payload) => {
      send(event, payload);
      if (event === 'task:progress' && (payload as { step: string }).step === 'layout') {
        if (cancels.length === 0) cancels.push(f.ipc.invoke('report:cancel', { jobId }));
      }
    };
    const result = value(await f.ipc.invoke('report:generate', { jobId, target, params }));
    expect(result).toEqual({ status: 'cancelled' });
    expect(cancels).toHaveLength(1);
    expect(value(await (cancels[0] as Promise<IpcResult<{ cancelled: boolean }>>))).toEqual({
      cancelled: true,
    });
    expect(stepsOf(f)).not.toContain('record');
    expect(fs.existsSync(target)).toBe(false);
    expect(value(await f.ipc.invoke('report:list', { caseId }))).toEqual([]);

    // The grant is kept: the same path, without a new dialog, now generates.
    f.services.notify.send = send;
    const again = value(
      await f.ipc.invoke('report:generate', { jobId: randomUUID(), target, params }),
    );
    expect(again.status).toBe('generated');
    expect(fs.existsSync(target)).toBe(true);
    expect(value(await f.ipc.invoke('report:list', { caseId }))).toHaveLength(1);
  });
});
