import type { LetterData } from './letter-data';
import {
  COLUMN_GAP,
  CONTENT_WIDTH,
  fieldTable,
  heading,
  INK,
  label,
  parallel,
  SECOND,
  value,
  type Node,
} from './letter-blocks';
import { fill, TEXTS, type Pick1, type Wording } from './letter-wording';

/**
 * The letter itself (page 1 onwards): letterhead with the case and our reference, the addressee,
 * the subject, the mandate, the list of objects concerned, the numbered questions with how to
 * answer, and the closing (deadline, confidentiality, signature, enclosures).
 */

export function letterhead(w: Wording, d: LetterData): Node {
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

export function addressee(w: Wording, d: LetterData): Node {
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

export function subject(w: Wording): Node {
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

export function mandate(w: Wording, d: LetterData): Node[] {
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

export function objectList(w: Wording, d: LetterData): Node[] {
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

export function questions(w: Wording, d: LetterData): Node[] {
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
export function closing(w: Wording, d: LetterData): Node[] {
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
