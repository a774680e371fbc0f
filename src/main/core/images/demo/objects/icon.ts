import type { DemoObject } from '../demo-object';
import { craquelure } from '../marks';
import type { Random } from '../random';
import { circlesPath, clipPath, jagged, linearGradient, polyline, radialGradient, smooth, walk, type Point } from '../svg';
import { lettering, straightTextPath } from '../stroke-font';
import { texture } from '../textures';

const W = 700;
const H = 920;
const FIELD: [number, number, number, number] = [-286, -396, 286, 396];
const HEAD: Point = [0, -168];

/**
 * An Orthodox icon on a wooden panel: gold ground, haloed bust, the red chiton and blue
 * himation of Christ Pantocrator (IC XC) or the maphorion of the Mother of God (MP ΘΥ).
 */
export function drawIcon(rng: Random): DemoObject {
  const christ = rng.chance(0.55);
  const panel = `M${-W / 2} ${-H / 2 + 8}Q${-W / 2} ${-H / 2} ${-W / 2 + 8} ${-H / 2}L${W / 2 - 8} ${-H / 2}Q${W / 2} ${-H / 2} ${W / 2} ${-H / 2 + 8}L${W / 2} ${H / 2 - 8}Q${W / 2} ${H / 2} ${W / 2 - 8} ${H / 2}L${-W / 2 + 8} ${H / 2}Q${-W / 2} ${H / 2} ${-W / 2} ${H / 2 - 8}Z`;
  const paint = smooth(wobblyRect(rng, -W / 2 + 12, -H / 2 + 12, W / 2 - 12, H / 2 - 12, 3), true);
  const [fx0, fy0, fx1, fy1] = FIELD;
  const field = `M${fx0} ${fy0}H${fx1}V${fy1}H${fx0}Z`;

  const defs =
    clipPath('icon-paint', paint) +
    clipPath('icon-panel', panel) +
    clipPath('icon-field', field) +
    linearGradient('icon-wood', [0, 0, 1, 0.2], [
      { offset: 0, color: '#8c5a2e' },
      { offset: 0.5, color: '#a06a38' },
      { offset: 1, color: '#6e4420' },
    ]) +
    linearGradient('icon-gold', [0, 0, 1, 1], [
      { offset: 0, color: '#e2bd5e' },
      { offset: 0.45, color: '#c99a36' },
      { offset: 0.7, color: '#e6c66e' },
      { offset: 1, color: '#a87a22' },
    ]) +
    radialGradient('icon-halo', [0.45, 0.4, 0.6], [
      { offset: 0, color: '#f3db8e' },
      { offset: 1, color: '#cf9f3c' },
    ]) +
    radialGradient('icon-flesh', [0.55, 0.42, 0.62], [
      { offset: 0, color: '#d8a56d' },
      { offset: 0.6, color: '#a87440' },
      { offset: 1, color: '#5f4a2a' },
    ]) +
    linearGradient('icon-varnish', [0, 0, 0, 1], [
      { offset: 0, color: '#1e1206', opacity: 0.42 },
      { offset: 0.4, color: '#3a2408', opacity: 0.2 },
      { offset: 1, color: '#3a2408', opacity: 0.28 },
    ]);

  let grain = '';
  for (let i = 0; i < 16; i++) {
    const x = -W / 2 + 20 + i * 42 + rng.range(-10, 10);
    grain += smooth(walk(rng, [x, -H / 2], Math.PI / 2 + rng.gauss() * 0.02, 9, H / 11, 0.04));
  }

  const bevel =
    `<path d="M${fx0 - 12} ${fy0 - 12}H${fx1 + 12}L${fx1} ${fy0}H${fx0}V${fy1}L${fx0 - 12} ${fy1 + 12}Z" fill="#000" fill-opacity="0.35"/>` +
    `<path d="M${fx1 + 12} ${fy0 - 12}V${fy1 + 12}H${fx0 - 12}L${fx0} ${fy1}H${fx1}V${fy0}Z" fill="#fff" fill-opacity="0.18"/>`;

  const inscription = (christ ? ['IC', 'XC'] : ['MP', 'ΘY'])
    .map((word, i) => {
      const x = i === 0 ? -205 : 205;
      return (
        straightTextPath(word, { x, y: -215, height: 62, anchor: 'middle' }) +
        `M${x - 40} -300L${x + 40} -300M${x} -300L${x} -310`
      );
    })
    .join('');

  const figure = christ ? pantocrator() : theotokos(rng);
  // Paint and gesso flake off first along the edges, where the panel is handled and knocked.
  const losses = Array.from({ length: rng.int(3, 6) }, () => {
    const onLeft = rng.chance(0.5);
    const x = onLeft ? rng.range(-W / 2 - 10, -W / 2 + 30) : rng.range(W / 2 - 30, W / 2 + 10);
    const y = rng.range(-H / 2, H / 2);
    return jagged(rng, x, y, rng.range(10, 26), rng.range(0.6, 1.4));
  }).join('');

  const body =
    `<path d="M${-W / 2 + 14} ${-H / 2 + 16}H${W / 2 + 12}V${H / 2 + 14}H${-W / 2 + 14}Z" fill="#3a2410"/>` +
    `<path d="${panel}" fill="url(#icon-wood)"/>` +
    `<path d="${panel}" fill="${texture('wood', 1.6)}"/>` +
    `<path d="${grain}" fill="none" stroke="#4a2c12" stroke-opacity="0.35" stroke-width="2.5" clip-path="url(#icon-panel)"/>` +
    `<g clip-path="url(#icon-paint)">` +
    `<rect x="${-W / 2}" y="${-H / 2}" width="${W}" height="${H}" fill="#76241a"/>` +
    `<rect x="${-W / 2}" y="${-H / 2}" width="${W}" height="${H}" fill="${texture('mottle', 1.5)}" fill-opacity="0.6"/>` +
    `<rect x="${fx0}" y="${fy0}" width="${fx1 - fx0}" height="${fy1 - fy0}" fill="url(#icon-gold)"/>` +
    `<rect x="${fx0}" y="${fy0}" width="${fx1 - fx0}" height="${fy1 - fy0}" fill="${texture('gold', 1.4)}"/>` +
    bevel +
    `<g clip-path="url(#icon-field)">${figure}</g>` +
    `<path d="${inscription}" ${lettering('#9b2314', 9)}/>` +
    `<rect x="${-W / 2}" y="${-H / 2}" width="${W}" height="${H}" fill="url(#icon-varnish)"/>` +
    `<path d="${craquelure(rng, -W / 2, -H / 2, W / 2, H / 2, 30)}" fill="none" stroke="#24160a" stroke-opacity="0.2" stroke-width="1.3"/>` +
    `<path d="${losses}" fill="#ddcfae" stroke="#4a3018" stroke-opacity="0.5" stroke-width="2"/>` +
    `</g>`;

  return {
    width: W,
    height: H,
    mmPerUnit: 0.42,
    lift: 0.6,
    defs,
    body,
    outline: panel,
    backdrop: 'light',
    detail: { x: HEAD[0], y: HEAD[1] + 10, r: 150 },
    marking: {
      x: -170,
      y: 425,
      r: 64,
      style: 'ink',
      text: `${rng.int(10, 99)}/${rng.int(100, 999)}`,
      angle: rng.range(-4, 3),
      color: '#f1ece0',
    },
    damage: {
      x: rng.range(-180, 180),
      y: rng.range(150, 300),
      r: 150,
      angle: -90,
      crack: '#1e120a',
      loss: '#e9e0cc',
    },
  };
}

function wobblyRect(rng: Random, x0: number, y0: number, x1: number, y1: number, jitter: number): Point[] {
  const points: Point[] = [];
  const steps = 10;
  const j = (): number => rng.gauss() * jitter;
  for (let i = 0; i < steps; i++) points.push([x0 + ((x1 - x0) * i) / steps, y0 + j()]);
  for (let i = 0; i < steps; i++) points.push([x1 + j(), y0 + ((y1 - y0) * i) / steps]);
  for (let i = 0; i < steps; i++) points.push([x1 - ((x1 - x0) * i) / steps, y1 + j()]);
  for (let i = 0; i < steps; i++) points.push([x0 + j(), y1 - ((y1 - y0) * i) / steps]);
  return points;
}

function halo(cross: boolean): string {
  const [cx, cy] = HEAD;
  let arms = '';
  if (cross) {
    // The three visible arms of the cross in Christ's halo.
    for (const a of [Math.PI, 0, -Math.PI / 2]) {
      const [c, s] = [Math.cos(a), Math.sin(a)];
      const [px, py] = [-s, c];
      const inner = 70;
      const outer = 150;
      const quad: Point[] = [
        [cx + c * inner + px * 26, cy + s * inner + py * 26],
        [cx + c * outer + px * 38, cy + s * outer + py * 38],
        [cx + c * outer - px * 38, cy + s * outer - py * 38],
        [cx + c * inner - px * 26, cy + s * inner - py * 26],
      ];
      arms += polyline(quad, true);
    }
  }
  return (
    `<circle cx="${cx}" cy="${cy}" r="165" fill="url(#icon-halo)" stroke="#6b3a12" stroke-width="5"/>` +
    `<circle cx="${cx}" cy="${cy}" r="150" fill="none" stroke="#8a4a18" stroke-width="2"/>` +
    (arms ? `<path d="${arms}" fill="#d8ad4c" stroke="#8a2a17" stroke-width="5"/>` : '')
  );
}

function face(beard: boolean): string {
  const [cx, cy] = HEAD;
  const eyes = [-26, 26]
    .map((dx) => {
      const x = cx + dx;
      const y = cy - 8;
      return (
        `<path d="M${x - 17} ${y}Q${x} ${y - 11} ${x + 17} ${y}Q${x} ${y + 8} ${x - 17} ${y}Z" fill="#eadcc0"/>` +
        `<circle cx="${x + 3}" cy="${y - 1}" r="6.5" fill="#2a180c"/>` +
        `<path d="M${x - 19} ${y - 2}Q${x} ${y - 14} ${x + 19} ${y - 1}M${x - 20} ${y - 20}Q${x} ${y - 32} ${x + 20} ${y - 22}" fill="none" stroke="#2a180c" stroke-width="3"/>`
      );
    })
    .join('');
  const nose = `M${cx - 4} ${cy - 20}L${cx - 7} ${cy + 32}Q${cx} ${cy + 40} ${cx + 9} ${cy + 32}`;
  const highlights = `M${cx - 30} ${cy - 52}q14 -6 30 -4M${cx + 30} ${cy + 14}q6 8 4 20M${cx - 42} ${cy + 14}q-4 8 -2 18M${cx + 2} ${cy - 12}l-2 34`;
  const beardPath = beard
    ? `<path d="${smooth([[-60, 8], [-52, 58], [-30, 92], [-10, 118], [0, 104], [10, 118], [30, 92], [52, 58], [60, 8], [44, 44], [20, 56], [0, 52], [-20, 56], [-44, 44]].map(([x, y]) => [cx + x!, cy + y!] as Point), true)}" fill="#3a2313"/>` +
      `<path d="M${cx - 28} ${cy + 52}Q${cx - 10} ${cy + 38} ${cx} ${cy + 44}Q${cx + 10} ${cy + 38} ${cx + 28} ${cy + 52}" fill="none" stroke="#2a180c" stroke-width="5"/>`
    : '';
  return (
    `<ellipse cx="${cx}" cy="${cy}" rx="62" ry="86" fill="url(#icon-flesh)"/>` +
    eyes +
    `<path d="${nose}" fill="none" stroke="#4a2e16" stroke-width="3"/>` +
    `<path d="${highlights}" fill="none" stroke="#f6e6c8" stroke-opacity="0.75" stroke-width="2.5" stroke-linecap="round"/>` +
    beardPath +
    `<path d="M${cx - 11} ${cy + 56}Q${cx} ${cy + 61} ${cx + 11} ${cy + 56}" fill="none" stroke="#7a2418" stroke-width="4"/>`
  );
}

function pantocrator(): string {
  const [cx, cy] = HEAD;
  const hair = smooth(
    ([[-80, -10], [-76, -72], [-44, -112], [0, -122], [44, -112], [78, -72], [84, -10], [92, 60], [104, 122], [62, 136], [44, 70], [-44, 70], [-62, 136], [-108, 126], [-94, 56]] as Point[]).map(
      ([x, y]) => [cx + x, cy + y] as Point,
    ),
    true,
  );
  const robe: Point[] = [[-44, 110], [44, 110], [190, 150], [262, 220], [290, 580], [-290, 580], [-262, 220], [-190, 150]];
  const mantle: Point[] = [[50, 112], [190, 150], [262, 220], [290, 580], [-120, 580], [-40, 420], [60, 300], [110, 190]];
  const shift = ([x, y]: Point): Point => [cx + x, cy + y];
  const folds = `M${cx + 120} ${cy + 210}Q${cx + 170} ${cy + 330} ${cx + 230} ${cy + 520}M${cx + 40} ${cy + 360}Q${cx + 120} ${cy + 420} ${cx + 150} ${cy + 560}M${cx + 170} ${cy + 180}Q${cx + 210} ${cy + 260} ${cx + 250} ${cy + 300}`;
  const chitonFolds = `M${cx - 150} ${cy + 220}Q${cx - 170} ${cy + 360} ${cx - 200} ${cy + 540}M${cx - 60} ${cy + 200}Q${cx - 70} ${cy + 330} ${cx - 40} ${cy + 420}`;
  const book =
    `<g transform="translate(${cx + 150} ${cy + 400}) rotate(-8)">` +
    `<rect x="-78" y="-104" width="156" height="208" fill="#efe4c8"/>` +
    `<rect x="-84" y="-110" width="156" height="208" fill="#b8862e" stroke="#5a2a10" stroke-width="4"/>` +
    `<rect x="-66" y="-92" width="120" height="172" fill="none" stroke="#8a2a17" stroke-width="6"/>` +
    `<path d="${circlesPath([[-6, -6, 16], [-50, -70, 9], [38, -70, 9], [-50, 58, 9], [38, 58, 9]])}" fill="#9b2414" stroke="#f0dca0" stroke-width="3"/>` +
    `</g>`;
  // The blessing right hand raised before the chest, two fingers up.
  const hand =
    `<path d="M${cx - 70} ${cy + 560}Q${cx - 90} ${cy + 420} ${cx - 50} ${cy + 352}L${cx + 4} ${cy + 370}Q${cx - 30} ${cy + 450} ${cx - 10} ${cy + 560}Z" fill="#7e2016"/>` +
    `<path d="M${cx - 56} ${cy + 350}L${cx + 6} ${cy + 372}L${cx + 12} ${cy + 356}L${cx - 50} ${cy + 334}Z" fill="#c9993e"/>` +
    `<path d="${smooth(([[-50, 336], [-40, 290], [-36, 232], [-28, 224], [-22, 236], [-20, 282], [-12, 230], [-4, 224], [2, 236], [0, 300], [8, 310], [6, 350], [-20, 360]] as Point[]).map(shift), true)}" fill="url(#icon-flesh)" stroke="#4a2e16" stroke-width="2.5"/>`;
  return (
    halo(true) +
    `<path d="${hair}" fill="#3a2313"/>` +
    `<path d="M${cx - 30} ${cy + 60}L${cx + 30} ${cy + 60}L${cx + 40} ${cy + 118}L${cx - 40} ${cy + 118}Z" fill="#8a5e34"/>` +
    `<path d="${polyline(robe.map(shift), true)}" fill="#8a2318"/>` +
    `<path d="M${cx - 150} ${cy + 160}L${cx - 124} ${cy + 156}L${cx - 150} ${cy + 580}L${cx - 178} ${cy + 580}Z" fill="#c9993e"/>` +
    `<path d="${chitonFolds}" fill="none" stroke="#4e1009" stroke-width="6" stroke-opacity="0.6"/>` +
    `<path d="${smooth(mantle.map(shift), true)}" fill="#1f3d78"/>` +
    `<path d="${folds}" fill="none" stroke="#5577b8" stroke-width="6" stroke-opacity="0.7"/>` +
    hand +
    book +
    face(true)
  );
}

function theotokos(rng: Random): string {
  const [cx, cy] = HEAD;
  const shift = ([x, y]: Point): Point => [cx + x, cy + y];
  const maphorion: Point[] = [[-88, 20], [-94, -70], [-60, -122], [0, -134], [60, -122], [94, -70], [88, 20], [96, 100], [200, 150], [272, 230], [292, 580], [-292, 580], [-272, 230], [-200, 150], [-96, 100]];
  const star = (x: number, y: number, r: number): string => {
    const points: Point[] = [];
    for (let i = 0; i < 16; i++) {
      const a = (i / 16) * Math.PI * 2;
      const rr = i % 2 === 0 ? r : r * 0.4;
      points.push([x + Math.cos(a) * rr, y + Math.sin(a) * rr]);
    }
    return polyline(points, true);
  };
  const folds = `M${cx - 150} ${cy + 200}Q${cx - 190} ${cy + 330} ${cx - 210} ${cy + 540}M${cx + 150} ${cy + 200}Q${cx + 180} ${cy + 360} ${cx + 220} ${cy + 540}M${cx - 40} ${cy + 260}Q${cx - 20} ${cy + 400} ${cx - 50} ${cy + 560}`;
  return (
    halo(false) +
    `<path d="${smooth(maphorion.map(shift), true)}" fill="#5c1a14"/>` +
    `<path d="${smooth(([[-74, 10], [-78, -60], [-48, -104], [0, -114], [48, -104], [78, -60], [74, 10]] as Point[]).map(shift))}" fill="none" stroke="#d2a444" stroke-width="12"/>` +
    `<path d="M${cx - 62} ${cy + 96}Q${cx} ${cy + 110} ${cx + 62} ${cy + 96}L${cx + 10} ${cy + 330}L${cx - 10} ${cy + 330}Z" fill="#244a8a"/>` +
    `<path d="M${cx - 64} ${cy + 96}Q${cx - 40} ${cy + 250} ${cx - 12} ${cy + 332}M${cx + 64} ${cy + 96}Q${cx + 40} ${cy + 250} ${cx + 12} ${cy + 332}" fill="none" stroke="#d2a444" stroke-width="9"/>` +
    `<path d="${folds}" fill="none" stroke="#2e0a06" stroke-width="7" stroke-opacity="0.55"/>` +
    `<path d="${star(cx, cy - 118, 14)}${star(cx - 180, cy + 210, 16)}${star(cx + 180, cy + 210, 16)}" fill="#e3bd5c"/>` +
    face(false) +
    `<path d="M${cx - 64} ${cy - 34}Q${cx} ${cy - rng.int(118, 124)} ${cx + 64} ${cy - 34}Q${cx} ${cy - 76} ${cx - 64} ${cy - 34}Z" fill="#244a8a"/>`
  );
}

