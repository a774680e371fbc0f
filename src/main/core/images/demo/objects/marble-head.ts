import type { DemoObject } from '../demo-object';
import type { Random } from '../random';
import { FACE, PROFILE, scalePoints } from '../profile';
import { clipPath, linearGradient, n, polyline, radialGradient, smooth, walk, type Point } from '../svg';
import { texture } from '../textures';

const S = 9.4;
const W = 700;
const H = 960;

/**
 * A marble head in profile, broken off at the neck, the nose chipped, stained by the soil it lay
 * in, with the fine root marks that betray a recent illegal excavation.
 */
export function drawMarbleHead(rng: Random): DemoObject {
  const at = ([x, y]: Point): Point => [(x - 50) * S, (y - 51) * S];
  // The profile without its neck cut and nose tip, which are replaced by breaks.
  const profile = PROFILE.slice(1, -2).map(([x, y]): Point => (x > 80 && y > 50 && y < 58 ? [x - 3, y] : [x, y]));
  const breakLine: Point[] = [[62, 93], [58, 96], [54, 94.5], [49, 97.5], [44, 95.5], [39, 97], [33, 94.5], [31, 88]];
  const jag = breakLine.map(([x, y]): Point => [x + rng.range(-0.8, 0.8), y + rng.range(-1, 1)]);
  const outline = `${smooth(scalePoints(profile, S, -50 * S, -51 * S))}${polyline(jag.map(at)).replace('M', 'L')}Z`;

  const defs =
    clipPath('head-outline', outline) +
    radialGradient('marble', [0.62, 0.4, 0.7], [
      { offset: 0, color: '#f4f1ea' },
      { offset: 0.55, color: '#e2dbcd' },
      { offset: 0.85, color: '#c2b9a6' },
      { offset: 1, color: '#9d9482' },
    ]) +
    linearGradient('soil-rise', [0, 1, 0, 0], [
      { offset: 0, color: '#6b4a25', opacity: 0.55 },
      { offset: 0.45, color: '#7a5a32', opacity: 0 },
    ]) +
    radialGradient('socket', [0.5, 0.5, 0.5], [
      { offset: 0, color: '#5a5043', opacity: 0.45 },
      { offset: 1, color: '#5a5043', opacity: 0 },
    ]);

  const curls = hair(rng, at);
  const e = FACE.eye;
  const features =
    `M${pt(at([e[0] - 5, e[1]]))}Q${pt(at([e[0], e[1] - 3]))} ${pt(at([e[0] + 4.5, e[1] + 0.5]))}Q${pt(at([e[0], e[1] + 2.5]))} ${pt(at([e[0] - 5, e[1]]))}` +
    `M${pt(at([e[0] - 6, e[1] - 2.5]))}Q${pt(at([e[0], e[1] - 6]))} ${pt(at([e[0] + 6, e[1] - 2]))}` +
    `M${pt(at([46, 41]))}C${pt(at([39, 40]))} ${pt(at([38, 54]))} ${pt(at([45, 56]))}M${pt(at([45, 45]))}C${pt(at([42, 46]))} ${pt(at([42, 51]))} ${pt(at([45, 52]))}` +
    `M${pt(at([78, 57]))}Q${pt(at([75, 56.5]))} ${pt(at([74.5, 53]))}` +
    `M${pt(at([76.5, 64]))}Q${pt(at([74, 64.5]))} ${pt(at([72, 63.5]))}`;
  const shadows =
    `<ellipse cx="${n(at(e)[0] - 4)}" cy="${n(at(e)[1])}" rx="${7 * S}" ry="${5 * S}" fill="url(#socket)"/>` +
    `<path d="M${pt(at([54, 76]))}Q${pt(at([64, 84]))} ${pt(at([75, 79]))}L${pt(at([68, 82]))}L${pt(at([62, 86]))}L${pt(at([60, 93]))}L${pt(at([50, 93]))}Z" fill="#6a604f" fill-opacity="0.28"/>` +
    `<path d="M${pt(at([60, 45]))}Q${pt(at([66, 60]))} ${pt(at([60, 72]))}" fill="none" stroke="#7a705e" stroke-opacity="0.25" stroke-width="${n(3 * S)}" stroke-linecap="round"/>`;

  let roots = '';
  for (let i = 0; i < 16; i++) {
    const from: Point = [rng.range(-260, 240), rng.range(-80, 420)];
    roots += smooth(walk(rng, from, rng.range(0, Math.PI * 2), rng.int(5, 10), rng.range(14, 26), 0.55));
  }

  const body =
    `<path d="${outline}" fill="url(#marble)"/>` +
    `<g clip-path="url(#head-outline)">` +
    `<path d="${outline}" fill="${texture('stone', 1.6)}"/>` +
    shadows +
    curls +
    `<path d="${features}" fill="none" stroke="#6e6454" stroke-opacity="0.7" stroke-width="${n(0.55 * S)}" stroke-linecap="round"/>` +
    // The broken nose: a rough, fresher facet.
    `<path d="M${pt(at([78, 45.5]))}L${pt(at([81.5, 49]))}L${pt(at([81, 55]))}L${pt(at([77.5, 57]))}L${pt(at([78.5, 50]))}Z" fill="#f7f4ec" stroke="#a39a88" stroke-width="3"/>` +
    `<path d="${outline}" fill="${texture('stains', 1.8)}" fill-opacity="0.8"/>` +
    `<rect x="${-W / 2}" y="${-H / 2}" width="${W}" height="${H}" fill="url(#soil-rise)"/>` +
    `<path d="${roots}" fill="none" stroke="#7a5326" stroke-opacity="0.55" stroke-width="2.4" stroke-linecap="round"/>` +
    `<path d="${polyline(jag.map(at))}" fill="none" stroke="#857b69" stroke-width="${n(1.6 * S)}" stroke-opacity="0.6"/>` +
    `</g>`;

  return {
    width: W,
    height: H,
    mmPerUnit: 0.33,
    lift: 0.8,
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

/** Sculpted curls: each a drilled dark channel with a lit ridge beside it. */
function hair(rng: Random, at: (p: Point) => Point): string {
  const hairline = `M${pt(at([72, 14]))}Q${pt(at([60, 24]))} ${pt(at([58, 34]))}Q${pt(at([52, 38]))} ${pt(at([50, 42]))}Q${pt(at([40, 62]))} ${pt(at([28, 78]))}`;
  let dark = '';
  let light = '';
  for (const radius of [10, 15, 20, 25, 30, 35, 40]) {
    for (let a = 120; a <= 300; a += 300 / radius) {
      const rad = ((a + rng.range(-6, 6)) * Math.PI) / 180;
      const p: Point = [FACE.ear[0] + Math.cos(rad) * radius, FACE.ear[1] + Math.sin(rad) * radius];
      if (p[0] > 66 - (p[1] - 10) * 0.25 || p[1] > 74 || (radius < 16 && p[0] > 38)) continue;
      const t = rad + Math.PI / 2 + rng.range(-0.4, 0.4);
      const q: Point = [p[0] + Math.cos(t) * 6, p[1] + Math.sin(t) * 6];
      const c: Point = [p[0] + Math.cos(rad) * 5 + Math.cos(t) * 3, p[1] + Math.sin(rad) * 5 + Math.sin(t) * 3];
      dark += `M${pt(at(p))}Q${pt(at(c))} ${pt(at(q))}`;
      const [px, py] = at(p);
      const [cx, cy] = at(c);
      const [qx, qy] = at(q);
      light += `M${n(px - 9)} ${n(py - 9)}Q${n(cx - 9)} ${n(cy - 9)} ${n(qx - 9)} ${n(qy - 9)}`;
    }
  }
  return (
    `<path d="${hairline}" fill="none" stroke="#6e6454" stroke-opacity="0.45" stroke-width="${n(0.8 * S)}"/>` +
    `<path d="${light}" fill="none" stroke="#fffdf6" stroke-opacity="0.6" stroke-width="${n(0.9 * S)}" stroke-linecap="round"/>` +
    `<path d="${dark}" fill="none" stroke="#62584a" stroke-opacity="0.55" stroke-width="${n(0.8 * S)}" stroke-linecap="round"/>`
  );
}
