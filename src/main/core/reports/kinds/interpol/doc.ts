import { grid, h1, type Node } from '../../engine/blocks';
import type { ReportBuilder } from '../../engine/frame';
import {
  boxes,
  counter,
  formTitle,
  kept,
  label,
  note,
  notRecorded,
  placeText,
  sectionBar,
  value,
  type FormBox,
} from '../form-blocks';
import { FormWording } from '../form-wording';
import { objectIdSheet } from '../shared/object-sheet';
import type { InterpolBody, InterpolSheet } from './body';

/**
 * The INTERPOL stolen cultural property sheet: one form per object, page after page, boxed
 * fields labelled in the report's language (and the second, beneath, when bilingual).
 */
export const buildInterpol: ReportBuilder<InterpolBody> = (model, rw) => {
  const w = FormWording.of(model.meta);
  const { meta, body, images } = model;
  const headings: string[] = [];
  const content: Node[] = [];
  const total = body.sheets.length;

  body.sheets.forEach((sheet, i) => {
    const heading = `${sheet.exhibitNumber} — ${sheet.displayTitle}`;
    headings.push(heading);
    content.push(
      {
        stack: [
          formTitle(
            w,
            (t) => t.interpol.title,
            w.both((t) => t.interpol.subtitle),
            counter(w, (t) => t.interpol.sheet, i + 1, total),
          ),
        ],
        ...(i > 0 ? { pageBreak: 'before' } : {}),
      },
      { ...h1(heading), margin: [0, 0, 0, 4] },
      ...identification(w, sheet, objectIdSheet(sheet.object, images, rw)),
      ...circumstances(w, sheet),
      ...checks(w, sheet),
      kept(
        sectionBar(w, (t) => t.interpol.reporting),
        boxes([
          { label: label(w, (t) => t.interpol.unit), value: value(w, meta.unit) },
          {
            label: label(w, (t) => t.interpol.caseReference),
            value: value(w, meta.caseReference),
          },
          {
            label: label(w, (t) => t.interpol.prosecutionReference),
            value: value(w, meta.prosecutionReference),
          },
          { label: label(w, (t) => t.interpol.contact), value: value(w, body.contact) },
          {
            label: label(w, (t) => t.interpol.ncb),
            value: {
              text: w.both((t) => t.interpol.ncbBlank),
              color: '#9ca3af',
              italics: true,
              margin: [0, 8, 0, 0],
            },
          },
          {
            label: label(w, (t) => t.interpol.date),
            value: { text: w.date(meta.generatedAt.slice(0, 10)) },
          },
        ]),
        note(w, (t) => t.interpol.noPersonalData),
      ),
    );
  });

  return {
    content,
    headings,
    cover: false,
    toc: false,
    title: w.one((t) => t.interpol.title),
  };
};

/** Section 1: the shared Object ID sheet (fields, then photos), its bar kept with the fields. */
function identification(w: FormWording, s: InterpolSheet, sheet: Node[]): Node[] {
  const [first, ...rest] = sheet;
  const bar = sectionBar(w, (t) => t.interpol.identification);
  if (first === undefined) return [bar, { text: s.exhibitNumber, bold: true }];
  return [kept(bar, { ...first, margin: [0, 0, 0, 8] }), ...rest];
}

function circumstances(w: FormWording, s: InterpolSheet): Node[] {
  const items: FormBox[] = [];
  if (s.seizure !== null) {
    const z = s.seizure;
    items.push(
      { label: label(w, (t) => t.interpol.seizureDate), value: { text: w.recorded(z.seizedAt) } },
      { label: label(w, (t) => t.common.seizureRecord), value: value(w, z.reference) },
      {
        label: label(w, (t) => t.interpol.seizurePlace),
        value: value(w, placeText(w, z.address, z.country)),
        span: 2,
      },
      { label: label(w, (t) => t.common.authority), value: value(w, z.authority), span: 2 },
      {
        label: label(w, (t) => t.common.legalBasis),
        value: {
          stack: [
            { text: w.term('legal_basis', z.legalBasis, z.legalBasisLabel) },
            ...(z.legalBasisReference !== ''
              ? [{ text: z.legalBasisReference, fontSize: 8.5, color: '#4b5563' }]
              : []),
          ],
        },
        span: 2,
      },
    );
  } else {
    items.push({
      label: label(w, (t) => t.common.seizureRecord),
      value: { text: w.both((t) => t.interpol.noSeizure), italics: true, color: '#4b5563' },
      span: 2,
    });
  }
  if (s.thefts.length === 0) {
    items.push({
      label: label(w, (t) => t.interpol.theft),
      value: { text: w.both((t) => t.interpol.noTheft), italics: true, color: '#4b5563' },
      span: 2,
    });
  }
  for (const e of s.thefts) {
    items.push(
      {
        label: label(w, (t) => t.interpol.theft),
        value: { text: w.both((t) => t.eventType[e.type]), bold: true },
      },
      { label: label(w, (t) => t.interpol.theftDate), value: value(w, e.date) },
      {
        label: label(w, (t) => t.interpol.theftPlace),
        value: value(w, placeText(w, e.address, e.country)),
        span: 2,
      },
    );
  }
  return [
    kept(
      sectionBar(w, (t) => t.interpol.circumstances),
      boxes(items),
    ),
  ];
}

function checks(w: FormWording, s: InterpolSheet): Node[] {
  const bar = sectionBar(w, (t) => t.interpol.checks);
  if (s.checks.length === 0) {
    return [
      kept(
        bar,
        boxes(
          [
            {
              label: label(w, (t) => t.interpol.checkDatabase),
              value: { ...notRecorded(w), text: w.both((t) => t.interpol.noChecks) },
            },
          ],
          1,
        ),
      ),
    ];
  }
  return [
    kept(
      bar,
      grid(
        [
          w.both((t) => t.interpol.checkDatabase),
          w.both((t) => t.interpol.checkedOn),
          w.both((t) => t.interpol.checkResult),
          w.both((t) => t.interpol.checkReference),
        ],
        s.checks.map((c) => [
          w.term('check_database', c.database, c.databaseLabel),
          w.date(c.checkedOn),
          { text: w.enumAll('checkResult', c.result), bold: c.result !== 'no_hit' },
          value(w, c.reference),
        ]),
        ['*', 90, 90, 120],
        { margin: [0, 0, 0, 8] },
      ),
    ),
  ];
}
