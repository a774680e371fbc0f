import type { DocDefinition } from 'pdfmake';
import { ACCENT, INK, MARGIN_X, MUTED, PAGE_MARGINS, RULE, type Node } from './blocks';
import type { ReportMeta, ReportModel } from './model';
import type { ReportWording } from './print-wording';

/**
 * The frame every report is printed in: metadata (title, author, subject, the report ID, the
 * creation date from the injected clock, never "now"), PDF/A-3b, embedded fonts only, optional
 * cover page and table of contents (whose entries are also the PDF's bookmarks), the running
 * header (case reference, classification marking, handling code) and footer (report ID, time of
 * generation and operator, page X of Y). A pure function: the same model gives the same
 * document, and rendered, the same bytes.
 */

/** What a report kind's builder returns for the frame to print. */
export interface BuiltReport {
  /** The body; sections use h1/h2 from blocks.ts so they enter the contents and bookmarks. */
  content: Node[];
  /** The section headings printed, in order (recorded in the register). */
  headings: string[];
  /** A cover page (title, case, classification, who and when, the verification note). */
  cover: boolean;
  /** A table of contents after the cover (and bookmarks). */
  toc: boolean;
  /** Title on the cover and in the metadata; default: the kind's name. */
  title?: string;
  /** A line under the title on the cover (e.g. the requested State). */
  subtitle?: string;
}

export type ReportBuilder<B = unknown> = (model: ReportModel<B>, w: ReportWording) => BuiltReport;

/** The classification marking in the report's language(s), upper case; '' when unclassified. */
export function marking(meta: ReportMeta, w: ReportWording): string {
  if (meta.classification === 'unclassified' || meta.classification === '') return '';
  return w.term('classification', meta.classification, meta.classificationLabel).toUpperCase();
}

function coverPage(meta: ReportMeta, built: BuiltReport, w: ReportWording): Node[] {
  const mark = marking(meta, w);
  const title = built.title ?? w.both((t) => t.kind[meta.kind]);
  const row = (label: string, value: string): Node[] => [
    { text: label, style: 'label' },
    { text: value },
  ];
  const rows: Node[][] = [
    row(
      w.both((t) => t.frame.case),
      `${meta.caseReference} — ${meta.caseTitle}`,
    ),
  ];
  if (meta.unit !== '')
    rows.push(
      row(
        w.both((t) => t.frame.unit),
        meta.unit,
      ),
    );
  if (meta.prosecutor !== '')
    rows.push(
      row(
        w.both((t) => t.frame.prosecutor),
        meta.prosecutor,
      ),
    );
  if (meta.prosecutionReference !== '') {
    rows.push(
      row(
        w.both((t) => t.frame.prosecutionReference),
        meta.prosecutionReference,
      ),
    );
  }
  rows.push(
    row(
      w.both((t) => t.frame.preparedBy),
      meta.operator,
    ),
  );
  rows.push(
    row(
      w.both((t) => t.frame.generated),
      w.dateTime(meta.generatedAt),
    ),
  );
  rows.push(
    row(
      w.both((t) => t.frame.reportId),
      meta.reportId,
    ),
  );
  return [
    mark === ''
      ? { text: '' }
      : { text: mark, style: 'coverMarking', alignment: 'center', margin: [0, 0, 0, 4] },
    {
      text: w.both((t) => t.frame.handling, { code: meta.handlingCode }),
      alignment: 'center',
      style: 'small',
      color: MUTED,
      margin: [0, 0, 0, 120],
    },
    { text: title, style: 'coverTitle' },
    built.subtitle ? { text: built.subtitle, style: 'coverSubtitle' } : { text: '' },
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: 140, y2: 0, lineWidth: 2, lineColor: ACCENT }],
      margin: [0, 14, 0, 18],
    },
    {
      table: { widths: [150, '*'], body: rows },
      layout: {
        hLineWidth: () => 0.4,
        vLineWidth: () => 0,
        hLineColor: () => RULE,
        paddingLeft: () => 0,
        paddingTop: () => 4,
        paddingBottom: () => 4,
      },
    },
    {
      text: w.all((t) => t.frame.verification).join('\n\n'),
      style: 'small',
      color: MUTED,
      margin: [0, 40, 0, 0],
      pageBreak: 'after',
    },
  ];
}

/**
 * The body, without a page break before its first node when a cover or the contents already end
 * with one (a section that starts on a new page would otherwise leave a blank page).
 */
function startBody(built: BuiltReport): Node[] {
  const [first, ...rest] = built.content;
  if (!first || !(built.cover || built.toc) || first['pageBreak'] !== 'before')
    return built.content;
  const { pageBreak: _dropped, ...kept } = first;
  return [kept, ...rest];
}

/** The report as a pdfmake document definition, ready for `renderPdf`. */
export function frameDocument(
  model: ReportModel,
  built: BuiltReport,
  w: ReportWording,
): { doc: DocDefinition; pages: () => number; files: Record<string, Uint8Array> } {
  const { meta } = model;
  let pageCount = 0;
  const mark = marking(meta, w);
  const title = built.title ?? w.one((t) => t.kind[meta.kind]);
  // Photos go to pdfmake as bytes in its in-memory file system, named per report.
  const images: Record<string, string> = {};
  const files: Record<string, Uint8Array> = {};
  for (const [key, img] of Object.entries(model.images)) {
    const name = `custodia-report/${meta.reportId}/${key}.jpg`;
    images[key] = name;
    files[name] = img.jpeg;
  }
  const headerLeft = `${meta.caseReference} · ${meta.caseTitle}`;
  const headerRight = [mark, meta.handlingCode].filter((s) => s !== '').join(' · ');

  const content: Node[] = [
    ...(built.cover ? coverPage(meta, built, w) : []),
    ...(built.toc
      ? [
          {
            toc: { title: { text: w.both((t) => t.frame.contents), style: 'h1' }, outlines: true },
            pageBreak: 'after',
          },
        ]
      : []),
    ...startBody(built),
  ];

  const doc: DocDefinition = {
    pageSize: 'A4',
    pageMargins: [...PAGE_MARGINS],
    language: meta.language,
    version: '1.7',
    subset: 'PDF/A-3b',
    info: {
      title: `${title} — ${meta.caseReference}`,
      subject: meta.caseTitle,
      author: meta.unit !== '' ? meta.unit : 'Custodia',
      keywords: meta.reportId,
      creator: 'Custodia',
      producer: 'Custodia (pdfmake)',
      creationDate: new Date(meta.generatedAt),
      modDate: new Date(meta.generatedAt),
      ReportID: meta.reportId,
    },
    images,
    defaultStyle: { font: 'LiberationSans', fontSize: 9.5, lineHeight: 1.15, color: INK },
    styles: {
      h1: { fontSize: 14, bold: true, color: ACCENT, margin: [0, 10, 0, 6] },
      h2: { fontSize: 11.5, bold: true, margin: [0, 8, 0, 4] },
      h3: { fontSize: 10, bold: true, margin: [0, 6, 0, 3] },
      label: { color: MUTED, fontSize: 8.5 },
      th: { bold: true, fontSize: 8.5 },
      table: { fontSize: 8.5 },
      small: { fontSize: 8.5 },
      caption: { fontSize: 8, color: MUTED },
      handling: { fontSize: 7.5, color: MUTED, italics: true },
      coverMarking: { fontSize: 13, bold: true, characterSpacing: 2, color: '#991b1b' },
      coverTitle: { fontSize: 24, bold: true, color: ACCENT },
      coverSubtitle: { fontSize: 13, color: MUTED, margin: [0, 6, 0, 0] },
      header: { fontSize: 7.5, color: MUTED },
      headerMarking: { fontSize: 7.5, bold: true, characterSpacing: 1, color: '#991b1b' },
      footer: { fontSize: 7.5, color: MUTED },
    },
    header: (page: number) =>
      built.cover && page === 1
        ? null
        : {
            margin: [MARGIN_X, 26, MARGIN_X, 0],
            columns: [
              { text: headerLeft, style: 'header', width: '*' },
              { text: headerRight, style: 'headerMarking', alignment: 'right', width: 'auto' },
            ],
          },
    content,
    footer: (page: number, pages: number) => {
      pageCount = pages;
      return {
        margin: [MARGIN_X, 20, MARGIN_X, 0],
        columns: [
          { text: meta.reportId, style: 'footer', width: 'auto' },
          {
            text: w.one((t) => t.frame.footerGenerated, {
              at: w.dateTime(meta.generatedAt),
              operator: meta.operator,
            }),
            style: 'footer',
            alignment: 'center',
            width: '*',
          },
          {
            text: w.both((t) => t.frame.page, { page, pages }),
            style: 'footer',
            alignment: 'right',
            width: 'auto',
          },
        ],
      };
    },
  };
  return { doc, pages: () => pageCount, files };
}
