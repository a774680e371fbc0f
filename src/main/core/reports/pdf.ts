import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { DocDefinition, FontDescriptor, PdfMake } from 'pdfmake';

let loading: Promise<PdfMake> | undefined;

/**
 * Liberation Sans (SIL Open Font License), as shipped with pdfjs-dist (a dependency: it reads the
 * text of documents): metric-compatible with Arial, with Latin Extended, Cyrillic and arrows.
 */
function liberationSans(): FontDescriptor {
  const dir = path.join(
    path.dirname(createRequire(__filename).resolve('pdfjs-dist/package.json')),
    'standard_fonts',
  );
  const file = (style: string) => path.join(dir, `LiberationSans-${style}.ttf`);
  return {
    normal: file('Regular'),
    bold: file('Bold'),
    italics: file('Italic'),
    bolditalics: file('BoldItalic'),
  };
}

/**
 * pdfmake, loaded on first use (it costs ~0.2 s, which the CLI and app start should not pay) and
 * configured once for every report: Roboto and Liberation Sans (both Latin with the region's
 * diacritics and Cyrillic; Liberation Sans also has arrows and the other signs reports print, and
 * is the reports' font) are read into pdfmake's in-memory file system and embedded, and the URL
 * and local-file access
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
      const fonts = { ...roboto, LiberationSans: liberationSans() };
      for (const family of Object.values(fonts)) {
        for (const file of Object.values(family)) {
          if (!pdfmake.virtualfs.existsSync(file)) {
            pdfmake.virtualfs.writeFileSync(file, fs.readFileSync(file));
          }
        }
      }
      pdfmake.addFonts(fonts);
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
  files: Record<string, Uint8Array> = {},
): Promise<Buffer> {
  const pdfmake = await configuredPdfMake();
  // Images handed over as bytes (the document's `images` name them): read by pdfmake from its
  // in-memory file system, with no base64 round trip, and removed once the PDF is made.
  for (const [name, bytes] of Object.entries(files)) {
    pdfmake.virtualfs.writeFileSync(
      name,
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    );
  }
  // createPdf copies the instance's callback into this document's options at once, so setting
  // it just before and clearing it just after concerns this document only.
  pdfmake.setProgressCallback(onProgress);
  try {
    return await pdfmake.createPdf(doc).getBuffer();
  } finally {
    pdfmake.setProgressCallback(undefined);
    // virtual-fs.js keeps files in `storage`, keyed by name; it has no remove of its own.
    const storage = (pdfmake.virtualfs as unknown as { storage: Record<string, unknown> }).storage;
    for (const name of Object.keys(files)) delete storage[name];
  }
}
