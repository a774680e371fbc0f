import { fields, h2, h3, muted, MUTED, type Node } from '../../engine/blocks';
import type { ReportImage } from '../../engine/model';
import type { ReportWording } from '../../engine/print-wording';
import { objectIdSheet } from '../shared/object-sheet';
import {
  country,
  enumOf,
  kept,
  label,
  localDateTime,
  rowsOf,
  term,
  titledGrid,
  withheld,
  type D,
} from './core-print-common';
import type { ObjectEntry } from './core-types';

/**
 * The dossier's objects section, print side (pure): per object, on its own page, the Object ID
 * sheet, then the legal position, valuation, chain of custody and database checks.
 */

function legalBlock(o: ObjectEntry, w: ReportWording): Node[] {
  const L = (pick: (d: D) => string) => label(w, pick);
  const g = o.legal;
  const yesNo = (b: boolean) => L((d) => (b ? d.objects.yes : d.objects.no));
  const origin =
    g.countryOfOrigin === null
      ? ''
      : `${country(w, g.countryOfOrigin)} (${enumOf(w, 'certainty', g.countryOfOriginCertainty)})`;
  const condition = [enumOf(w, 'conditionGrade', g.condition.grade), g.condition.note]
    .filter((x) => x !== '')
    .join(' — ');
  const out: Node[] = kept(
    h3(L((d) => d.objects.legal)),
    fields(
      rowsOf(w, [
        [L((d) => d.objects.status), enumOf(w, 'legalStatus', g.status), true],
        [
          L((d) => d.objects.unesco),
          g.unesco1970.map((c) => enumOf(w, 'unesco1970', c)).join('\n'),
        ],
        [
          L((d) => d.objects.eu2019880),
          g.eu2019880Part === null ? '' : enumOf(w, 'eu2019880Part', g.eu2019880Part),
        ],
        [
          L((d) => d.objects.reg116),
          g.reg116Category === null ? '' : term(w, 'reg116_category', g.reg116Category),
        ],
        [L((d) => d.objects.nationalTreasure), yesNo(g.nationalTreasure), true],
        [L((d) => d.objects.countryOfOrigin), origin, true],
        [L((d) => d.objects.authenticity), enumOf(w, 'authenticity', g.authenticity), true],
        [L((d) => d.objects.condition), condition],
      ]),
    ),
  );
  if (g.history.length > 0) {
    out.push(
      titledGrid(
        L((d) => d.objects.history),
        [L((d) => d.objects.date), L((d) => d.objects.change), L((d) => d.objects.reference)],
        g.history.map((h) => [
          w.date(h.on),
          [h.from === null ? '' : enumOf(w, 'legalStatus', h.from), enumOf(w, 'legalStatus', h.to)]
            .filter((x) => x !== '')
            .join(' → '),
          [h.reference, h.note].filter((x) => x !== '').join(' — '),
        ]),
        [80, 150, '*'],
      ),
    );
  }
  return out;
}

function valuationBlock(o: ObjectEntry, w: ReportWording): Node[] {
  const L = (pick: (d: D) => string) => label(w, pick);
  const v = o.valuation;
  if (v === null)
    return kept(h3(L((d) => d.objects.valuation)), muted(L((d) => d.objects.notValued)));
  return kept(
    h3(L((d) => d.objects.valuation)),
    fields(
      rowsOf(w, [
        [L((d) => d.objects.value), w.amount(v.amount, v.currency), true],
        [L((d) => d.objects.basis), enumOf(w, 'valuationBasis', v.basis), true],
        [L((d) => d.objects.valuer), v.valuer],
        [L((d) => d.objects.valuedOn), v.on === null ? '' : w.partialDate(v.on)],
      ]),
    ),
  );
}

function custodyBlock(o: ObjectEntry, w: ReportWording): Node[] {
  const L = (pick: (d: D) => string) => label(w, pick);
  const head = h3(L((d) => d.objects.custody));
  if (o.custody.length === 0) return kept(head, muted(L((d) => d.objects.noCustody)));
  return [
    titledGrid(
      L((d) => d.objects.custody),
      [
        L((d) => d.objects.at),
        L((d) => d.objects.action),
        L((d) => d.objects.fromTo),
        L((d) => d.objects.place),
        L((d) => d.objects.seal),
        L((d) => d.objects.by),
      ],
      o.custody.map((e) => {
        const struck = e.correctedBySeq !== null;
        const action: Node = {
          stack: [
            {
              text: `${e.seq}. ${enumOf(w, 'custodyAction', e.action)}`,
              ...(struck ? { decoration: 'lineThrough' } : {}),
            },
            ...(struck
              ? [
                  {
                    text: w.one((t) => t.dossier.objects.corrected, { seq: e.correctedBySeq! }),
                    color: MUTED,
                    italics: true,
                  },
                ]
              : []),
          ],
        };
        const seal = [
          e.sealCheck === 'not_applicable' ? '' : enumOf(w, 'sealCheck', e.sealCheck),
          e.newSealNumber,
        ]
          .filter((x) => x !== '')
          .join(' · ');
        return [
          localDateTime(w, e.at),
          action,
          [e.from, e.to].filter((x) => x !== '').join(' → '),
          e.location,
          seal,
          e.recordedBy,
        ];
      }),
      [72, 70, '*', 80, 56, 58],
    ),
  ];
}

function checksBlock(o: ObjectEntry, w: ReportWording): Node[] {
  const L = (pick: (d: D) => string) => label(w, pick);
  const head = h3(L((d) => d.objects.checks));
  if (o.checks.length === 0) return kept(head, muted(L((d) => d.objects.noChecks)));
  return [
    titledGrid(
      L((d) => d.objects.checks),
      [
        L((d) => d.objects.database),
        L((d) => d.objects.date),
        L((d) => d.objects.result),
        L((d) => d.objects.reference),
      ],
      o.checks.map((c) => [
        term(w, 'check_database', c.database),
        w.date(c.checkedOn),
        enumOf(w, 'checkResult', c.result),
        c.reference,
      ]),
      ['*', 80, 80, 130],
    ),
  ];
}

export function objectsContent(
  objects: { entries: ObjectEntry[]; withheld: number },
  images: Record<string, ReportImage>,
  w: ReportWording,
): { content: Node[]; headings: string[] } {
  const content: Node[] = [];
  const headings: string[] = [];
  if (objects.entries.length === 0) content.push(muted(label(w, (d) => d.objects.noObjects)));
  content.push(...withheld(w, objects.withheld));
  objects.entries.forEach((o, i) => {
    const heading = `${o.exhibitNumber} · ${o.displayTitle}`;
    headings.push(heading);
    content.push(
      h2(heading, { pageBreak: i > 0 }),
      ...objectIdSheet(o.sheet, images, w),
      ...legalBlock(o, w),
      ...valuationBlock(o, w),
      ...custodyBlock(o, w),
      ...checksBlock(o, w),
    );
  });
  return { content, headings };
}
