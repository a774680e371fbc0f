import sharp from 'sharp';
import type { CaseFileSession } from '../../case-file/session';
import { printImageOf } from '../../photos';
import type { PhotoRequest, ReportImage } from './model';
import { ReportCancelled } from './render';

/** JPEG quality of photos reduced below the stored print derivative. */
const PRINT_QUALITY = 78;
/** Photos prepared at once (sharp works in libuv's thread pool). */
const CONCURRENCY = 4;
/** A request for at least this many pixels takes the print derivative as it is. */
const AS_STORED_FROM_PX = 600;

/**
 * A photo as printed: the stored print derivative (baseline JPEG, upright, metadata stripped,
 * at most PRINT_DERIVATIVE_PX; made on ingest), never the original file; reduced further only
 * when the report prints it small (thumbnails in a table).
 */
async function printSize(session: CaseFileSession, request: PhotoRequest): Promise<ReportImage> {
  const print = await printImageOf(session, request.attachmentId);
  if (request.maxPx >= AS_STORED_FROM_PX || Math.max(print.width, print.height) <= request.maxPx) {
    return { jpeg: new Uint8Array(print.bytes), width: print.width, height: print.height };
  }
  const { data, info } = await sharp(print.bytes)
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
