import { ACCENT, CONTENT_WIDTH, grid, h1, INK, MUTED, type Node } from '../../engine/blocks';
import type { ReportBuilder } from '../../engine/frame';
import {
  boxes,
  kept,
  label,
  lines,
  note,
  objectLine,
  placeText,
  sectionBar,
  signatureBoxes,
  value,
  withheld,
  type FormBox,
} from '../form-blocks';
import { FormWording } from '../form-wording';
import type { ReceiptBody, ReceiptItem } from './body';

/** The seizure receipt: one form, "copy for the holder", with signature boxes at the end. */
export const buildSeizureReceipt: ReportBuilder<ReceiptBody> = (model) => {
  const w = FormWording.of(model.meta);
  const { meta, body } = model;
  const s = body.seizure;
  const heading = `${w.one((t) => t.receipt.title)} — ${s.reference}`;

  const record: FormBox[] = [
    { label: label(w, (t) => t.common.authority), value: value(w, s.authority), span: 2 },
    { label: label(w, (t) => t.receipt.recordNumber), value: { text: s.reference, bold: true } },
    { label: label(w, (t) => t.receipt.receiptNumber), value: value(w, s.receiptNumber) },
    { label: label(w, (t) => t.common.dateTime), value: { text: w.recorded(s.seizedAt) } },
    { label: label(w, (t) => t.common.place), value: value(w, placeText(w, s.address, s.country)) },
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
  ];

  const holder: FormBox[] = [];
  const h = body.holder;
  if (h === 'withheld') {
    holder.push({ label: label(w, (t) => t.receipt.holderName), value: withheld(w), span: 2 });
  } else if (h === null) {
    holder.push({ label: label(w, (t) => t.receipt.holderName), value: value(w, ''), span: 2 });
  } else {
    holder.push({
      label: label(w, (t) => t.receipt.holderName),
      value: { text: h.name, bold: true },
      span: h.address === '' ? 2 : 1,
    });
    if (h.address !== '') {
      holder.push({
        label: label(w, (t) => t.receipt.holderAddress),
        value: { text: placeText(w, h.address, h.country) },
      });
    }
  }
  if (!body.holderPresent) {
    holder.push({
      label: label(w, (t) => t.receipt.holder),
      value: { text: w.both((t) => t.receipt.holderAbsent), italics: true },
      span: 2,
    });
  }

  const total = body.items.reduce((n, i) => n + i.quantity, 0);
  const content: Node[] = [
    {
      columns: [
        { ...h1(heading), fontSize: 13, margin: [0, 0, 0, 0], width: '*' },
        {
          text: w.both((t) => t.receipt.copyForHolder).toUpperCase(),
          width: 'auto',
          fontSize: 8.5,
          bold: true,
          color: ACCENT,
          margin: [8, 3, 0, 0],
        },
      ],
    },
    meta.unit === '' ? { text: '' } : { text: meta.unit, fontSize: 8.5, color: MUTED },
    {
      canvas: [
        { type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 1.2, lineColor: INK },
      ],
      margin: [0, 4, 0, 6],
    },
    boxes(record, 2),
    kept(
      sectionBar(w, (t) => t.receipt.holder),
      boxes(holder, 2),
    ),
    sectionBar(w, (t) => t.receipt.objects),
    objectsTable(w, body.items, total),
    ...(body.objectsWithheld ? [note(w, (t) => t.common.withheld)] : []),
    boxes(
      [
        {
          label: label(w, (t) => t.common.seals),
          value: s.sealNumbers.length === 0 ? lines(w, []) : { text: s.sealNumbers.join(', ') },
        },
        { label: label(w, (t) => t.common.officers), value: lines(w, s.officers) },
        { label: label(w, (t) => t.common.witnesses), value: lines(w, s.witnesses) },
      ],
      3,
    ),
    note(w, (t) => t.receipt.statement, { fontSize: 8.5, color: INK, margin: [0, 0, 0, 2] }),
    kept(
      sectionBar(w, (t) => t.receipt.signatures),
      signatureBoxes(w, [
        (t) => t.receipt.officerSignature,
        (t) => t.receipt.witnessSignature,
        (t) => t.receipt.holderSignature,
      ]),
      note(w, (t) => t.receipt.holderNote, { fontSize: 8.5, bold: true }),
    ),
  ];
  return {
    content,
    headings: [heading],
    cover: false,
    toc: false,
    title: w.one((t) => t.receipt.title),
  };
};

function condition(w: FormWording, i: ReceiptItem): string {
  if (i.conditionAtSeizure !== '') return i.conditionAtSeizure;
  const c = i.object.condition;
  return [c.grade === 'unknown' ? '' : w.enumAll('conditionGrade', c.grade), c.note]
    .filter((s) => s !== '')
    .join(' — ');
}

function objectsTable(w: FormWording, items: ReceiptItem[], total: number): Node {
  if (items.length === 0) {
    return note(w, (t) => t.receipt.noObjects, { margin: [0, 4, 0, 8] });
  }
  const rows: Array<Array<Node | string>> = items.map((i) => [
    { text: i.object.exhibitNumber, bold: true },
    {
      stack: [
        { text: objectLine(w, i.object) },
        ...(i.describedItems > 0
          ? [
              {
                text: w.both((t) => t.receipt.describedIndividually, { count: i.describedItems }),
                fontSize: 7.5,
                color: MUTED,
              },
            ]
          : []),
      ],
    },
    { text: w.number(i.quantity), alignment: 'right' },
    condition(w, i),
    i.seals.join('\n'),
  ]);
  rows.push([
    { text: '' },
    { text: w.both((t) => t.receipt.totalItems), bold: true, alignment: 'right' },
    { text: w.number(total), bold: true, alignment: 'right' },
    { text: '' },
    { text: '' },
  ]);
  return grid(
    [
      w.both((t) => t.receipt.exhibit),
      w.both((t) => t.common.description),
      w.both((t) => t.common.quantity),
      w.both((t) => t.custody.condition),
      w.both((t) => t.common.seals),
    ],
    rows,
    [42, '*', 44, 100, 72],
    { margin: [0, 0, 0, 8] },
  );
}
