import { returnClock } from '../../../../../shared/domain/intl-request';
import { MUTED, type Node } from '../../engine/blocks';
import type { ReportBuilder } from '../../engine/frame';
import type { ReturnBody } from '../mla/body';
import {
  annexesSection,
  authorityBlock,
  authorityRows,
  countryIn,
  dateIn,
  objectSheets,
  objectsTable,
  Sections,
  stateName,
  today,
} from '../mla/doc';
import {
  closingWith,
  fieldRows,
  label,
  notRecorded,
  sentence,
  sentenceIn,
  short,
  signatureBlock,
  titleBlock,
  typed,
  value,
} from '../request-blocks';
import { RequestWording } from '../request-wording';

/**
 * The request for the return of a cultural object unlawfully removed (Directive 2014/60/EU,
 * Arts. 5, 6 and 8; REFERENCE.md §4.5), as a letter: header block, then the description of the
 * object(s), their status as cultural objects or national treasures with the legal basis, the
 * declaration of unlawful removal, the known location and holder, the date of awareness with the
 * 3-year clock (deadline and days left on the day of generation; the 75-year rule for public
 * collections), the central authorities, the annexes (documents with SHA-256) and the signature
 * block; then one Object ID sheet with photos per object. Pure.
 */
export const buildReturn: ReportBuilder<ReturnBody> = (model, rw) => {
  const { meta, body: b, images } = model;
  const w = RequestWording.of(meta);
  const s = new Sections(w);
  const state = countryIn(w, b.requestedState);
  const day = today(meta);
  const clock = returnClock(b.awareOn, day);

  const header = fieldRows(
    [
      [label(w, (t) => t.header.to), authorityBlock(w, b.to)],
      [label(w, (t) => t.header.from), authorityBlock(w, b.from)],
      [label(w, (t) => t.header.requestedState), { text: state, bold: true }],
      [
        label(w, (t) => t.header.reference),
        { text: [b.reference, meta.caseReference].filter((x) => x !== '').join(' · ') },
      ],
      [
        label(w, (t) => t.header.imiReference),
        b.imiReference.trim() === '' ? null : { text: b.imiReference },
      ],
      [label(w, (t) => t.header.date), { text: dateIn(w, day) }],
    ],
    120,
  );

  const removalDate = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(b.removalDate.trim())
    ? w.joined((l) => w.partialDate(b.removalDate.trim(), l))
    : b.removalDate;

  const holder: Node[] = [];
  if (b.holderParty !== null) {
    const p = b.holderParty;
    holder.push(
      p.withheld
        ? { text: w.both((t) => t.person.withheld), italics: true, color: MUTED }
        : {
            stack: [
              { text: p.name, bold: true },
              ...p.addresses.map((a) => ({
                text: [a.text, countryIn(w, a.country)].filter((x) => x !== '').join(', '),
              })),
            ],
          },
    );
  }
  if (b.holder.trim() !== '') holder.push({ text: b.holder });

  const clockRows = fieldRows(
    [
      [
        label(w, (t) => t.return.awareOn),
        b.awareOn === null ? notRecorded(w) : { text: dateIn(w, b.awareOn), bold: true },
      ],
      [
        label(w, (t) => t.return.deadline),
        clock === null
          ? notRecorded(w)
          : { text: dateIn(w, clock.deadline), bold: true, color: '#991b1b' },
      ],
      [
        label(w, (t) => t.return.daysLeft),
        clock === null
          ? null
          : clock.daysLeft >= 0
            ? { text: w.both((t) => t.return.daysLeftValue, { days: clock.daysLeft }), bold: true }
            : {
                text: w.both((t) => t.return.passed, { days: -clock.daysLeft }),
                bold: true,
                color: '#991b1b',
              },
      ],
    ],
    170,
  );

  const content: Node[] = [
    titleBlock(w, (t) => t.title.return),
    { text: b.title, color: MUTED, margin: [0, -4, 0, 8] },
    header,
    sentenceIn(
      w,
      (t) => t.return.intro,
      (l) => ({ state: stateName(w)(b.requestedState, l) }),
    ),
    ...s.add(
      (t) => t.return.sections.object,
      [sentence(w, (t) => t.return.objectsIntro), objectsTable(w, b.objects)],
    ),
    ...s.add(
      (t) => t.return.sections.status,
      [
        typed(w, b.culturalStatus),
        fieldRows([[label(w, (t) => t.return.legalBasis), value(w, b.legalBasis)]], 140),
      ],
      short(b.culturalStatus),
    ),
    ...s.add(
      (t) => t.return.sections.removal,
      [
        sentence(w, (t) => t.return.declaration, undefined, { bold: true }),
        fieldRows(
          [
            [label(w, (t) => t.return.removalDate), value(w, removalDate)],
            [label(w, (t) => t.return.circumstances), value(w, b.removalCircumstances)],
            [label(w, (t) => t.return.provisionBreached), value(w, b.provisionBreached)],
          ],
          140,
        ),
      ],
    ),
    ...s.add(
      (t) => t.return.sections.location,
      [
        fieldRows(
          [
            [label(w, (t) => t.return.location), value(w, b.location)],
            [
              label(w, (t) => t.return.holder),
              holder.length === 0 ? notRecorded(w) : { stack: holder },
            ],
          ],
          140,
        ),
      ],
    ),
    ...s.add(
      (t) => t.return.sections.time,
      [
        clockRows,
        { ...sentence(w, (t) => t.return.clockNote), fontSize: 8.5 },
        ...(b.publicCollection
          ? [sentence(w, (t) => t.return.publicCollection, undefined, { bold: true })]
          : []),
      ],
    ),
    ...s.add(
      (t) => t.return.sections.contacts,
      [fieldRows(authorityRows(w, b.from), 140), sentence(w, (t) => t.return.contacts)],
    ),
    ...closingWith(
      s.add(
        (t) => t.return.sections.annexes,
        annexesSection(w, b.annexDocuments, b.objects),
        false,
      ),
      signatureBlock(w, b.from.name, b.from.person, b.from.function, dateIn(w, day)),
    ),
  ];
  const sheets = objectSheets(w, rw, b.objects, images);
  return {
    content: [...content, ...sheets.content],
    headings: [...s.headings, ...sheets.headings],
    cover: false,
    toc: false,
    title: w.one((t) => t.title.return),
    subtitle: state,
  };
};
