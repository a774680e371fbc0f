import type { HandlingCode } from '../../../../../shared/domain/common';
import type { AspectSummary } from '../../../../../shared/domain/expert-views';
import { fields, grid, h2, h3, muted, valueOr, type Node } from '../../engine/blocks';
import type { ReportWording } from '../../engine/print-wording';
import {
  headedGrid,
  keepWithNext,
  objectTitle,
  opening,
  sub,
  type PrintedSection,
} from './analysis-print-common';
import type { IndicatorsData, OpinionItem, OpinionObject, OpinionsData } from './analysis-types';
import type { AnalysisWords } from './analysis-words';

/**
 * Expert opinions per object with the summary of agreements and disputes, and the indicators
 * with the risk overview (print side, pure).
 */

const enumText = (w: ReportWording, name: string, value: string) =>
  w.joined((l) => w.enumLabel(l, name, value));

function datingText(o: OpinionItem, w: ReportWording): string {
  const years = w.years(o.dating.earliest, o.dating.latest);
  return [years, o.dating.text.trim()].filter((s) => s !== '').join(' — ');
}

function originText(o: OpinionItem, w: ReportWording): string {
  const country = o.origin.country !== null ? w.country(o.origin.country) : '';
  return [o.origin.text.trim(), country].filter((s) => s !== '').join(', ');
}

function opinionFields(
  o: OpinionItem,
  data: OpinionsData,
  aw: AnalysisWords,
  w: ReportWording,
): Node {
  const expert = [
    o.expertName,
    o.expertTitle,
    o.expertInstitution,
    o.expertCountry !== null ? w.country(o.expertCountry) : '',
  ]
    .filter((s) => s.trim() !== '')
    .join(', ');
  const methods = o.methods.map((m) => enumText(w, 'opinionMethod', m)).join(', ');
  const rows: Array<[string, Node | string]> = [
    [w.both((t) => t.analysis.opinions.expert), expert],
    [w.both((t) => t.analysis.opinions.date), w.date(o.date)],
    [
      w.both((t) => t.analysis.opinions.methods),
      o.methodNote.trim() !== '' ? `${methods} — ${o.methodNote}` : methods,
    ],
  ];
  const aspects: Array<[string, string]> = [
    [
      'authenticity',
      o.authenticity !== null ? enumText(w, 'authenticityFinding', o.authenticity) : '',
    ],
    ['dating', datingText(o, w)],
    ['origin', originText(o, w)],
    ['value', o.value !== null ? w.amount(o.value.amount, o.value.currency) : ''],
    [
      'redList',
      o.redListCategory !== null
        ? w.term(
            'red_list_category',
            o.redListCategory,
            data.redListLabels[o.redListCategory] ?? o.redListCategory,
          )
        : '',
    ],
  ];
  for (const [aspect, text] of aspects) if (text !== '') rows.push([aw.aspect(aspect), text]);
  rows.push(
    [w.both((t) => t.analysis.opinions.conclusion), { text: aw.unmask(o.conclusion), bold: true }],
    [w.both((t) => t.analysis.opinions.confidence), enumText(w, 'confidenceLevel', o.confidence)],
    [
      w.both((t) => t.analysis.opinions.report),
      o.reportWithheld
        ? valueOr('', aw.withheld)
        : valueOr(
            o.report,
            w.one((t) => t.analysis.opinions.noReport),
          ),
    ],
  );
  return fields(rows, 120);
}

function positionText(
  s: AspectSummary,
  value: string,
  data: OpinionsData,
  aw: AnalysisWords,
  w: ReportWording,
): string {
  switch (s.aspect) {
    case 'authenticity':
      return enumText(w, 'authenticityFinding', value);
    case 'dating': {
      const [a, b] = value.split('/');
      return w.years(a ? Number(a) : null, b ? Number(b) : null);
    }
    case 'origin':
      return /^[A-Z]{2}$/.test(value) ? w.country(value) : value;
    case 'value': {
      const [amount, currency] = value.split(' ');
      return amount && currency ? w.amount(amount, currency) : value;
    }
    case 'redList':
      return w.term('red_list_category', value, data.redListLabels[value] ?? value);
    default:
      return aw.unmask(value);
  }
}

function summaryTable(
  o: OpinionObject,
  data: OpinionsData,
  aw: AnalysisWords,
  w: ReportWording,
): Node {
  const number = new Map(o.opinions.map((p, i) => [p.id, i + 1]));
  return grid(
    [
      w.both((t) => t.analysis.opinions.col.aspect),
      w.both((t) => t.analysis.opinions.col.state),
      w.both((t) => t.analysis.opinions.col.positions),
    ],
    o.summary.map((s) => [
      aw.aspect(s.aspect),
      s.state === 'disputed'
        ? { text: aw.aspectState(s.state), bold: true, color: '#9a3412' }
        : aw.aspectState(s.state),
      s.positions.length === 0
        ? { text: '—', color: '#4b5563' }
        : {
            stack: s.positions.map((p) => ({
              text: `${positionText(s, p.value, data, aw, w)} (${w.one(
                (t) => t.analysis.opinions.restsOn,
                {
                  list: p.opinionIds.map((id) => number.get(id) ?? '?').join(', '),
                },
              )})`,
            })),
          },
    ]),
    [110, 80, '*'],
  );
}

export function opinionsSection(
  data: OpinionsData,
  handling: HandlingCode,
  aw: AnalysisWords,
  w: ReportWording,
): PrintedSection {
  const title = w.both((t) => t.analysis.opinions.title);
  const section = opening(
    title,
    handling,
    w.one((t) => t.analysis.opinions.intro),
    w,
  );
  if (data.objects.length === 0) {
    section.content.push(muted(w.one((t) => t.analysis.opinions.none)));
    return section;
  }
  for (const o of data.objects) {
    const heading = objectTitle(o, w);
    section.headings.push(heading);
    o.opinions.forEach((op, i) => {
      const opinionHeading = h3(w.one((t) => t.analysis.opinions.opinion, { n: i + 1 }));
      // The object's heading stays with its first opinion.
      const head = i === 0 ? { stack: [h2(heading), opinionHeading] } : opinionHeading;
      section.content.push(...keepWithNext(head, opinionFields(op, data, aw, w), true));
    });
    section.content.push(
      ...sub(
        w.both((t) => t.analysis.opinions.summary),
        summaryTable(o, data, aw, w),
      ),
    );
  }
  return section;
}

export function indicatorsSection(
  data: IndicatorsData,
  handling: HandlingCode,
  aw: AnalysisWords,
  w: ReportWording,
): PrintedSection {
  const title = w.both((t) => t.analysis.indicators.title);
  const section = opening(
    title,
    handling,
    w.one((t) => t.analysis.indicators.intro),
    w,
  );
  const risk = w.both((t) => t.analysis.indicators.risk);
  const observations = w.both((t) => t.analysis.indicators.observations);
  section.headings.push(risk, observations);

  const themes = grid(
    [
      w.both((t) => t.analysis.indicators.col.theme),
      w.both((t) => t.analysis.indicators.col.confirmed),
      w.both((t) => t.analysis.indicators.col.suspected),
      w.both((t) => t.analysis.indicators.col.score),
    ],
    data.themes.map((t) => [
      enumText(w, 'indicatorTheme', t.theme),
      { text: w.number(t.confirmed), alignment: 'right' },
      { text: w.number(t.suspected), alignment: 'right' },
      { text: w.number(t.score), alignment: 'right', bold: true },
    ]),
    [150, 70, 70, 60],
  );
  const header = (themes['table'] as { body: Node[][] }).body[0]!;
  for (const c of [1, 2, 3]) header[c] = { ...header[c], alignment: 'right' };
  section.content.push(
    ...keepWithNext(
      h2(risk),
      {
        stack: [
          {
            text: w.one((t) => t.analysis.indicators.score, {
              score: w.number(data.score),
              date: w.date(data.asOf),
            }),
            bold: true,
            fontSize: 11,
            margin: [0, 0, 0, 3],
          },
          muted(aw.formula(data.statusFactors)),
          { text: w.both((t) => t.analysis.indicators.themes), style: 'h3' },
          themes,
          { text: w.one((t) => t.analysis.indicators.pending, { count: data.pendingSuggestions }) },
        ],
      },
      true,
    ),
  );

  if (data.observations.length === 0) {
    section.content.push(h2(observations), muted(w.one((t) => t.analysis.indicators.none)));
    return section;
  }
  const table = headedGrid(
    h2(observations),
    [
      w.both((t) => t.analysis.indicators.col.code),
      w.both((t) => t.analysis.indicators.col.indicator),
      w.both((t) => t.analysis.indicators.col.status),
      w.both((t) => t.analysis.indicators.col.subject),
      w.both((t) => t.analysis.indicators.col.observed),
      w.both((t) => t.analysis.indicators.col.evidence),
    ],
    data.observations.map((o) => [
      { text: o.code, bold: true },
      {
        stack: [
          { text: o.text },
          ...(o.versionCurrent
            ? []
            : [
                {
                  text: w.one((t) => t.analysis.indicators.oldWording, { number: o.versionNumber }),
                  italics: true,
                  color: '#4b5563',
                },
              ]),
        ],
      },
      enumText(w, 'observationStatus', o.status),
      aw.name(o.subject),
      `${o.observedBy}\n${w.date(o.observedOn)}`,
      { text: w.number(o.evidence), alignment: 'right' },
    ]),
    [30, '*', 52, 88, 80, 40],
  );
  section.content.push(...table);
  return section;
}
