import type { Exif } from 'sharp';
import type { Random } from './random';
import { escapeXml } from './svg';

export interface DemoMetadataInput {
  description: string;
  takenAt?: string;
  gps?: { lat: number; lon: number };
}

const TAKEN_AT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?$/;

/**
 * EXIF as a camera would write it, so the demo exercises the import pipeline's EXIF reading.
 * The description also goes into XMP, which is UTF-8.
 */
export function demoExif(rng: Random, input: DemoMetadataInput): Exif {
  const exif: Required<Pick<Exif, 'IFD0' | 'IFD2'>> & Exif = {
    IFD0: {
      Make: 'Custodia demo',
      Model: 'Evidence camera',
      Software: 'Custodia demo photo generator',
      Artist: 'Demo photographer',
      Copyright: 'Demo image, not evidence',
    },
    IFD2: {
      ISOSpeedRatings: String(rng.pick([100, 200, 400])),
      FNumber: rng.pick(['8/1', '11/1', '56/10']),
      ExposureTime: rng.pick(['1/60', '1/125', '1/30']),
      FocalLength: rng.pick(['35/1', '60/1', '50/1']),
      LensModel: '60mm F2.8 macro',
    },
  };
  // libvips writes EXIF text as ASCII and turns anything else into "?"; such a caption is
  // left to XMP alone.
  if (/^[\x20-\x7e]*$/.test(input.description))
    exif.IFD0.ImageDescription = exifText(input.description);
  if (input.takenAt !== undefined) {
    const m = TAKEN_AT.exec(input.takenAt);
    if (!m)
      throw new RangeError(
        `takenAt must look like 2024-05-17T10:42:00 (optionally with an offset)`,
      );
    const stamp = `${m[1]}:${m[2]}:${m[3]} ${m[4]}:${m[5]}:${m[6]}`;
    exif.IFD2.DateTimeOriginal = stamp;
    exif.IFD2.DateTimeDigitized = stamp;
    if (m[7]) exif.IFD2.OffsetTimeOriginal = m[7] === 'Z' ? '+00:00' : m[7];
  }
  if (input.gps) {
    const { lat, lon } = input.gps;
    if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) throw new RangeError('gps is out of range');
    exif.IFD3 = {
      GPSVersionID: '2 3 0 0',
      GPSLatitudeRef: lat < 0 ? 'S' : 'N',
      GPSLatitude: degreesMinutesSeconds(Math.abs(lat)),
      GPSLongitudeRef: lon < 0 ? 'W' : 'E',
      GPSLongitude: degreesMinutesSeconds(Math.abs(lon)),
      GPSMapDatum: 'WGS-84',
    };
  }
  return exif;
}

/** libvips reads a trailing "(…)" as its own annotation of the value and drops it. */
function exifText(text: string): string {
  return text.endsWith(')') ? `${text} ` : text;
}

/** EXIF rationals "d/1 m/1 s/10000": a ten-thousandth of a second of arc is about 3 mm. */
function degreesMinutesSeconds(value: number): string {
  const totalSeconds = Math.round(value * 3600 * 10000);
  const degrees = Math.floor(totalSeconds / (3600 * 10000));
  const minutes = Math.floor((totalSeconds - degrees * 3600 * 10000) / (60 * 10000));
  const seconds = totalSeconds - degrees * 3600 * 10000 - minutes * 60 * 10000;
  return `${degrees}/1 ${minutes}/1 ${seconds}/10000`;
}

export function demoXmp(description: string): string {
  return (
    `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>` +
    `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">` +
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(description)}</rdf:li></rdf:Alt></dc:description>` +
    `<xmp:CreatorTool>Custodia demo photo generator</xmp:CreatorTool>` +
    `</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`
  );
}
