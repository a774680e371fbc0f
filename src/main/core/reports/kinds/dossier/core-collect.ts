import { createHash } from 'node:crypto';
import type { CaseRecord } from '../../../../../shared/domain/case';
import type { ObjectRecord } from '../../../../../shared/domain/object';
import { partyDisplayName, type PartyRecord } from '../../../../../shared/domain/party';
import type { SeizureRecord } from '../../../../../shared/domain/seizure';
import { readBlobChunks } from '../../../attachments/attachment-read';
import { verifyAuditChain } from '../../../audit/audit-verify';
import type { CaseFileSession } from '../../../case-file/session';
import { documentViews } from '../../../documents/document-store';
import { custodyOfObject } from '../../../objects/custody';
import { checksOf } from '../../../objects/external-checks';
import { legalStatusHistory } from '../../../objects/legal-status';
import { displayTitle, objectSpec, SEIZURE_SPEC } from '../../../objects/object-specs';
import { PARTY_SPEC } from '../../../parties/party-store';
import { getRecord, listRecords, requireRecord } from '../../../records/record-store';
import type { Sqlite } from '../../../store/sqlite';
import type { ResolvedDisclosure } from '../../engine/disclosure';
import type { PhotoRequest } from '../../engine/model';
import { collectObjectSheet, vocabLabel } from '../shared/object-data';
import type {
  AuditData,
  Coded,
  DocumentRow,
  ObjectEntry,
  PartiesData,
  PartyRow,
  SeizureData,
  SummaryData,
} from './core-types';

/**
 * The dossier's own sections, collect side (read-only): summary, parties, seizures, object
 * catalogue, documents annex and audit statement, each with the disclosure applied.
 */

/** Photos printed per object in the catalogue, and their size (half the page width, ≈ 250 dpi). */
export const DOSSIER_PHOTOS_PER_OBJECT = 4;
export const DOSSIER_PHOTO_PX = 700;

const coded = (db: Sqlite, kind: string, code: string): Coded => ({
  code,
  label: vocabLabel(db, kind, code),
});

const count = (db: Sqlite, sql: string, caseId: string): number =>
  db.prepare(sql).pluck().get(caseId) as number;

/** The case's objects that the dossier prints, in exhibit order (E-2 before E-10). */
export function disclosedObjects(db: Sqlite, caseId: string, d: ResolvedDisclosure): string[] {
  const ids = db
    .prepare('SELECT id FROM seized_object WHERE case_id = ? ORDER BY exhibit_sort, id')
    .pluck()
    .all(caseId) as string[];
  return ids.filter((id) => d.objects.has(id));
}

export function collectSummary(db: Sqlite, kase: CaseRecord, d: ResolvedDisclosure): SummaryData {
  const c = (sql: string) => count(db, sql, kase.id);
  const objects = c('SELECT count(*) FROM seized_object WHERE case_id = ?');
  const parties = c('SELECT count(DISTINCT party_id) FROM case_party WHERE case_id = ?');
  const documents = c('SELECT count(*) FROM document WHERE case_id = ?');
  const seizures = c('SELECT count(*) FROM seizure WHERE case_id = ?');
  return {
    summary: kase.summary,
    offences: kase.offences.map((o) => coded(db, 'offence_type', o)),
    status: kase.status,
    openedOn: kase.openedOn,
    closedOn: kase.closedOn,
    jurisdiction: kase.jurisdiction,
    unit: kase.unit,
    leadInvestigator: kase.leadInvestigator,
    prosecutor: kase.prosecutor,
    prosecutionReference: kase.prosecutionReference,
    counts: {
      objects: { shown: d.objects.size, withheld: objects - d.objects.size },
      parties: { shown: d.parties.size, withheld: parties - d.parties.size },
      seizures: { shown: seizures, withheld: 0 },
      documents: { shown: d.documents.size, withheld: documents - d.documents.size },
    },
  };
}

export function collectParties(db: Sqlite, caseId: string, d: ResolvedDisclosure): PartiesData {
  const links = db
    .prepare(
      'SELECT party_id, role, note FROM case_party WHERE case_id = ? ORDER BY created_at, id',
    )
    .all(caseId) as Array<{ party_id: string; role: string; note: string }>;
  const order: string[] = [];
  const roles = new Map<string, PartyRow['roles']>();
  for (const l of links) {
    if (!d.parties.has(l.party_id)) continue;
    if (!roles.has(l.party_id)) {
      order.push(l.party_id);
      roles.set(l.party_id, []);
    }
    roles.get(l.party_id)!.push({ ...coded(db, 'party_role', l.role), note: l.note });
  }
  const rows = order.map((id): PartyRow => {
    const p = requireRecord<PartyRecord>(db, PARTY_SPEC, id);
    const common = {
      name: partyDisplayName(p),
      roles: roles.get(id)!,
      aliases: [...p.aliases],
    };
    if (p.kind === 'organisation') {
      return {
        ...common,
        kind: 'organisation',
        organisationType: coded(db, 'organisation_type', p.organisationType),
        nationalities: [],
        dateOfBirth: null,
        placeOfBirth: '',
        identityDocuments: [],
        registrationNumber: p.registrationNumber,
        jurisdiction: p.jurisdiction,
      };
    }
    return {
      ...common,
      kind: 'person',
      organisationType: null,
      nationalities: [...p.nationalities],
      dateOfBirth: p.dateOfBirth,
      placeOfBirth: p.placeOfBirth,
      identityDocuments: p.identityDocuments.map((i) => ({
        type: coded(db, 'identity_document', i.type),
        number: i.number,
        country: i.issuingCountry,
      })),
      registrationNumber: '',
      jurisdiction: null,
    };
  });
  const all = count(
    db,
    'SELECT count(DISTINCT party_id) FROM case_party WHERE case_id = ?',
    caseId,
  );
  return {
    rows,
    withheld: all - d.parties.size - d.protectedExcluded.length,
    protectedLeftOut: d.protectedExcluded.length,
  };
}

/** A party named on a form: its name, or null when it is a party this dossier withholds. */
function refName(
  db: Sqlite,
  caseParties: ReadonlySet<string>,
  d: ResolvedDisclosure,
  ref: { partyId: string | null; name: string },
): string | null {
  if (ref.partyId === null) return ref.name;
  if (caseParties.has(ref.partyId) && !d.parties.has(ref.partyId)) return null;
  const p = getRecord<PartyRecord>(db, PARTY_SPEC, ref.partyId);
  return p ? partyDisplayName(p) : ref.name;
}

export function collectSeizures(db: Sqlite, caseId: string, d: ResolvedDisclosure): SeizureData[] {
  const caseParties = new Set(
    db.prepare('SELECT party_id FROM case_party WHERE case_id = ?').pluck().all(caseId) as string[],
  );
  const seizures = listRecords<SeizureRecord>(
    db,
    SEIZURE_SPEC,
    'case_id = ?',
    [caseId],
    'seized_at, id',
  );
  const objectsOf = db.prepare(
    'SELECT id FROM seized_object WHERE seizure_id = ? ORDER BY exhibit_sort, id',
  );
  return seizures.map((s) => {
    const ids = objectsOf.pluck().all(s.id) as string[];
    const shown = ids.filter((id) => d.objects.has(id));
    const decl = s.shipment?.declaration ?? null;
    return {
      reference: s.reference,
      seizedAt: s.seizedAt,
      place: { address: s.place.address, country: s.place.country },
      legalBasis: coded(db, 'legal_basis', s.legalBasis),
      legalBasisReference: s.legalBasisReference,
      authority: s.authority,
      officers: [...s.officers],
      witnesses: [...s.witnesses],
      holder: refName(db, caseParties, d, s.holder),
      holderPresent: s.holderPresent,
      sealNumbers: [...s.sealNumbers],
      receiptNumber: s.receiptIssued ? s.receiptNumber : '',
      carrier: s.shipment?.carrier ?? '',
      borderCrossing: s.shipment?.borderCrossingPoint ?? '',
      declaration:
        decl === null
          ? ''
          : [decl.number, decl.hsCode, decl.declaredDescription]
              .filter((x) => x !== '')
              .join(' · '),
      notes: s.notes,
      objects: shown.map((id) => {
        const o = requireRecord<ObjectRecord>(db, objectSpec(db), id);
        return { exhibitNumber: o.exhibitNumber, displayTitle: displayTitle(db, o) };
      }),
      objectsWithheld: ids.length - shown.length,
    };
  });
}

export function collectObjects(
  session: CaseFileSession,
  caseId: string,
  d: ResolvedDisclosure,
): { entries: ObjectEntry[]; photos: PhotoRequest[] } {
  const db = session.db;
  const photos: PhotoRequest[] = [];
  const entries = disclosedObjects(db, caseId, d).map((id, i): ObjectEntry => {
    const o = requireRecord<ObjectRecord>(db, objectSpec(db), id);
    const sheet = collectObjectSheet(session, id, {
      keyPrefix: `dossier-object-${i + 1}`,
      maxPhotos: DOSSIER_PHOTOS_PER_OBJECT,
      photoPx: DOSSIER_PHOTO_PX,
    });
    photos.push(...sheet.photos);
    const custody = custodyOfObject(db, id).entries;
    const seqOf = new Map(custody.map((e) => [e.id, e.seq]));
    return {
      id,
      exhibitNumber: o.exhibitNumber,
      displayTitle: sheet.data.displayTitle,
      sheet: sheet.data,
      legal: {
        status: o.legalStatus,
        unesco1970: [...o.unesco1970],
        eu2019880Part: o.eu2019880Part,
        reg116Category:
          o.reg116Category === null ? null : coded(db, 'reg116_category', o.reg116Category),
        nationalTreasure: o.nationalTreasure,
        countryOfOrigin: o.countryOfOrigin,
        countryOfOriginCertainty: o.countryOfOriginCertainty,
        authenticity: o.authenticity,
        condition: { grade: o.condition.grade, note: o.condition.note },
        history: legalStatusHistory(db, id).map((h) => ({
          on: h.on,
          from: h.from,
          to: h.to,
          reference: h.reference,
          note: h.note,
        })),
      },
      valuation:
        o.valuation === null
          ? null
          : {
              amount: o.valuation.value.amount,
              currency: o.valuation.value.currency,
              basis: o.valuation.basis,
              valuer: o.valuation.valuer,
              on: o.valuation.on,
            },
      custody: custody.map((e) => ({
        seq: e.seq,
        at: e.at,
        action: e.action,
        from: e.from,
        to: e.to,
        location: e.location,
        sealCheck: e.sealCheck,
        newSealNumber: e.newSealNumber,
        recordedBy: e.recordedBy,
        correctedBySeq: e.correctedBy === null ? null : (seqOf.get(e.correctedBy) ?? null),
        correctsSeq: e.correctsEntryId === null ? null : (seqOf.get(e.correctsEntryId) ?? null),
      })),
      checks: checksOf(db, id).map((c) => ({
        database: coded(db, 'check_database', c.database),
        checkedOn: c.checkedOn,
        result: c.result,
        reference: c.reference,
        checkedBy: c.checkedBy,
      })),
    };
  });
  return { entries, photos };
}

/** The disclosed documents of the case (in the documents list's order) with their files. */
export function collectDocuments(
  db: Sqlite,
  caseId: string,
  d: ResolvedDisclosure,
): { rows: DocumentRow[]; attachmentIds: Array<string | null> } {
  const views = documentViews(db, caseId).filter((v) => d.documents.has(v.id));
  return {
    rows: views.map((v) => ({
      type: coded(db, 'document_type', v.type),
      title: v.title,
      number: v.number,
      issuedOn: v.issuedOn,
      file:
        v.file === null ? null : { name: v.file.name, sha256: v.file.sha256, size: v.file.size },
    })),
    attachmentIds: views.map((v) => v.attachmentId),
  };
}

/**
 * Re-reads a stored file and compares its SHA-256 with the digest recorded on ingest
 * (read-only: unlike the document check in the UI, this is not audited).
 */
function fileIntact(db: Sqlite, attachmentId: string): boolean {
  const blob = db
    .prepare(
      `SELECT b.id, b.sha256, b.size, b.chunk_count
       FROM attachment a JOIN blob b ON b.id = a.blob_id WHERE a.id = ?`,
    )
    .get(attachmentId) as { id: number; sha256: string; size: number; chunk_count: number };
  const hash = createHash('sha256');
  try {
    for (const chunk of readBlobChunks(db, blob)) hash.update(chunk);
  } catch {
    return false;
  }
  return hash.digest('hex') === blob.sha256;
}

export function collectAudit(
  session: CaseFileSession,
  caseId: string,
  d: ResolvedDisclosure,
): AuditData {
  const db = session.db;
  const report = verifyAuditChain(db, session.caseFileId);
  const { rows, attachmentIds } = collectDocuments(db, caseId, d);
  let ok = 0;
  const mismatched: string[] = [];
  let total = 0;
  rows.forEach((r, i) => {
    const attachmentId = attachmentIds[i];
    if (!r.file || !attachmentId) return;
    total += 1;
    if (fileIntact(db, attachmentId)) ok += 1;
    else mismatched.push(r.file.name);
  });
  return {
    caseFileId: session.caseFileId,
    chain: report.ok
      ? { ok: true, entries: report.entries, headHash: report.headHash }
      : { ok: false, entries: report.entries, brokenAt: report.brokenAt, reason: report.reason },
    files: { total, ok, mismatched },
  };
}
