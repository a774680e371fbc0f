import type { Random } from './random';

export type Point = readonly [number, number];

/** Numbers rounded to a tenth: smaller SVG, and the same text on every platform. */
export function n(value: number): string {
  const r = Math.round(value * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

export function pts(points: readonly Point[]): string {
  return points.map(([x, y]) => `${n(x)} ${n(y)}`).join(' ');
}

/** Straight segments through the points. */
export function polyline(points: readonly Point[], closed = false): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  return `M${n(first![0])} ${n(first![1])}${rest.map(([x, y]) => `L${n(x)} ${n(y)}`).join('')}${closed ? 'Z' : ''}`;
}

/** A smooth curve through every point (Catmull-Rom turned into cubic Béziers). */
export function smooth(points: readonly Point[], closed = false, tension = 1): string {
  const count = points.length;
  if (count < 3) return polyline(points, closed);
  const at = (i: number): Point =>
    closed ? points[(i + count) % count]! : points[Math.max(0, Math.min(count - 1, i))]!;
  let d = `M${n(points[0]![0])} ${n(points[0]![1])}`;
  const segments = closed ? count : count - 1;
  for (let i = 0; i < segments; i++) {
    const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
    const k = tension / 6;
    d +=
      `C${n(p1[0] + (p2[0] - p0[0]) * k)} ${n(p1[1] + (p2[1] - p0[1]) * k)} ` +
      `${n(p2[0] - (p3[0] - p1[0]) * k)} ${n(p2[1] - (p3[1] - p1[1]) * k)} ${n(p2[0])} ${n(p2[1])}`;
  }
  return closed ? `${d}Z` : d;
}

/** Points on a circle whose radius wanders a little, like a hand-made or worn edge. */
export function wobblyRing(
  rng: Random,
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  wobble: number,
  count = 48,
): Point[] {
  const points: Point[] = [];
  let drift = 0;
  for (let i = 0; i < count; i++) {
    drift = drift * 0.6 + rng.gauss() * wobble * 0.5;
    const a = (i / count) * Math.PI * 2;
    points.push([cx + Math.cos(a) * (rx + drift), cy + Math.sin(a) * (ry + drift)]);
  }
  return points;
}

/** An irregular, sharp-cornered patch: a chip, a flake of paint, a hole. */
export function jagged(rng: Random, cx: number, cy: number, r: number, stretch = 1): string {
  const count = rng.int(7, 11);
  const points: Point[] = [];
  for (let i = 0; i < count; i++) {
    const a = (i / count) * Math.PI * 2 + rng.range(-0.2, 0.2);
    const rr = r * rng.range(0.55, 1.1);
    points.push([cx + Math.cos(a) * rr * stretch, cy + Math.sin(a) * rr]);
  }
  return polyline(points, true);
}

/** A meandering line, for cracks, roots and scratches. */
export function walk(
  rng: Random,
  from: Point,
  angle: number,
  steps: number,
  stepLength: number,
  turn: number,
): Point[] {
  const points: Point[] = [from];
  let [x, y] = from;
  let a = angle;
  for (let i = 0; i < steps; i++) {
    a += rng.gauss() * turn;
    x += Math.cos(a) * stepLength * rng.range(0.6, 1.3);
    y += Math.sin(a) * stepLength * rng.range(0.6, 1.3);
    points.push([x, y]);
  }
  return points;
}

export function insidePolygon([x, y]: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function circlesPath(circles: readonly (readonly [number, number, number])[]): string {
  return circles
    .map(
      ([x, y, r]) =>
        `M${n(x - r)} ${n(y)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0`,
    )
    .join('');
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface GradientStop {
  offset: number;
  color: string;
  opacity?: number;
}

function stops(list: readonly GradientStop[]): string {
  return list
    .map(
      (s) =>
        `<stop offset="${Math.round(s.offset * 100) / 100}" stop-color="${s.color}"${s.opacity === undefined ? '' : ` stop-opacity="${Math.round(s.opacity * 100) / 100}"`}/>`,
    )
    .join('');
}

export function linearGradient(
  id: string,
  [x1, y1, x2, y2]: readonly [number, number, number, number],
  list: readonly GradientStop[],
): string {
  return `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stops(list)}</linearGradient>`;
}

export function radialGradient(
  id: string,
  [cx, cy, r]: readonly [number, number, number],
  list: readonly GradientStop[],
  focus?: Point,
): string {
  const f = focus ? ` fx="${focus[0]}" fy="${focus[1]}"` : '';
  return `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}"${f}>${stops(list)}</radialGradient>`;
}

export function clipPath(id: string, d: string): string {
  return `<clipPath id="${id}"><path d="${d}"/></clipPath>`;
}
