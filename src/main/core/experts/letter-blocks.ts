import { TEXTS, type Pick1, type Wording } from './letter-wording';

/**
 * The request letter's page geometry and palette, and the pdfmake building blocks its letter body
 * and Object ID sheets share: template text side by side in the letter's languages, headings,
 * bilingual field labels, typed values (or "not recorded") and the two-column field table.
 */

// A4 with 2 cm side margins.
export const MARGIN_X = 56.7;
export const PAGE_MARGINS = [MARGIN_X, 50, MARGIN_X, 50] as const;
export const CONTENT_WIDTH = 595.28 - 2 * MARGIN_X;
export const COLUMN_GAP = 18;
export const INK = '#111827';
export const MUTED = '#4b5563';
export const SECOND = '#1f2937';
export const RULE = '#9ca3af';
export const PHOTO_HEIGHT = 190;

export type Node = Record<string, unknown>;

/** Template text side by side, language 1 | language 2 (or once, when monolingual). */
export function parallel(w: Wording, texts: string[], style: Node = {}, margin?: number[]): Node {
  if (!w.bilingual) return { text: texts[0], ...style, ...(margin ? { margin } : {}) };
  return {
    columns: texts.map((text, i) => ({
      width: '*',
      text,
      ...style,
      ...(i === 1 ? { color: SECOND } : {}),
    })),
    columnGap: COLUMN_GAP,
    ...(margin ? { margin } : {}),
  };
}

export function heading(w: Wording, pick: Pick1): Node {
  return parallel(w, w.all(pick), { style: 'heading' }, [0, 9, 0, 3]);
}

/** A field's label: the first language, the second beneath it in grey. */
export function label(w: Wording, pick: Pick1): Node {
  const [first, second] = w.all(pick);
  if (!w.bilingual || first === second) return { text: first, style: 'label' };
  return {
    stack: [
      { text: first, style: 'label' },
      { text: second, style: 'label', color: MUTED, italics: true, fontSize: 8 },
    ],
  };
}

export const notRecorded = (w: Wording): Node => ({
  text: w.joined((l) => TEXTS[l].notRecorded),
  color: MUTED,
  italics: true,
});

/** Plain text as typed, or "not recorded". */
export function value(w: Wording, text: string | null | undefined): Node {
  return text && text.trim() !== '' ? { text } : notRecorded(w);
}

export function fieldTable(rows: Array<[Node, Node]>, labelWidth: number): Node {
  return {
    table: { widths: [labelWidth, '*'], body: rows },
    layout: {
      hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
        i === 0 || i === node.table.body.length ? 0.8 : 0.4,
      vLineWidth: () => 0,
      hLineColor: (i: number, node: { table: { body: unknown[] } }) =>
        i === 0 || i === node.table.body.length ? INK : RULE,
      paddingLeft: () => 0,
      paddingRight: () => 8,
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
  };
}
