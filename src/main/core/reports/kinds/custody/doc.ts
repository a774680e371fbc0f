import { h1, INK, MUTED, RULE, SHADE, ACCENT, type Node } from '../../engine/blocks';
import type { ReportBuilder } from '../../engine/frame';
import {
  boxes,
  counter,
  formTitle,
  kept,
  label,
  lines,
  note,
  objectLine,
  placeText,
  sectionBar,
  value,
  withheld,
  type FormBox,
} from '../form-blocks';
import { FormWording } from '../form-wording';
import type { CustodyBody, CustodyForm, TrailEntry } from './body';

/**
 * The chain-of-custody form: one per object, each starting on a new page. The trail table
 * repeats its section bar and column headings on every page it runs over.
 */
export const buildCustody: ReportBuilder<CustodyBody> = (model) => {
  const w = FormWording.of(model.meta);
  const headings: string[] = [];
  const content: Node[] = [];
  const total = model.body.forms.length;
  model.body.forms.forEach((form, i) => {
    const heading = `${form.object.exhibitNumber} — ${form.object.displayTitle}`;
    headings.push(heading);
    content.push(
      {
        stack: [
          formTitle(
            w,
            (t) => t.custody.title,
            `${model.meta.caseReference} · ${model.meta.caseTitle}`,
            counter(w, (t) => t.custody.form, i + 1, total),
          ),
        ],
        ...(i > 0 ? { pageBreak: 'before' } : {}),
      },
      { ...h1(heading), margin: [0, 0, 0, 4] },
      ...evidence(w, form),
      ...seizure(w, form),
      trail(w, form.trail),
      ...disposition(w, form),
      ...handovers(w),
    );
  });
  return { content, headings, cover: false, toc: false, title: w.one((t) => t.custody.title) };
};

function evidence(w: FormWording, f: CustodyForm): Node[] {
  const o = f.object;
  return [
    kept(
      sectionBar(w, (t) => t.custody.evidence),
      boxes(
        [
          {
            label: label(w, (t) => t.common.exhibitNumber),
            value: { text: o.exhibitNumber, bold: true, fontSize: 11 },
          },
          {
            label: label(w, (t) => t.common.quantity),
            value: {
              text: o.lotCount === null ? '1' : w.one((t) => t.common.lot, { count: o.lotCount }),
            },
          },
          {
            label: label(w, (t) => t.common.description),
            value: value(w, objectLine(w, o)),
            span: 2,
          },
          {
            label: label(w, (t) => t.common.legalStatus),
            value: { text: w.enumAll('legalStatus', o.legalStatus) },
          },
          {
            label: label(w, (t) => t.custody.condition),
            value: value(
              w,
              [
                o.condition.grade === 'unknown'
                  ? ''
                  : w.enumAll('conditionGrade', o.condition.grade),
                o.condition.note,
              ]
                .filter((s) => s !== '')
                .join(' — '),
            ),
          },
        ],
        2,
      ),
    ),
  ];
}

function seizure(w: FormWording, f: CustodyForm): Node[] {
  const bar = sectionBar(w, (t) => t.custody.seizure);
  const s = f.seizure;
  if (s === null) {
    return [
      kept(
        bar,
        boxes(
          [
            {
              label: label(w, (t) => t.common.seizureRecord),
              value: { text: w.both((t) => t.custody.noSeizure), italics: true, color: MUTED },
            },
            { label: label(w, (t) => t.common.seals), value: lines(w, f.seals) },
          ],
          1,
        ),
      ),
    ];
  }
  const items: FormBox[] = [
    { label: label(w, (t) => t.common.seizureRecord), value: { text: s.reference, bold: true } },
    { label: label(w, (t) => t.common.dateTime), value: { text: w.recorded(s.seizedAt) } },
    {
      label: label(w, (t) => t.common.place),
      value: value(w, placeText(w, s.address, s.country)),
      span: 2,
    },
    {
      label: label(w, (t) => t.common.legalBasis),
      value: {
        stack: [
          { text: w.term('legal_basis', s.legalBasis, s.legalBasisLabel) },
          ...(s.legalBasisReference !== ''
            ? [{ text: s.legalBasisReference, fontSize: 8.5, color: MUTED }]
            : []),
        ],
      },
      span: 2,
    },
    { label: label(w, (t) => t.common.authority), value: value(w, s.authority) },
    {
      label: label(w, (t) => t.custody.collectingOfficer),
      value:
        f.collectingOfficer === null ? withheldOr(w, s.officers) : { text: f.collectingOfficer },
    },
    { label: label(w, (t) => t.common.witnesses), value: lines(w, s.witnesses) },
    { label: label(w, (t) => t.common.seals), value: lines(w, f.seals) },
  ];
  return [kept(bar, boxes(items, 2))];
}

/** No collecting officer shown: withheld when one was recorded, else "not recorded". */
const withheldOr = (w: FormWording, officers: string[]): Node =>
  officers.length > 0 ? withheld(w) : value(w, '');

function person(w: FormWording, name: string | null): Node {
  return name === null ? withheld(w) : { text: name === '' ? '—' : name };
}

function trailRow(w: FormWording, e: TrailEntry): Node[] {
  const corrected = e.correctedBySeq !== null;
  const small = { fontSize: 7, color: MUTED };
  const action: Node[] = [{ text: w.enumAll('custodyAction', e.action), bold: true }];
  if (e.purpose !== '') action.push({ text: e.purpose });
  if (e.authority !== '') action.push({ text: e.authority, ...small });
  if (e.correctsSeq !== null) {
    action.push({
      text: w.both((t) => t.custody.corrects, { seq: e.correctsSeq }),
      ...small,
      italics: true,
    });
  }
  if (corrected) {
    action.push({
      text: w.both((t) => t.custody.correctedBy, { seq: e.correctedBySeq ?? '' }),
      ...small,
      italics: true,
      color: '#991b1b',
    });
  }
  const moves: Node[] = [];
  if (e.from !== '' || e.to !== '') {
    moves.push({
      text: [
        ...(e.from === null ? [withheld(w)] : [{ text: e.from === '' ? '—' : e.from }]),
        { text: ' → ', color: MUTED },
        ...(e.to === null ? [withheld(w)] : [{ text: e.to === '' ? '—' : e.to }]),
      ],
    });
  }
  if (e.location !== '') moves.push({ text: e.location, ...small });
  const seals: Node[] = [];
  if (e.sealCheck !== 'not_applicable') {
    seals.push({
      text: w.both((t) => t.custody.sealCheck, { check: w.enumAll('sealCheck', e.sealCheck) }),
      ...(e.sealCheck === 'broken' ? { color: '#991b1b', bold: true } : {}),
    });
  }
  if (e.newSealNumber !== '') {
    seals.push({ text: w.both((t) => t.custody.newSeal, { seal: e.newSealNumber }) });
  }
  const row: Node[] = [
    { text: String(e.seq), alignment: 'right' },
    { text: w.recorded(e.at) },
    { stack: action },
    moves.length > 0 ? { stack: moves } : { text: '' },
    seals.length > 0 ? { stack: seals } : { text: '' },
    { text: e.condition },
    { stack: [{ text: e.recordedBy }, { text: w.dateTime(e.recordedAt), ...small }] },
  ];
  return corrected ? row.map((c) => ({ ...c, decoration: 'lineThrough', color: MUTED })) : row;
}

function trail(w: FormWording, entries: TrailEntry[]): Node {
  const headers = [
    w.both((t) => t.custody.no),
    w.both((t) => t.common.dateTime),
    w.both((t) => t.custody.action),
    w.both((t) => t.custody.fromTo),
    w.both((t) => t.custody.seal),
    w.both((t) => t.custody.condition),
    w.both((t) => t.custody.recordedBy),
  ];
  const bar = {
    text: w.both((t) => t.custody.trail),
    bold: true,
    fontSize: 9.5,
    color: ACCENT,
    colSpan: headers.length,
    fillColor: SHADE,
  };
  const body: Node[][] = [
    [bar, ...headers.slice(1).map(() => ({ text: '' }))],
    headers.map((h) => ({ text: h, bold: true, fontSize: 7.5 })),
    ...(entries.length === 0
      ? [
          [
            {
              text: w.both((t) => t.custody.noEntries),
              italics: true,
              color: MUTED,
              colSpan: headers.length,
            },
            ...headers.slice(1).map(() => ({ text: '' })),
          ],
        ]
      : entries.map((e) => trailRow(w, e))),
  ];
  return {
    table: {
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: [14, 58, '*', '*', 66, 68, 54],
      body,
    },
    layout: {
      fillColor: (i: number) => (i === 0 ? SHADE : null),
      hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
        i === 0 ? 1.2 : i === 2 || i === node.table.body.length ? 0.8 : 0.3,
      vLineWidth: () => 0,
      hLineColor: (i: number) => (i === 0 ? ACCENT : i <= 2 ? INK : RULE),
      paddingLeft: () => 3,
      paddingRight: () => 3,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
    fontSize: 7.5,
    margin: [0, 6, 0, 8],
  };
}

function disposition(w: FormWording, f: CustodyForm): Node[] {
  const items: FormBox[] = [];
  const d = f.disposition;
  if (d !== null) {
    items.push(
      {
        label: label(w, (t) => t.custody.outcome),
        value: {
          text: `${w.enumAll('custodyAction', d.action)}, ${w.recorded(d.at)}`,
          bold: true,
        },
        span: 2,
      },
      { label: label(w, (t) => t.custody.custodian), value: person(w, d.to) },
      { label: label(w, (t) => t.common.place), value: value(w, d.location || d.authority) },
    );
  } else {
    items.push({
      label: label(w, (t) => t.custody.outcome),
      value: { text: w.both((t) => t.custody.pending), italics: true },
      span: 2,
    });
    if (f.current !== null) {
      items.push(
        { label: label(w, (t) => t.custody.currentlyAt), value: value(w, f.current.location) },
        {
          label: label(w, (t) => t.custody.custodian),
          value: f.current.custodian === null ? withheld(w) : value(w, f.current.custodian),
        },
      );
    }
  }
  items.push({
    label: label(w, (t) => t.common.legalStatus),
    value: {
      text: [
        w.enumAll('legalStatus', f.object.legalStatus),
        f.legalOn === null ? '' : `, ${w.date(f.legalOn)}`,
        f.legalReference === '' ? '' : ` — ${f.legalReference}`,
      ].join(''),
    },
    span: 2,
  });
  return [
    kept(
      sectionBar(w, (t) => t.custody.disposition),
      boxes(items, 2),
    ),
  ];
}

function handovers(w: FormWording): Node[] {
  const headers = [
    w.both((t) => t.common.dateTime),
    w.both((t) => t.custody.released),
    w.both((t) => t.custody.received),
    w.both((t) => t.custody.purpose),
    w.both((t) => t.custody.sealCheckBlank),
  ];
  const blank = () => headers.map(() => ({ text: '', margin: [0, 14, 0, 14] }));
  return [
    kept(
      sectionBar(w, (t) => t.custody.next),
      note(w, (t) => t.custody.nextIntro, { margin: [0, 3, 0, 3] }),
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: [70, '*', '*', 80, 70],
          body: [
            headers.map((h) => ({ text: h, bold: true, fontSize: 7.5 })),
            blank(),
            blank(),
            blank(),
            blank(),
          ],
        },
        layout: {
          hLineWidth: () => 0.6,
          vLineWidth: () => 0.6,
          hLineColor: () => RULE,
          vLineColor: () => RULE,
          fillColor: (i: number) => (i === 0 ? SHADE : null),
        },
        margin: [0, 0, 0, 8],
      },
    ),
  ];
}
