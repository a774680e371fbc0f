import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import { getAttachment, readAttachment } from '../attachments/attachment-read';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { makeDerivatives, printDerivative, type Derivative, type ImageInfo } from '../images';
import { parseInput } from '../support/validate';
import {
  blobIdOf,
  storedDerivative,
  storedInfo,
  storeImageCache,
  type DerivativeKind,
  type StoredDerivative,
} from './photo-store';
import { readPhoto } from './photos';

/** Originals at least this large are shown as their preview (a data URL a third larger again). */
export const MAX_ORIGINAL_BYTES = 25 * 1024 * 1024;

/** What Chromium shows in an <img>; others (TIFF, HEIF) are shown as their preview. */
const DISPLAYABLE = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);

export const PhotoImageInput = z
  .object({ attachmentId: Id, size: z.enum(['thumb', 'preview', 'original']) })
  .strict();

export interface PhotoImage {
  mediaType: string;
  /** `data:<media type>;base64,…`, for an <img> in the renderer. */
  dataUrl: string;
  width: number;
  height: number;
  /** The stored file itself; false when its preview stands in (too large, or not displayable). */
  original: boolean;
}

/**
 * A stored photo as an image for the screen: its thumbnail, its preview (both upright, without
 * metadata) or the original file. Derivatives missing for a file stored by other means (an import,
 * an attachment added before it was a photo) are made on the first request and kept.
 */
export async function photoImage(
  session: CaseFileSession,
  input: z.input<typeof PhotoImageInput>,
): Promise<PhotoImage> {
  const { attachmentId, size } = parseInput(PhotoImageInput, input, 'photo image');
  const attachment = getAttachment(session, attachmentId);
  if (size === 'original' && attachment.size < MAX_ORIGINAL_BYTES) {
    const info = await ensureCache(session, attachmentId);
    if (DISPLAYABLE.has(attachment.mediaType)) {
      const bytes = readAttachment(session, attachmentId);
      return {
        mediaType: attachment.mediaType,
        dataUrl: dataUrl(attachment.mediaType, bytes),
        width: info.width,
        height: info.height,
        original: true,
      };
    }
  }
  const kind: DerivativeKind = size === 'thumb' ? 'thumb' : 'preview';
  await ensureCache(session, attachmentId);
  const derivative = storedDerivative(
    session.db,
    blobIdOf(session.db, attachmentId),
    kind,
  ) as StoredDerivative;
  return {
    mediaType: derivative.mediaType,
    dataUrl: dataUrl(derivative.mediaType, derivative.data),
    width: derivative.width,
    height: derivative.height,
    original: false,
  };
}

/** The file's image information, reading it and deriving its images first if never done. */
async function ensureCache(session: CaseFileSession, attachmentId: string): Promise<ImageInfo> {
  const blobId = blobIdOf(session.db, attachmentId);
  const info = storedInfo(session.db, blobId);
  const complete =
    info !== null &&
    storedDerivative(session.db, blobId, 'thumb') !== null &&
    storedDerivative(session.db, blobId, 'preview') !== null;
  if (complete) return info;
  const { originalName } = getAttachment(session, attachmentId);
  const bytes = readAttachment(session, attachmentId);
  const read = info ?? (await readPhoto(bytes, originalName));
  const derived = await makeDerivatives(bytes);
  write(session, (tx) => storeImageCache(tx, attachmentId, blobId, { info: read, ...derived }));
  return read;
}

/**
 * A stored photo's print derivative (baseline JPEG of at most PRINT_DERIVATIVE_PX, upright,
 * without metadata), for PDF reports. Photos stored before reports existed get it on their first
 * report, made from the preview and kept (audited "image.derive", like the other derivatives).
 */
export async function printImageOf(
  session: CaseFileSession,
  attachmentId: string,
): Promise<{ bytes: Buffer; width: number; height: number }> {
  const blobId = blobIdOf(session.db, attachmentId);
  const stored = storedDerivative(session.db, blobId, 'print');
  if (stored) return { bytes: stored.data, width: stored.width, height: stored.height };
  const info = await ensureCache(session, attachmentId);
  const preview = storedDerivative(session.db, blobId, 'preview') as StoredDerivative;
  const print = await printDerivative(preview.data);
  write(session, (tx) =>
    storeImageCache(tx, attachmentId, blobId, {
      info,
      thumb: derivativeOf(storedDerivative(tx.db, blobId, 'thumb') as StoredDerivative),
      preview: derivativeOf(preview),
      print,
    }),
  );
  return { bytes: print.bytes, width: print.width, height: print.height };
}

const derivativeOf = (d: StoredDerivative): Derivative => ({
  mediaType: d.mediaType as Derivative['mediaType'],
  width: d.width,
  height: d.height,
  bytes: d.data,
});

function dataUrl(mediaType: string, bytes: Buffer): string {
  return `data:${mediaType};base64,${bytes.toString('base64')}`;
}
