import type { DemoObject } from '../demo-object';
import type { Random } from '../random';
import { circlesPath, clipPath, radialGradient, smooth, type Point } from '../svg';
import { texture } from '../textures';

const W = 900;
const H = 760;

/** An Illyrian helmet seen from the side, facing left: dome, crest track, cheek piece, neck guard. */
const OUTLINE: readonly Point[] = [
  [-228, 330], [-244, 250], [-254, 160], [-262, 60], [-276, -30], [-272, -120], [-240, -210],
  [-176, -286], [-80, -330], [30, -342], [140, -322], [240, -266], [310, -182], [346, -82],
  [356, 20], [380, 100], [416, 160], [428, 192], [390, 200], [300, 186], [200, 176], [120, 190],
  [62, 232], [22, 300], [-30, 362], [-110, 384], [-180, 376],
];
/** The lower edge, where the rim is pierced for the lining's rivets. */
const RIVET_EDGE = OUTLINE.slice(15).concat(OUTLINE.slice(0, 4));

export function drawHelmet(rng: Random): DemoObject {
  const outline = smooth(OUTLINE, true, 0.9);
  const toward = ([x, y]: Point, k: number): Point => [x + (40 - x) * k, y + (20 - y) * k];
  const dome = OUTLINE.slice(4, 14);
  const ridgeA = smooth(dome.map((p) => toward(p, 0.08)));
  const ridgeB = smooth(dome.map((p) => toward(p, 0.19)));
  const rivets = RIVET_EDGE.map((p): [number, number, number] => [...toward(p, 0.06), 7]);

  const defs =
    clipPath('helmet-outline', outline) +
    radialGradient('bronze', [0.35, 0.28, 0.8], [
      { offset: 0, color: '#d6a862' },
      { offset: 0.35, color: '#a4743a' },
      { offset: 0.75, color: '#6a4620' },
      { offset: 1, color: '#3a2610' },
    ]);

  const ridge = (d: string): string =>
    `<path d="${d}" fill="none" stroke="#2a1a0a" stroke-opacity="0.55" stroke-width="16" transform="translate(4 8)"/>` +
    `<path d="${d}" fill="none" stroke="#c89a58" stroke-width="12"/>` +
    `<path d="${d}" fill="none" stroke="#f2d49a" stroke-opacity="0.7" stroke-width="4" transform="translate(-2 -4)"/>`;

  const body =
    `<path d="${outline}" fill="url(#bronze)"/>` +
    `<g clip-path="url(#helmet-outline)">` +
    `<path d="${outline}" fill="${texture('bronze', 2.4)}" fill-opacity="0.9"/>` +
    // The rim: a turned edge, and an incised line following it.
    `<path d="${outline}" fill="none" stroke="#2a1a0a" stroke-opacity="0.45" stroke-width="52"/>` +
    `<path d="${outline}" fill="none" stroke="#8a5f2c" stroke-opacity="0.9" stroke-width="44"/>` +
    `<path d="${outline}" fill="none" stroke="${'#c8955a'}" stroke-opacity="0.35" stroke-width="14"/>` +
    ridge(ridgeB) +
    ridge(ridgeA) +
    `<path d="M-240 -140Q-150 -300 40 -300" fill="none" stroke="#fff3d6" stroke-opacity="0.22" stroke-width="26" stroke-linecap="round"/>` +
    `<path d="${circlesPath(rivets)}" fill="#1a0f06" stroke="#d8b070" stroke-opacity="0.6" stroke-width="2.5"/>` +
    `<path d="${circlesPath(rivets.map(([x, y]) => [x - 1.5, y - 1.5, 2.5]))}" fill="#8a6a40"/>` +
    `<path d="M-262 60Q-274 0 -276 -30" fill="none" stroke="#140c05" stroke-opacity="0.6" stroke-width="10"/>` +
    `<path d="${outline}" fill="${texture('mottle', 2)}" fill-opacity="0.5"/>` +
    `</g>`;

  return {
    width: W,
    height: H,
    mmPerUnit: 0.3,
    lift: 0.7,
    defs,
    body,
    outline,
    backdrop: rng.chance(0.5) ? 'light' : 'dark',
    detail: { x: -150, y: -230, r: 150 },
    marking: {
      x: 320,
      y: 120,
      r: 56,
      style: 'ink',
      text: `${rng.int(10, 99)}${rng.int(100, 999)}`,
      angle: rng.range(50, 60),
      color: '#f2ede2',
    },
    damage: { x: rng.range(0, 160), y: rng.range(-200, -60), r: 150, crack: '#140c05', loss: '#1f140a' },
  };
}
