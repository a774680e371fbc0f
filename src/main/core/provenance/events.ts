import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import {
  eventGroup,
  ProvenanceEventFields,
  type ProvenanceEventFieldsInput,
  type ProvenanceEventRecord,
  type ProvenanceEventType,
  type SourceRef,
} from '../../../shared/domain/provenance';
import { UNKNOWN_SPAN, type TimeSpan } from '../../../shared/domain/time-span';
import type { ProvenanceChain } from '../../../shared/domain/provenance';
import { parseDate } from '../../../shared/provenance/date-parser';
import { diffFields } from '../audit/audit-log';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { requireDocumentsOfCase, syncCitations } from '../documents/citations';
import { requirePaymentsOfCase, syncEventPayments } from '../finance/event-payments';
import { objectSpec } from '../objects/object-specs';
import { invalid, requireParty, UpdateInput } from '../objects/references';
import { insertRecord, newMeta, requireRecord, updateRecord } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';
import { chainOf } from './chain';
import { EVENT_SPEC, eventsOf } from './specs';

/**
 * An object's provenance: its events in chain order (position 1 = earliest). Positions stay
 * 1..n without holes: adding at a position moves the later events down one, removing moves them
 * up one, reordering renumbers them all. Those renumberings are part of the write that causes
 * them and are audited by its one entry (the added or removed event's position, or the chain's
 * order before and after); they do not bump the other events' versions, since none of their own
 * fields changed and an event's edit never writes its position.
 *
 * The order is the investigator's reading of the history and is never refused on dates: the
 * chain view reports the pairs whose dates contradict it (`orderProblems`). Only the Art Tracks
 * rules are enforced (REFERENCE.md §7.1): an origination (creation, excavation, find…) can only
 * be the first event, a disappearance (loss, destruction…) only the last.
 */
const WHAT = 'provenance event';

/** Forms of date the reader understands, for the message when it cannot read one. */
export const DATE_FORMS =
  '1998-03-12, 12.03.1998, March 1998, 1965, c. 1965, 1965?, 1960s, early 1990s, 19th century, ' +
  'before 1970, by 1970, after May 2011, 1965–1970, between 1960 and 1965, from 1950 to 1962 ' +
  '(also in the regional languages: oko 1965., пре 1970, posle 1990, 60-ih)';

/**
 * The four points of a date as typed; empty text is an unknown date. A text the reader cannot
 * understand is refused (path `date`), so a typing mistake is never kept as "unknown".
 */
export function readDate(text: string, what: string): TimeSpan {
  if (text.trim() === '') return UNKNOWN_SPAN;
  const parsed = parseDate(text);
  if (parsed.ok) return { ...parsed.span, text };
  if (parsed.reason === 'empty') return UNKNOWN_SPAN;
  const message =
    parsed.reason === 'impossible'
      ? `there is no such day in the calendar; write a real date, e.g. ${DATE_FORMS.split(', ').slice(0, 3).join(', ')}`
      : `the date could not be read; write it like ${DATE_FORMS}`;
  throw invalid('date', message, what);
}

/** The parties named by id exist (a name typed without an id needs no check). */
export function requirePartiesOf(
  db: Sqlite,
  refs: Record<string, { partyId: string | null }>,
  what: string,
): void {
  for (const [path, ref] of Object.entries(refs)) {
    requireParty(db, ref.partyId, `${path}.partyId`, what);
  }
}

/** The cited documents exist and are evidence of the same case. */
export function requireSources(db: Sqlite, caseId: string, sources: readonly SourceRef[]): void {
  requireDocumentsOfCase(db, caseId, [...new Set(sources.map((s) => s.documentId))]);
}

/** Refuses an order that breaks the Art Tracks rules; `path` names the field to blame. */
export function checkChainRules(types: readonly ProvenanceEventType[], path: string): void {
  types.forEach((type, i) => {
    const group = eventGroup(type);
    if (group === 'origination' && i !== 0) {
      throw invalid(
        path,
        `${describe(type)} is how the object's history begins (Art Tracks): it can only be the first event of the chain, and there can be only one`,
        WHAT,
      );
    }
    if (group === 'disappearance' && i !== types.length - 1) {
      throw invalid(
        path,
        `${describe(type)} ends what is known of the object (Art Tracks): it can only be the last event of the chain, and there can be only one`,
        WHAT,
      );
    }
  });
}

const describe = (type: ProvenanceEventType): string => {
  const words = type.replaceAll('_', ' ');
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
};

function checkFields(db: Sqlite, caseId: string, input: unknown) {
  const fields = parseInput(ProvenanceEventFields, input, WHAT);
  const span = readDate(fields.date, WHAT);
  requirePartiesOf(
    db,
    { fromParty: fields.fromParty, toParty: fields.toParty, agent: fields.agent },
    WHAT,
  );
  requireSources(db, caseId, fields.sources);
  requirePaymentsOfCase(db, caseId, fields.payments);
  return { fields, span };
}

/** Sets one event's position (column and record) without touching its version. */
function setPosition(db: Sqlite, id: string, position: number): void {
  db.prepare(
    "UPDATE provenance_event SET position = ?, data = json_set(data, '$.position', ?) WHERE id = ?",
  ).run(position, position, id);
}

export const AddEventInput = z
  .object({
    objectId: Id,
    /** 1 puts it first; the end of the chain when not given. */
    position: z.number().int().min(1).optional(),
    fields: z.unknown(),
  })
  .strict();

/** Records an event in an object's chain at `position` (the end when not given). */
export function addEvent(
  session: CaseFileSession,
  input: { objectId: string; position?: number | undefined; fields: ProvenanceEventFieldsInput },
): ProvenanceEventRecord {
  const { objectId, position, fields: raw } = parseInput(AddEventInput, input, WHAT);
  return write(session, (tx) => {
    const object = requireRecord(tx.db, objectSpec(tx.db), objectId);
    const { fields, span } = checkFields(tx.db, object.caseId, raw);
    const current = eventsOf(tx.db, objectId);
    const at = position ?? current.length + 1;
    if (at > current.length + 1) {
      throw invalid(
        'position',
        `the chain has ${current.length} event(s); a new one can go at positions 1 to ${current.length + 1}`,
        WHAT,
      );
    }
    const types = current.map((e) => e.type);
    types.splice(at - 1, 0, fields.type);
    checkChainRules(types, 'type');
    // From the end, so positions never collide on the way.
    for (const e of current.slice(at - 1).reverse()) setPosition(tx.db, e.id, e.position + 1);
    const record: ProvenanceEventRecord = {
      ...fields,
      caseId: object.caseId,
      objectId,
      position: at,
      span,
      ...newMeta(tx),
    };
    insertRecord(tx, EVENT_SPEC, record);
    syncCitations(tx.db, 'provenance_event', record.id, record.sources);
    syncEventPayments(tx.db, record.id, record.payments);
    return record;
  });
}

/** Replaces an event's fields (its place in the chain stays); refused on a stale version. */
export function updateEvent(
  session: CaseFileSession,
  input: { id: string; version: number; fields: ProvenanceEventFieldsInput },
): ProvenanceEventRecord {
  const { id, version, fields: raw } = parseInput(UpdateInput, input, `${WHAT} change`);
  return write(session, (tx) => {
    const current = requireRecord(tx.db, EVENT_SPEC, id);
    const { fields, span } = checkFields(tx.db, current.caseId, raw);
    if (fields.type !== current.type) {
      const types = eventsOf(tx.db, current.objectId).map((e) =>
        e.id === id ? fields.type : e.type,
      );
      checkChainRules(types, 'type');
    }
    const next = updateRecord(tx, EVENT_SPEC, id, version, (c) => ({
      ...fields,
      caseId: c.caseId,
      objectId: c.objectId,
      position: c.position,
      span,
    }));
    if (next.version !== current.version) {
      syncCitations(tx.db, 'provenance_event', id, next.sources);
      syncEventPayments(tx.db, id, next.payments);
    }
    return next;
  });
}

function requireVersion(record: ProvenanceEventRecord, expected: number): void {
  if (record.version !== expected) {
    throw new CaseFileError(
      CaseFileErrorCode.EditConflict,
      `This provenance event was changed (version ${record.version}) after you opened version ${expected}. Nothing was removed; reload it and decide again.`,
      {
        entity: EVENT_SPEC.entity,
        id: record.id,
        currentVersion: record.version,
        expectedVersion: expected,
      },
    );
  }
}

export const RemoveEventInput = z.object({ id: Id, version: z.number().int().min(1) }).strict();

/**
 * Removes an event recorded by mistake. Its whole content goes into the audit entry (before →
 * null), so the log still shows what was there; the later events move up one.
 */
export function removeEvent(
  session: CaseFileSession,
  input: { id: string; version: number },
): ProvenanceChain {
  const { id, version } = parseInput(RemoveEventInput, input, `${WHAT} removal`);
  const objectId = write(session, (tx) => {
    const current = requireRecord(tx.db, EVENT_SPEC, id);
    requireVersion(current, version);
    syncCitations(tx.db, 'provenance_event', id, []);
    syncEventPayments(tx.db, id, []);
    tx.db.prepare('DELETE FROM provenance_event WHERE id = ?').run(id);
    for (const e of eventsOf(tx.db, current.objectId)) {
      if (e.position > current.position) setPosition(tx.db, e.id, e.position - 1);
    }
    const { id: _i, createdAt: _c, updatedAt: _u, ...content } = current;
    tx.audit({
      action: `${EVENT_SPEC.entity}.remove`,
      entityType: EVENT_SPEC.entity,
      entityId: id,
      changes: diffFields(content, null),
    });
    return current.objectId;
  });
  return chainOf(session.db, objectId);
}

export const ReorderInput = z
  .object({ objectId: Id, order: z.array(Id).min(1).max(10_000) })
  .strict();

/**
 * Puts the object's events in the given order: every event of the object exactly once. Dates
 * never block it (the chain reports contradictions); the Art Tracks rules do.
 */
export function reorderEvents(
  session: CaseFileSession,
  input: { objectId: string; order: string[] },
): ProvenanceChain {
  const { objectId, order } = parseInput(ReorderInput, input, 'provenance order');
  write(session, (tx) => {
    requireRecord(tx.db, objectSpec(tx.db), objectId);
    const current = eventsOf(tx.db, objectId);
    const byId = new Map(current.map((e) => [e.id, e]));
    const unique = new Set(order);
    if (
      unique.size !== order.length ||
      order.length !== current.length ||
      order.some((id) => !byId.has(id))
    ) {
      throw invalid(
        'order',
        `name each of the object's ${current.length} event(s) exactly once (the chain may have changed since you opened it; reload it)`,
        'provenance order',
      );
    }
    const events = order.map((id) => byId.get(id) as ProvenanceEventRecord);
    checkChainRules(
      events.map((e) => e.type),
      'order',
    );
    const before = current.map((e) => e.id);
    if (before.every((id, i) => id === order[i])) return;
    events.forEach((e, i) => {
      if (e.position !== i + 1) setPosition(tx.db, e.id, i + 1);
    });
    tx.audit({
      action: 'provenance.reorder',
      entityType: 'provenance_chain',
      entityId: objectId,
      changes: { order: { before, after: order } },
    });
  });
  return chainOf(session.db, objectId);
}
