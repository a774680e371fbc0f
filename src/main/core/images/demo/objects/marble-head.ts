import type { DemoObject } from '../demo-object';
import type { Random } from '../random';
import { FACE, PROFILE, scalePoints } from '../profile';
import {
  clipPath,
  insidePolygon,
  linearGradient,
  n,
  polyline,
  radialGradient,
  smooth,
  walk,
  type Point,
} from '../svg';
import { texture } from '../textures';

const S = 9.4;
const W = 700;
const H = 960;

/** Behind this line (in the profile's 100-unit box) the head is hair; the ear stays visible. */
const HAIR: readonly Point[] = [
  [76, 11],
  [66, 20],
  [59, 30],
  [54, 38],
  [49, 41],
  [40, 40],
  [35, 48],
  [37, 58],
  [41, 62],
  [34, 72],
  [26, 80],
  [0, 84],
  [0, 0],
  [80, 0],
];

/**
 * A marble head in profile, broken off at the neck, the nose chipped, stained by the soil it lay
 * in, with the fine root marks that betray a recent illegal excavation.
 */
export function drawMarbleHead(rng: Random): DemoObject {
  const at = ([x, y]: Point): Point => [(x - 50) * S, (y - 51) * S];
  const g = (id: string, [x, y]: Point, r: number, color: string, opacity: number): string =>
    radialGradient(
      id,
      [0.5, 0.5, 0.5],
      [
        { offset: 0, color, opacity },
        { offset: 1, color, opacity: 0 },
      ],
    ) +
    `<circle id="${id}-spot" cx="${n(at([x, y])[0])}" cy="${n(at([x, y])[1])}" r="${n(r * S)}" fill="url(#${id})"/>`;
  // The profile without its neck cut and nose tip, which are replaced by breaks.
  const profile = PROFILE.slice(1, -2).map(([x, y]): Point =>
    x > 80 && y > 50 && y < 58 ? [x - 1.8, y] : [x, y],
  );
  const breakLine: Point[] = [
    [62, 93],
    [58, 96],
    [54, 94.5],
    [49, 97.5],
    [44, 95.5],
    [39, 97],
    [33, 94.5],
    [31, 88],
  ];
  const jag = breakLine.map(([x, y]): Point => [x + rng.range(-0.8, 0.8), y + rng.range(-1, 1)]);
  const outline = `${smooth(scalePoints(profile, S, -50 * S, -51 * S))}${polyline(jag.map(at)).replace('M', 'L')}Z`;

  const light = [
    g('lit-cheek', [63, 50], 14, '#fffdf8', 0.55),
    g('lit-brow', [69, 24], 12, '#fffdf8', 0.5),
    g('dark-socket', [67, 38], 7, '#4e4538', 0.45),
    g('dark-temple', [56, 36], 9, '#4e4538', 0.18),
    g('dark-jaw', [56, 86], 14, '#3e362b', 0.4),
  ];
  const defs =
    clipPath('head-outline', outline) +
    radialGradient(
      'marble',
      [0.62, 0.42, 0.72],
      [
        { offset: 0, color: '#f2eee6' },
        { offset: 0.6, color: '#ddd5c6' },
        { offset: 1, color: '#a89f8c' },
      ],
    ) +
    linearGradient(
      'head-turn',
      [0, 0, 1, 0],
      [
        { offset: 0, color: '#3c3428', opacity: 0.5 },
        { offset: 0.5, color: '#3c3428', opacity: 0 },
      ],
    ) +
    linearGradient(
      'soil-rise',
      [0, 1, 0, 0],
      [
        { offset: 0, color: '#6b4a25', opacity: 0.55 },
        { offset: 0.45, color: '#7a5a32', opacity: 0 },
      ],
    ) +
    light.map((l) => l.slice(0, l.indexOf('<circle'))).join('');
  const spots = light.map((l) => l.slice(l.indexOf('<circle'))).join('');

  const e = FACE.eye;
  const features =
    `M${pt(at([e[0] - 5, e[1]]))}Q${pt(at([e[0], e[1] - 3]))} ${pt(at([e[0] + 4.5, e[1] + 0.5]))}Q${pt(at([e[0], e[1] + 2.5]))} ${pt(at([e[0] - 5, e[1]]))}` +
    `M${pt(at([e[0] - 4, e[1] + 3.5]))}Q${pt(at([e[0], e[1] + 4.5]))} ${pt(at([e[0] + 3, e[1] + 3]))}` +
    `M${pt(at([46, 41]))}C${pt(at([39, 40]))} ${pt(at([38, 54]))} ${pt(at([45, 56]))}M${pt(at([45, 45]))}C${pt(at([42, 46]))} ${pt(at([42, 51]))} ${pt(at([45, 52]))}` +
    `M${pt(at([78, 57]))}Q${pt(at([75, 56.5]))} ${pt(at([74.5, 53]))}` +
    `M${pt(at([76.5, 64]))}Q${pt(at([74, 64.5]))} ${pt(at([72, 63.5]))}` +
    `M${pt(at([75, 70.5]))}Q${pt(at([71, 72]))} ${pt(at([69, 70]))}`;
  const brow = `M${pt(at([60, 31]))}Q${pt(at([68, 29]))} ${pt(at([76, 34]))}`;

  let roots = '';
  for (let i = 0; i < 14; i++) {
    const from: Point = [rng.range(-260, 240), rng.range(-60, 420)];
    roots += smooth(
      walk(rng, from, rng.range(0, Math.PI * 2), rng.int(5, 10), rng.range(12, 22), 0.6),
    );
  }

  const body =
    `<path d="${outline}" fill="url(#marble)"/>` +
    `<g clip-path="url(#head-outline)">` +
    spots +
    `<rect x="${-W / 2}" y="${-H / 2}" width="${W}" height="${H}" fill="url(#head-turn)"/>` +
    curls(rng, at) +
    `<path d="${brow}" fill="none" stroke="#5a5042" stroke-opacity="0.14" stroke-width="${n(1.8 * S)}" stroke-linecap="round"/>` +
    `<path d="${features}" fill="none" stroke="#62584a" stroke-opacity="0.6" stroke-width="${n(0.5 * S)}" stroke-linecap="round"/>` +
    // The broken nose: a rough, fresher facet.
    `<path d="M${pt(at([78, 45.5]))}L${pt(at([81.5, 49]))}L${pt(at([81, 55]))}L${pt(at([77.5, 57]))}L${pt(at([78.5, 50]))}Z" fill="#f7f4ec" stroke="#a39a88" stroke-width="3"/>` +
    `<path d="${outline}" fill="${texture('marble')}"/>` +
    `<rect x="${-W / 2}" y="${-H / 2}" width="${W}" height="${H}" fill="url(#soil-rise)"/>` +
    `<path d="${roots}" fill="none" stroke="#7a5326" stroke-opacity="0.45" stroke-width="1.8" stroke-linecap="round"/>` +
    `<path d="${polyline(jag.map(at))}" fill="none" stroke="#857b69" stroke-width="${n(1.6 * S)}" stroke-opacity="0.6"/>` +
    `</g>`;

  return {
    width: W,
    height: H,
    mmPerUnit: 0.33,
    lift: 0.5,
    defs,
    body,
    outline,
    backdrop: 'dark',
    detail: { x: at(e)[0] - 20, y: at(e)[1] + 40, r: 170 },
    marking: {
      x: at([36, 84])[0],
      y: at([36, 84])[1],
      r: 62,
      style: 'ink',
      text: `${rng.int(1900, 1968)}.${rng.int(1, 400)}`,
      angle: rng.range(-70, -60),
      color: '#2a2420',
    },
    damage: {
      x: at(FACE.nose)[0] - 40,
      y: at(FACE.nose)[1],
      r: 150,
      angle: rng.range(150, 210),
      crack: '#5e5648',
      loss: '#f6f3ec',
    },
  };
}

function pt([x, y]: Point): string {
  return `${n(x)} ${n(y)}`;
}

/** Rows of S-shaped locks round the skull, carved as grooves with lit ridges beside them. */
function curls(rng: Random, at: (p: Point) => Point): string {
  const [ex, ey] = FACE.ear;
  let grooves = '';
  let ridges = '';
  for (let radius = 9; radius <= 54; radius += 3.8) {
    for (let a = 100; a <= 300; a += 260 / radius) {
      const rad = ((a + rng.range(-5, 5)) * Math.PI) / 180;
      const p: Point = [ex + Math.cos(rad) * radius, ey + Math.sin(rad) * radius];
      if (!insidePolygon(p, HAIR) || !insidePolygon(p, PROFILE)) continue;
      // Locks run along the row, towards the face, with a curl at the tip.
      const t = rad + Math.PI / 2;
      const len = rng.range(5, 7.5);
      const [tx, ty] = [Math.cos(t) * len, Math.sin(t) * len];
      const [ox, oy] = [Math.cos(rad) * 1.8, Math.sin(rad) * 1.8];
      const lock = (d: number): string => {
        const q = (x: number, y: number): string => pt(at([x - d, y - d]));
        return `M${q(p[0], p[1])}C${q(p[0] + tx * 0.4 + ox, p[1] + ty * 0.4 + oy)} ${q(p[0] + tx * 0.6 - ox, p[1] + ty * 0.6 - oy)} ${q(p[0] + tx, p[1] + ty)}`;
      };
      grooves += lock(0);
      ridges += lock(0.8);
    }
  }
  return (
    `<path d="${ridges}" fill="none" stroke="#fffdf7" stroke-opacity="0.5" stroke-width="${n(1.2 * S)}" stroke-linecap="round"/>` +
    `<path d="${grooves}" fill="none" stroke="#5a5042" stroke-opacity="0.42" stroke-width="${n(0.75 * S)}" stroke-linecap="round"/>`
  );
}
