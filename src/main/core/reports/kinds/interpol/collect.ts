import { checksOf } from '../../../objects/external-checks';
import { getSeizureRecord } from '../../../objects/seizures';
import { eventsOf } from '../../../provenance/specs';
import { CASE_SPEC } from '../../../cases/cases';
import { requireRecord } from '../../../records/record-store';
import type { PhotoRequest } from '../../engine/model';
import type { ReportCollector } from '../collect-context';
import { formObjects, objectLineOf, vocabLabel } from '../form-collect';
import { collectObjectSheet } from '../shared/object-data';
import type { InterpolBody, InterpolSheet } from './body';

/** Photos per sheet, and their longer side in pixels for print. */
const MAX_PHOTOS = 6;
const PHOTO_PX = 900;

/**
 * The INTERPOL stolen cultural property sheet (REFERENCE §1.2, §5.4): per disclosed object (or
 * the one chosen), its Object ID description and photos, the circumstances of its theft and its
 * seizure, and the database checks run on it. INTERPOL's database holds no personal data, so no
 * party is named: not the holder, not the officers, not the thief.
 */
export const collectInterpol: ReportCollector<InterpolBody> = (session, params, disclosure) => {
  const { db } = session;
  const kase = requireRecord(db, CASE_SPEC, params.caseId);
  const objects = formObjects(db, params, disclosure);
  const photos: PhotoRequest[] = [];
  const sheets: InterpolSheet[] = objects.map((o, i) => {
    const line = objectLineOf(db, o);
    const sheet = collectObjectSheet(session, o.id, {
      keyPrefix: `interpol-${i + 1}`,
      maxPhotos: MAX_PHOTOS,
      photoPx: PHOTO_PX,
    });
    photos.push(...sheet.photos);
    const s = o.seizureId ? getSeizureRecord(db, o.seizureId) : null;
    return {
      exhibitNumber: o.exhibitNumber,
      displayTitle: line.displayTitle,
      typeCode: line.typeCode,
      typeLabel: line.typeLabel,
      object: sheet.data,
      seizure:
        s === null
          ? null
          : {
              reference: s.reference,
              seizedAt: s.seizedAt,
              address: s.place.address,
              country: s.place.country,
              authority: s.authority,
              legalBasis: s.legalBasis,
              legalBasisLabel: vocabLabel(db, 'legal_basis', s.legalBasis),
              legalBasisReference: s.legalBasisReference,
            },
      thefts: eventsOf(db, o.id)
        .filter((e) => e.type === 'theft' || e.type === 'looting')
        .map((e) => ({
          type: e.type as 'theft' | 'looting',
          date: e.date,
          address: e.place.address,
          country: e.place.country,
        })),
      checks: checksOf(db, o.id).map((c) => ({
        database: c.database,
        databaseLabel: vocabLabel(db, 'check_database', c.database),
        checkedOn: c.checkedOn,
        result: c.result,
        reference: c.reference,
      })),
    };
  });
  return { kind: params.kind, body: { sheets, contact: kase.leadInvestigator }, photos };
};
