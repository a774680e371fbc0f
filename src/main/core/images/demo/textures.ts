import sharp from 'sharp';
import { invert, svgMatrix, type Affine } from './affine';
import { seededRandom } from './random';

/**
 * Seamless texture tiles (grain, blotches, canvas weave) made in code, embedded in the SVG as
 * patterns. Rasters, because thousands of tiny SVG shapes would take seconds to render.
 */
interface TileSpec {
  rgb: readonly [number, number, number];
  kind: 'grain' | 'mottle' | 'weave';
  /** Lattice cells across the tile for mottles (more cells, smaller blotches). */
  cells?: number;
  /** Mottle values below this stay transparent; above it they reach `alpha` quickly. */
  threshold?: number;
  contrast?: number;
  alpha: number;
}

const TILE_PX = 384;

const grainDark: TileSpec = { rgb: [0, 0, 0], kind: 'grain', alpha: 0.32 };
const grainLight: TileSpec = { rgb: [255, 255, 255], kind: 'grain', alpha: 0.3 };
const mottleDark: TileSpec = {
  rgb: [20, 14, 8],
  kind: 'mottle',
  cells: 4,
  threshold: 0.45,
  contrast: 2.5,
  alpha: 0.5,
};
const mottleLight: TileSpec = {
  rgb: [255, 250, 235],
  kind: 'mottle',
  cells: 4,
  threshold: 0.5,
  contrast: 2.5,
  alpha: 0.45,
};

/**
 * Each texture is one tile made of several layers, so that a surface costs one pattern fill:
 * librsvg's time grows with every pattern-filled shape, not with what the tile holds.
 */
const TILES = {
  silver: [
    { ...mottleDark, cells: 3, alpha: 0.35 },
    { rgb: [190, 160, 90], kind: 'mottle', cells: 5, threshold: 0.55, contrast: 3, alpha: 0.35 },
    { rgb: [70, 80, 120], kind: 'mottle', cells: 6, threshold: 0.6, contrast: 3, alpha: 0.25 },
  ],
  bronze: [
    { ...mottleDark, cells: 3, alpha: 0.4 },
    { rgb: [62, 116, 88], kind: 'mottle', cells: 4, threshold: 0.42, contrast: 1.8, alpha: 0.7 },
    { rgb: [104, 156, 120], kind: 'mottle', cells: 28, threshold: 0.5, contrast: 3, alpha: 0.55 },
    { rgb: [128, 58, 30], kind: 'mottle', cells: 16, threshold: 0.6, contrast: 4, alpha: 0.45 },
  ],
  soil: [
    { rgb: [104, 72, 38], kind: 'mottle', cells: 5, threshold: 0.45, contrast: 2.5, alpha: 0.8 },
    { ...mottleDark, cells: 8, alpha: 0.45 },
    { ...mottleLight, rgb: [190, 160, 120], cells: 16, threshold: 0.55, contrast: 4, alpha: 0.5 },
    { ...grainDark, alpha: 0.6 },
    { ...grainLight, alpha: 0.25 },
  ],
  marble: [
    { ...mottleDark, cells: 6, alpha: 0.12 },
    { rgb: [255, 255, 255], kind: 'mottle', cells: 16, threshold: 0.5, contrast: 2, alpha: 0.25 },
    { rgb: [120, 84, 44], kind: 'mottle', cells: 4, threshold: 0.52, contrast: 3, alpha: 0.6 },
    { rgb: [176, 120, 60], kind: 'mottle', cells: 10, threshold: 0.58, contrast: 4, alpha: 0.45 },
    { rgb: [214, 200, 170], kind: 'mottle', cells: 14, threshold: 0.62, contrast: 5, alpha: 0.55 },
  ],
  glaze: [
    { ...mottleDark, cells: 4, alpha: 0.3 },
    { rgb: [214, 200, 170], kind: 'mottle', cells: 12, threshold: 0.64, contrast: 5, alpha: 0.22 },
    { rgb: [176, 120, 60], kind: 'mottle', cells: 6, threshold: 0.62, contrast: 3, alpha: 0.14 },
    { ...mottleLight, cells: 8, alpha: 0.1 },
  ],
  paper: [
    { rgb: [150, 110, 60], kind: 'mottle', cells: 3, threshold: 0.35, contrast: 1.5, alpha: 0.25 },
    { rgb: [140, 90, 42], kind: 'mottle', cells: 24, threshold: 0.74, contrast: 8, alpha: 0.6 },
  ],
  gold: [
    { rgb: [255, 240, 190], kind: 'mottle', cells: 8, threshold: 0.5, contrast: 2.5, alpha: 0.35 },
    { rgb: [90, 50, 10], kind: 'mottle', cells: 5, threshold: 0.55, contrast: 3, alpha: 0.35 },
  ],
  wood: [{ ...mottleDark, cells: 4, alpha: 0.35 }],
  canvas: [
    { rgb: [40, 30, 20], kind: 'weave', alpha: 0.16 },
    { ...mottleDark, cells: 4, alpha: 0.2 },
    { ...mottleLight, cells: 8, alpha: 0.18 },
  ],
} satisfies Record<string, TileSpec[]>;

export type TextureName = keyof typeof TILES;

/** A fill with a texture, for a shape drawn in the object's coordinates. */
export function texture(name: TextureName): string {
  return `url(#tx-${name})`;
}

/** A fill with a texture, for a shape drawn in the scene's coordinates (the ground). */
export function sceneTexture(name: TextureName): string {
  return `url(#tx-${name}-scene)`;
}

const USE = /url\(#tx-([A-Za-z]+)(-scene)?\)/g;

/** How the object's and the scene's coordinates map to the photo's pixels. */
export interface Spaces {
  object: Affine;
  scene: Affine;
}

/**
 * `<pattern>` definitions for every texture the SVG refers to. Each pattern undoes the transform
 * of the coordinates it is used in, so that one tile pixel lands on one photo pixel: cairo then
 * copies the tile instead of resampling it, which is several times faster. (It also means a
 * texture keeps its pixel size in a close-up, and that object and ground textures line up.)
 */
export async function textureDefs(svg: string, spaces: Spaces): Promise<string> {
  const wanted = new Map<string, { name: TextureName; space: keyof Spaces }>();
  for (const [, name, scene] of svg.matchAll(USE)) {
    if (name! in TILES) {
      wanted.set(`${name}${scene ?? ''}`, {
        name: name as TextureName,
        space: scene ? 'scene' : 'object',
      });
    }
  }
  const inverse = { object: invert(spaces.object), scene: invert(spaces.scene) };
  const defs = await Promise.all(
    [...wanted].map(async ([id, { name, space }]) => {
      const href = await tileDataUrl(name);
      return (
        `<pattern id="tx-${id}" patternUnits="userSpaceOnUse" width="${TILE_PX}" height="${TILE_PX}"` +
        ` patternTransform="${svgMatrix(inverse[space])}"><image width="${TILE_PX}" height="${TILE_PX}" href="${href}"/></pattern>`
      );
    }),
  );
  return defs.join('');
}

/**
 * Sensor grain for the finished photo, as a PNG tile for sharp to composite over the whole
 * image (cheaper than an SVG pattern over 1600 × 1200 pixels).
 */
export function grainTile(): Promise<Buffer> {
  grain ??= (async () => {
    const rng = seededRandom('sensor grain');
    const rgba = Buffer.alloc(TILE_PX * TILE_PX * 4);
    for (let i = 0; i < TILE_PX * TILE_PX; i++) {
      const v = rng.gauss() * 0.5;
      rgba.fill(v > 0 ? 255 : 0, i * 4, i * 4 + 3);
      rgba[i * 4 + 3] = Math.min(255, Math.round(Math.abs(v) * 40));
    }
    return sharp(rgba, { raw: { width: TILE_PX, height: TILE_PX, channels: 4 } })
      .png({ compressionLevel: 1 })
      .toBuffer();
  })();
  return grain;
}

let grain: Promise<Buffer> | undefined;

const cache = new Map<TextureName, Promise<string>>();

function tileDataUrl(name: TextureName): Promise<string> {
  let tile = cache.get(name);
  if (!tile) {
    tile = renderTile(name, TILES[name]);
    cache.set(name, tile);
  }
  return tile;
}

async function renderTile(name: string, layers: readonly TileSpec[]): Promise<string> {
  // Premultiplied "over" compositing of the layers, in floats, then back to straight RGBA.
  const size = TILE_PX * TILE_PX;
  const [r, g, b, a] = [
    new Float32Array(size),
    new Float32Array(size),
    new Float32Array(size),
    new Float32Array(size),
  ];
  layers.forEach((spec, index) => {
    const coverage = alphaMap(`${name}/${index}`, spec);
    for (let i = 0; i < size; i++) {
      const alpha = Math.max(0, Math.min(1, coverage[i]!)) * spec.alpha;
      r[i] = spec.rgb[0] * alpha + r[i]! * (1 - alpha);
      g[i] = spec.rgb[1] * alpha + g[i]! * (1 - alpha);
      b[i] = spec.rgb[2] * alpha + b[i]! * (1 - alpha);
      a[i] = alpha + a[i]! * (1 - alpha);
    }
  });
  const rgba = Buffer.alloc(size * 4);
  for (let i = 0; i < size; i++) {
    const alpha = a[i]!;
    rgba[i * 4] = alpha > 0 ? Math.round(r[i]! / alpha) : 0;
    rgba[i * 4 + 1] = alpha > 0 ? Math.round(g[i]! / alpha) : 0;
    rgba[i * 4 + 2] = alpha > 0 ? Math.round(b[i]! / alpha) : 0;
    rgba[i * 4 + 3] = Math.round(alpha * 255);
  }
  const png = await sharp(rgba, { raw: { width: TILE_PX, height: TILE_PX, channels: 4 } })
    .png({ compressionLevel: 1 })
    .toBuffer();
  return `data:image/png;base64,${png.toString('base64')}`;
}

function alphaMap(name: string, spec: TileSpec): Float32Array {
  const rng = seededRandom('texture', name);
  const out = new Float32Array(TILE_PX * TILE_PX);
  if (spec.kind === 'grain') {
    for (let i = 0; i < out.length; i++) out[i] = rng.next() ** 2;
    return out;
  }
  if (spec.kind === 'weave') {
    for (let y = 0; y < TILE_PX; y++) {
      for (let x = 0; x < TILE_PX; x++) {
        // 64 threads each way; alternate over/under gives the basket look of plain-weave canvas.
        const over = (Math.floor(x / 4) + Math.floor(y / 4)) % 2 === 0;
        const thread = over ? Math.sin(((x % 4) / 4) * Math.PI) : Math.sin(((y % 4) / 4) * Math.PI);
        out[y * TILE_PX + x] = 1 - thread + rng.next() * 0.3;
      }
    }
    return out;
  }
  const cells = spec.cells ?? 4;
  const threshold = spec.threshold ?? 0.5;
  const contrast = spec.contrast ?? 3;
  const octaves = [valueNoise(rng, cells), valueNoise(rng, cells * 2), valueNoise(rng, cells * 4)];
  for (let i = 0; i < out.length; i++) {
    const v = octaves[0]![i]! * 0.57 + octaves[1]![i]! * 0.29 + octaves[2]![i]! * 0.14;
    out[i] = (v - threshold) * contrast;
  }
  return out;
}

/** Smoothly interpolated random lattice that wraps at the tile edges (so the tile is seamless). */
function valueNoise(rng: ReturnType<typeof seededRandom>, cells: number): Float32Array {
  const lattice = Array.from({ length: cells * cells }, () => rng.next());
  const at = (cx: number, cy: number): number => lattice[(cy % cells) * cells + (cx % cells)]!;
  const out = new Float32Array(TILE_PX * TILE_PX);
  const step = TILE_PX / cells;
  for (let y = 0; y < TILE_PX; y++) {
    const gy = Math.floor(y / step);
    const ty = fade(y / step - gy);
    for (let x = 0; x < TILE_PX; x++) {
      const gx = Math.floor(x / step);
      const tx = fade(x / step - gx);
      const top = at(gx, gy) + (at(gx + 1, gy) - at(gx, gy)) * tx;
      const bottom = at(gx, gy + 1) + (at(gx + 1, gy + 1) - at(gx, gy + 1)) * tx;
      out[y * TILE_PX + x] = top + (bottom - top) * ty;
    }
  }
  return out;
}

function fade(t: number): number {
  return t * t * (3 - 2 * t);
}
