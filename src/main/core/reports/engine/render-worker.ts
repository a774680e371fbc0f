import { parentPort } from 'node:worker_threads';
import { layoutReport } from './layout';
import type { ReportModel } from './model';

/**
 * The render worker: lays out and renders one report off the main thread (pdfmake's layout of
 * a large dossier takes seconds of CPU; the app's main process must keep answering meanwhile).
 * Receives the report model, posts progress (at most every 2 %) and then the PDF bytes, or the
 * error. The caller cancels by terminating the worker.
 */
const port = parentPort;
if (port) {
  port.once('message', (model: ReportModel) => {
    let last = 0;
    layoutReport(model, (fraction) => {
      if (fraction - last >= 0.02 || fraction === 1) {
        last = fraction;
        port.postMessage({ type: 'progress', fraction });
      }
    }).then(
      (out) => port.postMessage({ type: 'done', ...out }, [out.pdf.buffer as ArrayBuffer]),
      (e: unknown) =>
        port.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  });
}
