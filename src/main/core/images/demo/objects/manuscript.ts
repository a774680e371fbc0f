import type { DemoObject } from '../demo-object';
import type { Random } from '../random';
import { clipPath, n, radialGradient, smooth, type Point } from '../svg';
import { lettering, straightTextPath } from '../stroke-font';
import { texture } from '../textures';

const W = 700;
const H = 960;
const LINE = 25;
const INK = '#3a2314';
const RUBRIC = '#a4281c';

/**
 * A parchment leaf from a medieval manuscript in two columns, with ruling, red rubrics, a
 * painted initial, foxing and a water stain.
 */
export function drawManuscript(rng: Random): DemoObject {
  const edge: Point[] = [];
  const jitter = (): number => rng.gauss() * 3;
  for (let i = 0; i < 12; i++) edge.push([-W / 2 + (W * i) / 12, -H / 2 + jitter()]);
  for (let i = 0; i < 16; i++) edge.push([W / 2 + jitter(), -H / 2 + (H * i) / 16]);
  for (let i = 0; i < 12; i++) edge.push([W / 2 - (W * i) / 12, H / 2 + jitter()]);
  for (let i = 0; i < 16; i++) edge.push([-W / 2 + jitter(), H / 2 - (H * i) / 16]);
  const outline = smooth(edge, true, 0.5);

  const defs =
    clipPath('leaf', outline) +
    radialGradient(
      'parchment',
      [0.5, 0.45, 0.75],
      [
        { offset: 0, color: '#f1e4c2' },
        { offset: 0.7, color: '#e2cc9c' },
        { offset: 1, color: '#b9965e' },
      ],
    );

  const columns: [number, number][] = [
    [-285, -25],
    [25, 285],
  ];
  const top = -370;
  const lines = 29;
  let ruling = '';
  let text = '';
  let rubrics = '';
  for (const [c, [x0, x1]] of columns.entries()) {
    for (let l = 0; l < lines; l++) {
      const y = top + l * LINE;
      ruling += `M${x0} ${y}L${x1} ${y}`;
      const indent = c === 0 && l < 4 ? 110 : 0;
      const end = l === lines - 1 || rng.chance(0.08) ? x0 + (x1 - x0) * rng.range(0.3, 0.8) : x1;
      const script = writeLine(rng, x0 + indent, end, y);
      if (rng.chance(0.07)) rubrics += script;
      else text += script;
    }
  }
  const initial = 'ABDEGMNPST'[rng.int(0, 9)]!;
  const initialBox =
    `<rect x="-287" y="-392" width="96" height="96" fill="#26418a" stroke="#c9a13b" stroke-width="6"/>` +
    `<path d="${straightTextPath(initial, { x: -239, y: -318, height: 60, anchor: 'middle' })}" ${lettering('#e3bd5c', 9)}/>` +
    `<path d="M-300 -296C-330 -240 -280 -200 -310 -140C-330 -100 -300 -60 -316 -10M-310 -200c-14 -6 -22 6 -12 14M-314 -90c14 -4 20 8 10 14" fill="none" stroke="${RUBRIC}" stroke-width="4"/>`;
  const folio = straightTextPath(`f. ${rng.int(2, 180)}r`, {
    x: 290,
    y: -420,
    height: 20,
    anchor: 'end',
  });
  const stainAt: Point = [
    rng.pick([-1, 1]) * rng.range(150, 260),
    rng.pick([-1, 1]) * rng.range(250, 380),
  ];
  const stain = smooth(
    Array.from({ length: 14 }, (_, i): Point => {
      const a = (i / 14) * Math.PI * 2;
      const r = rng.range(110, 180);
      return [stainAt[0] + Math.cos(a) * r, stainAt[1] + Math.sin(a) * r * 0.8];
    }),
    true,
  );

  const body =
    `<path d="${outline}" fill="url(#parchment)"/>` +
    `<g clip-path="url(#leaf)">` +
    `<path d="${outline}" fill="${texture('paper')}"/>` +
    `<path d="${ruling}" stroke="#9a7a4a" stroke-opacity="0.22" stroke-width="1"/>` +
    `<path d="${text}" ${lettering(INK, 2.6, 'stroke-opacity="0.88"')}/>` +
    `<path d="${rubrics}" ${lettering(RUBRIC, 2.6)}/>` +
    initialBox +
    `<path d="${folio}" ${lettering(INK, 2.2)}/>` +
    `<path d="${stain}" fill="#8a6432" fill-opacity="0.12" stroke="#7a5428" stroke-opacity="0.35" stroke-width="4"/>` +
    `</g>`;

  return {
    width: W,
    height: H,
    mmPerUnit: 0.36,
    lift: 0.1,
    defs,
    body,
    outline,
    backdrop: 'light',
    detail: { x: -200, y: -320, r: 130 },
    marking: {
      x: 200,
      y: 420,
      r: 46,
      style: 'stamp',
      text: String(rng.int(100, 999)),
      angle: rng.range(-20, 20),
      color: '#4e2f86',
    },
    damage: {
      x: W / 2 - 20,
      y: rng.range(-200, 200),
      r: 140,
      angle: 180,
      crack: '#6b4a2a',
      loss: '#cfc9bd',
    },
  };
}

/** Pseudo-script: minims, bowls, ascenders and descenders joined into words. */
function writeLine(rng: Random, x0: number, x1: number, baseline: number): string {
  const xh = 9;
  let d = '';
  let x = x0;
  while (x < x1 - 20) {
    const letters = rng.int(2, 7);
    for (let i = 0; i < letters && x < x1 - 8; i++) {
      const kind = rng.next();
      if (kind < 0.45) {
        d += `M${n(x)} ${n(baseline - xh)}L${n(x)} ${n(baseline)}l2 -2`;
        x += 5;
      } else if (kind < 0.7) {
        d += `M${n(x + 6)} ${n(baseline - xh + 2)}C${n(x + 4)} ${n(baseline - xh - 1)} ${n(x - 1)} ${n(baseline - 6)} ${n(x)} ${n(baseline - 3)}C${n(x + 1)} ${n(baseline + 1)} ${n(x + 6)} ${n(baseline)} ${n(x + 7)} ${n(baseline - 2)}`;
        x += 9;
      } else if (kind < 0.85) {
        d += `M${n(x)} ${n(baseline - xh - 8)}L${n(x)} ${n(baseline)}`;
        x += 5;
      } else {
        d += `M${n(x)} ${n(baseline - xh)}L${n(x)} ${n(baseline + 7)}M${n(x)} ${n(baseline - xh + 1)}Q${n(x + 7)} ${n(baseline - xh)} ${n(x + 6)} ${n(baseline - 3)}`;
        x += 9;
      }
    }
    x += 8;
  }
  return d;
}
