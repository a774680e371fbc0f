import os from 'node:os';
import type { PhotoRole } from '../../../shared/domain/object';
import { bytesSource } from '../attachments/ingest-source';
import type { CaseFileSession } from '../case-file/session';
import { demoPhoto, type DemoPhotoKind } from '../images/demo-photos';
import { addPhoto } from '../photos';

/** Photos of the demo objects: drawn in code at build time (images/demo), nothing downloaded. */
export type PhotoKind = DemoPhotoKind;

export interface DemoShot {
  role: PhotoRole;
  caption: string;
  /** Local time with offset; becomes EXIF DateTimeOriginal. */
  takenAt: string;
  gps?: { lat: number; lon: number };
}

export interface PhotoJob {
  objectId: string;
  kind: PhotoKind;
  /** One seed per object, so all its shots show the same coin or icon. */
  seed: number;
  shots: DemoShot[];
}

interface Drawn {
  objectId: string;
  shot: DemoShot;
  name: string;
  bytes: Buffer;
}

/** Runs `fn` over `items` with at most `limit` at a time; results in the order of `items`. */
async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>) {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await fn(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function fileName(kind: PhotoKind, seed: number, shot: DemoShot): string {
  return `demo-${kind}-${seed}-${shot.role}.jpg`;
}

/**
 * Draws every shot (the slow part, in parallel: sharp renders off the main thread) and then
 * attaches them one by one in the order asked, so the case file comes out the same every time.
 * Returns how many photos were attached.
 */
export async function attachPhotos(session: CaseFileSession, jobs: PhotoJob[]): Promise<number> {
  const shots = jobs.flatMap((job) => job.shots.map((shot) => ({ job, shot })));
  const drawn = await mapLimited(
    shots,
    Math.max(2, Math.min(4, os.availableParallelism())),
    async ({ job, shot }): Promise<Drawn> => ({
      objectId: job.objectId,
      shot,
      name: fileName(job.kind, job.seed, shot),
      bytes: await demoPhoto(job.kind, {
        seed: job.seed,
        role: shot.role,
        caption: shot.caption,
        takenAt: shot.takenAt,
        ...(shot.gps ? { gps: shot.gps } : {}),
      }),
    }),
  );
  for (const { objectId, shot, name, bytes } of drawn) {
    await addPhoto(session, {
      objectId,
      source: bytesSource(name, bytes),
      role: shot.role,
      caption: shot.caption,
    });
  }
  return drawn.length;
}
