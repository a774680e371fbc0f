import type { DemoObject } from '../demo-object';
import type { Random } from '../random';
import { circlesPath, clipPath, jagged, linearGradient, n, smooth, type Point } from '../svg';
import { texture } from '../textures';

const W = 640;
const H = 1000;

/** Half-width of the amphora at each height: lip, neck, shoulder, belly, foot. */
const PROFILE: readonly Point[] = [
  [-500, 116],
  [-486, 124],
  [-470, 116],
  [-456, 94],
  [-440, 84],
  [-380, 80],
  [-332, 88],
  [-306, 140],
  [-268, 214],
  [-200, 270],
  [-110, 292],
  [0, 284],
  [100, 248],
  [200, 184],
  [284, 118],
  [340, 80],
  [372, 70],
  [398, 78],
  [414, 116],
  [444, 130],
  [474, 128],
  [500, 118],
];

const ORANGE = '#c56a36';
const BLACK = '#17110d';

/**
 * A red-figure neck amphora: black gloss with the figures and ornament left in the orange of the
 * clay (a warrior with a round shield, a woman pouring a libation), a meander band beneath.
 */
export function drawVase(rng: Random): DemoObject {
  const right = PROFILE.map(([y, w]): Point => [w, y]);
  const left = [...PROFILE].reverse().map(([y, w]): Point => [-w, y]);
  const outline = smooth([...right, ...left], true, 0.8);
  const widthAt = (y: number): number => {
    for (let i = 1; i < PROFILE.length; i++) {
      const [y1, w1] = PROFILE[i]!;
      const [y0, w0] = PROFILE[i - 1]!;
      if (y <= y1) return w0 + ((w1 - w0) * (y - y0)) / (y1 - y0);
    }
    return PROFILE[PROFILE.length - 1]![1];
  };

  const defs =
    clipPath('vase-body', outline) +
    linearGradient(
      'vase-gloss',
      [0, 0, 1, 0],
      [
        { offset: 0, color: '#000', opacity: 0.55 },
        { offset: 0.22, color: '#fff', opacity: 0.05 },
        { offset: 0.3, color: '#fff', opacity: 0.28 },
        { offset: 0.38, color: '#fff', opacity: 0.04 },
        { offset: 0.75, color: '#000', opacity: 0.15 },
        { offset: 1, color: '#000', opacity: 0.6 },
      ],
    );

  const band = (y0: number, y1: number): string =>
    `<rect x="-320" y="${y0}" width="640" height="${y1 - y0}" fill="${ORANGE}"/>`;
  const tongues = Array.from({ length: 15 }, (_, i) => {
    const x = -300 + i * 42;
    return `M${x} -300L${x} -284Q${x + 17} -258 ${x + 34} -284L${x + 34} -300Z`;
  }).join('');
  const meander = meanderPath(-300, 140, 300, 30);
  const rays = Array.from({ length: 14 }, (_, i) => {
    const x = -180 + i * 26;
    return `M${x} 330L${x + 13} 268L${x + 26} 330Z`;
  }).join('');

  const handles = [1, -1]
    .map(
      (s) =>
        `M${s * 80} -430C${s * 170} -470 ${s * 222} -430 ${s * 200} -330C${s * 192} -300 ${s * 176} -292 ${s * 160} -282`,
    )
    .join('');

  const chips = Array.from({ length: rng.int(1, 3) }, () => {
    const x = rng.range(-100, 100);
    return jagged(rng, x, -494, rng.range(10, 18), 1.6);
  }).join('');

  const body =
    `<path d="${handles}" fill="none" stroke="#000" stroke-opacity="0.35" stroke-width="34" transform="translate(8 10)"/>` +
    `<path d="${handles}" fill="none" stroke="${BLACK}" stroke-width="30" stroke-linecap="round"/>` +
    `<path d="${handles}" fill="none" stroke="#fff" stroke-opacity="0.18" stroke-width="6" transform="translate(-6 -6)"/>` +
    `<path d="${outline}" fill="${BLACK}"/>` +
    `<g clip-path="url(#vase-body)">` +
    palmettes(widthAt) +
    band(-306, -282) +
    `<path d="${tongues}" fill="${BLACK}"/>` +
    `<path d="M-320 -306H320M-320 -282H320" stroke="${BLACK}" stroke-width="3"/>` +
    figures(rng) +
    band(134, 176) +
    `<path d="${meander}" fill="none" stroke="${BLACK}" stroke-width="6"/>` +
    band(262, 336) +
    `<path d="${rays}" fill="${BLACK}"/>` +
    band(438, 452) +
    `<path d="${outline}" fill="url(#vase-gloss)"/>` +
    `<path d="${outline}" fill="${texture('glaze')}"/>` +
    `<path d="${chips}" fill="#b86a3e" stroke="#5a2a10" stroke-width="2"/>` +
    `</g>`;

  return {
    width: W,
    height: H,
    mmPerUnit: 0.46,
    lift: 0.7,
    defs,
    body,
    outline,
    backdrop: 'light',
    detail: { x: -70, y: -110, r: 160 },
    marking: {
      x: 0,
      y: 388,
      r: 62,
      style: 'ink',
      text: `${rng.int(1, 9)}${rng.int(100, 999)}`,
      angle: rng.range(-6, 6),
      color: '#f2ede2',
    },
    damage: {
      x: rng.range(60, 180),
      y: rng.range(-60, 80),
      r: 160,
      crack: '#050302',
      loss: '#b5643a',
    },
  };
}

/** A Greek key: the unit repeats every `step` along the band. */
function meanderPath(x0: number, y: number, x1: number, h: number): string {
  const step = h * 1.2;
  let d = `M${x0} ${y + h}`;
  for (let x = x0; x + step <= x1; x += step) {
    const u = step / 5;
    d += `L${n(x)} ${y}L${n(x + 4 * u)} ${y}L${n(x + 4 * u)} ${n(y + h * 0.75)}L${n(x + 2 * u)} ${n(y + h * 0.75)}L${n(x + 2 * u)} ${n(y + h * 0.4)}L${n(x + 3 * u)} ${n(y + h * 0.4)}M${n(x + 4 * u)} ${y + h}L${n(x + step)} ${y + h}`;
  }
  return d;
}

/** Palmettes on the neck: fans of petals above small volutes. */
function palmettes(widthAt: (y: number) => number): string {
  let petals = '';
  let volutes = '';
  const y = -372;
  const half = widthAt(y) - 14;
  for (const x of [-half * 0.55, 0, half * 0.55]) {
    for (let i = -3; i <= 3; i++) {
      const a = -Math.PI / 2 + i * 0.32;
      const [tx, ty] = [x + Math.cos(a) * 38, y + Math.sin(a) * 38];
      const [sx, sy] = [Math.cos(a + Math.PI / 2) * 5, Math.sin(a + Math.PI / 2) * 5];
      petals += `M${n(x)} ${y}Q${n((x + tx) / 2 + sx)} ${n((y + ty) / 2 + sy)} ${n(tx)} ${n(ty)}Q${n((x + tx) / 2 - sx)} ${n((y + ty) / 2 - sy)} ${n(x)} ${y}Z`;
    }
    volutes += `M${n(x - 20)} ${y + 18}Q${n(x - 20)} ${y + 2} ${n(x)} ${y + 4}Q${n(x + 20)} ${y + 2} ${n(x + 20)} ${y + 18}`;
  }
  return `<path d="${petals}" fill="${ORANGE}"/><path d="${volutes}" fill="none" stroke="${ORANGE}" stroke-width="5"/>`;
}

/** The scene, painted as orange figures on the black, with black lines for detail. */
function figures(rng: Random): string {
  const line = `fill="none" stroke="${BLACK}" stroke-width="3.2" stroke-linecap="round" stroke-linejoin="round"`;
  const lean = rng.range(-4, 4);
  const warrior =
    `<g transform="rotate(${n(lean)} -100 120)">` +
    `<path d="M-165 -250L-20 128" stroke="${ORANGE}" stroke-width="6"/>` +
    `<path d="M-172 -268L-160 -236L-150 -256Z" fill="${ORANGE}"/>` +
    `<path d="M-118 20L-142 118L-126 122L-100 30M-80 20L-64 118L-48 118L-64 24" fill="${ORANGE}"/>` +
    `<path d="M-142 118L-124 122M-64 118L-46 118" ${line}/>` +
    `<path d="M-150 -150Q-120 -164 -88 -148L-84 -60L-150 -60Z" fill="${ORANGE}"/>` +
    `<circle cx="-110" cy="-186" r="27" fill="${ORANGE}"/>` +
    // Corinthian helmet with a horsehair crest.
    `<path d="M-138 -190Q-138 -222 -110 -222Q-82 -222 -84 -196L-104 -196L-110 -186L-130 -178Z" fill="${BLACK}" fill-opacity="0.9"/>` +
    `<path d="M-92 -184L-86 -184M-104 -168Q-96 -164 -88 -168" ${line}/>` +
    `<path d="M-150 -214Q-116 -262 -70 -226Q-96 -240 -116 -232Q-150 -220 -168 -170Q-164 -200 -150 -214Z" fill="${ORANGE}" stroke="${BLACK}" stroke-width="3"/>` +
    `<circle cx="-84" cy="-60" r="82" fill="${ORANGE}"/>` +
    `<circle cx="-84" cy="-60" r="82" ${line}/><circle cx="-84" cy="-60" r="70" ${line}/>` +
    `<path d="M-84 -60m0 -34q30 8 14 30M-84 -60m30 18q-8 30 -32 14M-84 -60m-30 16q-22 -22 -2 -38" fill="none" stroke="${BLACK}" stroke-width="7" stroke-linecap="round"/>` +
    `</g>`;
  const woman =
    `<path d="M78 -142L126 -142L152 118L50 118Z" fill="${ORANGE}"/>` +
    `<path d="M88 -120L80 116M102 -124L100 116M116 -120L124 116M132 -90L142 116M66 40L58 112M52 118L152 118" ${line}/>` +
    `<circle cx="100" cy="-172" r="23" fill="${ORANGE}"/>` +
    `<path d="M86 -190Q100 -204 118 -188Q132 -170 116 -160Q110 -176 96 -182Z" fill="${BLACK}"/>` +
    `<circle cx="124" cy="-186" r="11" fill="${BLACK}"/>` +
    `<path d="M84 -128Q56 -110 36 -92" stroke="${ORANGE}" stroke-width="13" stroke-linecap="round"/>` +
    `<ellipse cx="28" cy="-90" rx="17" ry="5" fill="${ORANGE}" stroke="${BLACK}" stroke-width="2.5"/>` +
    `<path d="M88 -170L80 -172" ${line}/>`;
  const ground = `M-300 128L300 128`;
  const drops = circlesPath([
    [24, -76, 2.5],
    [21, -62, 2],
    [26, -48, 2],
  ]);
  return warrior + woman + `<path d="${ground}" ${line}/><path d="${drops}" fill="${ORANGE}"/>`;
}
