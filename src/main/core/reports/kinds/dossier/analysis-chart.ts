import { LINK_TYPES } from '../../../../../shared/ipc/linkchart.contract';
import type { AnalysisWords } from './analysis-words';
import type { ChartEdge, ChartNode, FinanceData } from './analysis-types';
import type { ReportWording } from '../../engine/print-wording';

/**
 * The link chart as printed (pure): the case's persons, companies and accounts on a circle, in a
 * fixed order (each holder followed by the accounts it holds, so that most holdings are short
 * chords), with payments as dark arrows labelled with their total, and relationships as thin
 * grey lines labelled with their type. Drawn as an SVG string for pdfmake's `{ svg }` node; the
 * same data gives the same drawing. Coordinates are in viewBox units, scaled to the page width.
 */

export const CHART_VIEW_WIDTH = 560;
const FONT = 8.5;
const SMALL = 7.2;
const CHAR = 0.53; // average glyph width in em (Roboto)
const INK = '#111827';
const MUTED = '#4b5563';
const MONEY = '#9a3412';
const LINK = '#6b7280';
const ACCENT = '#1e3a5f';

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const textWidth = (s: string, size: number): number => s.length * size * CHAR;

/**
 * Words wrapped into at most `lines` lines of `max` characters, balanced (an IBAN splits in two
 * halves rather than leaving one digit alone); what does not fit is cut with "…".
 */
export function wrap(text: string, max: number, lines = 2): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const joined = words.join(' ');
  if (joined.length <= max || words.length === 1 || lines === 1) {
    return [joined.length > max ? `${joined.slice(0, max - 1)}…` : joined];
  }
  if (lines === 2) {
    let best: string[] | null = null;
    for (let i = 1; i < words.length; i++) {
      const pair = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
      const longest = Math.max(...pair.map((l) => l.length));
      if (longest <= max && (best === null || longest < Math.max(...best.map((l) => l.length)))) {
        best = pair;
      }
    }
    if (best) return best;
  }
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length <= max || line === '') line = next;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line !== '') out.push(line);
  const kept = out.slice(0, lines).map((l) => (l.length > max ? `${l.slice(0, max - 1)}…` : l));
  if (out.length > lines) kept[lines - 1] = `${kept[lines - 1]!.slice(0, max - 1)}…`;
  return kept;
}

const KIND_RANK = ['person', 'organisation', 'bank', 'name', 'account', 'wallet', 'unknown'];

/**
 * The drawing order around the circle: clusters (a party with the accounts it holds; the unknown
 * side of a cash payment with what it paid into) chained so that each cluster sits beside the one
 * it has most links with, which keeps most lines short. Deterministic: ties go by kind and id.
 */
export function chartOrder(nodes: readonly ChartNode[], edges: readonly ChartEdge[]): ChartNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const rank = (n: ChartNode) => KIND_RANK.indexOf(n.kind);
  const sorted = [...nodes].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
  const clusterOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  const join = (head: string, id: string) => {
    if (clusterOf.has(id)) return;
    clusterOf.set(id, head);
    members.set(head, [...(members.get(head) ?? []), id]);
  };
  const holds = edges.filter((e) => e.type === 'holds').sort((a, b) => a.id.localeCompare(b.id));
  for (const n of sorted) {
    if (n.kind === 'account' || n.kind === 'wallet' || n.kind === 'unknown') continue;
    join(n.id, n.id);
    for (const e of holds) if (e.source === n.id && byId.has(e.target)) join(n.id, e.target);
  }
  for (const n of sorted) {
    if (clusterOf.has(n.id)) continue;
    // The unknown side of a cash payment goes beside the node it paid or was paid by.
    const other = n.kind === 'unknown' ? n.id.split('|').slice(3).join('|') : '';
    const head = clusterOf.get(other);
    if (head !== undefined) join(head, n.id);
    else join(n.id, n.id);
  }
  const heads = [...members.keys()];
  const weight = new Map<string, number>();
  const key = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);
  for (const e of edges) {
    const a = clusterOf.get(e.source);
    const b = clusterOf.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    weight.set(key(a, b), (weight.get(key(a, b)) ?? 0) + 1);
  }
  const w = (a: string, b: string) => weight.get(key(a, b)) ?? 0;
  const total = (h: string) => heads.reduce((sum, o) => sum + (o === h ? 0 : w(h, o)), 0);
  const chain: string[] = [];
  const left = new Set(heads);
  const take = (h: string) => {
    chain.push(h);
    left.delete(h);
  };
  take([...heads].sort((a, b) => total(b) - total(a) || heads.indexOf(a) - heads.indexOf(b))[0]!);
  while (left.size > 0) {
    const last = chain.at(-1)!;
    const next = [...left].sort(
      (a, b) =>
        w(last, b) - w(last, a) ||
        chain.reduce((s, c) => s + w(c, b), 0) - chain.reduce((s, c) => s + w(c, a), 0) ||
        heads.indexOf(a) - heads.indexOf(b),
    )[0]!;
    take(next);
  }
  return chain.flatMap((h) => members.get(h)!.map((id) => byId.get(id)!));
}

function nodeShape(n: ChartNode, x: number, y: number): string {
  const r = 6.5;
  switch (n.kind) {
    case 'person':
      return `<circle cx="${x}" cy="${y}" r="${r}" fill="${ACCENT}" stroke="${INK}" stroke-width="0.6"/>`;
    case 'organisation':
    case 'bank':
      return `<rect x="${x - r}" y="${y - r}" width="${2 * r}" height="${2 * r}" fill="#3b6ea5" stroke="${INK}" stroke-width="0.6"/>`;
    case 'account':
    case 'wallet':
      return `<polygon points="${x},${y - r - 1} ${x + r + 1},${y} ${x},${y + r + 1} ${x - r - 1},${y}" fill="#d9a441" stroke="${INK}" stroke-width="0.6"/>`;
    default:
      return `<circle cx="${x}" cy="${y}" r="${r}" fill="#ffffff" stroke="${MUTED}" stroke-width="0.9" stroke-dasharray="2,1.5"/>`;
  }
}

interface Point {
  x: number;
  y: number;
}

function edgeLabel(e: ChartEdge, aw: AnalysisWords, w: ReportWording): string {
  if (e.flow) {
    const amount = w.amount(e.flow.total, e.flow.currency);
    return e.flow.count > 1 ? `${amount} (×${e.flow.count})` : amount;
  }
  if (e.type === 'holds') return '';
  const word = aw.linkType(e.type);
  return e.percentage !== null ? `${word} ${e.percentage} %` : word;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlap = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

const f = (v: number) => v.toFixed(2);

/** A node's name (and, for companies and accounts, its detail) beside its symbol. */
function nodeLabel(
  node: ChartNode,
  p: Point,
  centre: Point,
  radius: number,
  aw: AnalysisWords,
): { svg: string[]; box: Box } {
  const name = node.label === null ? aw.withheld : aw.unmask(node.label);
  // An organisation's detail is its type (a vocabulary code), an account's its bank.
  const detailText =
    node.kind === 'organisation'
      ? aw.w.term('organisation_type', node.detail, node.detail)
      : aw.unmask(node.detail);
  const detail = node.detail !== '' && node.kind !== 'person' ? wrap(detailText, 30, 1) : [];
  const rows = [
    ...wrap(name, 24, 2).map((t) => ({ t, s: FONT, c: INK })),
    ...detail.map((t) => ({ t, s: SMALL, c: MUTED })),
  ];
  const cos = (p.x - centre.x) / radius;
  const sin = (p.y - centre.y) / radius;
  const anchor = cos > 0.35 ? 'start' : cos < -0.35 ? 'end' : 'middle';
  const ox = anchor === 'start' ? 11 : anchor === 'end' ? -11 : 0;
  const blockHeight = rows.reduce((h, r) => h + r.s * 1.15, 0);
  const blockWidth = Math.max(...rows.map((r) => textWidth(r.t, r.s)));
  // Beside the symbol at the sides; above it in the upper half, below it in the lower half.
  const top =
    anchor !== 'middle' ? p.y - blockHeight / 2 : sin < 0 ? p.y - 11 - blockHeight : p.y + 11;
  const left =
    anchor === 'start' ? p.x + ox : anchor === 'end' ? p.x + ox - blockWidth : p.x - blockWidth / 2;
  const svg: string[] = [];
  let y = top + FONT * 0.85;
  for (const r of rows) {
    svg.push(
      `<text x="${f(p.x + ox)}" y="${f(y)}" font-size="${r.s}" text-anchor="${anchor}" fill="${r.c}">${esc(r.t)}</text>`,
    );
    y += r.s * 1.15;
  }
  return { svg, box: { x: left, y: top, w: blockWidth, h: blockHeight } };
}

/** The point of a quadratic curve at `t`. */
const onCurve = (a: Point, c: Point, b: Point, t: number): Point => ({
  x: (1 - t) * (1 - t) * a.x + 2 * (1 - t) * t * c.x + t * t * b.x,
  y: (1 - t) * (1 - t) * a.y + 2 * (1 - t) * t * c.y + t * t * b.y,
});

/** Where along a link its label goes: the middle first, then further out, where nothing is. */
const LABEL_STOPS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73];

/**
 * The chart as SVG, with its size in viewBox units (the width is CHART_VIEW_WIDTH); null when
 * there is nothing to draw. Payment labels are placed first, each where it covers the least of
 * the names and labels already placed.
 */
export function linkChartSvg(
  chart: FinanceData['chart'],
  aw: AnalysisWords,
  w: ReportWording,
): { svg: string; width: number; height: number } | null {
  if (chart.nodes.length === 0 || chart.edges.length === 0) return null;
  const nodes = chartOrder(chart.nodes, chart.edges);
  const n = nodes.length;
  const radius = Math.min(180, Math.max(90, n * 13));
  // Taller than wide: the page has room downwards, the names need it sideways.
  const rx = radius;
  const ry = radius * 1.3;
  const top = 48;
  const centre = { x: CHART_VIEW_WIDTH / 2, y: top + ry };
  const height = Math.round(centre.y + ry + 48);
  const at = new Map<string, Point>();
  nodes.forEach((node, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    at.set(node.id, {
      x: +(centre.x + rx * Math.cos(angle)).toFixed(2),
      y: +(centre.y + ry * Math.sin(angle)).toFixed(2),
    });
  });

  const taken: Box[] = [];
  const symbols: string[] = [];
  for (const node of nodes) {
    const p = at.get(node.id)!;
    symbols.push(nodeShape(node, p.x, p.y));
    const label = nodeLabel(node, p, centre, rx, aw);
    symbols.push(...label.svg);
    taken.push(label.box, { x: p.x - 8, y: p.y - 8, w: 16, h: 16 });
  }

  // Several links between the same two nodes are bent apart.
  const edges = [...chart.edges].sort(
    (a, b) =>
      Number(b.type === 'payment') - Number(a.type === 'payment') || a.id.localeCompare(b.id),
  );
  const pairs = new Map<string, ChartEdge[]>();
  for (const e of edges) {
    const key = [e.source, e.target].sort().join('|');
    pairs.set(key, [...(pairs.get(key) ?? []), e]);
  }

  const lines: string[] = [];
  const labels: string[] = [];
  for (const e of edges) {
    const group = pairs.get([e.source, e.target].sort().join('|'))!;
    const k = group.indexOf(e);
    const a = at.get(e.source);
    const b = at.get(e.target);
    if (!a || !b) continue;
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    // The perpendicular of the pair's sorted direction, so that bends do not cancel out.
    const [s, t] = e.source < e.target ? [a, b] : [b, a];
    const px = -(t.y - s.y) / len;
    const py = (t.x - s.x) / len;
    const bend = (k - (group.length - 1) / 2) * 18;
    const ctrl = { x: (a.x + b.x) / 2 + px * bend * 2, y: (a.y + b.y) / 2 + py * bend * 2 };
    // Stop short of the target's symbol, with an arrowhead along the curve's end tangent.
    const tl = Math.hypot(b.x - ctrl.x, b.y - ctrl.y) || 1;
    const ux = (b.x - ctrl.x) / tl;
    const uy = (b.y - ctrl.y) / tl;
    const end = { x: b.x - ux * 9, y: b.y - uy * 9 };
    const money = e.type === 'payment';
    const colour = money ? MONEY : LINK;
    const dash = e.type === 'holds' ? ' stroke-dasharray="3,2"' : '';
    lines.push(
      `<path d="M${f(a.x)},${f(a.y)} Q${f(ctrl.x)},${f(ctrl.y)} ${f(end.x)},${f(end.y)}" fill="none" stroke="${colour}" stroke-width="${money ? 1.4 : 0.7}"${dash}/>`,
    );
    if (e.type !== 'holds') {
      const size = money ? 6 : 4.5;
      const p1 = { x: end.x - ux * size + uy * size * 0.5, y: end.y - uy * size - ux * size * 0.5 };
      const p2 = { x: end.x - ux * size - uy * size * 0.5, y: end.y - uy * size + ux * size * 0.5 };
      lines.push(
        `<polygon points="${f(end.x)},${f(end.y)} ${f(p1.x)},${f(p1.y)} ${f(p2.x)},${f(p2.y)}" fill="${colour}"/>`,
      );
    }
    const text = edgeLabel(e, aw, w);
    if (text === '') continue;
    const size = money ? SMALL + 0.3 : SMALL;
    const tw = textWidth(text, size) + 3;
    const th = size * 1.2;
    let best: { box: Box; cost: number } | null = null;
    search: for (const off of [0, th * 0.9, -th * 0.9]) {
      for (const stop of LABEL_STOPS) {
        const m = onCurve(a, ctrl, end, stop);
        const x = m.x + px * off;
        const y = m.y + py * off;
        const box = { x: x - tw / 2, y: y - th / 2, w: tw, h: th };
        const cost = taken.reduce((sum, other) => sum + overlap(box, other), 0);
        if (best === null || cost < best.cost) best = { box, cost };
        if (cost === 0) break search;
      }
    }
    const { box } = best!;
    taken.push(box);
    labels.push(
      `<rect x="${f(box.x)}" y="${f(box.y)}" width="${f(box.w)}" height="${f(box.h)}" fill="#ffffff"/>`,
      `<text x="${f(box.x + box.w / 2)}" y="${f(box.y + th * 0.78)}" font-size="${size}" text-anchor="middle" fill="${colour}"${money ? ' font-weight="bold"' : ''}>${esc(text)}</text>`,
    );
  }

  // The drawing's extent, names included, with a small margin: nothing is cut at the edges.
  const minX = Math.min(0, ...taken.map((b) => b.x)) - 4;
  const maxX = Math.max(CHART_VIEW_WIDTH, ...taken.map((b) => b.x + b.w)) + 4;
  const minY = Math.min(0, ...taken.map((b) => b.y)) - 4;
  const maxY = Math.max(height, ...taken.map((b) => b.y + b.h)) + 4;
  const width = Math.round(maxX - minX);
  const tall = Math.round(maxY - minY);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${tall}" viewBox="${f(minX)} ${f(minY)} ${width} ${tall}" font-family="Roboto">`,
    ...lines,
    ...labels,
    ...symbols,
    '</svg>',
  ].join('\n');
  return { svg, width, height: tall };
}

/** The legend under the chart: one entry per kind of symbol and line drawn. */
export function chartLegend(
  chart: FinanceData['chart'],
  aw: AnalysisWords,
): Array<{ svg: string; text: string }> {
  const kinds = [...new Set(chart.nodes.map((n) => n.kind))].sort(
    (a, b) => KIND_RANK.indexOf(a) - KIND_RANK.indexOf(b),
  );
  const types = LINK_TYPES.filter((t) => chart.edges.some((e) => e.type === t));
  const entries: Array<{ svg: string; text: string }> = kinds.map((kind) => ({
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="18" height="14" viewBox="0 0 18 14">${nodeShape({ id: '', kind, label: '', detail: '' }, 9, 7)}</svg>`,
    text: aw.nodeKind(kind),
  }));
  for (const type of types) {
    const money = type === 'payment';
    const dash = type === 'holds' ? ' stroke-dasharray="3,2"' : '';
    entries.push({
      svg: `<svg xmlns="http://www.w3.org/2000/svg" width="18" height="14" viewBox="0 0 18 14"><line x1="1" y1="7" x2="17" y2="7" stroke="${money ? MONEY : LINK}" stroke-width="${money ? 1.4 : 0.8}"${dash}/></svg>`,
      text: aw.linkType(type),
    });
  }
  return entries;
}
