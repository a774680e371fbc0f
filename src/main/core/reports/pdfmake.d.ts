/**
 * The part of pdfmake 0.3's server-side API (node_modules/pdfmake/js/index.js, base.js) that the
 * reports use. pdfmake ships no types and @types/pdfmake describes 0.2.
 */
declare module 'pdfmake' {
  /** A pdfmake document definition (https://pdfmake.github.io/docs/); kept open on purpose. */
  export type DocDefinition = Record<string, unknown>;

  export interface FontDescriptor {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }

  export interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }

  export interface PdfMake {
    /** In-memory files; fonts found here are read without touching the disk policy. */
    readonly virtualfs: {
      existsSync(name: string): boolean;
      writeFileSync(name: string, content: Buffer): void;
    };
    addFonts(fonts: Record<string, FontDescriptor>): void;
    setUrlAccessPolicy(allow: ((url: string) => boolean) | undefined): void;
    setLocalAccessPolicy(allow: ((path: string) => boolean) | undefined): void;
    createPdf(doc: DocDefinition, options?: Record<string, unknown>): OutputDocument;
    setProgressCallback(callback: ((fraction: number) => void) | undefined): void;
  }

  const pdfmake: PdfMake;
  export default pdfmake;
}

declare module 'pdfmake/fonts/Roboto.js' {
  import type { FontDescriptor } from 'pdfmake';

  /** Absolute paths of the Roboto files shipped with pdfmake (Latin, Cyrillic, Greek). */
  const fonts: { Roboto: FontDescriptor };
  export default fonts;
}
