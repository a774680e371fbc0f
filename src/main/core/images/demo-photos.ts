import sharp from 'sharp';
import { demoExif, demoXmp } from './demo/demo-metadata';
import type { DemoObject } from './demo/demo-object';
import { drawCoin } from './demo/objects/coin';
import { drawHelmet } from './demo/objects/helmet';
import { drawIcon } from './demo/objects/icon';
import { drawMarbleHead } from './demo/objects/marble-head';
import { drawManuscript } from './demo/objects/manuscript';
import { drawPainting } from './demo/objects/painting';
import { drawVase } from './demo/objects/vase';
import { seededRandom, type Random } from './demo/random';
import { composeScene, type PhotoRole } from './demo/scene';
import { grainTile, textureDefs } from './demo/textures';

export type { PhotoRole } from './demo/scene';

const DRAWINGS = {
  coin: drawCoin,
  icon: drawIcon,
  'marble-head': drawMarbleHead,
  vase: drawVase,
  helmet: drawHelmet,
  manuscript: drawManuscript,
  painting: drawPainting,
} satisfies Record<string, (rng: Random) => DemoObject>;

export type DemoPhotoKind = keyof typeof DRAWINGS;

export const DEMO_PHOTO_KINDS = Object.keys(DRAWINGS) as DemoPhotoKind[];

export const PHOTO_ROLES: readonly PhotoRole[] = [
  'overall',
  'detail',
  'marking',
  'damage',
  'scale',
  'in-situ',
];

export interface DemoPhotoOptions {
  /** The same seed draws the same object in every role, so one case's photos match. */
  seed: number;
  role: PhotoRole;
  /**
   * Written to XMP dc:description, and to EXIF ImageDescription when it is plain ASCII (libvips
   * cannot write other text to EXIF). Default: "Demo photo: <kind>, <role>".
   */
  caption?: string;
  /** "YYYY-MM-DDTHH:mm:ss", optionally with "Z" or "+HH:MM"; becomes EXIF DateTimeOriginal. */
  takenAt?: string;
  gps?: { lat: number; lon: number };
}

const ROLE_WORDS: Record<PhotoRole, string> = {
  overall: 'overall view',
  detail: 'detail',
  marking: 'marking',
  damage: 'damage',
  scale: 'with scale',
  'in-situ': 'as found',
};

/**
 * A photo for the demo case file: a drawing of the object made here, from SVG, with camera-like
 * EXIF. Nothing is downloaded and no photo is stored in the repository. The same kind, seed and
 * role (and options) always give the same bytes.
 */
export async function demoPhoto(kind: DemoPhotoKind, options: DemoPhotoOptions): Promise<Buffer> {
  if (!Object.hasOwn(DRAWINGS, kind))
    throw new RangeError(`Unknown demo photo kind: ${String(kind)}`);
  const draw = DRAWINGS[kind];
  if (!PHOTO_ROLES.includes(options.role))
    throw new RangeError(`Unknown photo role: ${String(options.role)}`);
  const object = draw(seededRandom('object', kind, options.seed));
  const scene = composeScene(
    object,
    options.role,
    seededRandom('scene', kind, options.seed, options.role),
  );
  const svg = scene.svg.replace('<defs>', `<defs>${await textureDefs(scene.svg, scene.spaces)}`);
  const description =
    options.caption ?? `Demo photo: ${kind.replace('-', ' ')}, ${ROLE_WORDS[options.role]}`;
  const metadata = { description, takenAt: options.takenAt, gps: options.gps };
  return sharp(Buffer.from(svg))
    .flatten({ background: '#808080' })
    .composite([{ input: await grainTile(), tile: true }])
    .jpeg({ quality: 86 })
    .withExif(demoExif(seededRandom('camera', options.seed, options.role), metadata))
    .withXmp(demoXmp(description))
    .toBuffer();
}
