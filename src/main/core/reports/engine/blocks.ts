import type { ReportImage } from './model';

/**
 * The report engine's building blocks (pdfmake content nodes), shared by every report kind:
 * page geometry and palette, section headings that enter the table of contents and the PDF
 * bookmarks, field tables, data tables with a repeated header row, photos fitted to a box. Pure
 * functions of their arguments.
 */

// A4 with 2 cm side margins; room at top and bottom for the running header and footer.
export const MARGIN_X = 56.7;
export const PAGE_MARGINS = [MARGIN_X, 62, MARGIN_X, 58] as const;
export const PAGE_WIDTH = 595.28;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
export const INK = '#111827';
export const MUTED = '#4b5563';
export const RULE = '#9ca3af';
export const SHADE = '#f3f4f6';
export const ACCENT = '#1e3a5f';

export type Node = Record<string, unknown>;

/**
 * A section heading (level 1): in the table of contents and, through it, a PDF bookmark.
 * `pageBreak` starts it on a new page (major sections of a dossier).
 */
export function h1(text: string, opts: { pageBreak?: boolean; id?: string } = {}): Node {
  return {
    text,
    style: 'h1',
    headlineLevel: 1,
    tocItem: true,
    tocStyle: { bold: true },
    ...(opts.id ? { id: opts.id } : {}),
    ...(opts.pageBreak ? { pageBreak: 'before' } : {}),
  };
}

/** A sub-heading (level 2): in the table of contents, indented. */
export function h2(text: string, opts: { pageBreak?: boolean; id?: string } = {}): Node {
  return {
    text,
    style: 'h2',
    headlineLevel: 2,
    tocItem: true,
    tocMargin: [14, 0, 0, 0],
    ...(opts.id ? { id: opts.id } : {}),
    ...(opts.pageBreak ? { pageBreak: 'before' } : {}),
  };
}

/**
 * A heading kept on one page with the start of what it introduces (pdfmake cannot keep a heading
 * with the next node by itself; its page-break hook re-lays out the whole document per break,
 * far too slow for a 300-object dossier). `first` should be short: a paragraph, a few rows.
 */
export const keepWithNext = (heading: Node, first: Node): Node => ({
  stack: [heading, first],
  unbreakable: true,
});

/** A heading not in the table of contents. */
export const h3 = (text: string): Node => ({ text, style: 'h3', headlineLevel: 3 });

export const para = (text: string, extra: Node = {}): Node => ({
  text,
  margin: [0, 0, 0, 6],
  ...extra,
});

export const muted = (text: string, extra: Node = {}): Node => ({
  text,
  color: MUTED,
  italics: true,
  margin: [0, 0, 0, 6],
  ...extra,
});

/** Typed text, or the placeholder (e.g. "not recorded") when empty. */
export function valueOr(text: string | null | undefined, placeholder: string): Node {
  return text !== null && text !== undefined && text.trim() !== ''
    ? { text }
    : { text: placeholder, color: MUTED, italics: true };
}

const ruled = {
  hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
    i === 0 || i === node.table.body.length ? 0.8 : 0.4,
  vLineWidth: () => 0,
  hLineColor: (i: number, node: { table: { body: unknown[] } }) =>
    i === 0 || i === node.table.body.length ? INK : RULE,
  paddingLeft: () => 0,
  paddingRight: () => 8,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** Label | value rows (an Object ID sheet, a party's particulars). */
export function fields(rows: Array<[string, Node | string]>, labelWidth = 140): Node {
  return {
    table: {
      widths: [labelWidth, '*'],
      body: rows.map(([label, v]) => [
        { text: label, style: 'label' },
        typeof v === 'string' ? { text: v } : v,
      ]),
    },
    layout: ruled,
    margin: [0, 2, 0, 8],
  };
}

/**
 * A data table: a shaded header row repeated on every page, then one row per record. Cells may
 * be strings or nodes. `widths` per column ('*', 'auto' or points).
 */
export function grid(
  headers: string[],
  rows: Array<Array<Node | string>>,
  widths: Array<number | string>,
  extra: Node = {},
): Node {
  return {
    table: {
      headerRows: 1,
      widths,
      dontBreakRows: true,
      body: [
        headers.map((h) => ({ text: h, style: 'th' })),
        ...rows.map((r) => r.map((c) => (typeof c === 'string' ? { text: c } : c))),
      ],
    },
    layout: {
      fillColor: (i: number) => (i === 0 ? SHADE : null),
      hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
        i === 0 || i === 1 || i === node.table.body.length ? 0.8 : 0.3,
      vLineWidth: () => 0,
      hLineColor: (i: number) => (i <= 1 ? INK : RULE),
      paddingLeft: () => 3,
      paddingRight: () => 3,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
    style: 'table',
    margin: [0, 2, 0, 10],
    ...extra,
  };
}

/** A photo fitted into `width` × `height` points, keeping its proportions. */
export function photo(key: string, image: ReportImage, width: number, height: number): Node {
  const scale = Math.min(width / image.width, height / image.height);
  return { image: key, width: image.width * scale, height: image.height * scale };
}

/**
 * Photos in rows of `perRow`, each with its caption beneath, fitted to equal boxes. Photos not in
 * `images` (not prepared) are skipped.
 */
export function photoRows(
  items: Array<{ key: string; caption: string }>,
  images: Record<string, ReportImage>,
  perRow = 2,
  boxHeight = 170,
): Node[] {
  const gap = 12;
  const boxWidth = (CONTENT_WIDTH - gap * (perRow - 1)) / perRow;
  const present = items.filter((i) => images[i.key] !== undefined);
  const rows: Node[] = [];
  for (let i = 0; i < present.length; i += perRow) {
    const slice = present.slice(i, i + perRow);
    rows.push({
      columns: [
        ...slice.map((p) => ({
          width: boxWidth,
          stack: [
            photo(p.key, images[p.key]!, boxWidth, boxHeight),
            { text: p.caption, style: 'caption', margin: [0, 2, 0, 0] },
          ],
        })),
        ...Array.from({ length: perRow - slice.length }, () => ({ width: boxWidth, text: '' })),
      ],
      columnGap: gap,
      margin: [0, 4, 0, 8],
      unbreakable: true,
    });
  }
  return rows;
}

/** A note of the handling code under which a section may be passed on. */
export const handlingNote = (text: string): Node => ({
  text,
  style: 'handling',
  margin: [0, -2, 0, 6],
});
