import { assertDecodes, readHeader, type DecodeOptions, type ImageFormat } from './decode';
import { exifPayload, readExifSummary, type ExifSummary } from './exif-summary';
import type { JsonValue } from './plain-json';
import { readXmpFields } from './xmp-fields';

export interface ImageInfo {
  format: ImageFormat;
  /** Pixel size as displayed, i.e. after the EXIF orientation is applied (as the derivatives are). */
  width: number;
  height: number;
  /** The EXIF orientation tag (1–8) when the file has one. */
  orientation?: number;
  exif: ExifSummary | null;
  xmp: Record<string, JsonValue> | null;
}

/**
 * Checks that the bytes are a photo Custodia can decode, every pixel of it, and reads what the
 * file says about itself. Throws {@link ImageError} (`NOT_AN_IMAGE`, `TOO_LARGE`, `CORRUPT`,
 * `UNSUPPORTED`); never anything that takes the process down.
 */
export async function describeImage(
  bytes: Buffer,
  options: DecodeOptions = {},
): Promise<ImageInfo> {
  const { format, metadata } = await readHeader(bytes, options);
  await assertDecodes(bytes, options);
  // A TIFF file's own tags are its EXIF; other containers carry an EXIF block sharp extracts.
  const exifBytes = format === 'tiff' ? bytes : exifPayload(metadata.exif);
  const [exif, xmp] = await Promise.all([readExifSummary(exifBytes), readXmpFields(metadata.xmp)]);
  const info: ImageInfo = {
    format,
    width: metadata.autoOrient.width,
    height: metadata.autoOrient.height,
    exif,
    xmp,
  };
  if (metadata.orientation !== undefined) info.orientation = metadata.orientation;
  return info;
}
