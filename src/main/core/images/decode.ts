import sharp, { type Metadata, type Sharp } from 'sharp';
import { ImageError, ImageErrorCode } from './image-error';

/** A 200-megapixel photo needs ~600 MB to decode; anything claiming more is refused unread. */
export const DEFAULT_MAX_INPUT_PIXELS = 200_000_000;

/** Decoding slower than this is treated as hostile input rather than waited for. */
const DECODE_TIMEOUT_SECONDS = 60;

export interface DecodeOptions {
  /** Largest width × height accepted, in pixels (default {@link DEFAULT_MAX_INPUT_PIXELS}). */
  maxInputPixels?: number;
}

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'tiff' | 'heif' | 'gif';

const PHOTO_FORMATS: ReadonlySet<string> = new Set<ImageFormat>([
  'jpeg',
  'png',
  'webp',
  'tiff',
  'heif',
  'gif',
]);

/**
 * Every decode of untrusted bytes starts here: the pixel limit is checked against the header
 * before any pixel memory is allocated, and corrupt pixel data is an error rather than a warning
 * that would let a half-grey image through.
 */
export function openImage(bytes: Buffer, options: DecodeOptions = {}): Sharp {
  return sharp(bytes, {
    limitInputPixels: options.maxInputPixels ?? DEFAULT_MAX_INPUT_PIXELS,
    failOn: 'error',
  }).timeout({ seconds: DECODE_TIMEOUT_SECONDS });
}

export interface ImageHeader {
  format: ImageFormat;
  metadata: Metadata;
}

/** Reads the header only, refusing what Custodia does not keep as a photo. */
export async function readHeader(bytes: Buffer, options: DecodeOptions = {}): Promise<ImageHeader> {
  if (bytes.length === 0) {
    throw new ImageError(ImageErrorCode.NotAnImage, 'The file is empty.');
  }
  let metadata: Metadata;
  try {
    metadata = await openImage(bytes, options).metadata();
  } catch (e) {
    throw toImageError(e);
  }
  if (metadata.format === 'svg') {
    throw new ImageError(
      ImageErrorCode.Unsupported,
      'SVG drawings are not accepted as photos; export the drawing as PNG or JPEG.',
    );
  }
  if (!isPhotoFormat(metadata.format)) {
    throw new ImageError(ImageErrorCode.NotAnImage, 'The file is not a supported image format.');
  }
  // The prebuilt decoder has no HEVC codec (patents), so HEIC decodes nowhere; AVIF does.
  if (metadata.format === 'heif' && metadata.compression === 'hevc') {
    throw new ImageError(
      ImageErrorCode.Unsupported,
      'HEIC photos cannot be read by this build; export them as JPEG (on an iPhone: Settings › Camera › Formats › Most Compatible).',
    );
  }
  return { format: metadata.format, metadata };
}

/**
 * Decodes every pixel (into a tiny image, so memory stays small) so that a truncated or corrupt
 * file is refused on import instead of failing later when a preview or a report needs it.
 */
export async function assertDecodes(bytes: Buffer, options: DecodeOptions = {}): Promise<void> {
  try {
    await openImage(bytes, options).resize(64, 64, { fit: 'inside' }).raw().toBuffer();
  } catch (e) {
    throw toImageError(e);
  }
}

export function toImageError(e: unknown): ImageError {
  if (e instanceof ImageError) return e;
  const detail = (e instanceof Error ? e.message : String(e)).split('\n')[0]?.trim() ?? '';
  if (/pixel limit/i.test(detail)) {
    return new ImageError(
      ImageErrorCode.TooLarge,
      'The image has more pixels than Custodia accepts (it may be a decompression bomb).',
      { cause: e },
    );
  }
  if (/timeout/i.test(detail)) {
    return new ImageError(ImageErrorCode.TooLarge, 'The image took too long to decode.', {
      cause: e,
    });
  }
  if (/unsupported image format|buffer is empty/i.test(detail)) {
    return new ImageError(ImageErrorCode.NotAnImage, 'The file is not a supported image format.', {
      cause: e,
    });
  }
  return new ImageError(ImageErrorCode.Corrupt, `The image is damaged or incomplete (${detail}).`, {
    cause: e,
  });
}

function isPhotoFormat(format: string): format is ImageFormat {
  return PHOTO_FORMATS.has(format);
}
