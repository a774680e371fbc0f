import { MUTED, type Node } from '../../engine/blocks';
import type { ReportBuilder } from '../../engine/frame';
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
import type { MlaBody } from './body';
import { annexesSection, objectSheets } from './doc-annexes';
import {
  authorityBlock,
  authorityRows,
  countryIn,
  dateIn,
  Sections,
  stateName,
  today,
} from './doc-common';
import { measureBlock, personBlock } from './doc-persons';

export { annexesSection, documentsTable, objectSheets, objectsTable } from './doc-annexes';
export {
  authorityBlock,
  authorityRows,
  countryIn,
  dateIn,
  Sections,
  stateName,
  today,
} from './doc-common';

/**
 * The mutual legal assistance request as a letter (no cover, no contents), after REFERENCE.md
 * §5.1: the header block (to, from, requested State, references, date, urgency,
 * confidentiality, legal basis), then numbered sections — requesting authority, summary, facts,
 * offences, persons concerned, assistance requested, procedures, purpose and speciality,
 * confidentiality, time limits, return of objects (when a measure asks for it), annexes — and
 * the signature block; the annexed objects' Object ID sheets follow, one per page. Bilingual:
 * headings, labels and template sentences in two columns; what was typed, once. Pure.
 */

export const buildMla: ReportBuilder<MlaBody> = (model, rw) => {
  const { meta, body: b, images } = model;
  const w = RequestWording.of(meta);
  const s = new Sections(w);
  const state = countryIn(w, b.requestedState);
  const stateIn = stateName(w);
  const reference = [b.reference, meta.caseReference].filter((x) => x !== '');

  const header = fieldRows(
    [
      [label(w, (t) => t.header.to), authorityBlock(w, b.to)],
      [label(w, (t) => t.header.from), authorityBlock(w, b.from)],
      [label(w, (t) => t.header.requestedState), { text: state, bold: true }],
      [label(w, (t) => t.header.reference), { text: reference.join(' · ') }],
      [label(w, (t) => t.header.date), { text: dateIn(w, today(meta)) }],
      [
        label(w, (t) => t.header.urgency),
        b.urgent
          ? {
              stack: [
                { text: w.both((t) => t.header.urgent), bold: true, color: '#991b1b' },
                ...(b.urgencyReason.trim() !== '' ? [{ text: b.urgencyReason }] : []),
              ],
            }
          : { text: w.both((t) => t.header.notUrgent) },
      ],
      [
        label(w, (t) => t.header.confidentiality),
        { text: w.both((t) => t.header.confidential), bold: true },
      ],
      [label(w, (t) => t.header.legalBasis), value(w, b.legalBasis)],
    ],
    120,
  );

  const offences: Node[] = b.offences.map((o, i) => ({
    stack: [
      {
        text: [
          { text: `4.${i + 1}  ` },
          { text: o.qualification },
          ...(o.code !== null && o.codeLabel !== o.qualification
            ? [
                {
                  text: ` — ${w.term('offence_type', o.code, o.codeLabel)}`,
                  bold: false,
                  color: MUTED,
                },
              ]
            : []),
        ],
        bold: true,
        margin: [0, 4, 0, 0],
      },
      fieldRows(
        [
          [label(w, (t) => t.offence.provision), value(w, o.provision)],
          [
            label(w, (t) => t.offence.legalText),
            o.legalText.trim() === ''
              ? notRecorded(w)
              : { text: `“${o.legalText.trim()}”`, italics: true },
          ],
          [label(w, (t) => t.offence.maxPenalty), value(w, o.maxPenalty)],
          [label(w, (t) => t.offence.limitation), value(w, o.limitation)],
        ],
        130,
        { margin: [14, 2, 0, 6] },
      ),
    ],
    unbreakable: short(o.legalText),
  }));

  const persons =
    b.persons.length === 0
      ? [sentence(w, (t) => t.person.none)]
      : b.persons.flatMap((p, i) => personBlock(w, p, `5.${i + 1}`));
  const measures = b.measures.flatMap((m, i) => measureBlock(w, m, `6.${i + 1}`));

  const time: Node[] = [];
  if (b.urgent) {
    time.push(sentence(w, (t) => t.text.urgent, undefined, { bold: true }));
    if (b.urgencyReason.trim() !== '') time.push(typed(w, b.urgencyReason));
  }
  time.push(
    b.deadline !== null
      ? sentenceIn(
          w,
          (t) => t.text.deadline,
          (l) => ({ date: w.date(b.deadline!, l) }),
          { bold: true },
        )
      : sentence(w, (t) => t.text.noDeadline),
  );

  const content: Node[] = [
    titleBlock(w, (t) => t.title.mla),
    { text: b.title, color: MUTED, margin: [0, -4, 0, 8] },
    header,
    sentenceIn(
      w,
      (t) => t.mla.intro,
      (l) => ({ state: stateIn(b.requestedState, l) }),
    ),
    ...s.add(
      (t) => t.mla.sections.authority,
      [
        fieldRows(
          [
            ...authorityRows(w, b.from),
            [
              label(w, (t) => t.authority.conducting),
              b.conductingAuthority.trim() === '' ? null : { text: b.conductingAuthority },
            ],
            [label(w, (t) => t.authority.subject), value(w, b.subject)],
          ],
          140,
        ),
      ],
    ),
    ...s.add((t) => t.mla.sections.summary, [typed(w, b.summary)], short(b.summary)),
    ...s.add((t) => t.mla.sections.facts, [typed(w, b.facts)], short(b.facts)),
    ...s.add((t) => t.mla.sections.offences, offences),
    ...s.add((t) => t.mla.sections.persons, persons),
    ...s.add((t) => t.mla.sections.measures, measures),
    ...s.add(
      (t) => t.mla.sections.procedures,
      [
        b.procedures.trim() !== ''
          ? typed(w, b.procedures)
          : sentence(w, (t) => t.text.noProcedures),
      ],
      short(b.procedures),
    ),
    ...s.add(
      (t) => t.mla.sections.purpose,
      [typed(w, b.purpose), sentence(w, (t) => t.text.speciality)],
    ),
    ...s.add(
      (t) => t.mla.sections.confidentiality,
      [
        sentence(w, (t) => t.text.confidentiality),
        ...(b.confidentiality.trim() !== '' ? [typed(w, b.confidentiality)] : []),
      ],
    ),
    ...s.add((t) => t.mla.sections.time, time),
    ...(b.returnRequested
      ? s.add((t) => t.mla.sections.return, [sentence(w, (t) => t.text.return)])
      : []),
    ...closingWith(
      s.add(
        (t) => t.mla.sections.annexes,
        annexesSection(w, b.annexDocuments, b.annexObjects),
        false,
      ),
      signatureBlock(w, b.from.name, b.from.person, b.from.function, dateIn(w, today(meta))),
    ),
  ];
  const sheets = objectSheets(w, rw, b.annexObjects, images);
  return {
    content: [...content, ...sheets.content],
    headings: [...s.headings, ...sheets.headings],
    cover: false,
    toc: false,
    title: w.one((t) => t.title.mla),
    subtitle: state,
  };
};
