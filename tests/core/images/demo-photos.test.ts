import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  DEMO_PHOTO_KINDS,
  demoPhoto,
  describeImage,
  PHOTO_ROLES,
} from '../../../src/main/core/images';

describe('demoPhoto', () => {
  it.each(DEMO_PHOTO_KINDS)('draws %s photos in every role, as 1600 × 1200 JPEGs', async (kind) => {
    for (const role of PHOTO_ROLES) {
      const photo = await demoPhoto(kind, { seed: 1, role });
      const meta = await sharp(photo).metadata();
      expect(meta, `${kind} ${role}`).toMatchObject({ format: 'jpeg', width: 1600, height: 1200 });
    }
  });

  it('is deterministic per kind, seed and role', async () => {
    const options = { seed: 42, role: 'detail', takenAt: '2024-02-29T12:00:00' } as const;
    const [a, b] = [
      await demoPhoto('marble-head', options),
      await demoPhoto('marble-head', options),
    ];
    expect(a.equals(b)).toBe(true);
    const otherSeed = await demoPhoto('marble-head', { ...options, seed: 43 });
    const otherRole = await demoPhoto('marble-head', { ...options, role: 'overall' });
    expect(a.equals(otherSeed)).toBe(false);
    expect(a.equals(otherRole)).toBe(false);
  });

  it('writes camera EXIF only for what it was given', async () => {
    const info = await describeImage(await demoPhoto('manuscript', { seed: 1, role: 'marking' }));
    expect(info.exif).toMatchObject({
      make: 'Custodia demo',
      imageDescription: 'Demo photo: manuscript, marking',
    });
    expect(info.exif?.takenAt).toBeUndefined();
    expect(info.exif?.gps).toBeUndefined();
  });

  it('refuses options it cannot write', async () => {
    await expect(
      demoPhoto('coin', { seed: 1, role: 'overall', takenAt: '17/05/2024' }),
    ).rejects.toThrow(RangeError);
    await expect(
      demoPhoto('coin', { seed: 1, role: 'overall', gps: { lat: 91, lon: 0 } }),
    ).rejects.toThrow(RangeError);
    await expect(demoPhoto('statue' as never, { seed: 1, role: 'overall' })).rejects.toThrow(
      RangeError,
    );
  });
});
