import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  demoPhoto,
  describeImage,
  ImageError,
  ImageErrorCode,
  makeDerivatives,
  printImage,
} from '../../../src/main/core/images';
import { pixel, plainPng, pngClaiming, sidewaysPhoto } from './image-fixtures';

const located = (): Promise<Buffer> =>
  demoPhoto('helmet', {
    seed: 5,
    role: 'in-situ',
    takenAt: '2024-03-09T16:20:00',
    gps: { lat: 42.4304, lon: 19.2594 },
  });

describe('makeDerivatives', () => {
  it('fits the thumbnail in 320 px and the preview in 1600 px, as JPEG', async () => {
    const { thumb, preview } = await makeDerivatives(await located());
    expect(thumb).toMatchObject({ mediaType: 'image/jpeg', width: 320, height: 240 });
    expect(preview).toMatchObject({ mediaType: 'image/jpeg', width: 1600, height: 1200 });
    const meta = await sharp(thumb.bytes).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 320, height: 240, space: 'srgb' });
  });

  it('never enlarges a small image', async () => {
    const { thumb, preview } = await makeDerivatives(await plainPng(100, 80));
    expect([thumb.width, thumb.height, preview.width, preview.height]).toEqual([100, 80, 100, 80]);
  });

  it('strips all metadata, so a derivative cannot tell where the photo was taken', async () => {
    const original = await located();
    expect((await describeImage(original)).exif?.gps).toBeDefined();
    const { thumb, preview } = await makeDerivatives(original);
    for (const derivative of [thumb, preview, await printImage(original)]) {
      const info = await describeImage(derivative.bytes);
      expect(info.exif).toBeNull();
      expect(info.xmp).toBeNull();
      expect(info.orientation).toBeUndefined();
    }
  });

  it('turns a photo upright according to its EXIF orientation', async () => {
    const { thumb } = await makeDerivatives(await sidewaysPhoto());
    expect([thumb.width, thumb.height]).toEqual([100, 200]);
    // Orientation 6 turns the stored image a quarter clockwise: its left (red) half ends on top.
    const [r1, , b1] = await pixel(thumb.bytes, 50, 40);
    const [r2, , b2] = await pixel(thumb.bytes, 50, 160);
    expect(r1).toBeGreaterThan(200);
    expect(b1).toBeLessThan(60);
    expect(b2).toBeGreaterThan(200);
    expect(r2).toBeLessThan(60);
  });

  it('is deterministic: the same photo gives the same bytes', async () => {
    const photo = await demoPhoto('painting', { seed: 11, role: 'overall' });
    const [a, b] = [await makeDerivatives(photo), await makeDerivatives(photo)];
    expect(a.thumb.bytes.equals(b.thumb.bytes)).toBe(true);
    expect(a.preview.bytes.equals(b.preview.bytes)).toBe(true);
  });

  it('puts transparent areas on white', async () => {
    const transparent = await sharp({
      create: { width: 60, height: 40, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const { thumb } = await makeDerivatives(transparent);
    expect(await pixel(thumb.bytes, 30, 20)).toEqual([255, 255, 255]);
  });

  it('refuses what describeImage refuses', async () => {
    await expect(makeDerivatives(Buffer.from('not an image'))).rejects.toMatchObject({
      code: ImageErrorCode.NotAnImage,
    });
    await expect(makeDerivatives(pngClaiming(40_000, 40_000))).rejects.toBeInstanceOf(ImageError);
  });
});

describe('printImage', () => {
  it('makes an upright JPEG of at most maxPx', async () => {
    const photo = await demoPhoto('icon', { seed: 4, role: 'overall' });
    const print = await printImage(photo);
    expect(print).toMatchObject({ mediaType: 'image/jpeg', width: 1000, height: 750 });
    expect(await printImage(photo, 400)).toMatchObject({ width: 400, height: 300 });
    const upright = await printImage(await sidewaysPhoto(), 1000);
    expect([upright.width, upright.height]).toEqual([100, 200]);
    await expect(printImage(photo, 0)).rejects.toThrow(RangeError);
  });
});
