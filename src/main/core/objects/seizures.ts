import { Id } from '../../../shared/domain/common';
import {
  OBJECT_LIST_MAX,
  type SeizureSummary,
  type SeizureView,
} from '../../../shared/domain/object-views';
import {
  SeizureFields,
  type SeizureFieldsInput,
  type SeizureRecord,
} from '../../../shared/domain/seizure';
import { write, type WriteTx } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { CASE_SPEC } from '../cases/cases';
import {
  getRecord,
  insertRecord,
  newMeta,
  requireRecord,
  updateRecord,
} from '../records/record-store';
import { indexForSearch, searchText } from '../search/search-index';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';
import { queryObjects } from './object-list';
import { SEIZURE_SPEC } from './object-specs';
import { requireChoice, requireParty, UpdateInput } from './references';

/** Seizures: when, where, on what legal basis and from whom objects were taken (§6.2). */
const WHAT = 'seizure';

function checkFields(db: Sqlite, input: unknown, previous: SeizureRecord | null): SeizureFields {
  const fields = parseInput(SeizureFields, input, WHAT);
  requireChoice(db, 'legal_basis', fields.legalBasis, 'legalBasis', previous?.legalBasis);
  requireParty(db, fields.holder.partyId, 'holder.partyId', WHAT);
  if (fields.shipment) {
    requireParty(db, fields.shipment.consignor.partyId, 'shipment.consignor.partyId', WHAT);
    requireParty(db, fields.shipment.consignee.partyId, 'shipment.consignee.partyId', WHAT);
  }
  return fields;
}

function refuseDuplicate(db: Sqlite, caseId: string, reference: string, id: string | null): void {
  const other = db
    .prepare('SELECT id FROM seizure WHERE case_id = ? AND reference = ? AND id IS NOT ?')
    .get(caseId, reference, id);
  if (other) {
    throw new CaseFileError(
      CaseFileErrorCode.AlreadyExists,
      `This case already has a seizure with the record number "${reference}". Nothing was saved.`,
      { entity: 'seizure', field: 'reference', reference },
    );
  }
}

export function indexSeizure(tx: WriteTx, s: SeizureRecord): void {
  const shipment = s.shipment;
  const declaration = shipment?.declaration;
  indexForSearch(tx.db, {
    kind: 'seizure',
    entityId: s.id,
    caseId: s.caseId,
    title: s.reference,
    body: searchText(
      s.place.address,
      s.authority,
      s.legalBasisReference,
      s.officers,
      s.witnesses,
      s.holder.name,
      s.sealNumbers,
      s.receiptNumber,
      s.notes,
      shipment?.carrier,
      shipment?.consignor.name,
      shipment?.consignee.name,
      shipment?.borderCrossingPoint,
      shipment?.routeLegs.flatMap((l) => [l.from, l.to]),
      shipment?.transportDocuments.map((d) => d.number),
      declaration?.number,
      declaration?.hsCode,
      declaration?.declaredDescription,
      declaration?.declaredOrigin,
    ),
  });
}

export function createSeizure(
  session: CaseFileSession,
  caseId: string,
  input: SeizureFieldsInput,
): SeizureRecord {
  const id = parseInput(Id, caseId, 'case id');
  return write(session, (tx) => {
    requireRecord(tx.db, CASE_SPEC, id);
    const fields = checkFields(tx.db, input, null);
    refuseDuplicate(tx.db, id, fields.reference, null);
    const record: SeizureRecord = { ...fields, caseId: id, ...newMeta(tx) };
    insertRecord(tx, SEIZURE_SPEC, record);
    indexSeizure(tx, record);
    return record;
  });
}

export function updateSeizure(
  session: CaseFileSession,
  input: { id: string; version: number; fields: SeizureFieldsInput },
): SeizureRecord {
  const { id, version, fields: raw } = parseInput(UpdateInput, input, 'seizure change');
  return write(session, (tx) => {
    const current = requireRecord(tx.db, SEIZURE_SPEC, id);
    const fields = checkFields(tx.db, raw, current);
    refuseDuplicate(tx.db, current.caseId, fields.reference, id);
    const next = updateRecord(tx, SEIZURE_SPEC, id, version, (c) => ({
      ...fields,
      caseId: c.caseId,
    }));
    if (next.version !== version) indexSeizure(tx, next);
    return next;
  });
}

interface SummaryRow {
  id: string;
  data: string;
  version: number;
  objects: number;
  items: number | null;
}

function toSummary(r: SummaryRow): SeizureSummary {
  const s = JSON.parse(r.data) as Omit<SeizureRecord, 'id' | 'version'>;
  return {
    id: r.id,
    caseId: s.caseId,
    reference: s.reference,
    seizedAt: s.seizedAt,
    place: s.place.address,
    legalBasis: s.legalBasis,
    authority: s.authority,
    objectCount: r.objects,
    itemCount: r.items ?? 0,
    version: r.version,
  };
}

// Items described out of a lot of the same seizure are already counted in the lot's lotCount.
const SUMMARY_SQL = `SELECT s.id, s.data, s.version,
    (SELECT count(*) FROM seized_object o WHERE o.seizure_id = s.id) AS objects,
    (SELECT sum(coalesce(json_extract(o.data, '$.lotCount'), 1)) FROM seized_object o
      WHERE o.seizure_id = s.id AND (o.lot_id IS NULL OR NOT EXISTS (
        SELECT 1 FROM seized_object l WHERE l.id = o.lot_id AND l.seizure_id = s.id
      ))) AS items
  FROM seizure s`;

export function seizureSummary(db: Sqlite, id: string): SeizureSummary | null {
  const row = db.prepare(`${SUMMARY_SQL} WHERE s.id = ?`).get(id) as SummaryRow | undefined;
  return row ? toSummary(row) : null;
}

/** The seizures of a case, in the order they took place, with their object counts. */
export function listSeizures(session: CaseFileSession, caseId: string): SeizureSummary[] {
  const id = parseInput(Id, caseId, 'case id');
  requireRecord(session.db, CASE_SPEC, id);
  const rows = session.db
    .prepare(`${SUMMARY_SQL} WHERE s.case_id = ? ORDER BY s.seized_at, s.reference`)
    .all(id) as SummaryRow[];
  return rows.map(toSummary);
}

export function getSeizureRecord(db: Sqlite, id: string): SeizureRecord | null {
  return getRecord(db, SEIZURE_SPEC, id);
}

/** A seizure with (the first page of) its objects in exhibit order. */
export function getSeizure(session: CaseFileSession, seizureId: string): SeizureView {
  const id = parseInput(Id, seizureId, 'seizure id');
  const record = requireRecord(session.db, SEIZURE_SPEC, id);
  const objects = queryObjects(session.db, {
    caseId: record.caseId,
    limit: OBJECT_LIST_MAX,
    filters: { seizureId: id },
  });
  return { record, objects };
}
