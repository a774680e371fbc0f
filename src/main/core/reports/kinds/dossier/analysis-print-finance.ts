import type { HandlingCode } from '../../../../../shared/domain/common';
import { CONTENT_WIDTH, grid, h2, muted, type Node } from '../../engine/blocks';
import type { ReportWording } from '../../engine/print-wording';
import { chartLegend, linkChartSvg } from './analysis-chart';
import {
  findingsBlock,
  headedGrid,
  opening,
  sub,
  type PrintedSection,
} from './analysis-print-common';
import type { FinanceData, PaymentRow, PrintName } from './analysis-types';
import type { AnalysisWords } from './analysis-words';

/**
 * The financial analysis (print side, pure): the payments (date | from → to | amount | method |
 * reference), exact totals per currency, the financial findings and the link chart drawn as SVG
 * with its legend.
 */

/** One side of a payment: the name, and under it the account in small print. */
function side(prefix: string, name: PrintName, account: string | null, aw: AnalysisWords): Node[] {
  const who = name === '' ? '' : aw.name(name);
  const out: Node[] = [{ text: `${prefix}${who === '' ? (account ?? '?') : who}` }];
  if (who !== '' && account !== null) {
    out.push({
      text: account,
      fontSize: 7.5,
      color: '#4b5563',
      margin: [prefix === '' ? 0 : 8, 0, 0, 1],
    });
  }
  return out;
}

function paymentRow(p: PaymentRow, aw: AnalysisWords, w: ReportWording): Array<Node | string> {
  return [
    w.date(p.date),
    { stack: [...side('', p.from, p.fromAccount, aw), ...side('→ ', p.to, p.toAccount, aw)] },
    { text: w.amount(p.amount, p.currency), alignment: 'right', noWrap: true },
    aw.paymentMethod(p.method),
    p.reference,
  ];
}

/** Right-aligns the header cells of the given columns (their values are right-aligned). */
function rightAlign(node: Node, columns: number[]): void {
  if (Array.isArray(node['stack'])) {
    for (const child of node['stack'] as Node[]) rightAlign(child, columns);
    return;
  }
  const table = node['table'] as { body: Node[][]; headerRows: number } | undefined;
  if (!table || table.headerRows === 0) return;
  const header = table.body[0]!;
  for (const c of columns) header[c] = { ...header[c], alignment: 'right' };
}

function chartBlock(data: FinanceData, aw: AnalysisWords, w: ReportWording): Node[] {
  const title = w.both((t) => t.analysis.finance.chart);
  const drawn = linkChartSvg(data.chart, aw, w);
  if (drawn === null) {
    return [h2(title), muted(w.one((t) => t.analysis.finance.chartEmpty))];
  }
  const legend = chartLegend(data.chart, aw);
  const perRow = 4;
  const rows: Node[] = [];
  for (let i = 0; i < legend.length; i += perRow) {
    rows.push({
      columns: legend.slice(i, i + perRow).map((entry) => ({
        width: CONTENT_WIDTH / perRow,
        columns: [
          { svg: entry.svg, width: 18, height: 14 },
          { text: entry.text, style: 'small', margin: [3, 2, 0, 0], width: '*' },
        ],
      })),
      margin: [0, 0, 0, 2],
    });
  }
  return [
    h2(title, { pageBreak: true }),
    {
      stack: [
        muted(w.one((t) => t.analysis.finance.chartIntro)),
        {
          svg: drawn.svg,
          width: CONTENT_WIDTH,
          height: (CONTENT_WIDTH / drawn.width) * drawn.height,
          margin: [0, 4, 0, 8],
        },
        ...rows,
      ],
      unbreakable: true,
    },
  ];
}

export function financeSection(
  data: FinanceData,
  handling: HandlingCode,
  aw: AnalysisWords,
  w: ReportWording,
): PrintedSection {
  const title = w.both((t) => t.analysis.finance.title);
  const section = opening(
    title,
    handling,
    w.one((t) => t.analysis.finance.intro),
    w,
  );
  const flows = w.both((t) => t.analysis.finance.flows);
  const findings = w.both((t) => t.analysis.finance.findings);
  const chart = w.both((t) => t.analysis.finance.chart);
  section.headings.push(flows, findings, chart);

  if (data.payments.length === 0) {
    section.content.push(h2(flows), muted(w.one((t) => t.analysis.finance.none)));
  } else {
    const rows = data.payments.map((p) => paymentRow(p, aw, w));
    const table = headedGrid(
      h2(flows),
      [
        w.both((t) => t.analysis.finance.col.date),
        w.both((t) => t.analysis.finance.col.parties),
        w.both((t) => t.analysis.finance.col.amount),
        w.both((t) => t.analysis.finance.col.method),
        w.both((t) => t.analysis.finance.col.reference),
      ],
      rows,
      [62, '*', 78, 48, 86],
    );
    for (const part of table) rightAlign(part, [2]);
    section.content.push(...table);
    const totals = grid(
      [
        w.both((t) => t.analysis.finance.col.currency),
        w.both((t) => t.analysis.finance.col.count),
        w.both((t) => t.analysis.finance.col.total),
      ],
      data.totals.map((t) => [
        t.currency,
        { text: w.number(t.count), alignment: 'right' },
        { text: w.amount(t.total, t.currency), alignment: 'right', bold: true },
      ]),
      [60, 60, 120],
    );
    rightAlign(totals, [1, 2]);
    section.content.push(
      ...sub(
        w.both((t) => t.analysis.finance.totals),
        {
          stack: [totals, muted(w.one((t) => t.analysis.finance.totalsNote))],
        },
      ),
    );
  }
  section.content.push(
    ...findingsBlock(h2(findings), data.findings, aw, w),
    ...chartBlock(data, aw, w),
  );
  return section;
}
