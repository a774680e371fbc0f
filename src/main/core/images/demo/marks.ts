import type { Damage, Marking } from './demo-object';
import type { Random } from './random';
import { circlesPath, jagged, n, polyline, walk, type Point } from './svg';
import { lettering, straightTextPath, textPath, textWidth } from './stroke-font';

/** An inventory number in ink, a collection's paper label, or a library's round stamp. */
export function drawMarking(m: Marking): string {
  const height = m.r * 0.38;
  if (m.style === 'ink') {
    const d = straightTextPath(m.text, {
      x: m.x,
      y: m.y + height / 2,
      height,
      anchor: 'middle',
      rotate: m.angle,
    });
    return `<path d="${d}" ${lettering(m.color, height * 0.13, 'stroke-opacity="0.88"')}/>`;
  }
  if (m.style === 'label') {
    const w = ((textWidth(m.text) * height) / 140) * 1.25 + height;
    const h = height * 2.1;
    const lines = straightTextPath(m.text, { x: 0, y: height * 0.6, height, anchor: 'middle' });
    const rule = `M${n(-w / 2 + height * 0.4)} ${n(-height * 0.72)}L${n(w / 2 - height * 0.4)} ${n(-height * 0.72)}`;
    return (
      `<g transform="translate(${n(m.x)} ${n(m.y)}) rotate(${n(m.angle)})">` +
      `<rect x="${n(-w / 2 + 3)}" y="${n(-h / 2 + 4)}" width="${n(w)}" height="${n(h)}" fill="#000" fill-opacity="0.25"/>` +
      `<rect x="${n(-w / 2)}" y="${n(-h / 2)}" width="${n(w)}" height="${n(h)}" fill="#efe6cf" stroke="#8a7b5c" stroke-width="${n(height * 0.05)}"/>` +
      `<path d="${rule}" stroke="${m.color}" stroke-width="${n(height * 0.07)}"/>` +
      `<path d="${lines}" ${lettering(m.color, height * 0.12)}/></g>`
    );
  }
  const r = m.r;
  const ring = circlesPath([
    [m.x, m.y, r],
    [m.x, m.y, r * 0.7],
  ]);
  const word = 'BIBLIOTHECA';
  const h = r * 0.2;
  const baseline = r * 0.78;
  const start = -((textWidth(word) * h) / 140 / baseline) / 2;
  const around = textPath(word, h, (x, y) => {
    const a = start + x / baseline;
    return [m.x + Math.sin(a) * (baseline - y), m.y - Math.cos(a) * (baseline - y)];
  });
  const number = straightTextPath(m.text, {
    x: m.x,
    y: m.y + r * 0.14,
    height: r * 0.28,
    anchor: 'middle',
  });
  return (
    `<g transform="rotate(${n(m.angle)} ${n(m.x)} ${n(m.y)})" opacity="0.72">` +
    `<path d="${ring}" fill="none" stroke="${m.color}" stroke-width="${n(r * 0.05)}"/>` +
    `<path d="${around}${number}" ${lettering(m.color, r * 0.035)}/></g>`
  );
}

/**
 * Cracks running from the damage spot, and a loss where material has broken away.
 * Drawn inside the object's silhouette (`clipId`), so damage never spills onto the backdrop.
 */
export function drawDamage(rng: Random, d: Damage, clipId: string, unit: number): string {
  const main = ((d.angle ?? rng.range(0, 360)) * Math.PI) / 180;
  let cracks = '';
  const branches = rng.int(2, 3);
  for (let i = 0; i < branches; i++) {
    // The main crack runs both ways from the loss; side cracks are short.
    const angle = i === 0 ? main : main + Math.PI + rng.gauss() * 0.5;
    const steps = i === 0 ? 12 : rng.int(4, 8);
    const line = walk(rng, [d.x, d.y], angle, steps, d.r * 0.2, 0.16);
    cracks += polyline(line);
    const fork = line[Math.floor(line.length / 2)]!;
    cracks += polyline(
      walk(rng, fork, angle + rng.range(-0.9, 0.9), rng.int(2, 4), d.r * 0.12, 0.25),
    );
  }
  const loss = jagged(rng, d.x, d.y, d.r * 0.3, 1.3);
  const offset: Point = [unit * 1.5, unit * 1.5];
  return (
    `<g clip-path="url(#${clipId})">` +
    `<path d="${loss}" fill="${d.loss}" stroke="#000" stroke-opacity="0.45" stroke-width="${n(unit * 3)}"/>` +
    `<path d="${loss}" fill="#000" fill-opacity="0.18" transform="translate(${n(offset[0] * 2)} ${n(offset[1] * 2)})"/>` +
    `<path d="${cracks}" fill="none" stroke="#fff" stroke-opacity="0.35" stroke-width="${n(unit * 2)}" transform="translate(${n(offset[0])} ${n(offset[1])})"/>` +
    `<path d="${cracks}" fill="none" stroke="${d.crack}" stroke-opacity="0.9" stroke-width="${n(unit * 2.6)}" stroke-linecap="round"/>` +
    `</g>`
  );
}

/** The fine network of cracks in old paint and varnish, over a rectangle. */
export function craquelure(
  rng: Random,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  cell: number,
): string {
  const cols = Math.ceil((x1 - x0) / cell);
  const rows = Math.ceil((y1 - y0) / cell);
  const grid: Point[][] = [];
  for (let r = 0; r <= rows; r++) {
    const row: Point[] = [];
    for (let c = 0; c <= cols; c++) {
      row.push([
        x0 + c * cell + rng.gauss() * cell * 0.35,
        y0 + r * cell + rng.gauss() * cell * 0.35,
      ]);
    }
    grid.push(row);
  }
  let d = '';
  for (let r = 0; r <= rows; r++) {
    for (let c = 0; c <= cols; c++) {
      const p = grid[r]![c]!;
      const right = grid[r]![c + 1];
      const down = grid[r + 1]?.[c];
      if (right && rng.chance(0.65)) d += `M${n(p[0])} ${n(p[1])}L${n(right[0])} ${n(right[1])}`;
      if (down && rng.chance(0.65)) d += `M${n(p[0])} ${n(p[1])}L${n(down[0])} ${n(down[1])}`;
    }
  }
  return d;
}
