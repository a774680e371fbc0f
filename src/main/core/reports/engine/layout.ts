import { BUILDERS } from '../kinds/builders';
import { renderPdf } from '../pdf';
import { frameDocument } from './frame';
import type { ReportModel } from './model';
import { ReportWording } from './print-wording';

export interface LaidOut {
  pdf: Uint8Array;
  pages: number;
  headings: string[];
  /** The report's title as printed (the kind's name in the first language, or the builder's). */
  title: string;
}

/**
 * Lays out and renders one report: the kind's builder (pure) makes the body, the frame adds
 * cover, contents, header and footer, pdfmake renders. Runs in the render worker (and in the
 * calling thread when no worker can be started). `onProgress` gets the fraction rendered.
 */
export async function layoutReport(
  model: ReportModel,
  onProgress?: (fraction: number) => void,
): Promise<LaidOut> {
  const w = new ReportWording(model.meta.language, model.meta.secondLanguage);
  const built = BUILDERS[model.meta.kind](model, w);
  const { doc, pages, files } = frameDocument(model, built, w);
  const pdf = await renderPdf(doc, onProgress, files);
  return {
    pdf,
    pages: pages(),
    headings: built.headings,
    title: built.title ?? w.one((t) => t.kind[model.meta.kind]),
  };
}
