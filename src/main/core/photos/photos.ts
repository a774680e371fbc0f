import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Id, Line } from '../../../shared/domain/common';
import { PhotoRole } from '../../../shared/domain/object';
import {
  attachmentLimit,
  resolveMediaType,
  storeAttachment,
} from '../attachments/attachment-store';
import { bytesSource, fileSource, type IngestSource } from '../attachments/ingest-source';
import { diffFields } from '../audit/audit-log';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import {
  describeImage,
  isImageError,
  makeDerivatives,
  printDerivative,
  type ImageInfo,
} from '../images';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';
import {
  blobIdOf,
  hasImageCache,
  linkOf,
  photoViews,
  refuseDuplicate,
  requireObject,
  requirePhoto,
  storeImageCache,
  type ImageCache,
  type PhotoView,
} from './photo-store';

const AddFields = z
  .object({
    objectId: Id,
    /** The name to keep; the source's own name when not given. */
    name: z.string().trim().min(1).max(1024).optional(),
    role: PhotoRole.default('overall'),
    caption: Line.default(''),
  })
  .strict();

export interface AddPhotoInput {
  objectId: string;
  source: IngestSource;
  name?: string;
  role?: PhotoRole;
  caption?: string;
}

/**
 * A file the person picked, opened for reading. Only regular files: a folder or a device is
 * refused before anything is read.
 */
export function photoFileSource(file: string): IngestSource {
  if (!path.isAbsolute(file)) {
    throw new CaseFileError(
      CaseFileErrorCode.InvalidInput,
      'Invalid photo: the file must be given by its full path.',
      { issues: [{ path: ['path'], message: 'not an absolute path' }] },
    );
  }
  if (!fs.statSync(file).isFile()) {
    throw new CaseFileError(
      CaseFileErrorCode.InvalidInput,
      `Invalid photo: ${path.basename(file)} is not a file.`,
      { issues: [{ path: ['path'], message: 'not a file' }] },
    );
  }
  return fileSource(file);
}

function tooLarge(name: string, limit: number): CaseFileError {
  return new CaseFileError(
    CaseFileErrorCode.TooLarge,
    `${name} is larger than the case file's limit of ${Math.floor(limit / 1024 / 1024)} MiB per attachment; nothing was stored.`,
    { limit },
  );
}

/** The whole file: a photo is decoded from memory, and stored from the very bytes described. */
function readWhole(source: IngestSource, name: string, limit: number): Buffer {
  if (source.size > limit) throw tooLarge(name, limit);
  const chunks: Buffer[] = [];
  const buffer = Buffer.allocUnsafe(1024 * 1024);
  let total = 0;
  for (;;) {
    const n = source.read(buffer, total);
    if (n === 0) break;
    total += n;
    if (total > limit) throw tooLarge(name, limit);
    chunks.push(Buffer.from(buffer.subarray(0, n)));
  }
  return Buffer.concat(chunks, total);
}

/** Reads a file as a photo; anything else is refused with what is wrong with it, by name. */
export async function readPhoto(bytes: Buffer, name: string): Promise<ImageInfo> {
  try {
    return await describeImage(bytes);
  } catch (e) {
    if (!isImageError(e)) throw e;
    throw new CaseFileError(
      e.code === 'TOO_LARGE' ? CaseFileErrorCode.TooLarge : CaseFileErrorCode.InvalidInput,
      `${name} cannot be added as a photo: ${e.message} Nothing was stored.`,
      { file: name, reason: e.code },
    );
  }
}

/**
 * Adds a photo to a seized object: the file is read and checked as an image first (a file that
 * is not one is refused, and nothing is written), then stored as an attachment (deduplicated by
 * content, audited by the attachment store) and linked to the object after its other photos,
 * with what it says about itself (EXIF, XMP) and its thumbnail and preview, kept once per content.
 *
 * The file, its cached image data and the link to the object are written in one transaction:
 * after a crash there is either the whole photo or nothing.
 */
export async function addPhoto(session: CaseFileSession, input: AddPhotoInput): Promise<PhotoView> {
  const { source } = input;
  let bytes: Buffer;
  let name: string;
  let fields: z.output<typeof AddFields>;
  try {
    fields = parseInput(
      AddFields,
      {
        objectId: input.objectId,
        name: input.name,
        role: input.role,
        caption: input.caption,
      },
      'photo',
    );
    name = fields.name ?? source.name;
    requireObject(session.db, fields.objectId);
    bytes = readWhole(source, name, attachmentLimit(session));
  } finally {
    source.close();
  }
  const info = await readPhoto(bytes, name);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  refuseDuplicate(session.db, fields.objectId, sha256, name);
  const cachedBlob = session.db
    .prepare('SELECT id FROM blob WHERE sha256 = ?')
    .pluck()
    .get(sha256) as number | undefined;
  const made =
    cachedBlob !== undefined && hasImageCache(session.db, cachedBlob)
      ? null
      : await makeDerivatives(bytes);
  // The print derivative too, so that reports never decode a preview again.
  const derived = made ? { ...made, print: await printDerivative(made.preview.bytes) } : null;
  const mediaType = await resolveMediaType(bytesSource(name, bytes), name);
  // One transaction: the file, its cached derivatives and the link to the object commit together.
  return write(session, (tx) => {
    requireObject(tx.db, fields.objectId);
    refuseDuplicate(tx.db, fields.objectId, sha256, name);
    const attachment = storeAttachment(tx, session, bytesSource(name, bytes), {
      name,
      mediaType,
      limit: attachmentLimit(session),
    });
    const blobId = blobIdOf(tx.db, attachment.id);
    if (derived)
      storeImageCache(tx, attachment.id, blobId, { info, ...derived } satisfies ImageCache);
    const position = tx.db
      .prepare('SELECT coalesce(max(position) + 1, 0) FROM object_photo WHERE object_id = ?')
      .pluck()
      .get(fields.objectId) as number;
    const id = tx.newId();
    const link = {
      objectId: fields.objectId,
      attachmentId: attachment.id,
      role: fields.role,
      caption: fields.caption,
      position,
    };
    tx.db
      .prepare(
        `INSERT INTO object_photo (id, object_id, attachment_id, role, caption, position, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        link.objectId,
        link.attachmentId,
        link.role,
        link.caption,
        position,
        tx.now.toISOString(),
      );
    tx.audit({
      action: 'photo.add',
      entityType: 'photo',
      entityId: id,
      changes: diffFields(null, { ...link }),
    });
    return requirePhoto(tx.db, id);
  });
}

/** An object's photos in their order. */
export function listPhotos(session: CaseFileSession, objectId: string): PhotoView[] {
  const id = parseInput(Id, objectId, 'object id');
  requireObject(session.db, id);
  return photoViews(session.db, id);
}

export const UpdatePhotoInput = z
  .object({ id: Id, role: PhotoRole.optional(), caption: Line.optional() })
  .strict();

/** Changes a photo's role or caption; unchanged values write nothing. */
export function updatePhoto(
  session: CaseFileSession,
  input: z.input<typeof UpdatePhotoInput>,
): PhotoView {
  const change = parseInput(UpdatePhotoInput, input, 'photo change');
  return write(session, (tx) => {
    const current = requirePhoto(tx.db, change.id);
    const before = { role: current.role, caption: current.caption };
    const after = { role: change.role ?? current.role, caption: change.caption ?? current.caption };
    const changes = diffFields(before, after);
    if (Object.keys(changes).length === 0) return current;
    tx.db
      .prepare('UPDATE object_photo SET role = ?, caption = ? WHERE id = ?')
      .run(after.role, after.caption, change.id);
    tx.audit({ action: 'photo.update', entityType: 'photo', entityId: change.id, changes });
    return requirePhoto(tx.db, change.id);
  });
}

export const MovePhotoInput = z
  .object({ id: Id, position: z.number().int().min(0).max(100_000) })
  .strict();

/**
 * Moves a photo to `position` (0 is first; beyond the end means last) among its object's photos,
 * which are numbered 0, 1, 2… again. Each photo whose position changes gets an audit entry.
 */
export function movePhoto(
  session: CaseFileSession,
  input: z.input<typeof MovePhotoInput>,
): PhotoView[] {
  const { id, position } = parseInput(MovePhotoInput, input, 'photo move');
  return write(session, (tx) => {
    const photo = requirePhoto(tx.db, id);
    const order = photoViews(tx.db, photo.objectId).filter((p) => p.id !== id);
    order.splice(Math.min(position, order.length), 0, photo);
    const setPosition = tx.db.prepare('UPDATE object_photo SET position = ? WHERE id = ?');
    order.forEach((p, index) => {
      if (p.position === index) return;
      setPosition.run(index, p.id);
      tx.audit({
        action: 'photo.move',
        entityType: 'photo',
        entityId: p.id,
        changes: { position: { before: p.position, after: index } },
      });
    });
    return photoViews(tx.db, photo.objectId);
  });
}

/**
 * Unlinks a photo from its object. The stored file stays in the case file (evidence is never
 * deleted): it is still listed among the attachments and can be linked again.
 */
export function removePhoto(session: CaseFileSession, photoId: string): void {
  const id = parseInput(Id, photoId, 'photo id');
  write(session, (tx) => {
    const photo = requirePhoto(tx.db, id);
    tx.db.prepare('DELETE FROM object_photo WHERE id = ?').run(id);
    tx.audit({
      action: 'photo.remove',
      entityType: 'photo',
      entityId: id,
      changes: diffFields({ ...linkOf(photo), sha256: photo.sha256 }, null),
    });
  });
}
