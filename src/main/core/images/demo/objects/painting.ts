import type { DemoObject } from '../demo-object';
import { craquelure } from '../marks';
import type { Random } from '../random';
import { circlesPath, clipPath, linearGradient, n, smooth, type Point } from '../svg';
import { lettering, straightTextPath } from '../stroke-font';
import { texture } from '../textures';

const W = 1000;
const H = 800;
const CW = 800;
const CH = 600;

/** A landscape in oils in a gilt frame: sky, hills, a lake, trees, a church on the hill. */
export function drawPainting(rng: Random): DemoObject {
  const outline = `M${-W / 2} ${-H / 2}H${W / 2}V${H / 2}H${-W / 2}Z`;
  const canvas = `M${-CW / 2} ${-CH / 2}H${CW / 2}V${CH / 2}H${-CW / 2}Z`;
  const horizon = rng.range(-10, 30);
  const defs =
    clipPath('canvas', canvas) +
    linearGradient(
      'sky',
      [0, 0, 0, 1],
      [
        { offset: 0, color: '#6d8fb8' },
        { offset: 0.55, color: '#a9bfd2' },
        { offset: 1, color: '#eadbb6' },
      ],
    ) +
    linearGradient(
      'foreground',
      [0, 0, 0, 1],
      [
        { offset: 0, color: '#5e6030' },
        { offset: 1, color: '#2f2a14' },
      ],
    ) +
    linearGradient(
      'lake',
      [0, 0, 0, 1],
      [
        { offset: 0, color: '#b5c6d2' },
        { offset: 1, color: '#6f8796' },
      ],
    );

  const hills = (base: number, amp: number, count: number): string => {
    const points: Point[] = [[-CW / 2 - 20, CH / 2 + 20]];
    for (let i = 0; i <= count; i++)
      points.push([-CW / 2 - 20 + ((CW + 40) * i) / count, base - rng.range(0, amp)]);
    points.push([CW / 2 + 20, CH / 2 + 20]);
    return smooth(points, true);
  };
  const clouds: [number, number, number][] = [];
  for (let c = 0; c < 6; c++) {
    const [cx, cy] = [rng.range(-360, 360), rng.range(-270, -90)];
    const size = rng.range(0.5, 1);
    for (let i = 0; i < 8; i++)
      clouds.push([
        cx + rng.range(-90, 90) * size,
        cy + rng.range(-14, 14) * size,
        rng.range(16, 36) * size,
      ]);
  }
  const trees: [number, number, number][] = [];
  const trunks: string[] = [];
  for (const tx of [rng.range(-360, -240), rng.range(220, 340), rng.range(-120, -40)]) {
    const base = horizon + 150 + rng.range(0, 40);
    trunks.push(`M${n(tx)} ${n(base)}L${n(tx)} ${n(base - 90)}`);
    for (let i = 0; i < 9; i++)
      trees.push([tx + rng.range(-40, 40), base - 90 - rng.range(0, 90), rng.range(20, 36)]);
  }
  const church: Point = [rng.range(30, 200), horizon + 30];
  const [chx, chy] = church;
  const building =
    `<path d="M${n(chx)} ${n(chy)}h70v-40h-70Z" fill="#c9b48a"/>` +
    `<path d="M${n(chx - 4)} ${n(chy - 40)}L${n(chx + 35)} ${n(chy - 62)}L${n(chx + 74)} ${n(chy - 40)}Z" fill="#8a4a30"/>` +
    `<path d="M${n(chx - 26)} ${n(chy)}h24v-84h-24Z" fill="#d8c49a"/>` +
    `<path d="M${n(chx - 30)} ${n(chy - 84)}L${n(chx - 14)} ${n(chy - 112)}L${n(chx + 2)} ${n(chy - 84)}Z" fill="#7a4028"/>` +
    `<path d="M${n(chx + 40)} ${n(chy)}h30v-40h-30Z" fill="#8a7a5a" fill-opacity="0.6"/>`;
  const signature = rng.pick([
    'J. HOFFMANN 1874',
    'A. MARKO 1891',
    'L. PETRESCU 1902',
    'E. VANCA 1888',
  ]);

  const landscape =
    `<rect x="${-CW / 2}" y="${-CH / 2}" width="${CW}" height="${CH}" fill="url(#sky)"/>` +
    `<path d="${circlesPath(clouds.map(([x, y, r]) => [x, y + r * 0.4, r * 0.9]))}" fill="#9c9a94" fill-opacity="0.45"/>` +
    `<path d="${circlesPath(clouds)}" fill="#f6f0e2" fill-opacity="0.55"/>` +
    `<path d="${circlesPath(clouds.map(([x, y, r]) => [x - r * 0.2, y - r * 0.25, r * 0.7]))}" fill="#fffaf0" fill-opacity="0.45"/>` +
    `<path d="${hills(horizon, 80, 7)}" fill="#8d9aae"/>` +
    `<path d="${hills(horizon + 50, 50, 5)}" fill="#6f7d4c"/>` +
    `<rect x="${-CW / 2}" y="${n(horizon + 100)}" width="${CW}" height="50" fill="url(#lake)"/>` +
    building +
    `<path d="${hills(horizon + 170, 30, 4)}" fill="url(#foreground)"/>` +
    `<path d="M-60 ${CH / 2}Q-10 ${n(horizon + 230)} 120 ${n(horizon + 170)}" fill="none" stroke="#b59a64" stroke-width="16" stroke-opacity="0.7"/>` +
    `<path d="${trunks.join('')}" stroke="#2e2012" stroke-width="10"/>` +
    `<path d="${circlesPath(trees)}" fill="#2d3b1e"/>` +
    `<path d="${circlesPath(trees.map(([x, y, r]) => [x - r * 0.3, y - r * 0.3, r * 0.5]))}" fill="#5f7034" fill-opacity="0.6"/>` +
    `<path d="${straightTextPath(signature, { x: 380, y: 285, height: 13, anchor: 'end' })}" ${lettering('#2a1a0c', 2)}/>` +
    `<rect x="${-CW / 2}" y="${-CH / 2}" width="${CW}" height="${CH}" fill="#9a7520" fill-opacity="0.18"/>` +
    `<rect x="${-CW / 2}" y="${-CH / 2}" width="${CW}" height="${CH}" fill="${texture('canvas')}"/>` +
    `<path d="${craquelure(rng, -CW / 2, -CH / 2, CW / 2, CH / 2, 22)}" fill="none" stroke="#1e1408" stroke-opacity="0.1" stroke-width="1"/>`;

  const bevel = (points: string, color: string): string =>
    `<path d="M${points}Z" fill="${color}"/>`;
  const [ox, oy, ix, iy] = [W / 2, H / 2, CW / 2, CH / 2];
  const beads: [number, number, number][] = [];
  const inset = 48;
  for (let x = -ox + inset; x <= ox - inset; x += 22)
    beads.push([x, -oy + inset, 6], [x, oy - inset, 6]);
  for (let y = -oy + inset + 22; y < oy - inset; y += 22)
    beads.push([-ox + inset, y, 6], [ox - inset, y, 6]);
  const frame =
    bevel(`${-ox} ${-oy}L${ox} ${-oy}L${ix} ${-iy}L${-ix} ${-iy}`, '#d9b65e') +
    bevel(`${-ox} ${-oy}L${-ix} ${-iy}L${-ix} ${iy}L${-ox} ${oy}`, '#c49b45') +
    bevel(`${ox} ${-oy}L${ox} ${oy}L${ix} ${iy}L${ix} ${-iy}`, '#8e6a28') +
    bevel(`${-ox} ${oy}L${-ix} ${iy}L${ix} ${iy}L${ox} ${oy}`, '#7a5a20') +
    `<path d="${outline}" fill="${texture('gold')}" fill-opacity="0.55"/>` +
    `<path d="${circlesPath(beads.map(([x, y, r]) => [x + 2, y + 2, r]))}" fill="#4a3210" fill-opacity="0.6"/>` +
    `<path d="${circlesPath(beads)}" fill="#e8c978"/>` +
    `<rect x="${-ix - 12}" y="${-iy - 12}" width="${CW + 24}" height="${CH + 24}" fill="none" stroke="#4a3312" stroke-width="10"/>` +
    `<rect x="${-ix - 5}" y="${-iy - 5}" width="${CW + 10}" height="${CH + 10}" fill="none" stroke="#e0c070" stroke-width="3"/>` +
    `<path d="${outline}" fill="none" stroke="#4a3312" stroke-width="4"/>`;

  return {
    width: W,
    height: H,
    mmPerUnit: 0.62,
    lift: 0.5,
    defs,
    body: frame + `<g clip-path="url(#canvas)">${landscape}</g>`,
    outline,
    backdrop: 'light',
    detail: { x: chx, y: chy - 40, r: 120 },
    marking: {
      x: -300,
      y: 350,
      r: 78,
      style: 'label',
      text: `INV. ${rng.int(100, 9999)}`,
      angle: rng.range(-3, 3),
      color: '#7a1f1a',
    },
    damage: {
      x: rng.range(-250, 250),
      y: rng.range(-150, 150),
      r: 150,
      crack: '#2a1f14',
      loss: '#e6dcc4',
    },
  };
}
