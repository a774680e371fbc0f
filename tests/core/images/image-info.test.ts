import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  demoPhoto,
  describeImage,
  ImageError,
  ImageErrorCode,
  type ImageInfo,
} from '../../../src/main/core/images';
import { plainPng, pngClaiming, sidewaysPhoto } from './image-fixtures';

async function refusal(bytes: Buffer, options?: { maxInputPixels: number }): Promise<ImageError> {
  const error = await describeImage(bytes, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImageError);
  return error as ImageError;
}

describe('describeImage', () => {
  it('reads format, size and the EXIF a camera writes, from a demo photo', async () => {
    const photo = await demoPhoto('coin', {
      seed: 7,
      role: 'overall',
      caption: 'Hoard find (coin 3)',
      takenAt: '2024-05-17T10:42:05+02:00',
      gps: { lat: 41.327546, lon: -19.818698 },
    });
    const info = await describeImage(photo);
    expect(info).toMatchObject({ format: 'jpeg', width: 1600, height: 1200 });
    expect(info.exif).toMatchObject({
      takenAt: '2024-05-17T10:42:05+02:00',
      make: 'Custodia demo',
      model: 'Evidence camera',
      software: 'Custodia demo photo generator',
      imageDescription: 'Hoard find (coin 3)',
      copyright: 'Demo image, not evidence',
      width: 1600,
      height: 1200,
    });
    expect(info.exif?.gps?.lat).toBeCloseTo(41.327546, 6);
    expect(info.exif?.gps?.lon).toBeCloseTo(-19.818698, 6);
    expect(info.exif?.iso).toBeGreaterThan(0);
    expect(info.exif?.fNumber).toBeGreaterThan(0);
    expect(info.exif?.exposureTime).toBeGreaterThan(0);
    expect(info.exif?.focalLength).toBeGreaterThan(0);
    expect(info.xmp).toMatchObject({
      'dc:description': 'Hoard find (coin 3)',
      'xmp:CreatorTool': 'Custodia demo photo generator',
    });
  });

  it('keeps the camera time without inventing a zone, and Unicode captions in XMP', async () => {
    const caption = 'Икона, изъятая 17.05 — детали';
    const info = await describeImage(
      await demoPhoto('icon', { seed: 1, role: 'detail', caption, takenAt: '2023-11-02T08:05:00' }),
    );
    expect(info.exif?.takenAt).toBe('2023-11-02T08:05:00');
    expect(info.exif?.gps).toBeUndefined();
    // EXIF text is ASCII: the caption is only in XMP, as written.
    expect(info.exif?.imageDescription).toBeUndefined();
    expect(info.xmp?.['dc:description']).toBe(caption);
  });

  it('returns plain JSON', async () => {
    const info = await describeImage(
      await demoPhoto('vase', {
        seed: 2,
        role: 'scale',
        takenAt: '2024-01-01T00:00:00Z',
        gps: { lat: 1, lon: 2 },
      }),
    );
    expect(JSON.parse(JSON.stringify(info)) as ImageInfo).toEqual(info);
  });

  it('gives no EXIF and no XMP for a PNG without them', async () => {
    expect(await describeImage(await plainPng())).toEqual({
      format: 'png',
      width: 120,
      height: 80,
      exif: null,
      xmp: null,
    });
  });

  it('reads EXIF from WebP and TIFF containers too', async () => {
    const base = sharp({ create: { width: 40, height: 30, channels: 3, background: '#888' } });
    const exif = { IFD0: { Make: 'Field camera', Artist: 'Unit 4' } };
    const webp = await base.clone().webp().withExif(exif).toBuffer();
    const tiff = await base.clone().tiff().withExif(exif).toBuffer();
    expect((await describeImage(webp)).exif).toMatchObject({
      make: 'Field camera',
      artist: 'Unit 4',
    });
    expect((await describeImage(tiff)).format).toBe('tiff');
  });

  it('reports the orientation and the upright size', async () => {
    const info = await describeImage(await sidewaysPhoto());
    expect(info).toMatchObject({ width: 100, height: 200, orientation: 6 });
  });

  it('bounds XMP: long values are dropped, at most 200 properties are kept', async () => {
    const props = Array.from({ length: 300 }, (_, i) => `<t:p${i}>v${i}</t:p${i}>`).join('');
    const xmp =
      `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
      `<rdf:Description rdf:about="" xmlns:t="http://example.org/t/" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
      `<dc:title>${'x'.repeat(3000)}</dc:title>${props}</rdf:Description></rdf:RDF></x:xmpmeta>`;
    const image = await sharp(await plainPng())
      .png()
      .withXmp(xmp)
      .toBuffer();
    const fields = (await describeImage(image)).xmp ?? {};
    expect(Object.keys(fields)).toHaveLength(200);
    expect(fields['dc:title']).toBeUndefined();
    expect(fields['t:p0']).toBe('v0');
  });

  it('refuses bytes that are not an image', async () => {
    const error = await refusal(Buffer.from('%PDF-1.7 this is certainly not a photograph'));
    expect(error.code).toBe(ImageErrorCode.NotAnImage);
    expect((await refusal(Buffer.alloc(0))).code).toBe(ImageErrorCode.NotAnImage);
  });

  it('refuses a truncated JPEG as corrupt', async () => {
    const photo = await demoPhoto('manuscript', { seed: 3, role: 'overall' });
    const error = await refusal(photo.subarray(0, Math.floor(photo.length * 0.6)));
    expect(error.code).toBe(ImageErrorCode.Corrupt);
    expect(error.message).toMatch(/damaged or incomplete/);
  });

  it('refuses a decompression bomb before decoding it', async () => {
    expect((await refusal(pngClaiming(50_000, 50_000))).code).toBe(ImageErrorCode.TooLarge);
    // The limit can be lowered, e.g. for a quick look at an attachment.
    const small = await plainPng(120, 80);
    expect((await refusal(small, { maxInputPixels: 5_000 })).code).toBe(ImageErrorCode.TooLarge);
  });

  it('refuses SVG drawings as unsupported', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    expect((await refusal(svg)).code).toBe(ImageErrorCode.Unsupported);
  });
});
