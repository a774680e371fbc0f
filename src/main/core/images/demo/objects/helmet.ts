import type { DemoObject } from '../demo-object';
import type { Random } from '../random';
import {
  circlesPath,
  clipPath,
  linearGradient,
  polyline,
  radialGradient,
  smooth,
  type Point,
} from '../svg';
import { texture } from '../textures';

const W = 760;
const H = 800;

/**
 * An Illyrian bronze helmet from the front: domed cap with the twin crest ridges, the square
 * face opening reaching down between the cheek pieces, the flared neck guard behind.
 */
const SHELL: readonly Point[] = [
  [-126, 372],
  [-122, 120],
  [-120, -84],
  [0, -96],
  [120, -84],
  [122, 120],
  [126, 372],
  [200, 388],
  [262, 318],
  [286, 250],
  [330, 262],
  [372, 236],
  [304, 104],
  [306, -60],
  [272, -224],
  [172, -340],
  [0, -392],
  [-172, -340],
  [-272, -224],
  [-306, -60],
  [-304, 104],
  [-372, 236],
  [-330, 262],
  [-286, 250],
  [-262, 318],
  [-200, 388],
];
const OPENING: readonly Point[] = [
  [-122, 120],
  [-120, -84],
  [0, -96],
  [120, -84],
  [122, 120],
  [124, 300],
  [-124, 300],
];

export function drawHelmet(rng: Random): DemoObject {
  // Corners stay sharp where the face opening is cut; the dome is smooth.
  const shell =
    polyline(SHELL.slice(0, 4)) +
    smooth(SHELL.slice(3, 9), false, 0.6).replace(/^M[^C]*/, '') +
    smooth(SHELL.slice(8).concat([SHELL[0]!]), false, 0.8).replace(/^M[^C]*/, '') +
    'Z';
  const interior = polyline(OPENING, true);
  const rim: Point[] = [
    [-126, 372],
    [-122, 120],
    [-120, -84],
    [0, -96],
    [120, -84],
    [122, 120],
    [126, 372],
  ];
  const rivets: [number, number, number][] = [];
  for (let y = -40; y <= 340; y += 48) rivets.push([-150, y, 6.5], [150, y, 6.5]);
  for (let x = -220; x <= -150; x += 40)
    rivets.push([x, 352 + (x + 220) * 0.2, 6.5], [-x, 352 + (x + 220) * 0.2, 6.5]);

  const defs =
    clipPath('helmet-shell', shell) +
    radialGradient(
      'bronze',
      [0.36, 0.26, 0.85],
      [
        { offset: 0, color: '#dcae66' },
        { offset: 0.35, color: '#a9783c' },
        { offset: 0.75, color: '#6a4620' },
        { offset: 1, color: '#3a2610' },
      ],
    ) +
    linearGradient(
      'helmet-inside',
      [0, 0, 0, 1],
      [
        { offset: 0, color: '#1a1008' },
        { offset: 1, color: '#4a3016' },
      ],
    );

  const ridge = (x: number): string => {
    const d = `M${x} -386C${x} -300 ${x} -180 ${x * 1.1} -98`;
    return (
      `<path d="${d}" fill="none" stroke="#2a1a0a" stroke-opacity="0.5" stroke-width="20" transform="translate(6 4)"/>` +
      `<path d="${d}" fill="none" stroke="#b88a4c" stroke-width="15" stroke-linecap="round"/>` +
      `<path d="${d}" fill="none" stroke="#f4d8a0" stroke-opacity="0.65" stroke-width="5" transform="translate(-4 0)"/>`
    );
  };
  const wings = `M-304 104L-372 236L-330 262L-286 250ZM304 104L372 236L330 262L286 250Z`;

  const body =
    `<path d="${interior}" fill="url(#helmet-inside)"/>` +
    `<path d="${shell}" fill="url(#bronze)"/>` +
    `<g clip-path="url(#helmet-shell)">` +
    `<path d="${wings}" fill="#2a1a0a" fill-opacity="0.45"/>` +
    `<path d="${shell}" fill="${texture('bronze')}" fill-opacity="0.7"/>` +
    `<path d="${shell}" fill="none" stroke="#2a1a0a" stroke-opacity="0.45" stroke-width="40"/>` +
    `<path d="${shell}" fill="none" stroke="#9a6c34" stroke-opacity="0.85" stroke-width="32"/>` +
    `<path d="${shell}" fill="none" stroke="#e2b878" stroke-opacity="0.4" stroke-width="8"/>` +
    ridge(-30) +
    ridge(30) +
    `<path d="M-250 -200Q-200 -320 -60 -360" fill="none" stroke="#fff3d6" stroke-opacity="0.25" stroke-width="30" stroke-linecap="round"/>` +
    `<path d="${circlesPath(rivets)}" fill="#1a0f06" stroke="#d8b070" stroke-opacity="0.55" stroke-width="2.5"/>` +
    `</g>` +
    `<path d="${polyline(rim)}" fill="none" stroke="#f0cc8a" stroke-opacity="0.5" stroke-width="4"/>`;

  return {
    width: W,
    height: H,
    mmPerUnit: 0.3,
    lift: 0.7,
    defs,
    body,
    outline: `${shell}${interior}`,
    backdrop: rng.chance(0.5) ? 'light' : 'dark',
    detail: { x: 0, y: -250, r: 160 },
    marking: {
      x: -215,
      y: 250,
      r: 56,
      style: 'ink',
      text: `${rng.int(10, 99)}${rng.int(100, 999)}`,
      angle: rng.range(-10, 10),
      color: '#f2ede2',
    },
    damage: {
      x: rng.range(120, 220),
      y: rng.range(-200, -60),
      r: 150,
      crack: '#140c05',
      loss: '#1f140a',
    },
  };
}
