import sharp from 'sharp';
import type { CaseFileSession } from '../../case-file/session';
import { photoImage } from '../../photos';
import type { PhotoRequest, ReportImage } from './model';
import { ReportCancelled } from './render';

/** JPEG quality of printed photos: no visible loss at print size, a third of the preview's bytes. */
const PRINT_QUALITY = 78;
/** Photos prepared at once (sharp works in libuv's thread pool). */
const CONCURRENCY = 4;

/**
 * A photo reduced for print: made from the stored preview (upright, metadata stripped, sRGB),
 * never from the original file, shrunk so its longer side is `maxPx`. The preview is decoded at a
 * reduced scale where JPEG allows (sharp's shrink-on-load), which keeps 600 photos to seconds.
 */
async function printSize(session: CaseFileSession, request: PhotoRequest): Promise<ReportImage> {
  const preview = await photoImage(session, {
    attachmentId: request.attachmentId,
    size: 'preview',
  });
  const bytes = Buffer.from(preview.dataUrl.slice(preview.dataUrl.indexOf(',') + 1), 'base64');
  const { data, info } = await sharp(bytes)
    .resize(request.maxPx, request.maxPx, { fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: PRINT_QUALITY, mozjpeg: false, chromaSubsampling: '4:2:0' })
    .toBuffer({ resolveWithObject: true });
  return { jpeg: new Uint8Array(data), width: info.width, height: info.height };
}

/**
 * Prepares every requested photo (the same attachment at the same size once), reporting
 * `done` of `total` and stopping when `signal` aborts.
 */
export async function prepareImages(
  session: CaseFileSession,
  requests: readonly PhotoRequest[],
  opts: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {},
): Promise<Record<string, ReportImage>> {
  const images: Record<string, ReportImage> = {};
  const made = new Map<string, Promise<ReportImage>>();
  let done = 0;
  let next = 0;
  const total = requests.length;
  const worker = async () => {
    while (next < total) {
      if (opts.signal?.aborted) throw new ReportCancelled();
      const r = requests[next++]!;
      const sameFile = `${r.attachmentId}@${r.maxPx}`;
      let image = made.get(sameFile);
      if (!image) {
        image = printSize(session, r);
        made.set(sameFile, image);
      }
      images[r.key] = await image;
      done += 1;
      opts.onProgress?.(done, total);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, total) }, worker));
  if (opts.signal?.aborted) throw new ReportCancelled();
  // Keys in request order, so the model (and its hash) does not depend on completion order.
  return Object.fromEntries(requests.map((r) => [r.key, images[r.key]!]));
}
