import type { LetterData, LetterObject } from './letter-data';
import {
  COLUMN_GAP,
  CONTENT_WIDTH,
  fieldTable,
  heading,
  label,
  MUTED,
  notRecorded,
  parallel,
  PHOTO_HEIGHT,
  value,
  type Node,
} from './letter-blocks';
import { fill, TEXTS, type LetterTexts, type Wording } from './letter-wording';

/**
 * The Object ID sheet the letter encloses for each object, on a page of its own: its recorded
 * description (type, lot, title, materials, techniques, measurements, inscriptions, dating, maker,
 * subject, distinguishing features, description, place of origin) and its print photos, two per
 * row, referenced by `photoKey` in the document's image dictionary.
 */

function measurements(w: Wording, o: LetterObject): string {
  return o.measurements
    .map((m) => {
      const dimension = w.joined((l) => w.enumLabel(l, 'dimension', m.dimension));
      return `${dimension}: ${w.number(m.value, w.languages[0]!)} ${m.unit}`;
    })
    .join('; ');
}

function inscriptions(w: Wording, o: LetterObject): Node {
  if (o.inscriptions.length === 0) return notRecorded(w);
  return {
    stack: o.inscriptions.map((ins) => {
      const kind = w.joined((l) => w.enumLabel(l, 'inscriptionKind', ins.kind));
      const where = [ins.position, ins.script].filter((s) => s !== '').join('; ');
      return {
        text: [
          { text: `${kind}: `, color: MUTED },
          { text: ins.text },
          ...(where !== '' ? [{ text: ` (${where})`, color: MUTED }] : []),
        ],
        margin: [0, 0, 0, 2],
      };
    }),
  };
}

function dating(w: Wording, o: LetterObject): string {
  const years = w.joined((l) => w.years(o.dating.earliest, o.dating.latest, l));
  return [years, o.dating.text].filter((s) => s !== '').join(' — ');
}

function typeOf(w: Wording, o: LetterObject): string {
  const code = o.typeL2 ?? o.typeL1;
  return w.joined((l) => w.vocab(l, 'object_type', code) ?? o.typeLabel);
}

function placeOfOrigin(w: Wording, o: LetterObject): string {
  const country = o.placeOfOrigin.country;
  const countryName = country === null ? '' : w.joined((l) => w.country(country, l));
  return [o.placeOfOrigin.text, countryName].filter((s) => s !== '').join(', ');
}

function photoGrid(w: Wording, o: LetterObject, index: number): Node[] {
  const out: Node[] = [heading(w, (t) => t.photosHeading)];
  if (o.photos.length === 0) {
    out.push({ ...notRecorded(w), text: w.joined((l) => TEXTS[l].noPhotos) });
    return out;
  }
  const cellWidth = (CONTENT_WIDTH - COLUMN_GAP) / 2;
  const cells = o.photos.map((p, j) => {
    const role = w.joined((l) => w.enumLabel(l, 'photoRole', p.role));
    return {
      unbreakable: true,
      stack: [
        { image: photoKey(index, j), fit: [cellWidth, PHOTO_HEIGHT], alignment: 'center' },
        {
          text: [
            { text: `${o.exhibitNumber} · ${j + 1} · ${role}`, color: MUTED },
            ...(p.caption !== '' ? [{ text: ` — ${p.caption}` }] : []),
          ],
          style: 'small',
          alignment: 'center',
          margin: [0, 3, 0, 10],
        },
      ],
    };
  });
  const rows: Node[][] = [];
  for (let i = 0; i < cells.length; i += 2) {
    rows.push([cells[i]!, cells[i + 1] ?? { text: '' }]);
  }
  out.push({
    table: { widths: ['*', '*'], body: rows, dontBreakRows: true },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: (i: number) => (i === 0 ? 0 : COLUMN_GAP / 2),
      paddingRight: (i: number) => (i === 0 ? COLUMN_GAP / 2 : 0),
      paddingTop: () => 0,
      paddingBottom: () => 0,
    },
  });
  if (o.morePhotos > 0) {
    out.push({
      text: w.joined((l) => fill(TEXTS[l].morePhotos, { count: o.morePhotos })),
      style: 'small',
      color: MUTED,
    });
  }
  return out;
}

export const photoKey = (object: number, photo: number) => `photo-${object + 1}-${photo + 1}`;

export function objectSheet(w: Wording, d: LetterData, o: LetterObject, index: number): Node[] {
  const f = (pick: (t: LetterTexts['field']) => string): Node => label(w, (t) => pick(t.field));
  const rows: Array<[Node, Node]> = [
    [f((t) => t.exhibitNumber), { text: o.exhibitNumber, bold: true }],
    [f((t) => t.type), value(w, typeOf(w, o))],
    ...(o.lotCount !== null
      ? [[f((t) => t.lotCount), { text: w.number(o.lotCount, w.languages[0]!) }] as [Node, Node]]
      : []),
    [f((t) => t.title), value(w, o.title)],
    [f((t) => t.materials), value(w, o.materials.join(', '))],
    [f((t) => t.techniques), value(w, o.techniques.join(', '))],
    [f((t) => t.measurements), value(w, measurements(w, o))],
    [f((t) => t.inscriptions), inscriptions(w, o)],
    [f((t) => t.dating), value(w, dating(w, o))],
    [f((t) => t.maker), value(w, o.maker)],
    [f((t) => t.subject), value(w, o.subject)],
    [f((t) => t.distinguishingFeatures), value(w, o.distinguishingFeatures)],
    [f((t) => t.description), value(w, o.description)],
    [f((t) => t.placeOfOrigin), value(w, placeOfOrigin(w, o))],
  ];
  return [
    {
      ...parallel(
        w,
        w.all((t) => t.sheetHeading, { number: index + 1, total: d.objects.length }),
        { style: 'sheetHeading' },
        [0, 0, 0, 2],
      ),
      pageBreak: 'before',
    },
    {
      text: `${o.exhibitNumber} — ${o.displayTitle}`,
      style: 'sheetTitle',
      margin: [0, 0, 0, 10],
    },
    fieldTable(rows, 150),
    ...photoGrid(w, o, index),
  ];
}
