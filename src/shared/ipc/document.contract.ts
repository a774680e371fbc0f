import { z } from 'zod';
import { Id } from '../domain/common';
import { DocumentView, DocumentVerification } from '../domain/document';
import { channel } from './define';

/** Fields are checked in full by the core (DocumentFields); the contract checks the envelope. */
const Fields = z.record(z.string(), z.unknown());
const Version = z.number().int().min(1);
/** A file chosen with dialog:open-documents: a full path (POSIX, drive letter or UNC). */
const PickedFile = z
  .string()
  .min(2)
  .max(4096)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'not a full path');

export const documentContract = {
  'document:list': channel(
    z.object({ caseId: Id, objectId: Id.optional() }).strict(),
    z.array(DocumentView),
  ),
  'document:get': channel(z.object({ id: Id }).strict(), DocumentView),
  /** Stores the chosen file (hashed on ingest) and its description in one transaction. */
  'document:add': channel(
    z.object({ caseId: Id, path: PickedFile, fields: Fields }).strict(),
    DocumentView,
  ),
  /** A document known but not in hand (no file yet). */
  'document:record': channel(z.object({ caseId: Id, fields: Fields }).strict(), DocumentView),
  'document:update': channel(
    z.object({ id: Id, version: Version, fields: Fields }).strict(),
    DocumentView,
  ),
  /** Gives a recorded document its file, once. */
  'document:attach-file': channel(
    z.object({ id: Id, version: Version, path: PickedFile }).strict(),
    DocumentView,
  ),
  /** Re-reads the stored file and compares it with the SHA-256 taken on ingest. */
  'document:verify': channel(z.object({ id: Id }).strict(), DocumentVerification),
  /** The file for viewing: a data URL (PDF, image, text), or null when too large to show. */
  'document:content': channel(
    z.object({ id: Id }).strict(),
    z.object({ mediaType: z.string(), dataUrl: z.string().nullable(), text: z.string() }),
  ),
};
