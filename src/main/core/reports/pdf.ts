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

/** Renders a document definition to PDF bytes, in memory. */
export async function renderPdf(doc: DocDefinition): Promise<Buffer> {
  return (await configuredPdfMake()).createPdf(doc).getBuffer();
}
