import type { Random } from '../random';
import { circlesPath, polyline, smooth, type Point } from '../svg';

/** Centre of the face; the halo and the bust are placed around it. */
export const HEAD: Point = [0, -168];

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
    ? `<path d="${smooth(
        [
          [-60, 8],
          [-52, 58],
          [-30, 92],
          [-10, 118],
          [0, 104],
          [10, 118],
          [30, 92],
          [52, 58],
          [60, 8],
          [44, 44],
          [20, 56],
          [0, 52],
          [-20, 56],
          [-44, 44],
        ].map(([x, y]) => [cx + x!, cy + y!] as Point),
        true,
      )}" fill="#3a2313"/>` +
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

/** Christ Pantocrator: cross-halo, beard, red chiton with clavus, blue himation, the Gospel book. */
export function pantocrator(): string {
  const [cx, cy] = HEAD;
  const hair = smooth(
    (
      [
        [-80, -10],
        [-76, -72],
        [-44, -112],
        [0, -122],
        [44, -112],
        [78, -72],
        [84, -10],
        [92, 60],
        [104, 122],
        [62, 136],
        [44, 70],
        [-44, 70],
        [-62, 136],
        [-108, 126],
        [-94, 56],
      ] as Point[]
    ).map(([x, y]) => [cx + x, cy + y] as Point),
    true,
  );
  const robe: Point[] = [
    [-44, 110],
    [44, 110],
    [190, 150],
    [262, 220],
    [290, 580],
    [-290, 580],
    [-262, 220],
    [-190, 150],
  ];
  const mantle: Point[] = [
    [50, 112],
    [190, 150],
    [262, 220],
    [290, 580],
    [-120, 580],
    [-40, 420],
    [60, 300],
    [110, 190],
  ];
  const shift = ([x, y]: Point): Point => [cx + x, cy + y];
  const folds = `M${cx + 120} ${cy + 210}Q${cx + 170} ${cy + 330} ${cx + 230} ${cy + 520}M${cx + 40} ${cy + 360}Q${cx + 120} ${cy + 420} ${cx + 150} ${cy + 560}M${cx + 170} ${cy + 180}Q${cx + 210} ${cy + 260} ${cx + 250} ${cy + 300}`;
  const chitonFolds = `M${cx - 150} ${cy + 220}Q${cx - 170} ${cy + 360} ${cx - 200} ${cy + 540}M${cx - 60} ${cy + 200}Q${cx - 70} ${cy + 330} ${cx - 40} ${cy + 420}`;
  const book =
    `<g transform="translate(${cx + 150} ${cy + 400}) rotate(-8)">` +
    `<rect x="-78" y="-104" width="156" height="208" fill="#efe4c8"/>` +
    `<rect x="-84" y="-110" width="156" height="208" fill="#b8862e" stroke="#5a2a10" stroke-width="4"/>` +
    `<rect x="-66" y="-92" width="120" height="172" fill="none" stroke="#8a2a17" stroke-width="6"/>` +
    `<path d="${circlesPath([
      [-6, -6, 16],
      [-50, -70, 9],
      [38, -70, 9],
      [-50, 58, 9],
      [38, 58, 9],
    ])}" fill="#9b2414" stroke="#f0dca0" stroke-width="3"/>` +
    `</g>`;
  // The blessing right hand raised before the chest, two fingers up.
  const hand =
    `<path d="M${cx - 70} ${cy + 560}Q${cx - 90} ${cy + 420} ${cx - 50} ${cy + 352}L${cx + 4} ${cy + 370}Q${cx - 30} ${cy + 450} ${cx - 10} ${cy + 560}Z" fill="#7e2016"/>` +
    `<path d="M${cx - 56} ${cy + 350}L${cx + 6} ${cy + 372}L${cx + 12} ${cy + 356}L${cx - 50} ${cy + 334}Z" fill="#c9993e"/>` +
    `<path d="${smooth(
      (
        [
          [-50, 336],
          [-40, 290],
          [-36, 232],
          [-28, 224],
          [-22, 236],
          [-20, 282],
          [-12, 230],
          [-4, 224],
          [2, 236],
          [0, 300],
          [8, 310],
          [6, 350],
          [-20, 360],
        ] as Point[]
      ).map(shift),
      true,
    )}" fill="url(#icon-flesh)" stroke="#4a2e16" stroke-width="2.5"/>`;
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

/** The Mother of God: dark red maphorion with three stars over a blue tunic and cap. */
export function theotokos(rng: Random): string {
  const [cx, cy] = HEAD;
  const shift = ([x, y]: Point): Point => [cx + x, cy + y];
  const maphorion: Point[] = [
    [-88, 20],
    [-94, -70],
    [-60, -122],
    [0, -134],
    [60, -122],
    [94, -70],
    [88, 20],
    [96, 100],
    [200, 150],
    [272, 230],
    [292, 580],
    [-292, 580],
    [-272, 230],
    [-200, 150],
    [-96, 100],
  ];
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
    `<path d="${smooth(
      (
        [
          [-74, 10],
          [-78, -60],
          [-48, -104],
          [0, -114],
          [48, -104],
          [78, -60],
          [74, 10],
        ] as Point[]
      ).map(shift),
    )}" fill="none" stroke="#d2a444" stroke-width="12"/>` +
    `<path d="M${cx - 62} ${cy + 96}Q${cx} ${cy + 110} ${cx + 62} ${cy + 96}L${cx + 10} ${cy + 330}L${cx - 10} ${cy + 330}Z" fill="#244a8a"/>` +
    `<path d="M${cx - 64} ${cy + 96}Q${cx - 40} ${cy + 250} ${cx - 12} ${cy + 332}M${cx + 64} ${cy + 96}Q${cx + 40} ${cy + 250} ${cx + 12} ${cy + 332}" fill="none" stroke="#d2a444" stroke-width="9"/>` +
    `<path d="${folds}" fill="none" stroke="#2e0a06" stroke-width="7" stroke-opacity="0.55"/>` +
    `<path d="${star(cx, cy - 118, 14)}${star(cx - 180, cy + 210, 16)}${star(cx + 180, cy + 210, 16)}" fill="#e3bd5c"/>` +
    face(false) +
    `<path d="M${cx - 64} ${cy - 34}Q${cx} ${cy - rng.int(118, 124)} ${cx + 64} ${cy - 34}Q${cx} ${cy - 76} ${cx - 64} ${cy - 34}Z" fill="#244a8a"/>`
  );
}
