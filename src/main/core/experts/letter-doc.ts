import type { DocDefinition } from 'pdfmake';
import type { ConsultationQuestion } from '../../../shared/domain/expert';
import type { ObjectRecord, PhotoRole } from '../../../shared/domain/object';
import { vocabKeySegment } from '../../../shared/domain/vocab-keys';
import bs from '../../../shared/i18n/features/expertLetter/bs.json';
import en from '../../../shared/i18n/features/expertLetter/en.json';
import hr from '../../../shared/i18n/features/expertLetter/hr.json';
import mk from '../../../shared/i18n/features/expertLetter/mk.json';
import sl from '../../../shared/i18n/features/expertLetter/sl.json';
import sq from '../../../shared/i18n/features/expertLetter/sq.json';
import srCyrl from '../../../shared/i18n/features/expertLetter/sr-Cyrl.json';
import srLatn from '../../../shared/i18n/features/expertLetter/sr-Latn.json';
import objectsBs from '../../../shared/i18n/features/objects/bs.json';
import objectsEn from '../../../shared/i18n/features/objects/en.json';
import objectsHr from '../../../shared/i18n/features/objects/hr.json';
import objectsMk from '../../../shared/i18n/features/objects/mk.json';
import objectsSl from '../../../shared/i18n/features/objects/sl.json';
import objectsSq from '../../../shared/i18n/features/objects/sq.json';
import objectsSrCyrl from '../../../shared/i18n/features/objects/sr-Cyrl.json';
import objectsSrLatn from '../../../shared/i18n/features/objects/sr-Latn.json';
import vocabBs from '../../../shared/i18n/features/vocab/bs.json';
import vocabEn from '../../../shared/i18n/features/vocab/en.json';
import vocabHr from '../../../shared/i18n/features/vocab/hr.json';
import vocabMk from '../../../shared/i18n/features/vocab/mk.json';
import vocabSl from '../../../shared/i18n/features/vocab/sl.json';
import vocabSq from '../../../shared/i18n/features/vocab/sq.json';
import vocabSrCyrl from '../../../shared/i18n/features/vocab/sr-Cyrl.json';
import vocabSrLatn from '../../../shared/i18n/features/vocab/sr-Latn.json';
import type { Language } from '../../../shared/ipc/schemas';

/**
 * The request letter of a consultation as a pdfmake document definition: a pure function of the
 * data given (no database, no clock, no file), so it can be tested without rendering and the same
 * data always gives the same document (and, rendered, the same bytes).
 *
 * Page 1 is the letter: letterhead, addressee, subject, mandate, the objects concerned, the
 * numbered questions, how to answer, deadline, confidentiality and the signature block. Each
 * object then gets an Object ID sheet of its own with its photos, downscaled for print. The
 * letter names the case only by its reference: nothing about suspects, seizures or values
 * already recorded goes to the expert, so as not to steer the opinion.
 *
 * Bilingual (a second language that differs from the first): every heading and template text is
 * printed in two columns, language 1 | language 2; labels of fields carry the second language
 * under the first. What was typed (names, descriptions, custom questions) is printed once, as
 * typed.
 */

type LetterTexts = typeof en;
type ObjectTexts = typeof objectsEn;
type VocabTexts = typeof vocabEn;

const TEXTS: Record<Language, LetterTexts> = {
  en,
  'sr-Cyrl': srCyrl,
  'sr-Latn': srLatn,
  hr,
  bs,
  mk,
  sl,
  sq,
};
const OBJECT_TEXTS: Record<Language, ObjectTexts> = {
  en: objectsEn,
  'sr-Cyrl': objectsSrCyrl,
  'sr-Latn': objectsSrLatn,
  hr: objectsHr,
  bs: objectsBs,
  mk: objectsMk,
  sl: objectsSl,
  sq: objectsSq,
};
const VOCAB_TEXTS: Record<Language, VocabTexts> = {
  en: vocabEn,
  'sr-Cyrl': vocabSrCyrl,
  'sr-Latn': vocabSrLatn,
  hr: vocabHr,
  bs: vocabBs,
  mk: vocabMk,
  sl: vocabSl,
  sq: vocabSq,
};
const LOCALE: Record<Language, string> = {
  en: 'en-GB',
  'sr-Cyrl': 'sr-Cyrl-RS',
  'sr-Latn': 'sr-Latn-RS',
  hr: 'hr-HR',
  bs: 'bs-BA',
  mk: 'mk-MK',
  sl: 'sl-SI',
  sq: 'sq-AL',
};

export interface LetterPhoto {
  /** A print derivative (JPEG, metadata stripped), never the original file. */
  jpeg: Buffer;
  width: number;
  height: number;
  role: PhotoRole;
  caption: string;
}

export type LetterObjectFields = Pick<
  ObjectRecord,
  | 'exhibitNumber'
  | 'typeL1'
  | 'typeL2'
  | 'lotCount'
  | 'title'
  | 'materials'
  | 'techniques'
  | 'measurements'
  | 'inscriptions'
  | 'dating'
  | 'maker'
  | 'subject'
  | 'distinguishingFeatures'
  | 'description'
  | 'placeOfOrigin'
>;

export interface LetterObject extends LetterObjectFields {
  /** What lists call the object (its title, or its type and the start of its description). */
  displayTitle: string;
  /** The stored vocabulary label of its type, for a type the unit added itself (no translation). */
  typeLabel: string;
  photos: LetterPhoto[];
  /** Photos of the object not printed (beyond the letter's limit per object). */
  morePhotos: number;
}

export interface LetterData {
  language: Language;
  /** Printed beside the first when set and different. */
  secondLanguage: Language | null;
  /** When the letter was generated (the PDF's creation date); `date` is its calendar day. */
  generatedAt: Date;
  date: string;
  unit: string;
  caseReference: string;
  /** The case's classification code (vocabulary `classification`); marked on every page. */
  classification: string | null;
  reference: string;
  expert: {
    title: string;
    name: string;
    institution: string;
    address: string;
    country: string | null;
  };
  legalBasis: string;
  orderedBy: string;
  orderReference: string;
  deadline: string | null;
  questions: ConsultationQuestion[];
  objects: LetterObject[];
  signatory: string;
}

export interface LetterDocument {
  doc: DocDefinition;
  /** The number of pages, as pdfmake laid them out; known once the document was rendered. */
  pages(): number;
}

// A4 with 2 cm side margins.
const MARGIN_X = 56.7;
const PAGE_MARGINS = [MARGIN_X, 50, MARGIN_X, 50] as const;
const CONTENT_WIDTH = 595.28 - 2 * MARGIN_X;
const COLUMN_GAP = 18;
const INK = '#111827';
const MUTED = '#4b5563';
const SECOND = '#1f2937';
const RULE = '#9ca3af';
const PHOTO_HEIGHT = 190;

type Node = Record<string, unknown>;
type Pick1 = (t: LetterTexts) => string;

const fill = (template: string, values: Record<string, string | number> = {}): string =>
  template.replace(/\{\{(\w+)\}\}/g, (m, name: string) => String(values[name] ?? m));

const isoDateUtc = (day: string) => new Date(`${day}T00:00:00Z`);

/** Everything printed in the letter's languages, one entry per language (one or two). */
class Wording {
  readonly languages: Language[];

  constructor(language: Language, second: Language | null) {
    this.languages = second !== null && second !== language ? [language, second] : [language];
  }

  get bilingual(): boolean {
    return this.languages.length === 2;
  }

  all(pick: Pick1, values?: Record<string, string | number>): string[] {
    return this.languages.map((l) => fill(pick(TEXTS[l]), values));
  }

  /** One value per language, de-duplicated and joined ("Icon / Икона"). */
  joined(per: (l: Language) => string): string {
    return [...new Set(this.languages.map(per).filter((s) => s !== ''))].join(' / ');
  }

  date(day: string, l: Language): string {
    return new Intl.DateTimeFormat(LOCALE[l], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(isoDateUtc(day));
  }

  country(code: string, l: Language): string {
    try {
      return new Intl.DisplayNames([LOCALE[l]], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  vocab(l: Language, kind: string, code: string): string | undefined {
    const group = (VOCAB_TEXTS[l] as unknown as Record<string, Record<string, unknown>>)[kind];
    const label = group?.[vocabKeySegment(code)];
    return typeof label === 'string' ? label : undefined;
  }

  enumLabel(l: Language, name: string, value: string): string {
    const group = (VOCAB_TEXTS[l].enum as unknown as Record<string, Record<string, unknown>>)[name];
    const label = group?.[vocabKeySegment(value)];
    return typeof label === 'string' ? label : value;
  }

  year(y: number, l: Language): string {
    const d = OBJECT_TEXTS[l].dating;
    return y < 0 ? fill(d.bc, { year: -y }) : fill(d.ad, { year: y });
  }

  years(earliest: number | null, latest: number | null, l: Language): string {
    const d = OBJECT_TEXTS[l].dating;
    if (earliest !== null && latest !== null) {
      return earliest === latest
        ? this.year(earliest, l)
        : `${this.year(earliest, l)} – ${this.year(latest, l)}`;
    }
    if (earliest !== null) return fill(d.from, { year: this.year(earliest, l) });
    if (latest !== null) return fill(d.until, { year: this.year(latest, l) });
    return '';
  }

  number(n: number, l: Language): string {
    return new Intl.NumberFormat(LOCALE[l], { maximumFractionDigits: 3 }).format(n);
  }
}

/** Template text side by side, language 1 | language 2 (or once, when monolingual). */
function parallel(w: Wording, texts: string[], style: Node = {}, margin?: number[]): Node {
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

function heading(w: Wording, pick: Pick1): Node {
  return parallel(w, w.all(pick), { style: 'heading' }, [0, 9, 0, 3]);
}

/** A field's label: the first language, the second beneath it in grey. */
function label(w: Wording, pick: Pick1): Node {
  const [first, second] = w.all(pick);
  if (!w.bilingual || first === second) return { text: first, style: 'label' };
  return {
    stack: [
      { text: first, style: 'label' },
      { text: second, style: 'label', color: MUTED, italics: true, fontSize: 8 },
    ],
  };
}

const notRecorded = (w: Wording): Node => ({
  text: w.joined((l) => TEXTS[l].notRecorded),
  color: MUTED,
  italics: true,
});

/** Plain text as typed, or "not recorded". */
function value(w: Wording, text: string | null | undefined): Node {
  return text && text.trim() !== '' ? { text } : notRecorded(w);
}

function fieldTable(rows: Array<[Node, Node]>, labelWidth: number): Node {
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

function letterhead(w: Wording, d: LetterData): Node {
  const dates = w.languages.map((l) => w.date(d.date, l));
  const meta: Array<[Node, Node]> = [
    [label(w, (t) => t.case), { text: d.caseReference, bold: true }],
    ...(d.reference !== ''
      ? [[label(w, (t) => t.ourReference), { text: d.reference, bold: true }] as [Node, Node]]
      : []),
    [label(w, (t) => t.date), { stack: [...new Set(dates)].map((text) => ({ text })) }],
  ];
  return {
    stack: [
      {
        columns: [
          {
            width: '*',
            stack: [
              ...(d.unit !== '' ? [{ text: d.unit, style: 'unit' }] : []),
              ...w
                .all((t) => t.documentTitle)
                .map((text, i) => ({
                  text,
                  style: i === 0 ? 'title' : 'titleSecond',
                })),
            ],
          },
          {
            width: 205,
            table: { widths: [88, '*'], body: meta },
            layout: 'noBorders',
            fontSize: 9,
          },
        ],
        columnGap: 12,
      },
      {
        canvas: [
          { type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 1.2, lineColor: INK },
        ],
        margin: [0, 6, 0, 12],
      },
    ],
  };
}

function addressee(w: Wording, d: LetterData): Node {
  const e = d.expert;
  const lines: Node[] = [
    { text: [e.title, e.name].filter((s) => s !== '').join(' '), bold: true },
    ...(e.institution !== '' ? [{ text: e.institution }] : []),
    ...e.address
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .map((text) => ({ text })),
    ...(e.country !== null ? [{ text: w.country(e.country, w.languages[0]!) }] : []),
  ];
  return { stack: lines, width: 280, margin: [0, 0, 0, 12] };
}

function subject(w: Wording): Node {
  const lines = w.languages.map((l) => ({
    text: [
      { text: `${TEXTS[l].subject}: `, bold: true },
      { text: TEXTS[l].subjectText, bold: true },
    ],
  }));
  if (!w.bilingual) return { ...lines[0], margin: [0, 0, 0, 10] };
  return {
    columns: lines.map((line, i) => ({
      width: '*',
      ...line,
      ...(i === 1 ? { color: SECOND } : {}),
    })),
    columnGap: COLUMN_GAP,
    margin: [0, 0, 0, 10],
  };
}

function mandate(w: Wording, d: LetterData): Node[] {
  return [
    {
      // The heading never ends a page without its rows.
      unbreakable: true,
      stack: [
        heading(w, (t) => t.mandateHeading),
        fieldTable(
          [
            [label(w, (t) => t.legalBasis), value(w, d.legalBasis)],
            [label(w, (t) => t.orderedBy), value(w, d.orderedBy)],
            [label(w, (t) => t.orderReference), value(w, d.orderReference)],
          ],
          140,
        ),
      ],
    },
  ];
}

function objectList(w: Wording, d: LetterData): Node[] {
  const head = (pick: Pick1) => ({ ...label(w, pick), fillColor: '#f3f4f6' });
  return [
    heading(w, (t) => t.objectsHeading),
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [44, 110, '*'],
        body: [
          [head((t) => t.sheet), head((t) => t.exhibitNumber), head((t) => t.field.title)],
          ...d.objects.map((o, i) => [
            { text: String(i + 1) },
            { text: o.exhibitNumber, bold: true },
            { text: o.displayTitle },
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
    },
  ];
}

function questions(w: Wording, d: LetterData): Node[] {
  const widths = w.bilingual ? [18, '*', '*'] : [18, '*'];
  const body = d.questions.map((q, i) => {
    const n = { text: `${i + 1}.`, bold: true };
    // A question worded for this case (or one of the unit's own) is printed as typed.
    if (q.kind === 'custom' || q.text.trim() !== '') {
      return w.bilingual ? [n, { text: q.text, colSpan: 2 }, {}] : [n, { text: q.text }];
    }
    const kind = q.kind;
    const texts = w.all((t) => t.question[kind]);
    return [n, ...texts.map((text, j) => ({ text, ...(j === 1 ? { color: SECOND } : {}) }))];
  });
  return [
    heading(w, (t) => t.questionsHeading),
    parallel(
      w,
      w.all((t) => t.questionsIntro),
      {},
      [0, 0, 0, 6],
    ),
    {
      table: { widths, body, dontBreakRows: true },
      layout: {
        hLineWidth: () => 0,
        vLineWidth: () => 0,
        paddingLeft: (i: number) => (i === 0 ? 0 : 4),
        paddingRight: (i: number) => (i === 0 ? 2 : COLUMN_GAP / 2),
        paddingTop: () => 2,
        paddingBottom: () => 2,
      },
    },
    parallel(
      w,
      w.all((t) => t.methodText),
      {},
      [0, 6, 0, 0],
    ),
  ];
}

/**
 * Deadline, confidentiality and the signature, kept together: the signature never stands alone
 * at the top of a page, away from the text it signs.
 */
function closing(w: Wording, d: LetterData): Node[] {
  const reference = d.reference !== '' ? d.reference : d.caseReference;
  const texts = w.languages.map((l) =>
    d.deadline !== null
      ? fill(TEXTS[l].deadlineText, { date: w.date(d.deadline, l), reference })
      : fill(TEXTS[l].noDeadlineText, { reference }),
  );
  const width = 230;
  return [
    {
      unbreakable: true,
      stack: [
        heading(w, (t) => t.replyHeading),
        parallel(w, texts, { bold: d.deadline !== null }, [0, 0, 0, 5]),
        parallel(
          w,
          w.all((t) => t.confidentiality),
        ),
        {
          margin: [0, 30, 0, 0],
          columns: [
            { width: '*', text: '' },
            {
              width,
              stack: [
                {
                  canvas: [
                    {
                      type: 'line',
                      x1: 0,
                      y1: 0,
                      x2: width,
                      y2: 0,
                      lineWidth: 0.8,
                      lineColor: INK,
                    },
                  ],
                },
                ...(d.signatory !== ''
                  ? [{ text: d.signatory, bold: true, alignment: 'center', margin: [0, 3, 0, 0] }]
                  : []),
                {
                  text: w.joined((l) => TEXTS[l].signatureCaption),
                  style: 'small',
                  alignment: 'center',
                },
              ],
            },
          ],
        },
      ],
    },
    {
      text: w.joined((l) => fill(TEXTS[l].enclosures, { count: d.objects.length })),
      style: 'small',
      margin: [0, 12, 0, 0],
    },
  ];
}

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

const photoKey = (object: number, photo: number) => `photo-${object + 1}-${photo + 1}`;

function objectSheet(w: Wording, d: LetterData, o: LetterObject, index: number): Node[] {
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

/** The request letter of a consultation, ready for `renderPdf`. */
export function letterDocument(d: LetterData): LetterDocument {
  const w = new Wording(d.language, d.secondLanguage);
  const first = w.languages[0]!;
  let pageCount = 0;
  const images: Record<string, string> = {};
  d.objects.forEach((o, i) =>
    o.photos.forEach((p, j) => {
      images[photoKey(i, j)] = `data:image/jpeg;base64,${p.jpeg.toString('base64')}`;
    }),
  );
  const marking =
    d.classification !== null && d.classification !== 'unclassified'
      ? w.joined((l) => w.vocab(l, 'classification', d.classification!) ?? d.classification!)
      : '';
  const footerLeft = [d.caseReference, d.reference].filter((s) => s !== '').join(' · ');

  const doc: DocDefinition = {
    pageSize: 'A4',
    pageMargins: [...PAGE_MARGINS],
    language: first,
    info: {
      title: TEXTS[first].documentTitle,
      subject: `${d.caseReference}${d.reference !== '' ? ` · ${d.reference}` : ''}`,
      author: d.unit !== '' ? d.unit : 'Custodia',
      creator: 'Custodia',
      producer: 'Custodia (pdfmake)',
      // From the injected clock, never "now": the same data and clock give the same bytes.
      creationDate: d.generatedAt,
    },
    images,
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2, color: INK },
    styles: {
      unit: { fontSize: 11.5, bold: true, margin: [0, 0, 0, 4] },
      title: { fontSize: 14, bold: true },
      titleSecond: { fontSize: 12, bold: true, color: SECOND },
      heading: { fontSize: 11, bold: true },
      label: { color: MUTED, fontSize: 9 },
      small: { fontSize: 8.5 },
      sheetHeading: { fontSize: 13, bold: true },
      sheetTitle: { fontSize: 11, bold: true, color: MUTED },
      marking: { fontSize: 8.5, bold: true, characterSpacing: 1 },
      footer: { fontSize: 8, color: MUTED },
    },
    header: () =>
      marking === ''
        ? null
        : {
            text: marking.toUpperCase(),
            style: 'marking',
            alignment: 'right',
            margin: [MARGIN_X, 24, MARGIN_X, 0],
          },
    content: [
      letterhead(w, d),
      addressee(w, d),
      subject(w),
      parallel(
        w,
        w.all((t) => t.intro, { caseReference: d.caseReference }),
        {},
        [0, 0, 0, 0],
      ),
      ...mandate(w, d),
      ...objectList(w, d),
      ...questions(w, d),
      ...closing(w, d),
      ...d.objects.flatMap((o, i) => objectSheet(w, d, o, i)),
    ],
    footer: (page: number, pages: number) => {
      pageCount = pages;
      return {
        margin: [MARGIN_X, 16, MARGIN_X, 0],
        columns: [
          { text: footerLeft, style: 'footer', width: '*' },
          {
            text: w.joined((l) => fill(TEXTS[l].page, { page, pages })),
            style: 'footer',
            alignment: 'right',
            width: 'auto',
          },
        ],
      };
    },
  };
  return { doc, pages: () => pageCount };
}
