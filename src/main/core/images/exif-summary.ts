import { parse } from 'exifr';
import { cleanText, finiteNumber } from './plain-json';

/** What Custodia shows and keeps from a photo's EXIF; JSON-safe, every field optional. */
export interface ExifSummary {
  /**
   * When the photo was taken, from DateTimeOriginal: "YYYY-MM-DDTHH:mm:ss" in the camera's own
   * clock, with "+HH:MM" only when the camera recorded its offset (no time zone is guessed).
   */
  takenAt?: string;
  make?: string;
  model?: string;
  lens?: string;
  software?: string;
  gps?: { lat: number; lon: number; altitude?: number };
  iso?: number;
  fNumber?: number;
  /** Seconds. */
  exposureTime?: number;
  /** Millimetres. */
  focalLength?: number;
  /** Pixel size recorded by the camera (may differ from the file after editing). */
  width?: number;
  height?: number;
  artist?: string;
  copyright?: string;
  imageDescription?: string;
}

// Only the TIFF blocks; XMP is read separately because exifr would merge XMP's own "exif"
// namespace into the EXIF block and one could overwrite the other.
const EXIF_OPTIONS = {
  tiff: true,
  exif: true,
  gps: true,
  ifd1: false,
  interop: false,
  xmp: false,
  icc: false,
  iptc: false,
  jfif: false,
  ihdr: false,
  makerNote: false,
  userComment: false,
  translateKeys: true,
  translateValues: false,
  reviveValues: false,
  mergeOutput: true,
};

/**
 * Parses an EXIF block as sharp extracts it from any container (JPEG APP1, PNG eXIf, WebP and
 * HEIF boxes), or a whole TIFF file, whose tags are its EXIF. Unreadable EXIF is not an error:
 * the photo is still a photo, only without these details.
 */
export async function readExifSummary(tiffBytes: Buffer | undefined): Promise<ExifSummary | null> {
  if (!tiffBytes || tiffBytes.length === 0) return null;
  let tags: Record<string, unknown> | undefined;
  try {
    // Always a Buffer: exifr treats a string as a path or URL to fetch.
    tags = (await parse(tiffBytes, EXIF_OPTIONS)) as Record<string, unknown> | undefined;
  } catch {
    return null;
  }
  return tags ? summarise(tags) : null;
}

/** Sharp returns JPEG and WebP EXIF with the "Exif\0\0" marker that precedes the TIFF header. */
export function exifPayload(exif: Buffer | undefined): Buffer | undefined {
  if (!exif) return undefined;
  return exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? exif.subarray(6) : exif;
}

function summarise(tags: Record<string, unknown>): ExifSummary | null {
  const summary: ExifSummary = {
    takenAt: exifDateTime(tags.DateTimeOriginal, tags.OffsetTimeOriginal),
    make: cleanText(tags.Make),
    model: cleanText(tags.Model),
    lens: cleanText(tags.LensModel),
    software: cleanText(tags.Software),
    gps: gpsPosition(tags),
    iso: finiteNumber(tags.ISO),
    fNumber: finiteNumber(tags.FNumber),
    exposureTime: finiteNumber(tags.ExposureTime),
    focalLength: finiteNumber(tags.FocalLength),
    width: finiteNumber(tags.ExifImageWidth),
    height: finiteNumber(tags.ExifImageHeight),
    artist: cleanText(tags.Artist),
    copyright: cleanText(tags.Copyright),
    imageDescription: cleanText(tags.ImageDescription),
  };
  for (const key of Object.keys(summary) as (keyof ExifSummary)[]) {
    if (summary[key] === undefined) delete summary[key];
  }
  return Object.keys(summary).length > 0 ? summary : null;
}

const EXIF_DATE = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/;
const OFFSET = /^[+-](\d{2}):(\d{2})$/;

function exifDateTime(value: unknown, offset: unknown): string | undefined {
  const m = typeof value === 'string' ? EXIF_DATE.exec(value.trim()) : null;
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // Cameras without a set clock write "0000:00:00 00:00:00".
  const valid =
    year >= 1800 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= 31 &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 60;
  if (!valid) return undefined;
  const local = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`;
  const zone = typeof offset === 'string' ? offset.trim() : '';
  const z = OFFSET.exec(zone);
  return z && Number(z[1]) <= 14 && Number(z[2]) <= 59 ? local + zone : local;
}

function gpsPosition(tags: Record<string, unknown>): ExifSummary['gps'] {
  const lat = finiteNumber(tags.latitude);
  const lon = finiteNumber(tags.longitude);
  if (lat === undefined || lon === undefined) return undefined;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  const altitude = finiteNumber(tags.GPSAltitude);
  if (altitude === undefined) return { lat, lon };
  // GPSAltitudeRef 1 means below sea level.
  const below = finiteNumber(
    ArrayBuffer.isView(tags.GPSAltitudeRef)
      ? Array.from(tags.GPSAltitudeRef as Uint8Array)
      : tags.GPSAltitudeRef,
  );
  return { lat, lon, altitude: below === 1 ? -altitude : altitude };
}
