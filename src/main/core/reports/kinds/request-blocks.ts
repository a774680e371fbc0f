import type { Language } from '../../../../shared/ipc/schemas';
import { ACCENT, CONTENT_WIDTH, INK, MUTED, RULE, type Node } from '../engine/blocks';
import { fill } from '../engine/wording';
import type { RequestPick, RequestWording } from './request-wording';

/**
 * Building blocks of the international requests (pure): template text side by side in the
 * request's two languages (once when monolingual), numbered section headings, bilingual field
 * labels, typed values printed once, the header block and the signature block.
 */
export const COLUMN_GAP = 16;
const SECOND = '#374151';

/** Texts side by side, language 1 | language 2 (or the first alone, when monolingual). */
export function parallel(
  w: RequestWording,
  texts: string[],
  style: Node = {},
  margin?: number[],
): Node {
  const m = margin ? { margin } : {};
  if (!w.bilingual || texts[0] === texts[1]) return { text: texts[0], ...style, ...m };
  return {
    columns: texts.map((text, i) => ({
      width: '*',
      text,
      ...style,
      ...(i === 1 ? { color: SECOND } : {}),
    })),
    columnGap: COLUMN_GAP,
    ...m,
  };
}

/** A template sentence in both languages, side by side. */
export const sentence = (
  w: RequestWording,
  pick: RequestPick,
  values?: Record<string, string | number>,
  extra: Node = {},
): Node => parallel(w, w.all(pick, values), extra, [0, 0, 0, 6]);

/**
 * A template sentence whose values differ per language (a country's name, a date), side by
 * side; a date that ends in a period does not get a second one.
 */
export function sentenceIn(
  w: RequestWording,
  pick: RequestPick,
  values: (l: Language) => Record<string, string | number>,
  extra: Node = {},
): Node {
  const texts = w.languages.map((l) => fill(pick(w.texts[l]), values(l)).replace(/\.\.$/, '.'));
  return parallel(w, texts, extra, [0, 0, 0, 6]);
}

/** A numbered section heading ("3. Summary of the facts"), in both languages, kept with what follows. */
export function sectionHeading(w: RequestWording, n: number | null, pick: RequestPick): Node {
  const texts = w.all(pick).map((t) => (n === null ? t : `${n}. ${t}`));
  return parallel(w, texts, { fontSize: 11, bold: true, color: ACCENT }, [0, 10, 0, 2]);
}

/** The heading text as recorded in the register (first language). */
export const headingText = (w: RequestWording, n: number | null, pick: RequestPick): string =>
  n === null ? w.one(pick) : `${n}. ${w.one(pick)}`;

/** A rule under a section heading. */
export const rule = (): Node => ({
  canvas: [
    { type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.6, lineColor: RULE },
  ],
  margin: [0, 0, 0, 5],
});

/** A field's label: the first language, the second beneath it in grey italics. */
export function label(
  w: RequestWording,
  pick: RequestPick,
  values?: Record<string, string | number>,
): Node {
  const [first, second] = w.all(pick, values);
  if (second === undefined || first === second) return { text: first, style: 'label' };
  return {
    stack: [
      { text: first, style: 'label' },
      { text: second, style: 'label', italics: true, fontSize: 7.5 },
    ],
  };
}

export const notRecorded = (w: RequestWording): Node => ({
  text: w.both((t) => t.text.notRecorded),
  color: MUTED,
  italics: true,
});

/** Typed text as typed (printed once), or "not recorded". */
export function value(w: RequestWording, text: string | null | undefined, extra: Node = {}): Node {
  return text !== null && text !== undefined && text.trim() !== ''
    ? { text, ...extra }
    : notRecorded(w);
}

/** Typed text as a paragraph (printed once), or "not recorded". */
export const typed = (w: RequestWording, text: string): Node => ({
  ...value(w, text),
  margin: [0, 0, 0, 6],
});

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

/** Label | value rows; rows whose value is null are left out. */
export function fieldRows(
  rows: Array<[Node, Node | null]>,
  labelWidth = 140,
  extra: Node = {},
): Node {
  const body = rows.filter((r): r is [Node, Node] => r[1] !== null);
  if (body.length === 0) return { text: '' };
  return {
    table: { widths: [labelWidth, '*'], body, dontBreakRows: true },
    layout: ruled,
    margin: [0, 2, 0, 8],
    ...extra,
  };
}

/** A data table with a shaded, repeated header row (labels in both languages). */
export function dataTable(headers: Node[], rows: Node[][], widths: Array<number | string>): Node {
  return {
    table: { headerRows: 1, widths, dontBreakRows: true, body: [headers, ...rows] },
    layout: {
      fillColor: (i: number) => (i === 0 ? '#f3f4f6' : null),
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
    margin: [0, 2, 0, 8],
  };
}

/** The request's title, in both languages, with a rule beneath. */
export function titleBlock(w: RequestWording, pick: RequestPick): Node {
  return {
    stack: [
      parallel(w, w.all(pick), { fontSize: 15, bold: true, color: ACCENT }),
      {
        canvas: [
          {
            type: 'line',
            x1: 0,
            y1: 0,
            x2: CONTENT_WIDTH,
            y2: 0,
            lineWidth: 1.4,
            lineColor: ACCENT,
          },
        ],
        margin: [0, 6, 0, 8],
      },
    ],
  };
}

/** The signature block: for the requesting authority, place and date, signature and seal. */
export function signatureBlock(
  w: RequestWording,
  authority: string,
  person: string,
  fn: string,
  placeDate: string,
): Node {
  const line = {
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: 200, y2: 0, lineWidth: 0.5, lineColor: INK }],
    margin: [0, 30, 0, 2],
  };
  return {
    unbreakable: true,
    margin: [0, 18, 0, 0],
    columns: [
      {
        width: '*',
        stack: [label(w, (t) => t.text.placeDate), { text: placeDate, margin: [0, 2, 0, 0] }],
      },
      {
        width: 230,
        stack: [
          label(w, (t) => t.text.signatureFor),
          { text: authority, bold: true, margin: [0, 2, 0, 0] },
          line,
          { text: [person, fn].filter((s) => s !== '').join(', ') },
          label(w, (t) => t.text.signature),
        ],
      },
    ],
    columnGap: COLUMN_GAP,
  };
}

/**
 * A section: its heading and rule kept on one page with the first block (unless that block is
 * long, when pdfmake could not keep it whole), then the rest.
 */
export function section(heading: Node, blocks: Node[], keepFirst = true): Node[] {
  const [first, ...rest] = blocks;
  if (first === undefined) return [heading, rule()];
  if (!keepFirst) return [heading, rule(), first, ...rest];
  return [{ stack: [heading, rule(), first], unbreakable: true }, ...rest];
}

/** Whether typed text is short enough to keep whole with its heading. */
export const short = (text: string): boolean => text.length < 1200 && text.split('\n').length < 18;

/** The last blocks of a request with its signature block, so the signature never stands alone. */
export function closingWith(blocks: Node[], signature: Node): Node[] {
  const last = blocks.at(-1);
  if (last === undefined) return [signature];
  return [...blocks.slice(0, -1), { stack: [last, signature], unbreakable: true }];
}
