import type { DemoObject } from '../demo-object';
import { craquelure } from '../marks';
import type { Random } from '../random';
import { lettering, straightTextPath } from '../stroke-font';
import { clipPath, jagged, linearGradient, radialGradient, smooth, walk, type Point } from '../svg';
import { texture } from '../textures';
import { HEAD, pantocrator, theotokos } from './icon-figures';

const W = 700;
const H = 920;
const FIELD: [number, number, number, number] = [-286, -396, 286, 396];

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
    linearGradient(
      'icon-wood',
      [0, 0, 1, 0.2],
      [
        { offset: 0, color: '#8c5a2e' },
        { offset: 0.5, color: '#a06a38' },
        { offset: 1, color: '#6e4420' },
      ],
    ) +
    linearGradient(
      'icon-gold',
      [0, 0, 1, 1],
      [
        { offset: 0, color: '#e2bd5e' },
        { offset: 0.45, color: '#c99a36' },
        { offset: 0.7, color: '#e6c66e' },
        { offset: 1, color: '#a87a22' },
      ],
    ) +
    radialGradient(
      'icon-halo',
      [0.45, 0.4, 0.6],
      [
        { offset: 0, color: '#f3db8e' },
        { offset: 1, color: '#cf9f3c' },
      ],
    ) +
    radialGradient(
      'icon-flesh',
      [0.55, 0.42, 0.62],
      [
        { offset: 0, color: '#d8a56d' },
        { offset: 0.6, color: '#a87440' },
        { offset: 1, color: '#5f4a2a' },
      ],
    ) +
    linearGradient(
      'icon-varnish',
      [0, 0, 0, 1],
      [
        { offset: 0, color: '#1e1206', opacity: 0.42 },
        { offset: 0.4, color: '#3a2408', opacity: 0.2 },
        { offset: 1, color: '#3a2408', opacity: 0.28 },
      ],
    );

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
    `<path d="${panel}" fill="${texture('wood')}"/>` +
    `<path d="${grain}" fill="none" stroke="#4a2c12" stroke-opacity="0.35" stroke-width="2.5" clip-path="url(#icon-panel)"/>` +
    `<g clip-path="url(#icon-paint)">` +
    `<rect x="${-W / 2}" y="${-H / 2}" width="${W}" height="${H}" fill="#76241a"/>` +
    `<rect x="${fx0}" y="${fy0}" width="${fx1 - fx0}" height="${fy1 - fy0}" fill="url(#icon-gold)"/>` +
    `<rect x="${fx0}" y="${fy0}" width="${fx1 - fx0}" height="${fy1 - fy0}" fill="${texture('gold')}"/>` +
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

function wobblyRect(
  rng: Random,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  jitter: number,
): Point[] {
  const points: Point[] = [];
  const steps = 10;
  const j = (): number => rng.gauss() * jitter;
  for (let i = 0; i < steps; i++) points.push([x0 + ((x1 - x0) * i) / steps, y0 + j()]);
  for (let i = 0; i < steps; i++) points.push([x1 + j(), y0 + ((y1 - y0) * i) / steps]);
  for (let i = 0; i < steps; i++) points.push([x1 - ((x1 - x0) * i) / steps, y1 + j()]);
  for (let i = 0; i < steps; i++) points.push([x0 + j(), y1 - ((y1 - y0) * i) / steps]);
  return points;
}
