import type { DemoObject } from '../demo-object';
import { FACE, PROFILE, scalePoints } from '../profile';
import type { Random } from '../random';
import {
  circlesPath,
  clipPath,
  n,
  radialGradient,
  linearGradient,
  smooth,
  walk,
  wobblyRing,
  type Point,
} from '../svg';
import { lettering, textPath, textWidth } from '../stroke-font';
import { texture } from '../textures';

const METALS = {
  silver: { light: '#f7f7f4', mid: '#c3c3bd', dark: '#7b7b75', deep: '#45453f' },
  bronze: { light: '#dca36a', mid: '#a4703d', dark: '#6a4223', deep: '#382212' },
};

const ISSUES = [
  { metal: 'silver', legend: 'ΒΑΣΙΛΕΩΣ ΑΛΕΞΑΝΔΡΟΥ', headband: 'diadem', mm: 26 },
  { metal: 'silver', legend: 'IMP CAESAR DIVI F AVGVSTVS', headband: 'laurel', mm: 19 },
  { metal: 'bronze', legend: 'D N CONSTANTINVS P F AVG', headband: 'pearls', mm: 21 },
  { metal: 'bronze', legend: 'IMP C M AVR PROBVS AVG', headband: 'laurel', mm: 23 },
] as const;

const R = 470;
const PORTRAIT_SCALE = 5.6;

/** An ancient coin, obverse: a portrait in relief inside a beaded border and a legend. */
export function drawCoin(rng: Random): DemoObject {
  const issue = rng.pick(ISSUES);
  const metal = METALS[issue.metal];
  const flan = smooth(wobblyRing(rng, 0, 0, R, R * rng.range(0.96, 1), 7, 40), true);
  // Ancient dies were struck off-centre: the design is shifted on the flan, and may run off it.
  const [ox, oy] = [rng.range(-22, 22), rng.range(-22, 22)];
  const at = (p: Point): Point => [
    (p[0] - 50) * PORTRAIT_SCALE + ox,
    (p[1] - 54) * PORTRAIT_SCALE + oy,
  ];
  const head = smooth(
    scalePoints(PROFILE, PORTRAIT_SCALE, -50 * PORTRAIT_SCALE + ox, -54 * PORTRAIT_SCALE + oy),
    true,
  );

  const defs =
    clipPath('coin-flan', flan) +
    radialGradient(
      'coin-metal',
      [0.4, 0.35, 0.8],
      [
        { offset: 0, color: metal.mid },
        { offset: 0.6, color: metal.dark },
        { offset: 1, color: metal.deep },
      ],
    ) +
    linearGradient(
      'coin-relief',
      [0, 0, 1, 1],
      [
        { offset: 0, color: metal.light },
        { offset: 0.6, color: metal.mid },
        { offset: 1, color: metal.dark },
      ],
    ) +
    `<path id="coin-head" d="${head}"/>` +
    `<path id="coin-beads" d="${beads(ox, oy)}"/>` +
    `<path id="coin-legend" d="${legend(issue.legend, ox, oy)}"/>`;

  const relief = (id: string, stroke: boolean): string => {
    const paint = (color: string, opacity: number): string =>
      stroke
        ? lettering(color, 15, `stroke-opacity="${opacity}"`)
        : `fill="${color}" fill-opacity="${opacity}"`;
    return (
      `<use href="#${id}" x="7" y="9" ${paint(metal.deep, 0.85)}/>` +
      `<use href="#${id}" x="-4" y="-5" ${paint(metal.light, 0.95)}/>` +
      `<use href="#${id}" ${stroke ? lettering(metal.mid, 15) : 'fill="url(#coin-relief)"'}/>`
    );
  };

  const details = [
    // Eye, brow, ear, nostril, lips, jaw: incised lines on the relief.
    `M${pt(at([FACE.eye[0] - 5, FACE.eye[1]]))}Q${pt(at([FACE.eye[0], FACE.eye[1] - 3]))} ${pt(at([FACE.eye[0] + 4, FACE.eye[1]]))}Q${pt(at([FACE.eye[0], FACE.eye[1] + 2]))} ${pt(at([FACE.eye[0] - 5, FACE.eye[1]]))}`,
    `M${pt(at([60, 32]))}Q${pt(at([67, 28]))} ${pt(at([75, 32]))}`,
    `M${pt(at([46, 40]))}C${pt(at([38, 39]))} ${pt(at([37, 53]))} ${pt(at([44, 55]))}M${pt(at([44, 44]))}C${pt(at([41, 45]))} ${pt(at([41, 50]))} ${pt(at([44, 51]))}`,
    `M${pt(at([80, 57]))}Q${pt(at([77, 56]))} ${pt(at([76, 53]))}`,
    `M${pt(at([76.5, 64]))}L${pt(at([73, 64.5]))}`,
    `M${pt(at([50, 60]))}Q${pt(at([58, 77]))} ${pt(at([70, 80]))}`,
  ];
  const hair = hairCurls(rng, at);
  const band = headband(issue.headband, rng, at);

  // Corrosion fills the field; the relief, standing proud, is rubbed cleaner.
  const corrosion = `<path d="${flan}" fill="${texture(issue.metal)}"/>`;
  const wear = scratches(rng, metal.light);

  const body =
    `<path d="${flan}" fill="url(#coin-metal)"/>` +
    `<g clip-path="url(#coin-flan)">` +
    corrosion +
    relief('coin-beads', false) +
    relief('coin-legend', true) +
    relief('coin-head', false) +
    `<path d="${hair}" ${lettering(metal.deep, 6, 'stroke-opacity="0.6"')}/>` +
    `<path d="${hair}" ${lettering(metal.light, 3, 'stroke-opacity="0.5" transform="translate(-3 -3)"')}/>` +
    band +
    `<path d="${details.join('')}" ${lettering(metal.deep, 5, 'stroke-opacity="0.75"')}/>` +
    wear +
    `</g>` +
    `<path d="${flan}" fill="none" stroke="${metal.deep}" stroke-width="10" stroke-opacity="0.6"/>`;

  const chipAngle = rng.range(0, Math.PI * 2);
  return {
    width: 2 * R,
    height: 2 * R,
    mmPerUnit: issue.mm / (2 * R),
    defs,
    body,
    outline: flan,
    lift: 0.25,
    backdrop: rng.chance(0.5) ? 'dark' : 'light',
    detail: { x: at(FACE.eye)[0] - 40, y: at(FACE.eye)[1] + 30, r: 190 },
    marking: {
      x: 250 + ox,
      y: 190 + oy,
      r: 90,
      style: 'ink',
      text: `${rng.int(1, 9)}${rng.int(100, 999)}`,
      angle: rng.range(-15, 5),
      color: issue.metal === 'silver' ? '#1d1a16' : '#f3efe4',
    },
    damage: {
      x: Math.cos(chipAngle) * 400,
      y: Math.sin(chipAngle) * 400,
      r: 130,
      angle: (chipAngle * 180) / Math.PI + 180,
      crack: metal.deep,
      loss: issue.metal === 'silver' ? '#5e5e58' : '#4a2e18',
    },
  };
}

function pt([x, y]: Point): string {
  return `${n(x)} ${n(y)}`;
}

function beads(ox: number, oy: number): string {
  const circles: [number, number, number][] = [];
  for (let i = 0; i < 84; i++) {
    const a = (i / 84) * Math.PI * 2;
    circles.push([Math.cos(a) * 438 + ox, Math.sin(a) * 438 + oy, 8.5]);
  }
  return circlesPath(circles);
}

/** The legend runs clockwise round the rim, letter tops outwards, broken under the bust. */
function legend(text: string, ox: number, oy: number): string {
  const baseline = 350;
  const span = (300 / 360) * Math.PI * 2 * baseline;
  const height = Math.min(72, (span / textWidth(text)) * 140);
  const length = (textWidth(text) * height) / 140;
  const start = -length / 2 / baseline;
  return textPath(text, height, (x, y) => {
    const a = start + x / baseline;
    const r = baseline - y;
    return [Math.sin(a) * r + ox, -Math.cos(a) * r + oy];
  });
}

function hairCurls(rng: Random, at: (p: Point) => Point): string {
  let d = '';
  for (const radius of [11, 16, 21, 26, 31, 35]) {
    for (let a = 105; a <= 295; a += 330 / radius) {
      const rad = ((a + rng.range(-5, 5)) * Math.PI) / 180;
      const p: Point = [FACE.ear[0] + Math.cos(rad) * radius, FACE.ear[1] + Math.sin(rad) * radius];
      if (p[0] > 63 || p[1] > 70 || (radius < 15 && p[0] > 40)) continue;
      // A lock: a short hook curling back on itself.
      const t = rad + Math.PI / 2 + rng.range(-0.3, 0.3);
      const q: Point = [p[0] + Math.cos(t) * 5, p[1] + Math.sin(t) * 5];
      const c1: Point = [p[0] + Math.cos(rad) * 4, p[1] + Math.sin(rad) * 4];
      const c2: Point = [q[0] + Math.cos(rad) * 4, q[1] + Math.sin(rad) * 4];
      d += `M${pt(at(p))}C${pt(at(c1))} ${pt(at(c2))} ${pt(at(q))}`;
    }
  }
  return d;
}

function headband(kind: string, rng: Random, at: (p: Point) => Point): string {
  const arc: Point[] = [];
  for (let a = 125; a <= 300; a += 7) {
    const rad = (a * Math.PI) / 180;
    arc.push([FACE.ear[0] + 3 + Math.cos(rad) * 27, FACE.ear[1] - 4 + Math.sin(rad) * 27]);
  }
  const ribbons = `M${pt(at(arc[1]!))}C${pt(at([20, 76]))} ${pt(at([26, 84]))} ${pt(at([18, 94]))}M${pt(at(arc[1]!))}C${pt(at([26, 78]))} ${pt(at([30, 86]))} ${pt(at([27, 97]))}`;
  const stroke = `fill="none" stroke="#2a1a0c" stroke-opacity="0.55" stroke-width="5" stroke-linecap="round"`;
  if (kind === 'diadem') {
    const inner = arc.map(([x, y]): Point => [
      x + (x - FACE.ear[0]) * 0.12,
      y + (y - FACE.ear[1]) * 0.12,
    ]);
    return `<path d="${smooth(arc.map(at))}${smooth(inner.map(at))}${ribbons}" ${stroke}/>`;
  }
  if (kind === 'pearls') {
    const pearls = arc.map((p): [number, number, number] => [...at(p), 9]);
    return `<path d="${circlesPath(pearls)}" fill="#fff0d8" fill-opacity="0.3" stroke="#2a1a0c" stroke-opacity="0.5" stroke-width="3"/><path d="${ribbons}" ${stroke}/>`;
  }
  let leaves = '';
  for (let i = 0; i < arc.length - 1; i++) {
    const [p, q] = [at(arc[i]!), at(arc[i + 1]!)];
    const angle =
      Math.atan2(q[1] - p[1], q[0] - p[0]) + (i % 2 === 0 ? 0.7 : -0.7) + rng.range(-0.1, 0.1);
    const tip: Point = [p[0] + Math.cos(angle) * 48, p[1] + Math.sin(angle) * 48];
    const side = angle + Math.PI / 2;
    const [sx, sy] = [Math.cos(side) * 11, Math.sin(side) * 11];
    const mid: Point = [(p[0] + tip[0]) / 2, (p[1] + tip[1]) / 2];
    leaves += `M${pt(p)}Q${n(mid[0] + sx)} ${n(mid[1] + sy)} ${pt(tip)}Q${n(mid[0] - sx)} ${n(mid[1] - sy)} ${pt(p)}Z`;
  }
  return `<path d="${leaves}" fill="#fff6e0" fill-opacity="0.25" stroke="#2a1a0c" stroke-opacity="0.55" stroke-width="4"/><path d="${ribbons}" ${stroke}/>`;
}

function scratches(rng: Random, color: string): string {
  let d = '';
  const count = rng.int(5, 11);
  for (let i = 0; i < count; i++) {
    const from: Point = [rng.range(-380, 380), rng.range(-380, 380)];
    d += smooth(walk(rng, from, rng.range(0, Math.PI * 2), rng.int(2, 5), rng.range(25, 70), 0.15));
  }
  return `<path d="${d}" fill="none" stroke="${color}" stroke-width="2.2" stroke-opacity="0.45"/>`;
}
