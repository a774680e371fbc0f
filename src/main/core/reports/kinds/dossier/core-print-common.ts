import { grid, INK, muted, RULE, SHADE, valueOr, type Node } from '../../engine/blocks';
import type { ReportTexts, ReportWording } from '../../engine/print-wording';
import type { Coded } from './core-types';

/**
 * Print-side helpers shared by the dossier's own sections (pure): wording shortcuts, kept and
 * titled tables, field rows, recorded date-times and Markdown as plain paragraphs.
 */

export type D = ReportTexts['dossier'];
export type Rows = Array<[string, Node | string]>;

export const label = (w: ReportWording, pick: (d: D) => string) => w.both((t) => pick(t.dossier));
export const enumOf = (w: ReportWording, name: string, value: string) =>
  w.joined((l) => w.enumLabel(l, name, value));
export const term = (w: ReportWording, kind: string, c: Coded) => w.term(kind, c.code, c.label);
export const country = (w: ReportWording, code: string | null) =>
  code === null ? '' : w.joined((l) => w.country(code, l));
export const withheld = (w: ReportWording, n: number): Node[] =>
  n > 0 ? [muted(`${w.both((t) => t.frame.withheld)}: ${w.number(n)}`)] : [];

/** A data table whose header row never stays alone at the foot of a page. */
export function keptGrid(...args: Parameters<typeof grid>): Node {
  const g = grid(...args);
  return { ...g, table: { ...(g['table'] as Node), keepWithHeaderRows: 1 } };
}

/**
 * A data table under its own heading: the heading is the table's first header row, so it never
 * stays alone at the foot of a page and is repeated, with the column headers, on every page the
 * table continues on.
 */
export function titledGrid(
  title: string,
  headers: string[],
  rows: Array<Array<Node | string>>,
  widths: Array<number | string>,
): Node {
  const g = grid(headers, rows, widths);
  const table = g['table'] as { body: Node[][] } & Node;
  const titleRow: Node[] = [
    { text: title, style: 'h3', colSpan: headers.length, margin: [-3, 4, 0, 0] },
    ...headers.slice(1).map(() => ({})),
  ];
  const body = [titleRow, ...table.body];
  return {
    ...g,
    table: { ...table, headerRows: 2, keepWithHeaderRows: 1, body },
    layout: {
      fillColor: (i: number) => (i === 1 ? SHADE : null),
      hLineWidth: (i: number) =>
        i === 0 ? 0 : i === 1 || i === 2 || i === body.length ? 0.8 : 0.3,
      vLineWidth: () => 0,
      hLineColor: (i: number) => (i <= 2 ? INK : RULE),
      paddingLeft: () => 3,
      paddingRight: () => 3,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
  };
}

/**
 * A heading with the block under it, moved to the next page together when it does not fit
 * (short blocks only: field tables, a note).
 */
export function kept(head: Node, block: Node): Node[] {
  return [{ stack: [head, block], unbreakable: true }];
}

/** Rows with a value; `keep` rows print "not recorded" when empty. */
export function rowsOf(w: ReportWording, rows: Array<[string, string, boolean?]>): Rows {
  const notRecorded = w.one((t) => t.frame.notRecorded);
  return rows
    .filter(([, v, keep]) => keep === true || v.trim() !== '')
    .map(([l, v]) => [l, valueOr(v, notRecorded)]);
}

/**
 * A date-time as recorded (local time with its offset), e.g. "21 January 2026, 03:40 (+01:00)";
 * without an offset, as written.
 */
export function localDateTime(w: ReportWording, iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    iso,
  );
  if (!m) return iso;
  const zone = m[3] === undefined ? '' : m[3] === 'Z' ? ' UTC' : ` (${m[3]})`;
  return `${w.date(m[1]!)}, ${m[2]}${zone}`;
}

/** Markdown source as plain paragraphs: markup stripped simply, list items kept as bullets. */
export function markdownParagraphs(source: string): string[] {
  const clean = (line: string) =>
    line
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/^\s*[-*+]\s+/, '• ')
      .replace(/^\s*>\s?/, '')
      .replace(/!?\[([^\]]*)\]\(([^)]*)\)/g, '$1 ($2)')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
      .replace(/`([^`]*)`/g, '$1')
      .trim();
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) out.push(current.join(' '));
    current = [];
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.trim() === '') {
      flush();
      continue;
    }
    const line = clean(raw);
    if (line.startsWith('• ')) flush();
    current.push(line);
    if (line.startsWith('• ')) flush();
  }
  flush();
  return out;
}
