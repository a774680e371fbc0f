import { Id } from '../../../shared/domain/common';
import type { DocumentRecord } from '../../../shared/domain/document';
import type { CustodyFieldsInput } from '../../../shared/domain/object';
import type { ProvenanceEventRecord } from '../../../shared/domain/provenance';
import type { PartyRef, SeizureRecord } from '../../../shared/domain/seizure';
import { isUnknown, type TimeSpan } from '../../../shared/domain/time-span';
import type { Timeline, TimelineItem, TimelineKind } from '../../../shared/domain/timeline';
import { compareForOrder } from '../../../shared/provenance/span-compare';
import type { CaseFileSession } from '../case-file/session';
import { CASE_SPEC } from '../cases/cases';
import { SEIZURE_SPEC, shortText } from '../objects/object-specs';
import { listRecords, requireRecord, type RecordSpec } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { parseInput } from '../support/validate';
import { partyIdsOf, partyNamesOf } from './chain';
import { CLAIM_SPEC, EVENT_SPEC } from './specs';

/**
 * The case's timeline: everything dated in the case on one axis, each item with its four-point
 * span (so uncertain dates are drawn as ranges) and the objects and parties it concerns (so the
 * screen can filter). Sources:
 *
 * - provenance events (their span);
 * - seizures (the day of `seizedAt`, as written on the record);
 * - custody entries (the day of `at`); an entry later corrected is left out, its correction
 *   stands for it (the custody log itself still shows both);
 * - documents: the issue date (a year or a month is a range), or else a web capture's day;
 * - ownership claims (their span);
 * - the case's status changes (`on`).
 *
 * Items whose date is wholly unknown (an event or a claim without a date, a document with no
 * issue date) are left out: there is nowhere to put them on an axis; the chain and the document
 * list still show them. Labels carry names and numbers only; the kind and `type` code are
 * translated by the screen, so no English word is baked in here.
 */

/** The day of a form date-time as written ("2026-02-10T06:30+01:00" → 2026-02-10). */
function daySpan(text: string): TimeSpan {
  const day = text.slice(0, 10);
  return { text, botb: day, eotb: day, bote: day, eote: day };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2024" → the whole year, "2024-03" → the whole month, "2024-03-12" → that day. */
export function partialDateSpan(text: string): TimeSpan {
  const [y, m, d] = text.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (d !== undefined) return daySpan(text);
  const first = `${y}-${pad(m ?? 1)}-01`;
  const lastMonth = m ?? 12;
  const lastDay = new Date(Date.UTC(y, lastMonth, 0)).getUTCDate();
  const last = `${y}-${pad(lastMonth)}-${pad(lastDay)}`;
  return { text, botb: first, eotb: last, bote: first, eote: last };
}

/** A range rather than one known day. */
const isUncertain = (s: TimeSpan): boolean =>
  s.botb === null || !(s.botb === s.eotb && s.eotb === s.bote && s.bote === s.eote);

const KIND_ORDER: Record<TimelineKind, number> = {
  provenance: 0,
  claim: 1,
  document: 2,
  seizure: 3,
  custody: 4,
  payment: 5,
  case_status: 6,
};

const join = (parts: ReadonlyArray<string | null | undefined>, sep = ' · '): string =>
  parts.filter((p): p is string => !!p && p.trim() !== '').join(sep);

function all<R extends { id: string; version: number; createdAt: string; updatedAt: string }>(
  db: Sqlite,
  spec: RecordSpec<R>,
  caseId: string,
): R[] {
  return listRecords(db, spec, 'case_id = ?', [caseId]);
}

export function timelineOf(db: Sqlite, caseId: string): Timeline {
  requireRecord(db, CASE_SPEC, caseId);

  const objectRows = db
    .prepare(
      'SELECT id, seizure_id, exhibit_number, title FROM seized_object WHERE case_id = ? ORDER BY exhibit_sort, id',
    )
    .all(caseId) as Array<{
    id: string;
    seizure_id: string | null;
    exhibit_number: string;
    title: string;
  }>;
  const exhibit = new Map(objectRows.map((o) => [o.id, o.exhibit_number]));

  const events = all(db, EVENT_SPEC, caseId);
  const claims = all(db, CLAIM_SPEC, caseId);
  const seizures = all(db, SEIZURE_SPEC, caseId);
  const documents = listRecords<DocumentRecord>(
    db,
    { table: 'document', entity: 'document', columns: () => ({}) },
    'case_id = ?',
    [caseId],
  );

  const refs: PartyRef[] = [
    ...events.flatMap((e) => [e.fromParty, e.toParty, e.agent]),
    ...claims.map((c) => c.claimant),
    ...seizures.flatMap((s) => [
      s.holder,
      ...(s.shipment ? [s.shipment.consignor, s.shipment.consignee] : []),
    ]),
    ...documents.map((d) => d.issuer),
  ];
  const names = partyNamesOf(db, partyIdsOf(refs));
  const nameOf = (ref: PartyRef): string =>
    (ref.partyId !== null ? names[ref.partyId] : undefined) ?? ref.name;

  const items: TimelineItem[] = [];
  const add = (item: Omit<TimelineItem, 'uncertain'>): void => {
    if (isUnknown(item.span)) return;
    items.push({ ...item, uncertain: isUncertain(item.span) });
  };

  for (const e of events) add(eventItem(e, exhibit.get(e.objectId), nameOf));

  for (const c of claims) {
    add({
      id: c.id,
      kind: 'claim',
      type: c.status,
      label: join([exhibit.get(c.objectId), nameOf(c.claimant)]),
      span: c.span,
      objectIds: [c.objectId],
      partyIds: partyIdsOf([c.claimant]),
    });
  }

  for (const d of documents) add(documentItem(d, nameOf, exhibit));

  for (const s of seizures) add(seizureItem(s, objectRows, nameOf));

  // Payments (the financial issue) plug in here: one item per payment, kind 'payment', its
  // value date as a day span, the objects it paid for and the payer and payee as parties.

  const custody = db
    .prepare(
      `SELECT c.id, c.object_id, c.action, c.at, c.corrects_id, c.data FROM custody_entry c
       JOIN seized_object o ON o.id = c.object_id WHERE o.case_id = ? ORDER BY c.object_id, c.seq`,
    )
    .all(caseId) as Array<{
    id: string;
    object_id: string;
    action: string;
    at: string;
    corrects_id: string | null;
    data: string;
  }>;
  const corrected = new Set(custody.flatMap((c) => (c.corrects_id ? [c.corrects_id] : [])));
  for (const c of custody) {
    if (corrected.has(c.id)) continue;
    const f = JSON.parse(c.data) as CustodyFieldsInput;
    add({
      id: c.id,
      kind: 'custody',
      type: c.action,
      label: join([exhibit.get(c.object_id), f.to || f.location]),
      span: daySpan(c.at),
      objectIds: [c.object_id],
      partyIds: [],
    });
  }

  const changes = db
    .prepare(
      'SELECT id, to_status, on_date, note FROM case_status_change WHERE case_id = ? ORDER BY recorded_at, rowid',
    )
    .all(caseId) as Array<{ id: string; to_status: string; on_date: string; note: string }>;
  for (const s of changes) {
    add({
      id: s.id,
      kind: 'case_status',
      type: s.to_status,
      label: shortText(s.note),
      span: daySpan(s.on_date),
      objectIds: [],
      partyIds: [],
    });
  }

  items.sort(
    (a, b) =>
      compareForOrder(a.span, b.span) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

  const named = new Set(items.flatMap((i) => i.objectIds));
  const partyIds = [...new Set(items.flatMap((i) => i.partyIds))];
  return {
    caseId,
    items,
    objects: objectRows
      .filter((o) => named.has(o.id))
      .map((o) => ({ id: o.id, label: join([o.exhibit_number, o.title], ' — ') })),
    parties: partyIds
      .map((id) => ({ id, label: names[id] ?? '' }))
      .sort((a, b) => a.label.localeCompare(b.label) || (a.id < b.id ? -1 : 1)),
  };
}

function eventItem(
  e: ProvenanceEventRecord,
  exhibitNumber: string | undefined,
  nameOf: (ref: PartyRef) => string,
): Omit<TimelineItem, 'uncertain'> {
  const from = nameOf(e.fromParty);
  const to = nameOf(e.toParty);
  const agent = nameOf(e.agent);
  const parties = from && to ? `${from} → ${to}` : from ? `${from} →` : to ? `→ ${to}` : '';
  return {
    id: e.id,
    kind: 'provenance',
    type: e.type,
    label: join([exhibitNumber, join([parties, agent ? `(${agent})` : ''], ' '), e.place.address]),
    span: e.span,
    objectIds: [e.objectId],
    partyIds: [...new Set(partyIdsOf([e.fromParty, e.toParty, e.agent]))],
  };
}

function documentItem(
  d: DocumentRecord,
  nameOf: (ref: PartyRef) => string,
  exhibit: Map<string, string>,
): Omit<TimelineItem, 'uncertain'> {
  const span = d.issuedOn
    ? partialDateSpan(d.issuedOn)
    : d.webCapture
      ? daySpan(d.webCapture.capturedAt)
      : { text: '', botb: null, eotb: null, bote: null, eote: null };
  const exhibits = d.objectIds.flatMap((id) => exhibit.get(id) ?? []);
  return {
    id: d.id,
    kind: 'document',
    type: d.type,
    label: join([
      d.number ? `№ ${d.number}` : d.title,
      nameOf(d.issuer),
      exhibits.length > 3 ? `${exhibits.slice(0, 3).join(', ')} …` : exhibits.join(', '),
    ]),
    span,
    objectIds: d.objectIds,
    partyIds: partyIdsOf([d.issuer]),
  };
}

function seizureItem(
  s: SeizureRecord,
  objects: ReadonlyArray<{ id: string; seizure_id: string | null }>,
  nameOf: (ref: PartyRef) => string,
): Omit<TimelineItem, 'uncertain'> {
  const parties = [s.holder, ...(s.shipment ? [s.shipment.consignor, s.shipment.consignee] : [])];
  return {
    id: s.id,
    kind: 'seizure',
    type: s.legalBasis,
    label: join([s.reference, s.place.address, nameOf(s.holder)]),
    span: daySpan(s.seizedAt),
    objectIds: objects.filter((o) => o.seizure_id === s.id).map((o) => o.id),
    partyIds: [...new Set(partyIdsOf(parties))],
  };
}

export function caseTimeline(session: CaseFileSession, caseId: string): Timeline {
  return timelineOf(session.db, parseInput(Id, caseId, 'case id'));
}
