import fs from 'node:fs';
import type { DocDefinition, PdfMake } from 'pdfmake';

let loading: Promise<PdfMake> | undefined;

/**
 * pdfmake, loaded on first use (it costs ~0.2 s, which the CLI and app start should not pay) and
 * configured once for every report: Roboto (Latin with the region's diacritics, and Cyrillic) is
 * read into pdfmake's in-memory file system and embedded, and the URL and local-file access
 * policies refuse everything, so a document definition can make pdfmake neither fetch a URL nor
 * read a file from disk.
 */
function configuredPdfMake(): Promise<PdfMake> {
  if (!loading) {
    loading = (async () => {
      const [{ default: pdfmake }, { default: roboto }] = await Promise.all([
        import('pdfmake'),
        import('pdfmake/fonts/Roboto.js'),
      ]);
      for (const file of Object.values(roboto.Roboto)) {
        if (!pdfmake.virtualfs.existsSync(file)) {
          pdfmake.virtualfs.writeFileSync(file, fs.readFileSync(file));
        }
      }
      pdfmake.addFonts(roboto);
      pdfmake.setUrlAccessPolicy(() => false);
      pdfmake.setLocalAccessPolicy(() => false);
      return pdfmake;
    })();
    // A failed load (e.g. a missing font file) is retried next time rather than cached.
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

/**
 * Renders a document definition to PDF bytes, in memory. `onProgress` gets the fraction of the
 * laid-out items drawn (pdfmake's progress callback), for the report runs' progress bars.
 */
export async function renderPdf(
  doc: DocDefinition,
  onProgress?: (fraction: number) => void,
): Promise<Buffer> {
  const pdfmake = await configuredPdfMake();
  // createPdf copies the instance's callback into this document's options at once, so setting
  // it just before and clearing it just after concerns this document only.
  pdfmake.setProgressCallback(onProgress);
  try {
    return await pdfmake.createPdf(doc).getBuffer();
  } finally {
    pdfmake.setProgressCallback(undefined);
  }
}
