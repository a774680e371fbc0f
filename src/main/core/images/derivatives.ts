import sharp, { type OutputInfo } from 'sharp';
import { openImage, readHeader, toImageError, type DecodeOptions } from './decode';

export interface Derivative {
  mediaType: 'image/jpeg' | 'image/webp';
  width: number;
  height: number;
  bytes: Buffer;
}

export const THUMB_MAX_PX = 320;
export const PREVIEW_MAX_PX = 1600;
export const PRINT_MAX_PX = 1000;

const JPEG_QUALITY = 82;
// Transparent areas (a PNG scan of a document) become white, as on paper, not JPEG's black.
const BACKGROUND = '#ffffff';

/**
 * The thumbnail and the preview shown in the app: upright (EXIF orientation applied), never
 * enlarged, sRGB, and without any metadata, so that a derivative cannot leak where a photo was
 * taken. Same input, same bytes: derivatives can be regenerated and compared.
 */
export async function makeDerivatives(
  bytes: Buffer,
  options: DecodeOptions = {},
): Promise<{ thumb: Derivative; preview: Derivative }> {
  await readHeader(bytes, options);
  const upright = await uprightPixels(bytes, PREVIEW_MAX_PX, options);
  // Both come from one decode; the thumbnail is reduced from the preview's pixels, not its JPEG.
  const [preview, thumb] = await Promise.all([
    encodeJpeg(upright, PREVIEW_MAX_PX),
    encodeJpeg(upright, THUMB_MAX_PX),
  ]);
  return { thumb, preview };
}

/** Longer side of the stored print derivative: ≈ 250 dpi at 8 cm, the width reports print at. */
export const PRINT_DERIVATIVE_PX = 800;

/**
 * The stored print derivative, made from the preview (already upright, sRGB, without metadata):
 * a baseline JPEG (decodes several times faster than the progressive preview) of at most
 * PRINT_DERIVATIVE_PX, ready to embed in a PDF as it is.
 */
export async function printDerivative(preview: Buffer): Promise<Derivative> {
  try {
    const { data: bytes, info } = await sharp(preview)
      .resize(PRINT_DERIVATIVE_PX, PRINT_DERIVATIVE_PX, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 80, mozjpeg: false, progressive: false, chromaSubsampling: '4:2:0' })
      .toBuffer({ resolveWithObject: true });
    return { mediaType: 'image/jpeg', width: info.width, height: info.height, bytes };
  } catch (e) {
    throw toImageError(e);
  }
}

/** A JPEG for PDF reports: upright, at most `maxPx` on its longer side, metadata stripped. */
export async function printImage(
  bytes: Buffer,
  maxPx = PRINT_MAX_PX,
  options: DecodeOptions = {},
): Promise<Derivative> {
  if (!Number.isInteger(maxPx) || maxPx < 1)
    throw new RangeError('maxPx must be a positive integer');
  await readHeader(bytes, options);
  return encodeJpeg(await uprightPixels(bytes, maxPx, options), maxPx);
}

interface RawImage {
  data: Buffer;
  info: OutputInfo;
}

async function uprightPixels(
  bytes: Buffer,
  maxPx: number,
  options: DecodeOptions,
): Promise<RawImage> {
  try {
    return await openImage(bytes, options)
      .autoOrient()
      .resize(maxPx, maxPx, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: BACKGROUND })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (e) {
    throw toImageError(e);
  }
}

async function encodeJpeg({ data, info }: RawImage, maxPx: number): Promise<Derivative> {
  const { data: bytes, info: out } = await sharp(data, {
    raw: { width: info.width, height: info.height, channels: info.channels },
  })
    .resize(maxPx, maxPx, { fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
    .toBuffer({ resolveWithObject: true });
  return { mediaType: 'image/jpeg', width: out.width, height: out.height, bytes };
}
