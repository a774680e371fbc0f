import type { PhotoRole } from '../../../shared/domain/object';
import type { WriteTx } from '../audit/write';
import type { Derivative, ExifSummary, ImageInfo } from '../images';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';

/** A photo of a seized object as the app shows it: the link, the stored file, what it says. */
export interface PhotoView {
  id: string;
  objectId: string;
  attachmentId: string;
  role: PhotoRole;
  caption: string;
  /** Order among the object's photos; the first is the object's cover. */
  position: number;
  createdAt: string;
  sha256: string;
  size: number;
  originalName: string;
  mediaType: string;
  /** Pixel size as displayed (EXIF orientation applied); null when the file was never read. */
  width: number | null;
  height: number | null;
  /** From EXIF: when the camera says it was taken ("YYYY-MM-DDTHH:mm:ss", offset if recorded). */
  takenAt: string | null;
  /** Camera make and model. */
  camera: string | null;
  gps: { lat: number; lon: number; altitude?: number } | null;
}

/** The photo link itself, as audited. */
export interface PhotoLink {
  objectId: string;
  attachmentId: string;
  role: PhotoRole;
  caption: string;
  position: number;
}

interface PhotoRow {
  id: string;
  object_id: string;
  attachment_id: string;
  role: string;
  caption: string;
  position: number;
  created_at: string;
  sha256: string;
  size: number;
  original_name: string;
  media_type: string;
  info: string | null;
}

const SELECT_PHOTO = `
  SELECT p.id, p.object_id, p.attachment_id, p.role, p.caption, p.position, p.created_at,
         b.sha256, a.size, a.original_name, a.media_type, i.info
  FROM object_photo p
  JOIN attachment a ON a.id = p.attachment_id
  JOIN blob b ON b.id = a.blob_id
  LEFT JOIN image_info i ON i.blob_id = a.blob_id`;

function toView(r: PhotoRow): PhotoView {
  const info = r.info === null ? null : (JSON.parse(r.info) as ImageInfo);
  const exif: ExifSummary = info?.exif ?? {};
  const camera = [exif.make, exif.model].filter((s) => s !== undefined);
  // Many cameras repeat the make in the model ("Canon" / "Canon EOS R5").
  if (camera.length === 2 && camera[1]!.startsWith(camera[0]!)) camera.shift();
  return {
    id: r.id,
    objectId: r.object_id,
    attachmentId: r.attachment_id,
    role: r.role as PhotoRole,
    caption: r.caption,
    position: r.position,
    createdAt: r.created_at,
    sha256: r.sha256,
    size: r.size,
    originalName: r.original_name,
    mediaType: r.media_type,
    width: info?.width ?? null,
    height: info?.height ?? null,
    takenAt: exif.takenAt ?? null,
    camera: camera.length > 0 ? camera.join(' ') : null,
    gps: exif.gps ?? null,
  };
}

export function photoViews(db: Sqlite, objectId: string): PhotoView[] {
  return (
    db
      .prepare(`${SELECT_PHOTO} WHERE p.object_id = ? ORDER BY p.position, p.created_at, p.id`)
      .all(objectId) as PhotoRow[]
  ).map(toView);
}

export function requirePhoto(db: Sqlite, id: string): PhotoView {
  const row = db.prepare(`${SELECT_PHOTO} WHERE p.id = ?`).get(id) as PhotoRow | undefined;
  if (!row) {
    throw new CaseFileError(CaseFileErrorCode.NotFound, `There is no photo ${id}.`, {
      entity: 'photo',
      id,
    });
  }
  return toView(row);
}

export function linkOf(p: PhotoView): PhotoLink {
  return {
    objectId: p.objectId,
    attachmentId: p.attachmentId,
    role: p.role,
    caption: p.caption,
    position: p.position,
  };
}

export function requireObject(db: Sqlite, objectId: string): void {
  if (!db.prepare('SELECT 1 FROM seized_object WHERE id = ?').get(objectId)) {
    throw new CaseFileError(CaseFileErrorCode.NotFound, `There is no object ${objectId}.`, {
      entity: 'object',
      id: objectId,
    });
  }
}

/** Refuses a second copy of the same file (by content) on one object. */
export function refuseDuplicate(db: Sqlite, objectId: string, sha256: string, name: string): void {
  const existing = db
    .prepare(
      `SELECT p.id FROM object_photo p JOIN attachment a ON a.id = p.attachment_id
       JOIN blob b ON b.id = a.blob_id WHERE p.object_id = ? AND b.sha256 = ?`,
    )
    .pluck()
    .get(objectId, sha256) as string | undefined;
  if (existing) {
    throw new CaseFileError(
      CaseFileErrorCode.AlreadyExists,
      `The object already has this photo (${name} has the same content as one of its photos). Nothing was saved.`,
      { photoId: existing, sha256 },
    );
  }
}

export function blobIdOf(db: Sqlite, attachmentId: string): number {
  const blobId = db
    .prepare('SELECT blob_id FROM attachment WHERE id = ?')
    .pluck()
    .get(attachmentId) as number | undefined;
  if (blobId === undefined) {
    throw new CaseFileError(CaseFileErrorCode.NotFound, `There is no attachment ${attachmentId}.`);
  }
  return blobId;
}

export type DerivativeKind = 'thumb' | 'preview' | 'print';

export interface StoredDerivative {
  mediaType: string;
  width: number;
  height: number;
  data: Buffer;
}

export function storedDerivative(
  db: Sqlite,
  blobId: number,
  kind: DerivativeKind,
): StoredDerivative | null {
  const row = db
    .prepare(
      'SELECT media_type, width, height, data FROM image_derivative WHERE blob_id = ? AND kind = ?',
    )
    .get(blobId, kind) as
    { media_type: string; width: number; height: number; data: Buffer } | undefined;
  return row
    ? { mediaType: row.media_type, width: row.width, height: row.height, data: row.data }
    : null;
}

export function storedInfo(db: Sqlite, blobId: number): ImageInfo | null {
  const info = db.prepare('SELECT info FROM image_info WHERE blob_id = ?').pluck().get(blobId) as
    string | undefined;
  return info === undefined ? null : (JSON.parse(info) as ImageInfo);
}

export function hasImageCache(db: Sqlite, blobId: number): boolean {
  const n = db
    .prepare(
      `SELECT (SELECT count(*) FROM image_info WHERE blob_id = @b)
            + (SELECT count(*) FROM image_derivative WHERE blob_id = @b)`,
    )
    .pluck()
    .get({ b: blobId }) as number;
  return n >= 3;
}

export interface ImageCache {
  info: ImageInfo;
  thumb: Derivative;
  preview: Derivative;
  /** The print derivative for reports (made on ingest; older photos get it on their first report). */
  print?: Derivative;
}

const size = (d: { width: number; height: number; mediaType: string }) =>
  `${d.width}×${d.height} ${d.mediaType}`;

/**
 * Keeps what was read from a stored file and the images derived from it, once per content. A
 * cache, but written into the case file like everything else, so it is audited ("image.derive"):
 * the audit log then accounts for every row of the database.
 */
export function storeImageCache(
  tx: WriteTx,
  attachmentId: string,
  blobId: number,
  cache: ImageCache,
): void {
  const changes: Record<string, { before: null; after: unknown }> = {};
  const info = tx.db
    .prepare('INSERT OR IGNORE INTO image_info (blob_id, info) VALUES (?, ?)')
    .run(blobId, JSON.stringify(cache.info));
  if (info.changes > 0) {
    changes['info'] = {
      before: null,
      after: `${cache.info.format} ${cache.info.width}×${cache.info.height}`,
    };
  }
  const insert = tx.db.prepare(
    `INSERT OR IGNORE INTO image_derivative (blob_id, kind, media_type, width, height, data)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const kind of ['thumb', 'preview', 'print'] as const) {
    const d = cache[kind];
    if (!d) continue;
    if (insert.run(blobId, kind, d.mediaType, d.width, d.height, d.bytes).changes > 0) {
      changes[kind] = { before: null, after: size(d) };
    }
  }
  if (Object.keys(changes).length === 0) return;
  const sha256 = tx.db.prepare('SELECT sha256 FROM blob WHERE id = ?').pluck().get(blobId);
  tx.audit({
    action: 'image.derive',
    entityType: 'attachment',
    entityId: attachmentId,
    changes: { sha256: { before: null, after: sha256 }, ...changes },
  });
}
