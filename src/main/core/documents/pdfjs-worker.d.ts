/** pdf.js ships no types for its worker; it is only handed back to pdf.js (document-text.ts). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
