import type { HandlingCode } from '../../../../../shared/domain/common';
import { grid, h1, h3, handlingNote, INK, muted, RULE, type Node } from '../../engine/blocks';
import type { ReportWording } from '../../engine/print-wording';
import type { FindingItem, ObjectHead } from './analysis-types';
import type { AnalysisWords } from './analysis-words';

/** What each analytical section prints: its content and the headings it entered (h1, h2). */
export interface PrintedSection {
  content: Node[];
  headings: string[];
}

/** A section's opening: its heading on a new page, the handling note and the introduction. */
export function opening(
  title: string,
  handling: HandlingCode,
  intro: string,
  w: ReportWording,
): PrintedSection {
  return {
    content: [
      h1(title, { pageBreak: true }),
      handlingNote(w.one((t) => t.frame.sectionHandling, { code: handling })),
      muted(intro),
    ],
    headings: [title],
  };
}

/** A heading and a short block kept on one page (one unbreakable stack when `short`). */
export function keepWithNext(heading: Node, first: Node, short: boolean): Node[] {
  return short ? [{ stack: [heading, first], unbreakable: true }] : [heading, first];
}

/** A long table's continuation repeats its header row; a short one's does not need it. */
const LONG_REST = 20;

/**
 * A data table under its heading, the heading never left alone at the foot of a page: the
 * heading, the header row and the first rows are one unbreakable block; the other rows follow
 * as a continuation of the same table (same columns and rules; with the header row repeated
 * only when it is long enough to run over pages).
 */
export function headedGrid(
  heading: Node,
  headers: string[],
  rows: Array<Array<Node | string>>,
  widths: Array<number | string>,
  keep = 2,
): Node[] {
  if (rows.length <= keep + 1) {
    return [{ stack: [heading, grid(headers, rows, widths)], unbreakable: true }];
  }
  const first = grid(headers, rows.slice(0, keep), widths, { margin: [0, 2, 0, 0] });
  const firstLayout = first['layout'] as Record<string, unknown>;
  first['layout'] = {
    ...firstLayout,
    hLineWidth: (i: number) => (i <= 1 ? 0.8 : 0.3),
    hLineColor: (i: number) => (i <= 1 ? INK : RULE),
  };
  const rest = grid(headers, rows.slice(keep), widths, { margin: [0, 0, 0, 10] });
  if (rows.length - keep <= LONG_REST) {
    const table = rest['table'] as { body: unknown[]; headerRows: number };
    table.body.shift();
    table.headerRows = 0;
    rest['layout'] = {
      ...(rest['layout'] as Record<string, unknown>),
      fillColor: () => null,
      hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
        i === 0 ? 0 : i === node.table.body.length ? 0.8 : 0.3,
      hLineColor: (i: number, node: { table: { body: unknown[] } }) =>
        i === node.table.body.length ? INK : RULE,
    };
  }
  return [{ stack: [heading, first], unbreakable: true }, rest];
}

/** An object's heading text: "T-1 · Marble head of a young man", or its type when untitled. */
export function objectTitle(o: ObjectHead, w: ReportWording): string {
  const title = o.title.trim() !== '' ? o.title : w.term('object_type', o.typeCode, o.typeCode);
  return `${o.exhibitNumber} · ${title}`;
}

const SEVERITY_COLOUR: Record<string, string> = {
  high: '#991b1b',
  medium: '#9a3412',
  low: '#374151',
  info: '#4b5563',
};

/** Findings under their heading: severity | the rule's title and its explanation. */
export function findingsBlock(
  heading: Node,
  findings: readonly FindingItem[],
  aw: AnalysisWords,
  w: ReportWording,
): Node[] {
  if (findings.length === 0) {
    return keepWithNext(heading, muted(w.one((t) => t.analysis.findings.none)), true);
  }
  return headedGrid(
    heading,
    [w.both((t) => t.analysis.findings.severity), w.both((t) => t.analysis.findings.finding)],
    findings.map((f) => [
      { text: aw.severity(f.severity), bold: true, color: SEVERITY_COLOUR[f.severity] },
      {
        stack: [
          { text: aw.ruleTitle(f), bold: true },
          { text: aw.explanation(f), margin: [0, 1, 0, 0] },
        ],
      },
    ]),
    [62, '*'],
  );
}

/** A sub-heading (not in the contents) with a short block kept together. */
export function sub(text: string, first: Node, short = true): Node[] {
  return keepWithNext(h3(text), first, short);
}
