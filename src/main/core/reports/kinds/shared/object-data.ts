import type { ObjectRecord } from '../../../../../shared/domain/object';
import type { CaseFileSession } from '../../../case-file/session';
import { displayTitle, objectSpec } from '../../../objects/object-specs';
import { photoViews } from '../../../photos/photo-store';
import { requireRecord } from '../../../records/record-store';
import type { Sqlite } from '../../../store/sqlite';
import type { PhotoRequest } from '../../engine/model';

/**
 * An object's Object ID description as printed (collect side: reads the case file). INTERPOL
 * sheets, custody forms and the dossier's object catalogue all print objects through this and
 * object-sheet.ts. Plain data only: what depends on the language (vocabulary and enum labels,
 * dates, countries) is kept as codes in `detail` and worded at print time.
 */

/** Object ID fields in the standard's order (REFERENCE §1.1), after the exhibit number. */
export const OBJECT_ID_FIELDS = [
  'exhibitNumber',
  'lotCount',
  'type',
  'materialsTechniques',
  'measurements',
  'inscriptions',
  'distinguishingFeatures',
  'title',
  'subject',
  'dating',
  'maker',
  'description',
  'placeOfOrigin',
] as const;
export type ObjectIdField = (typeof OBJECT_ID_FIELDS)[number];

/** The coded parts of the description, worded per language by the sheet. */
export interface ObjectSheetDetail {
  typeCode: string;
  /** The type's label as stored (printed when the vocabulary has no translation). */
  typeLabel: string;
  lotCount: number | null;
  measurements: Array<{ dimension: string; value: number; unit: string }>;
  inscriptions: Array<{ kind: string; text: string; position: string; script: string }>;
  dating: { earliest: number | null; latest: number | null; text: string };
  placeOfOrigin: { text: string; country: string | null };
}

export interface ObjectSheetData {
  objectId: string;
  exhibitNumber: string;
  /** The title as displayed (the object's title, or its type and exhibit number). */
  displayTitle: string;
  /**
   * Object ID fields as printable values, in the standard's order: [field key, value]. Values
   * are the recorded text (codes for the coded fields, which the sheet words from `detail`).
   */
  fields: Array<[string, string]>;
  /** Photos to print, by model image key, with captions (and the photo's role). */
  photos: Array<{ key: string; caption: string; role?: string }>;
  /** Photos the case file keeps beyond those printed. */
  morePhotos: number;
  detail?: ObjectSheetDetail;
}

export function vocabLabel(db: Sqlite, kind: string, code: string): string {
  return (
    (db
      .prepare('SELECT label FROM vocabulary WHERE kind = ? AND code = ?')
      .pluck()
      .get(kind, code) as string | undefined) ?? code
  );
}

function fieldValues(o: ObjectRecord, typeLabel: string): Array<[ObjectIdField, string]> {
  const years = [o.dating.earliest, o.dating.latest].filter((y) => y !== null).join('–');
  const values: Record<ObjectIdField, string> = {
    exhibitNumber: o.exhibitNumber,
    lotCount: o.lotCount === null ? '' : String(o.lotCount),
    type: typeLabel,
    materialsTechniques: [o.materials.join(', '), o.techniques.join(', ')]
      .filter((s) => s !== '')
      .join(' — '),
    measurements: o.measurements.map((m) => `${m.dimension} ${m.value} ${m.unit}`).join('; '),
    inscriptions: o.inscriptions.map((i) => i.text).join('; '),
    distinguishingFeatures: o.distinguishingFeatures,
    title: o.title,
    subject: o.subject,
    dating: [years, o.dating.text].filter((s) => s !== '').join(' — '),
    maker: o.maker,
    description: o.description,
    placeOfOrigin: [o.placeOfOrigin.text, o.placeOfOrigin.country ?? '']
      .filter((s) => s !== '')
      .join(', '),
  };
  return OBJECT_ID_FIELDS.filter((k) => k !== 'lotCount' || o.lotCount !== null).map((k) => [
    k,
    values[k],
  ]);
}

/**
 * Reads an object's Object ID description and its first `maxPhotos` photos (by position), each
 * to be prepared at `photoPx` under the key `${keyPrefix}-${i}`.
 */
export function collectObjectSheet(
  session: CaseFileSession,
  objectId: string,
  opts: { keyPrefix: string; maxPhotos: number; photoPx: number },
): { data: ObjectSheetData; photos: PhotoRequest[] } {
  const db = session.db;
  const o = requireRecord<ObjectRecord>(db, objectSpec(db), objectId);
  const typeCode = o.typeL2 ?? o.typeL1;
  const typeLabel = vocabLabel(db, 'object_type', typeCode);
  const all = photoViews(db, objectId);
  const printed = all.slice(0, Math.max(0, opts.maxPhotos));
  const photos: PhotoRequest[] = printed.map((p, i) => ({
    key: `${opts.keyPrefix}-${i}`,
    attachmentId: p.attachmentId,
    maxPx: opts.photoPx,
  }));
  return {
    data: {
      objectId,
      exhibitNumber: o.exhibitNumber,
      displayTitle: displayTitle(db, o),
      fields: fieldValues(o, typeLabel),
      photos: printed.map((p, i) => ({
        key: `${opts.keyPrefix}-${i}`,
        caption: p.caption,
        role: p.role,
      })),
      morePhotos: all.length - printed.length,
      detail: {
        typeCode,
        typeLabel,
        lotCount: o.lotCount,
        measurements: o.measurements.map((m) => ({ ...m })),
        inscriptions: o.inscriptions.map((i) => ({ ...i })),
        dating: { ...o.dating },
        placeOfOrigin: { text: o.placeOfOrigin.text, country: o.placeOfOrigin.country },
      },
    },
    photos,
  };
}
