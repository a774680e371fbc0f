import type { ObjectRecord } from '../../../../shared/domain/object';
import type { CustodyEntryView } from '../../../../shared/domain/object-views';
import type { PartyRecord } from '../../../../shared/domain/party';
import type { ReportParams } from '../../../../shared/domain/report';
import type { SeizureRecord } from '../../../../shared/domain/seizure';
import { displayTitle, objectSpec } from '../../objects/object-specs';
import { PARTY_SPEC } from '../../parties/party-store';
import { getRecord } from '../../records/record-store';
import type { Sqlite } from '../../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../../support/errors';
import type { ResolvedDisclosure } from '../engine/disclosure';
import type { ObjectLine, SeizureInfo } from './form-blocks';

/**
 * Reading for the forms (collect side: touches the case file): which objects a form prints,
 * an object's short description, a seizure as printed, and the names the disclosure withholds
 * from free-text lines (witnesses, custody hand-overs).
 */

export function refuse(path: string, message: string): CaseFileError {
  return new CaseFileError(CaseFileErrorCode.InvalidInput, message, {
    issues: [{ path, message }],
  });
}

export function vocabLabel(db: Sqlite, kind: string, code: string): string {
  return (
    (db
      .prepare('SELECT label FROM vocabulary WHERE kind = ? AND code = ?')
      .pluck()
      .get(kind, code) as string | undefined) ?? code
  );
}

/**
 * The objects a per-object form prints: `params.objectId` (which must be an object of the case
 * and disclosed), or every disclosed object of the case in exhibit order. None → refused.
 */
export function formObjects(
  db: Sqlite,
  params: ReportParams,
  disclosure: ResolvedDisclosure,
): ObjectRecord[] {
  const spec = objectSpec(db);
  if (params.objectId !== null) {
    const o = getRecord(db, spec, params.objectId);
    if (o === null || o.caseId !== params.caseId) {
      throw refuse('objectId', `object ${params.objectId} is not an object of this case`);
    }
    if (!disclosure.objects.has(o.id)) {
      throw refuse('objectId', `object ${o.exhibitNumber} is not disclosed in this report`);
    }
    return [o];
  }
  const ids = db
    .prepare('SELECT id FROM seized_object WHERE case_id = ? ORDER BY exhibit_sort, id')
    .pluck()
    .all(params.caseId) as string[];
  const objects = ids
    .filter((id) => disclosure.objects.has(id))
    .map((id) => getRecord(db, spec, id))
    .filter((o): o is ObjectRecord => o !== null);
  if (objects.length === 0) {
    throw refuse('objectId', 'the case has no disclosed object to print');
  }
  return objects;
}

export function objectLineOf(db: Sqlite, o: ObjectRecord): ObjectLine {
  const typeCode = o.typeL2 ?? o.typeL1;
  return {
    objectId: o.id,
    exhibitNumber: o.exhibitNumber,
    displayTitle: displayTitle(db, o),
    title: o.title,
    typeCode,
    typeLabel: vocabLabel(db, 'object_type', typeCode),
    materials: o.materials,
    measurements: o.measurements.map((m) => ({ ...m })),
    dating: { ...o.dating },
    lotCount: o.lotCount,
    legalStatus: o.legalStatus,
    condition: { ...o.condition },
  };
}

/**
 * Free text that may name a party the report does not disclose (a witness's name typed on the
 * seizure record, a custody hand-over): a test whether a line names one of them. Persons match
 * on family and given names both present in the line; organisations on their name.
 */
export function withheldNames(
  db: Sqlite,
  params: ReportParams,
  disclosure: ResolvedDisclosure,
): (text: string) => boolean {
  const ids = db
    .prepare('SELECT DISTINCT party_id FROM case_party WHERE case_id = ?')
    .pluck()
    .all(params.caseId) as string[];
  const patterns: string[][] = [];
  for (const id of ids) {
    if (disclosure.parties.has(id)) continue;
    const p = getRecord<PartyRecord>(db, PARTY_SPEC, id);
    if (p === null) continue;
    const parts =
      p.kind === 'organisation' ? [p.name] : [p.familyName, p.givenNames].filter((s) => s !== '');
    const usable = parts.map((s) => s.trim().toLocaleLowerCase()).filter((s) => s.length >= 3);
    if (usable.length > 0) patterns.push(usable);
  }
  return (text: string) => {
    const t = text.toLocaleLowerCase();
    return patterns.some((parts) => parts.every((part) => t.includes(part)));
  };
}

export function seizureInfoOf(
  db: Sqlite,
  s: SeizureRecord,
  hidden: (text: string) => boolean,
): SeizureInfo {
  return {
    id: s.id,
    reference: s.reference,
    seizedAt: s.seizedAt,
    address: s.place.address,
    country: s.place.country,
    legalBasis: s.legalBasis,
    legalBasisLabel: vocabLabel(db, 'legal_basis', s.legalBasis),
    legalBasisReference: s.legalBasisReference,
    authority: s.authority,
    officers: [...s.officers],
    witnesses: s.witnesses.map((w) => (hidden(w) ? null : w)),
    sealNumbers: [...s.sealNumbers],
    receiptNumber: s.receiptNumber,
  };
}

/** The entries that still count (not corrected), in the order recorded. */
export const effective = (entries: readonly CustodyEntryView[]): CustodyEntryView[] =>
  entries.filter((e) => e.correctedBy === null);

/** Seal numbers put on at the seizure (collection and packaging), in order, without repeats. */
export function seizureSeals(entries: readonly CustodyEntryView[]): string[] {
  const seals = effective(entries)
    .filter((e) => (e.action === 'collect' || e.action === 'package_seal') && e.newSealNumber)
    .map((e) => e.newSealNumber);
  return [...new Set(seals)];
}
