import type { DocDefinition } from 'pdfmake';
import { renderPdf } from '../reports/pdf';

/**
 * The papers of the demo (licences, statements, invoices, inventories) as small PDFs drawn here
 * with pdfmake, never downloaded: a letterhead, a title, the particulars as a table, the text and
 * a stamp line. pdf.js reads their text on ingest, so the demo's documents are searchable like
 * real ones, in Latin and Cyrillic.
 */
export interface DemoPaper {
  /** The file name the document keeps. */
  name: string;
  letterhead: string[];
  title: string;
  particulars: Array<[string, string]>;
  body: string[];
  /** The signature or stamp line at the foot. */
  stamp: string;
}

const PAPER_DATE = '2026-01-01T00:00:00Z';

function definition(paper: DemoPaper): DocDefinition {
  return {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 64],
    // A fixed creation date: the same demo makes the same files, hashes and audit entries.
    info: { title: paper.title, creator: 'Custodia demo', creationDate: new Date(PAPER_DATE) },
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.25 },
    content: [
      ...paper.letterhead.map((line, i) => ({
        text: line,
        bold: i === 0,
        fontSize: i === 0 ? 12 : 9.5,
        alignment: 'center' as const,
      })),
      {
        canvas: [{ type: 'line', x1: 0, y1: 6, x2: 483, y2: 6, lineWidth: 0.8 }],
        margin: [0, 0, 0, 14],
      },
      { text: paper.title, bold: true, fontSize: 14, alignment: 'center', margin: [0, 0, 0, 12] },
      {
        table: {
          widths: [150, '*'],
          body: paper.particulars.map(([k, v]) => [{ text: k, bold: true }, v]),
        },
        layout: 'lightHorizontalLines',
        margin: [0, 0, 0, 14],
      },
      ...paper.body.map((text) => ({
        text,
        margin: [0, 0, 0, 8] as [number, number, number, number],
      })),
      { text: paper.stamp, italics: true, margin: [0, 28, 0, 0], alignment: 'right' },
    ],
  } as DocDefinition;
}

export function paperPdf(paper: DemoPaper): Promise<Buffer> {
  return renderPdf(definition(paper));
}
