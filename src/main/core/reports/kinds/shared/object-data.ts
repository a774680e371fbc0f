import type { CaseFileSession } from '../../../case-file/session';
import type { PhotoRequest } from '../../engine/model';

/**
 * An object's Object ID description as printed (collect side: reads the case file).
 * STUB (issue #9 foundation; owner: the dossier helper). INTERPOL sheets, custody forms and the
 * dossier's object catalogue all print objects through this and object-sheet.ts.
 */
export interface ObjectSheetData {
  objectId: string;
  exhibitNumber: string;
  /** The title as displayed (the object's title, or its type and exhibit number). */
  displayTitle: string;
  /** Object ID fields as printable values, in the standard's order: [field key, value]. */
  fields: Array<[string, string]>;
  /** Photos to print, by model image key, with captions. */
  photos: Array<{ key: string; caption: string }>;
  /** Photos the case file keeps beyond those printed. */
  morePhotos: number;
}

export function collectObjectSheet(
  _session: CaseFileSession,
  objectId: string,
  _opts: { keyPrefix: string; maxPhotos: number; photoPx: number },
): { data: ObjectSheetData; photos: PhotoRequest[] } {
  return {
    data: { objectId, exhibitNumber: '', displayTitle: '', fields: [], photos: [], morePhotos: 0 },
    photos: [],
  };
}
