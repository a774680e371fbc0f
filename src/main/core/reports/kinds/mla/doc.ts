import type { Authority } from '../../../../../shared/domain/intl-request';
import type { Language } from '../../../../../shared/ipc/schemas';
import { MUTED, type Node } from '../../engine/blocks';
import type { ReportBuilder } from '../../engine/frame';
import type { ReportImage, ReportMeta } from '../../engine/model';
import type { ReportWording } from '../../engine/print-wording';
import {
  closingWith,
  dataTable,
  fieldRows,
  headingText,
  label,
  notRecorded,
  parallel,
  section,
  sectionHeading,
  sentence,
  sentenceIn,
  short,
  signatureBlock,
  titleBlock,
  typed,
  value,
} from '../request-blocks';
import { RequestWording, type RequestPick } from '../request-wording';
import { objectIdSheet } from '../shared/object-sheet';
import type { AnnexDocument, AnnexObject, MeasureData, MlaBody, PersonData } from './body';

/**
 * The mutual legal assistance request as a letter (no cover, no contents), after REFERENCE.md
 * §5.1: the header block (to, from, requested State, references, date, urgency,
 * confidentiality, legal basis), then numbered sections — requesting authority, summary, facts,
 * offences, persons concerned, assistance requested, procedures, purpose and speciality,
 * confidentiality, time limits, return of objects (when a measure asks for it), annexes — and
 * the signature block; the annexed objects' Object ID sheets follow, one per page. Bilingual:
 * headings, labels and template sentences in two columns; what was typed, once. Pure.
 */

/** Builds numbered sections, collecting their headings for the register. */
export class Sections {
  private n = 0;
  readonly headings: string[] = [];

  constructor(private readonly w: RequestWording) {}

  add(pick: RequestPick, blocks: Node[], keepFirst = true): Node[] {
    this.n += 1;
    this.headings.push(headingText(this.w, this.n, pick));
    return section(sectionHeading(this.w, this.n, pick), blocks, keepFirst);
  }

  get count(): number {
    return this.n;
  }
}

export const today = (meta: ReportMeta): string => meta.generatedAt.slice(0, 10);

/** A date in every language of the request ("12 March 2026 / 12. март 2026."). */
export const dateIn = (w: RequestWording, day: string): string => w.joined((l) => w.date(day, l));

/** The requested State's name in one language. */
export const stateName =
  (w: RequestWording) =>
  (code: string | null, l: Language): string =>
    code === null ? '' : w.country(code, l);

export const countryIn = (w: RequestWording, code: string | null): string =>
  code === null ? '' : w.joined((l) => w.country(code, l));

/** An authority as an address block: name (bold), person and function, address, contacts. */
export function authorityBlock(w: RequestWording, a: Authority): Node {
  const lines: Node[] = [{ text: a.name, bold: true }];
  const who = [a.person, a.function].filter((s) => s !== '').join(', ');
  if (who !== '') lines.push({ text: who });
  const where = [a.address, countryIn(w, a.country)].filter((s) => s !== '').join(', ');
  if (where !== '') lines.push({ text: where });
  const contact = [a.phone, a.email].filter((s) => s !== '').join(' · ');
  if (contact !== '') lines.push({ text: contact, color: MUTED });
  return { stack: lines };
}

/** The authority's particulars as label | value rows. */
export function authorityRows(w: RequestWording, a: Authority): Array<[Node, Node | null]> {
  const opt = (s: string) => (s.trim() === '' ? null : { text: s });
  return [
    [label(w, (t) => t.authority.name), { text: a.name, bold: true }],
    [label(w, (t) => t.authority.person), opt(a.person)],
    [label(w, (t) => t.authority.function), opt(a.function)],
    [label(w, (t) => t.authority.address), opt(a.address)],
    [
      label(w, (t) => t.authority.country),
      a.country === null ? null : { text: countryIn(w, a.country) },
    ],
    [label(w, (t) => t.authority.phone), opt(a.phone)],
    [label(w, (t) => t.authority.email), opt(a.email)],
  ];
}

function personBlock(w: RequestWording, p: PersonData, n: string): Node[] {
  if (p.withheld) {
    return [
      {
        text: [
          { text: `${n}  `, bold: true },
          { text: w.both((t) => t.person.withheld), italics: true, color: MUTED },
        ],
        margin: [0, 2, 0, 4],
      },
    ];
  }
  const opt = (s: string) => (s.trim() === '' ? null : { text: s });
  const roles = p.caseRoles.map((r) => w.term('party_role', r.code, r.label)).join('; ');
  const rows: Array<[Node, Node | null]> =
    p.kind === 'person'
      ? [
          [
            label(w, (t) => t.person.dateOfBirth),
            p.dateOfBirth === null
              ? null
              : { text: w.joined((l) => w.partialDate(p.dateOfBirth!, l)) },
          ],
          [label(w, (t) => t.person.placeOfBirth), opt(p.placeOfBirth)],
          [
            label(w, (t) => t.person.nationality),
            p.nationalities.length === 0
              ? null
              : { text: p.nationalities.map((c) => countryIn(w, c)).join('; ') },
          ],
          [
            label(w, (t) => t.person.identityDocument),
            p.identityDocuments.length === 0
              ? null
              : {
                  text: p.identityDocuments
                    .map((d) =>
                      [
                        w.term('identity_document', d.typeCode, d.typeLabel),
                        d.number,
                        d.country === null ? '' : `(${countryIn(w, d.country)})`,
                      ]
                        .filter((s) => s !== '')
                        .join(' '),
                    )
                    .join('; '),
                },
          ],
        ]
      : [
          [
            label(w, (t) => t.person.organisation),
            { text: w.term('organisation_type', p.organisationTypeCode, p.organisationTypeLabel) },
          ],
          [label(w, (t) => t.person.registration), opt(p.registration)],
          [
            label(w, (t) => t.person.jurisdiction),
            p.jurisdiction === null ? null : { text: countryIn(w, p.jurisdiction) },
          ],
        ];
  rows.push(
    [
      label(w, (t) => t.person.address),
      p.addresses.length === 0
        ? notRecorded(w)
        : {
            stack: p.addresses.map((a) => ({
              text: [a.text, countryIn(w, a.country)].filter((s) => s !== '').join(', '),
            })),
          },
    ],
    [label(w, (t) => t.person.roleInCase), roles === '' ? null : { text: roles }],
    [label(w, (t) => t.person.role), opt(p.role)],
    [label(w, (t) => t.person.note), opt(p.note)],
  );
  return [
    {
      stack: [
        { text: [{ text: `${n}  ` }, { text: p.name }], bold: true, margin: [0, 4, 0, 0] },
        fieldRows(rows, 130, { margin: [14, 2, 0, 6] }),
      ],
      unbreakable: true,
    },
  ];
}

function measureBlock(w: RequestWording, m: MeasureData, n: string): Node[] {
  const out: Node[] = [
    {
      stack: [
        parallel(
          w,
          w.languages.map((l) => `${n}  ${w.texts[l].measure.kinds[m.kind]}`),
          { bold: true },
          [0, 6, 0, 2],
        ),
        { ...value(w, m.details), margin: [14, 0, 0, 4] },
      ],
      unbreakable: short(m.details),
    },
  ];
  const indent = (node: Node): Node => ({ stack: [node], margin: [14, 0, 0, 0] });
  const th = (pick: RequestPick): Node => ({ text: w.both(pick), style: 'th' });
  if (m.accounts.length > 0) {
    out.push(
      indent(label(w, (t) => t.measure.accounts)),
      indent(
        dataTable(
          [
            th((t) => t.measure.iban),
            th((t) => t.measure.bank),
            th((t) => t.measure.bic),
            th((t) => t.measure.holder),
          ],
          m.accounts.map((a) => [
            { text: a.iban !== '' ? a.iban : a.accountNumber, noWrap: false },
            value(w, a.bank),
            value(w, a.bic),
            a.holderWithheld
              ? { text: w.both((t) => t.measure.withheld), italics: true, color: MUTED }
              : value(w, a.holder),
          ]),
          [150, '*', 62, '*'],
        ),
      ),
    );
  }
  if (m.objects.length > 0) {
    out.push(
      indent(label(w, (t) => t.measure.objects)),
      indent(
        dataTable(
          [th((t) => t.measure.exhibit), th((t) => t.measure.object)],
          m.objects.map((o) =>
            o.withheld
              ? [
                  { text: '—' },
                  { text: w.both((t) => t.text.objectWithheld), italics: true, color: MUTED },
                ]
              : [
                  { text: o.exhibitNumber, bold: true },
                  {
                    stack: [
                      { text: o.title },
                      o.annex === null
                        ? { text: '' }
                        : {
                            text: w.both((t) => t.measure.annexRef, { annex: o.annex }),
                            style: 'caption',
                          },
                    ],
                  },
                ],
          ),
          [60, '*'],
        ),
      ),
    );
  }
  if (m.persons.length > 0) {
    out.push(
      indent(
        fieldRows(
          [
            [
              label(w, (t) => t.measure.persons),
              {
                stack: m.persons.map((p) =>
                  p.withheld
                    ? { text: w.both((t) => t.person.withheld), italics: true, color: MUTED }
                    : { text: p.name },
                ),
              },
            ],
          ],
          120,
        ),
      ),
    );
  }
  return out;
}

export function documentsTable(w: RequestWording, docs: AnnexDocument[]): Node {
  const th = (pick: RequestPick): Node => ({ text: w.both(pick), style: 'th' });
  return dataTable(
    [{ text: '#', style: 'th' }, th((t) => t.text.title), th((t) => t.text.file)],
    docs.map((d) => {
      const annex = { text: w.one((t) => t.text.annex, { n: d.annex }), bold: true };
      if (d.withheld) {
        return [
          annex,
          { text: w.both((t) => t.text.documentWithheld), italics: true, color: MUTED, colSpan: 2 },
          {},
        ];
      }
      const what = [
        w.term('document_type', d.typeCode, d.typeLabel),
        d.number,
        d.issuedOn === null ? '' : w.partialDate(d.issuedOn),
      ]
        .filter((s) => s !== '')
        .join(' · ');
      return [
        annex,
        {
          stack: [
            { text: d.title !== '' ? d.title : what },
            d.title !== '' ? { text: what, style: 'caption' } : { text: '' },
          ],
        },
        d.sha256 === null
          ? { text: w.both((t) => t.text.noFile), italics: true, color: MUTED }
          : {
              stack: [
                { text: d.fileName ?? '' },
                { text: `SHA-256: ${d.sha256}`, fontSize: 6.5, color: MUTED },
              ],
            },
      ];
    }),
    [44, '*', 260],
  );
}

export function objectsTable(w: RequestWording, objects: AnnexObject[]): Node {
  const th = (pick: RequestPick): Node => ({ text: w.both(pick), style: 'th' });
  return dataTable(
    [{ text: '#', style: 'th' }, th((t) => t.measure.exhibit), th((t) => t.measure.object)],
    objects.map((o) => [
      { text: w.one((t) => t.text.annex, { n: o.annex }), bold: true },
      o.withheld ? { text: '—' } : { text: o.exhibitNumber, bold: true },
      o.withheld
        ? { text: w.both((t) => t.text.objectWithheld), italics: true, color: MUTED }
        : { text: o.title },
    ]),
    [44, 60, '*'],
  );
}

/** The annexed objects' Object ID sheets, one per page. */
export function objectSheets(
  w: RequestWording,
  rw: ReportWording,
  objects: AnnexObject[],
  images: Record<string, ReportImage>,
): { content: Node[]; headings: string[] } {
  const content: Node[] = [];
  const headings: string[] = [];
  for (const o of objects) {
    if (o.withheld || o.sheet === null) continue;
    const values = { n: o.annex, object: `${o.exhibitNumber} — ${o.title}` };
    headings.push(w.one((t) => t.text.annexObjectTitle, values));
    content.push(
      {
        ...parallel(
          w,
          w.all((t) => t.text.annexObjectTitle, values),
          { fontSize: 11, bold: true, color: '#1e3a5f' },
          [0, 0, 0, 6],
        ),
        pageBreak: 'before',
      },
      ...objectIdSheet(o.sheet, images, rw),
    );
  }
  return { content, headings };
}

export function annexesSection(
  w: RequestWording,
  docs: AnnexDocument[],
  objects: AnnexObject[],
): Node[] {
  if (docs.length === 0 && objects.length === 0) return [sentence(w, (t) => t.text.noAnnexes)];
  const out: Node[] = [];
  if (docs.length > 0) {
    out.push(
      { ...label(w, (t) => t.text.annexDocuments), margin: [0, 2, 0, 0] },
      documentsTable(w, docs),
      { text: w.both((t) => t.text.hashNote), style: 'caption', margin: [0, -4, 0, 8] },
    );
  }
  if (objects.length > 0) {
    out.push(
      { ...label(w, (t) => t.text.annexObjects), margin: [0, 2, 0, 0] },
      objectsTable(w, objects),
    );
  }
  return out;
}

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
