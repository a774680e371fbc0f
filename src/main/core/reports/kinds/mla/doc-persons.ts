import { MUTED, type Node } from '../../engine/blocks';
import {
  dataTable,
  fieldRows,
  label,
  notRecorded,
  parallel,
  short,
  value,
} from '../request-blocks';
import type { RequestPick, RequestWording } from '../request-wording';
import type { MeasureData, PersonData } from './body';
import { countryIn } from './doc-common';

/**
 * The MLA request's persons concerned and measures requested, print side (pure): a person's or
 * organisation's particulars, and a measure with its accounts, objects and persons.
 */

export function personBlock(w: RequestWording, p: PersonData, n: string): Node[] {
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

export function measureBlock(w: RequestWording, m: MeasureData, n: string): Node[] {
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
