import { ACCENT, CONTENT_WIDTH, INK, MUTED, RULE, SHADE, type Node } from '../engine/blocks';
import type { FormTexts, FormWording } from './form-wording';

/**
 * What the three forms (INTERPOL sheet, chain-of-custody form, seizure receipt) share: the plain
 * data of an object's short description and of a seizure, and the boxed layout of a paper form
 * (labelled boxes, section bars, empty signature boxes). Pure: imported by the render worker.
 */

/** An object in one line (exhibit number aside): what a form needs to name it. */
export interface ObjectLine {
  objectId: string;
  exhibitNumber: string;
  displayTitle: string;
  title: string;
  typeCode: string;
  /** The vocabulary label stored in the case file (printed when no translation exists). */
  typeLabel: string;
  materials: string[];
  measurements: Array<{ dimension: string; value: number; unit: string }>;
  dating: { earliest: number | null; latest: number | null; text: string };
  lotCount: number | null;
  legalStatus: string;
  condition: { grade: string; note: string };
}

/** A seizure as the forms print it; `null` fields were withheld or not recorded. */
export interface SeizureInfo {
  id: string;
  reference: string;
  seizedAt: string;
  address: string;
  country: string | null;
  legalBasis: string;
  legalBasisLabel: string;
  legalBasisReference: string;
  authority: string;
  officers: string[];
  /** Witnesses as recorded; a name withheld by the disclosure is replaced by `null`. */
  witnesses: Array<string | null>;
  sealNumbers: string[];
  receiptNumber: string;
}

export type Pick1 = (t: FormTexts) => string;

/** A field's label: the first language, the second beneath it in grey italics. */
export function label(w: FormWording, pick: Pick1, values?: Record<string, string | number>): Node {
  const [first, second] = w.all(pick, values);
  if (second === undefined || first === second) return { text: first, style: 'label' };
  return {
    stack: [
      { text: first, style: 'label' },
      { text: second, style: 'label', italics: true, fontSize: 7.5 },
    ],
  };
}

export const notRecorded = (w: FormWording): Node => ({
  text: w.both((t) => t.common.notRecorded),
  color: MUTED,
  italics: true,
});

export const withheld = (w: FormWording): Node => ({
  text: w.both((t) => t.common.withheld),
  color: MUTED,
  italics: true,
});

/** Typed text, or "not recorded". */
export function value(w: FormWording, text: string | null | undefined): Node {
  return text !== null && text !== undefined && text.trim() !== '' ? { text } : notRecorded(w);
}

/** Lines of typed text (one per line), a withheld one marked, or "not recorded" when none. */
export function lines(w: FormWording, items: ReadonlyArray<string | null>): Node {
  if (items.length === 0) return notRecorded(w);
  return {
    stack: items.map((i) =>
      i === null ? withheld(w) : { text: i, margin: [0, 0, 0, 1] as number[] },
    ),
  };
}

/** One box of a form: its label on top, the value beneath. `span` = boxes it covers in its row. */
export interface FormBox {
  label: Node;
  value: Node;
  span?: number;
}

const BOXED = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  hLineColor: () => RULE,
  vLineColor: () => RULE,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2,
  paddingBottom: () => 4,
};

/**
 * Boxes in a grid of `columns` equal columns, filled row by row; a box may span several.
 * `widths` overrides the equal columns.
 */
export function boxes(items: FormBox[], columns = 2, widths?: Array<string | number>): Node {
  const body: Node[][] = [];
  let row: Node[] = [];
  let used = 0;
  const close = () => {
    if (used === 0) return;
    while (used < columns) {
      row.push({ text: '' });
      used += 1;
    }
    body.push(row);
    row = [];
    used = 0;
  };
  for (const item of items) {
    const span = Math.min(item.span ?? 1, columns);
    if (used + span > columns) close();
    row.push({
      stack: [item.label, { ...item.value, margin: [0, 1, 0, 0] }],
      ...(span > 1 ? { colSpan: span } : {}),
    });
    for (let i = 1; i < span; i += 1) row.push({ text: '' });
    used += span;
    if (used === columns) close();
  }
  close();
  return {
    table: {
      widths: widths ?? Array.from({ length: columns }, () => '*'),
      dontBreakRows: true,
      body,
    },
    layout: BOXED,
    margin: [0, 0, 0, 8],
  };
}

/** A section bar of a form (not in the contents): shaded, bold, in every language. */
export function sectionBar(w: FormWording, pick: Pick1): Node {
  return {
    table: {
      widths: ['*'],
      body: [[{ text: w.both(pick), bold: true, fontSize: 9.5, color: ACCENT }]],
    },
    layout: {
      fillColor: () => SHADE,
      hLineWidth: (i: number) => (i === 0 ? 1.2 : 0),
      vLineWidth: () => 0,
      hLineColor: () => ACCENT,
      paddingLeft: () => 4,
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    margin: [0, 6, 0, 0],
  };
}

/** A section bar kept on the same page as (short) content that follows it. */
export const kept = (...nodes: Node[]): Node => ({ stack: nodes, unbreakable: true });

/** A paragraph in the form's languages, one under the other. */
export function note(w: FormWording, pick: Pick1, extra: Node = {}): Node {
  return {
    stack: w.all(pick).map((text, i) => ({
      text,
      ...(i > 0 ? { italics: true, margin: [0, 2, 0, 0] } : {}),
    })),
    fontSize: 8,
    color: MUTED,
    margin: [0, 0, 0, 6],
    ...extra,
  };
}

/**
 * Empty signature boxes side by side: captions in one row (so the lines below stay level
 * whatever a caption's length), then the room to sign, a line and "name and signature".
 */
export function signatureBoxes(w: FormWording, captions: Pick1[], height = 28): Node {
  return {
    table: {
      widths: captions.map(() => '*'),
      dontBreakRows: true,
      body: [
        captions.map((c) => label(w, c)),
        captions.map(() => ({
          stack: [
            { text: '', margin: [0, height, 0, 0] },
            {
              canvas: [
                { type: 'line', x1: 0, y1: 0, x2: 140, y2: 0, lineWidth: 0.4, lineColor: RULE },
              ],
            },
            label(w, (t) => t.common.nameAndSignature),
          ],
        })),
      ],
    },
    layout: { ...BOXED, hLineWidth: (i: number) => (i === 1 ? 0 : 0.6) },
    unbreakable: true,
    margin: [0, 0, 0, 8],
  };
}

/** The form's title block: title (in every language), a subtitle, and "Sheet n of N". */
export function formTitle(
  w: FormWording,
  title: Pick1,
  subtitle: string | null,
  counter: string | null,
): Node {
  return {
    stack: [
      {
        columns: [
          { text: w.both(title), fontSize: 13, bold: true, color: ACCENT, width: '*' },
          counter === null
            ? { text: '', width: 'auto' }
            : {
                text: counter,
                width: 'auto',
                fontSize: 8.5,
                bold: true,
                color: ACCENT,
                margin: [8, 3, 0, 0],
              },
        ],
      },
      subtitle === null ? { text: '' } : { text: subtitle, fontSize: 8.5, color: MUTED },
      {
        canvas: [
          { type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 1.2, lineColor: INK },
        ],
        margin: [0, 4, 0, 6],
      },
    ],
  };
}

/** "Sheet 2 of 5" in every language. */
export function counter(w: FormWording, what: Pick1, n: number, total: number): string {
  return w.joined((l) =>
    w.texts[l].common.sheetOf
      .replace('{{what}}', what(w.texts[l]))
      .replace('{{n}}', String(n))
      .replace('{{total}}', String(total)),
  );
}

/** The object's type as a controlled term in every language. */
export const objectType = (w: FormWording, o: ObjectLine): string =>
  w.term('object_type', o.typeCode, o.typeLabel);

/**
 * The object in one line (the custody form's and the receipt's description): type, title,
 * materials, measurements, date.
 */
export function objectLine(w: FormWording, o: ObjectLine): string {
  const l = w.first;
  const measures = o.measurements
    .map((m) => `${w.enumLabel(l, 'dimension', m.dimension)} ${w.number(m.value)} ${m.unit}`)
    .join(' × ');
  const dating = [w.years(o.dating.earliest, o.dating.latest), o.dating.text]
    .filter((s) => s !== '')
    .join(', ');
  return [
    w.vocab(l, 'object_type', o.typeCode) ?? o.typeLabel,
    o.title,
    o.materials.join(', '),
    measures,
    dating,
  ]
    .filter((s) => s !== '')
    .join(' · ');
}

/** The place of a seizure: address and country. */
export function placeText(w: FormWording, address: string, country: string | null): string {
  return [address, country === null ? '' : w.country(country)].filter((s) => s !== '').join(', ');
}
