import { z } from 'zod';
import { Id, Line } from '../domain/common';
import { PhotoRole } from '../domain/object';
import { SearchRequest, SearchResults } from '../domain/search-views';
import { channel } from './define';

/** A file chosen with dialog:open-images: a full path (POSIX, drive letter or UNC). */
const PickedFile = z
  .string()
  .min(2)
  .max(4096)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'not a full path');

export const PhotoView = z.object({
  id: Id,
  objectId: Id,
  attachmentId: Id,
  role: PhotoRole,
  caption: z.string(),
  /** Order among the object's photos, 0 first (the object's cover). */
  position: z.number().int().min(0),
  createdAt: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(0),
  originalName: z.string(),
  mediaType: z.string(),
  /** As displayed (EXIF orientation applied); null when the file was never read as an image. */
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  /** From EXIF, in the camera's clock ("2024-05-17T10:42:00", "+02:00" when recorded). */
  takenAt: z.string().nullable(),
  camera: z.string().nullable(),
  gps: z.object({ lat: z.number(), lon: z.number(), altitude: z.number().optional() }).nullable(),
});
export type PhotoView = z.infer<typeof PhotoView>;

export const PhotoImage = z.object({
  mediaType: z.string(),
  dataUrl: z.string().startsWith('data:image/'),
  width: z.number().int().min(1),
  height: z.number().int().min(1),
  /** The stored file itself; false when its preview stands in (too large, or not displayable). */
  original: z.boolean(),
});
export type PhotoImage = z.infer<typeof PhotoImage>;

export const photoSearchContract = {
  'photo:add': channel(
    z
      .object({
        objectId: Id,
        path: PickedFile,
        role: PhotoRole.optional(),
        caption: Line.optional(),
      })
      .strict(),
    PhotoView,
  ),
  'photo:list': channel(z.object({ objectId: Id }).strict(), z.array(PhotoView)),
  'photo:update': channel(
    z.object({ id: Id, role: PhotoRole.optional(), caption: Line.optional() }).strict(),
    PhotoView,
  ),
  /** Answers the object's photos in their new order. */
  'photo:move': channel(
    z.object({ id: Id, position: z.number().int().min(0).max(100_000) }).strict(),
    z.array(PhotoView),
  ),
  /** Unlinks the photo from its object; the stored file stays in the case file. */
  'photo:remove': channel(z.object({ id: Id }).strict(), z.object({ removed: z.literal(true) })),
  'photo:image': channel(
    z.object({ attachmentId: Id, size: z.enum(['thumb', 'preview', 'original']) }).strict(),
    PhotoImage,
  ),

  'search:all': channel(SearchRequest, SearchResults),
};
