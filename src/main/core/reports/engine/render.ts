import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CaseFileError, CaseFileErrorCode } from '../../support/errors';
import { layoutReport, type LaidOut } from './layout';
import type { ReportModel } from './model';

/** Thrown (and turned into a `cancelled` result) when a run is cancelled. */
export class ReportCancelled extends Error {
  constructor() {
    super('The report was cancelled.');
  }
}

/**
 * Where the render worker's entry is: next to the built main bundle (out/main/render-worker.js,
 * an entry of electron.vite.config.ts), or, running from sources (tsx, vitest), the bootstrap
 * that registers tsx first.
 */
function workerFile(): string {
  return __filename.endsWith('.ts')
    ? path.join(__dirname, 'render-worker-dev.cjs')
    : path.join(__dirname, 'render-worker.js');
}

/**
 * Lays out and renders `model` in a worker thread, reporting progress and stopping (the worker
 * terminated, nothing returned) when `signal` aborts. Where no worker entry exists the work is
 * done in this thread, still with progress and cancel between steps.
 */
export async function renderReport(
  model: ReportModel,
  opts: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<LaidOut> {
  if (opts.signal?.aborted) throw new ReportCancelled();
  const file = workerFile();
  if (!fs.existsSync(file)) {
    const out = await layoutReport(model, opts.onProgress);
    if (opts.signal?.aborted) throw new ReportCancelled();
    return out;
  }
  return new Promise<LaidOut>((resolve, reject) => {
    const worker = new Worker(file);
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      opts.signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = () => {
      settle(() => reject(new ReportCancelled()));
      void worker.terminate();
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on(
      'message',
      (
        m:
          | { type: 'progress'; fraction: number }
          | ({ type: 'done' } & LaidOut)
          | { type: 'error'; message: string },
      ) => {
        if (m.type === 'progress') opts.onProgress?.(m.fraction);
        else if (m.type === 'done') {
          settle(() => resolve({ ...m, pdf: new Uint8Array(m.pdf) }));
          void worker.terminate();
        } else {
          settle(() =>
            reject(
              new CaseFileError(
                CaseFileErrorCode.FileSystem,
                `The report could not be laid out: ${m.message}`,
              ),
            ),
          );
          void worker.terminate();
        }
      },
    );
    worker.on('error', (e) =>
      settle(() =>
        reject(
          new CaseFileError(CaseFileErrorCode.FileSystem, `The report worker failed: ${e.message}`),
        ),
      ),
    );
    worker.on('exit', (code) =>
      settle(() =>
        reject(
          new CaseFileError(
            CaseFileErrorCode.FileSystem,
            `The report worker stopped unexpectedly (exit code ${code}).`,
          ),
        ),
      ),
    );
    worker.postMessage(model);
  });
}
