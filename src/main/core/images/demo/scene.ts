import {
  compose,
  IDENTITY,
  invert,
  rotate,
  scale as scaleBy,
  svgMatrix,
  translate,
  type Affine,
} from './affine';
import type { DemoObject, Spot } from './demo-object';
import { drawDamage, drawMarking } from './marks';
import type { Random } from './random';
import { drawScaleBar } from './scale-bar';
import { clipPath, n, radialGradient, linearGradient, smooth, walk, wobblyRing } from './svg';
import { lettering, straightTextPath } from './stroke-font';
import { sceneTexture, texture, type Spaces } from './textures';

export const PHOTO_WIDTH = 1600;
export const PHOTO_HEIGHT = 1200;

export type PhotoRole = 'overall' | 'detail' | 'marking' | 'damage' | 'scale' | 'in-situ';

interface Framing {
  /** Object centre in the scene, scale from object units to pixels, rotation in degrees. */
  cx: number;
  cy: number;
  scale: number;
  rotate: number;
  /** Scene point brought to the centre of the photo, and by how much it is enlarged. */
  focus?: Spot;
}

export interface Scene {
  /** 1600 × 1200 pixels; texture patterns still to be added (see textureDefs). */
  svg: string;
  spaces: Spaces;
}

export function composeScene(object: DemoObject, role: PhotoRole, rng: Random): Scene {
  const framing = frame(object, role, rng);
  const { cx, cy, scale } = framing;
  const unit = 1 / scale;
  const inSitu = role === 'in-situ';

  const objectGroup =
    `<g transform="${svgMatrix(objectPlacement(framing))}">` +
    shadow(object, unit, inSitu) +
    object.body +
    (role === 'marking' || role === 'detail' ? drawMarking(object.marking) : '') +
    (role === 'damage' ? drawDamage(rng, object.damage, 'object-outline', unit) : '') +
    (inSitu ? burial(object, rng, unit) : '') +
    `</g>`;

  let sceneSpace: Affine = IDENTITY;
  if (framing.focus) {
    const { x, y, r } = framing.focus;
    const z = Math.max(1.3, Math.min(5, (PHOTO_HEIGHT * 0.36) / r));
    sceneSpace = compose(
      translate(PHOTO_WIDTH / 2, PHOTO_HEIGHT / 2),
      compose(scaleBy(z), translate(-x, -y)),
    );
  }
  const placement = objectPlacement(framing);

  const extras =
    role === 'scale'
      ? drawScaleBar(PHOTO_WIDTH / 2 + 40, 1045, (10 * scale) / object.mmPerUnit, 900)
      : inSitu
        ? evidenceMarker(
            rng,
            cx - object.width * scale * 0.5 - 110,
            cy + object.height * scale * 0.32,
          ) +
          `<g transform="rotate(${n(rng.range(-4, 4))} 800 1080)">${drawScaleBar(880, 1080, (10 * scale) / object.mmPerUnit, 640)}</g>`
        : '';

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${PHOTO_WIDTH}" height="${PHOTO_HEIGHT}" viewBox="0 0 ${PHOTO_WIDTH} ${PHOTO_HEIGHT}">` +
    `<defs>${object.defs}${clipPath('object-outline', object.outline)}${lightDefs()}` +
    (inSitu ? soilGradientInObjectSpace(placement) : '') +
    `</defs>` +
    `<g transform="${svgMatrix(sceneSpace)}">` +
    (inSitu ? soil(rng) : backdrop(object.backdrop)) +
    objectGroup +
    extras +
    `</g>` +
    lighting() +
    `</svg>`;
  return { svg, spaces: { scene: sceneSpace, object: compose(sceneSpace, placement) } };
}

function frame(object: DemoObject, role: PhotoRole, rng: Random): Framing {
  const fit = role === 'scale' ? 0.6 : role === 'in-situ' ? 0.56 : 0.76;
  const scale = Math.min((PHOTO_WIDTH * fit) / object.width, (PHOTO_HEIGHT * fit) / object.height);
  const cx = PHOTO_WIDTH / 2 + (role === 'in-situ' ? rng.range(-60, 80) : 0);
  const cy =
    role === 'scale' ? 510 : role === 'in-situ' ? 520 + rng.range(-30, 20) : PHOTO_HEIGHT / 2;
  const rotate = role === 'in-situ' ? rng.range(-14, 14) : 0;
  const spot =
    role === 'detail'
      ? object.detail
      : role === 'marking'
        ? object.marking
        : role === 'damage'
          ? object.damage
          : undefined;
  if (!spot) return { cx, cy, scale, rotate };
  // Close-ups are taken closer: the spot (plus a margin) fills about a third of the frame.
  const margin = role === 'damage' ? 1.9 : 1.25;
  return {
    cx,
    cy,
    scale,
    rotate,
    focus: { x: cx + spot.x * scale, y: cy + spot.y * scale, r: spot.r * scale * margin },
  };
}

function backdrop(kind: 'light' | 'dark'): string {
  const fill = kind === 'light' ? 'url(#backdrop-light)' : 'url(#backdrop-dark)';
  return (
    `<rect x="-1600" y="-1200" width="4800" height="3600" fill="${kind === 'light' ? '#c9c8c3' : '#1c1c1e'}"/>` +
    `<rect x="-200" y="-200" width="2000" height="1600" fill="${fill}"/>`
  );
}

function lightDefs(): string {
  return (
    linearGradient(
      'backdrop-light',
      [0, 0, 0, 1],
      [
        { offset: 0, color: '#ebeae6' },
        { offset: 0.6, color: '#d2d1cc' },
        { offset: 1, color: '#b4b3ad' },
      ],
    ) +
    radialGradient(
      'backdrop-dark',
      [0.5, 0.45, 0.7],
      [
        { offset: 0, color: '#3a3a3d' },
        { offset: 1, color: '#121213' },
      ],
    ) +
    radialGradient(
      'vignette',
      [0.5, 0.5, 0.75],
      [
        { offset: 0.55, color: '#000', opacity: 0 },
        { offset: 1, color: '#000', opacity: 0.38 },
      ],
    ) +
    radialGradient(
      'stone-light',
      [0.35, 0.3, 0.7],
      [
        { offset: 0, color: '#fff', opacity: 0.35 },
        { offset: 1, color: '#fff', opacity: 0 },
      ],
    ) +
    linearGradient(
      'key-light',
      [0, 0, 1, 1],
      [
        { offset: 0, color: '#fff8ea', opacity: 0.1 },
        { offset: 0.5, color: '#fff8ea', opacity: 0 },
        { offset: 1, color: '#000', opacity: 0.08 },
      ],
    ) +
    `<linearGradient id="soil-base" gradientUnits="userSpaceOnUse" x1="0" y1="-200" x2="500" y2="1400">` +
    `<stop offset="0" stop-color="#7d5a38"/><stop offset="1" stop-color="#573b22"/></linearGradient>`
  );
}

function objectPlacement({ cx, cy, scale, rotate: degrees }: Framing): Affine {
  return compose(translate(cx, cy), compose(rotate(degrees), scaleBy(scale)));
}

/**
 * The ground's gradient seen from inside the object's (moved, rotated, scaled) coordinates, so
 * that earth drawn over the object continues the ground without a seam. (Textures line up by
 * themselves: see textureDefs.)
 */
function soilGradientInObjectSpace(placement: Affine): string {
  return `<linearGradient id="soil-base-local" xlink:href="#soil-base" gradientTransform="${svgMatrix(invert(placement))}"/>`;
}

/** Photographic finish: light fall-off and vignetting (the sensor grain is added by sharp). */
function lighting(): string {
  const full = `x="0" y="0" width="${PHOTO_WIDTH}" height="${PHOTO_HEIGHT}"`;
  return `<rect ${full} fill="url(#key-light)"/><rect ${full} fill="url(#vignette)"/>`;
}

/** A soft shadow: the silhouette stroked in widening, fading bands (a blur filter is too slow). */
function shadow(object: DemoObject, unit: number, low: boolean): string {
  const lift = low ? object.lift * 0.4 : object.lift;
  const [dx, dy] = [(4 + 14 * lift) * unit, (6 + 22 * lift) * unit];
  let bands = '';
  for (let i = 9; i >= 1; i--) {
    bands += `<path d="${object.outline}" fill="none" stroke="#000" stroke-opacity="0.04" stroke-width="${n(i * 6 * unit)}" stroke-linejoin="round"/>`;
  }
  return `<g transform="translate(${n(dx)} ${n(dy)})">${bands}<path d="${object.outline}" fill="#000" fill-opacity="0.35"/></g>`;
}

function soil(rng: Random): string {
  let stones = '';
  let shadows = '';
  for (let i = 0; i < 55; i++) {
    const [x, y] = [rng.range(-300, 1900), rng.range(-300, 1500)];
    const r = rng.range(3, 12) * (rng.chance(0.12) ? 2.6 : 1);
    const tone = rng.pick(['#8f806e', '#7a6b5a', '#a8987f', '#5f5448', '#9c8465', '#b7a88e']);
    const ring = smooth(wobblyRing(rng, x, y, r, r * rng.range(0.55, 0.9), r * 0.18, 9), true);
    shadows += ring;
    stones += `<path d="${ring}" fill="${tone}"/>`;
  }
  stones =
    `<path d="${shadows}" fill="#1e140a" fill-opacity="0.45" transform="translate(2 3)"/>${stones}` +
    `<path d="${shadows}" fill="url(#stone-light)"/>`;
  let roots = '';
  for (let i = 0; i < 8; i++) {
    roots += smooth(
      walk(rng, [rng.range(-100, 1700), rng.range(-100, 1300)], rng.range(0, 6.3), 12, 26, 0.4),
    );
  }
  const all = 'x="-1600" y="-1200" width="4800" height="3600"';
  return (
    `<rect ${all} fill="url(#soil-base)"/>` +
    `<rect ${all} fill="${sceneTexture('soil')}"/>` +
    `<path d="${roots}" fill="none" stroke="#3a2814" stroke-width="3" stroke-opacity="0.7"/>` +
    stones
  );
}

/**
 * Earth still covering the lower part of the object, as found. It continues the ground exactly
 * (same gradient and texture, in the ground's coordinates), so only its edge across the object
 * shows, with the shade of the earth's lip.
 */
function burial(object: DemoObject, rng: Random, unit: number): string {
  const w = object.width / 2 + 120 * unit;
  const top = object.height * rng.range(0.1, 0.25);
  const edge: [number, number][] = [];
  for (let i = 0; i <= 18; i++)
    edge.push([-w + (i / 18) * 2 * w, top + rng.gauss() * object.height * 0.03]);
  const lip = smooth(edge);
  const bottom = object.height / 2 + 140 * unit;
  const d = `${lip}L${n(w)} ${n(bottom)}L${n(-w)} ${n(bottom)}Z`;
  return (
    `<path d="${lip}" fill="none" stroke="#000" stroke-opacity="0.4" stroke-width="${n(16 * unit)}" clip-path="url(#object-outline)"/>` +
    `<path d="${d}" fill="url(#soil-base-local)"/>` +
    `<path d="${d}" fill="${texture('soil')}"/>`
  );
}

/** The numbered yellow tent the scene-of-crime officer puts beside each find. */
function evidenceMarker(rng: Random, x: number, y: number): string {
  const label = String(rng.int(1, 9));
  return (
    `<g transform="translate(${n(Math.max(120, x))} ${n(y)}) rotate(${n(rng.range(-8, 8))})">` +
    `<path d="M-62 78L70 82L20 40Z" fill="#000" fill-opacity="0.35"/>` +
    `<path d="M-50 60L-28 -62L28 -62L50 60Z" fill="#f1c40f" stroke="#8a6d00" stroke-width="2"/>` +
    `<path d="M-28 -62L28 -62L36 -74L-20 -74Z" fill="#c99f06"/>` +
    `<path d="${straightTextPath(label, { x: 0, y: 30, height: 62, anchor: 'middle' })}" ${lettering('#111', 10)}/>` +
    `</g>`
  );
}
