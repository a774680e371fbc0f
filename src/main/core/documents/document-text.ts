import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TEXT_STATUSES } from '../../../shared/domain/document';

export type TextStatus = (typeof TEXT_STATUSES)[number];

export interface ExtractedText {
  status: TextStatus;
  /** Pages read (PDF); 0 for other files. */
  pages: number;
  text: string;
}

/** Larger files are stored but not parsed: pdf.js holds a whole file and its objects in memory. */
export const MAX_EXTRACT_BYTES = 64 * 1024 * 1024;
/** Text kept per document; reading stops there (a 1,000-page catalogue is about this much). */
export const MAX_TEXT_CHARS = 2_000_000;
/** Pages read per PDF: past this, a file is more likely built to exhaust memory than a record. */
export const MAX_PDF_PAGES = 5_000;

const PLAIN_TEXT = new Set([
  'text/plain',
  'text/csv',
  'text/tab-separated-values',
  'text/markdown',
]);

/**
 * The text of a document's file for search and display: the text layer of a PDF (read with
 * pdf.js, no rendering), or a plain-text or CSV file as UTF-8. Anything else (images, scans,
 * office files) is 'not_extractable'; a PDF without a text layer (a scan) is 'no_text'.
 *
 * The file is untrusted: pdf.js runs with eval, system fonts, font loading and every fetch turned
 * off, and whatever goes wrong while reading ends as status 'failed', never as an exception, so
 * that a damaged PDF can still be stored as evidence.
 */
export async function documentText(bytes: Uint8Array, mediaType: string): Promise<ExtractedText> {
  const type = mediaType.split(';')[0]!.trim().toLowerCase();
  if (bytes.length > MAX_EXTRACT_BYTES) return { status: 'not_extractable', pages: 0, text: '' };
  try {
    if (type === 'application/pdf') return await pdfText(bytes);
    if (PLAIN_TEXT.has(type)) return plainText(bytes);
  } catch {
    return { status: 'failed', pages: 0, text: '' };
  }
  return { status: 'not_extractable', pages: 0, text: '' };
}

function plainText(bytes: Uint8Array): ExtractedText {
  // Invalid UTF-8 becomes U+FFFD rather than a refusal: most of a mis-encoded file still searches.
  const text = new TextDecoder('utf-8', { ignoreBOM: false })
    .decode(bytes.subarray(0, MAX_TEXT_CHARS * 4))
    .slice(0, MAX_TEXT_CHARS);
  return { status: text.trim() === '' ? 'no_text' : 'extracted', pages: 0, text };
}

type PdfJs = typeof PdfJsModule;
let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js, loaded on first use. Its worker code runs in this thread ("fake worker"): handing it
 * the module directly, rather than letting pdf.js import it by URL, keeps it working inside the
 * app's asar archive and in the CLI alike.
 */
function loadPdfJs(): Promise<PdfJs> {
  if (!loading) {
    loading = (async () => {
      const [pdfjs, worker] = await Promise.all([
        import('pdfjs-dist/legacy/build/pdf.mjs'),
        import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
      ]);
      const host = globalThis as { pdfjsWorker?: unknown };
      host.pdfjsWorker ??= worker;
      return pdfjs;
    })();
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

async function pdfText(bytes: Uint8Array): Promise<ExtractedText> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given (it is transferred); give it a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const pdf = await task.promise;
    const pages = Math.min(pdf.numPages, MAX_PDF_PAGES);
    const texts: string[] = [];
    let length = 0;
    let read = 0;
    for (let n = 1; n <= pages && length < MAX_TEXT_CHARS; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const text = content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .replace(/[ \t]+\n/g, '\n')
        .trim();
      page.cleanup();
      texts.push(text);
      length += text.length + 2;
      read = n;
    }
    const text = texts.join('\n\n').slice(0, MAX_TEXT_CHARS);
    return { status: text.trim() === '' ? 'no_text' : 'extracted', pages: read, text };
  } finally {
    await task.destroy();
  }
}
