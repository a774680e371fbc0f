import type { CaseRecord } from '../../../shared/domain/case';
import type { DocumentRecord } from '../../../shared/domain/document';
import type {
  AccountRecord,
  PaymentRecord,
  RelationshipRecord,
} from '../../../shared/domain/finance';
import type { OpinionRecord } from '../../../shared/domain/expert';
import type { EvidenceRef } from '../../../shared/domain/finding';
import type { RedListMatchRecord } from '../../../shared/domain/indicator';
import type { ExternalCheck, ObjectRecord } from '../../../shared/domain/object';
import type {
  ClaimRecord,
  ProvenanceEventRecord,
  ProvenanceEventType,
} from '../../../shared/domain/provenance';
import type { PartyRef } from '../../../shared/domain/seizure';
import { rateTable, type RateTable } from '../../../shared/finance/convert';
import { buildMoneyGraph, type MoneyGraph } from '../../../shared/finance/graph';
import { CASE_SPEC } from '../cases/cases';
import { DOCUMENT_SPEC } from '../documents/document-specs';
import { objectSpec } from '../objects/object-specs';
import { partyNamesOf } from '../provenance/chain';
import { CLAIM_SPEC, EVENT_SPEC } from '../provenance/specs';
import { listRecords, requireRecord } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import {
  loadMoneyInput,
  NO_MONEY,
  type HighRiskCountry,
  type MoneyInput,
  type PartyFacts,
} from './money-context';
import {
  loadObjectFacts,
  NO_OBJECT_FACTS,
  type CasePartyFacts,
  type ObjectFactsInput,
} from './object-context';

/**
 * What the analysis rules see: plain data read once from the case file, with lookup maps, so the
 * rules are pure functions (tested on contexts built in memory with `buildRuleContext`, and end
 * to end on a real case file through `loadRuleContext`).
 */
export interface RuleContext {
  caseId: string;
  caseReference: string;
  /** ISO day the analysis runs (from the session's clock): ages and "after" tests use it. */
  today: string;
  /** Set when the analysis runs for one object: case-level findings are then left out. */
  objectId: string | null;
  /** The objects analysed, in exhibit order. */
  objects: readonly ObjectRecord[];
  /** Every document of the case. */
  documents: readonly DocumentRecord[];
  /** Each object's provenance events, in chain order (position 1 first). */
  eventsByObject: ReadonlyMap<string, readonly ProvenanceEventRecord[]>;
  /** Each object's ownership claims, in the order recorded. */
  claimsByObject: ReadonlyMap<string, readonly ClaimRecord[]>;
  /**
   * The documents that concern each object: linked to it (the document's objects, kept in
   * `document_object`) or cited by one of its events or claims (`document_citation`). Each once,
   * in the order of `documents`.
   */
  documentsByObject: ReadonlyMap<string, readonly DocumentRecord[]>;
  documentById: ReadonlyMap<string, DocumentRecord>;
  /** Names of the directory's parties, by id (merged parties under their survivor's name). */
  partyNames: Readonly<Record<string, string>>;
  /** Labels of the `document_type` vocabulary, by code. */
  documentTypeLabels: Readonly<Record<string, string>>;

  // ————— The money side (issue #6; read for the whole case even when one object is analysed) —————
  /** The case's accounts and wallets. */
  accounts: readonly AccountRecord[];
  accountById: ReadonlyMap<string, AccountRecord>;
  /** The case's payments, in date order. */
  payments: readonly PaymentRecord[];
  paymentById: ReadonlyMap<string, PaymentRecord>;
  /** The case's relationships (ownership, directorship, family…). */
  relationships: readonly RelationshipRecord[];
  relationshipById: ReadonlyMap<string, RelationshipRecord>;
  /** The case file's exchange rates (1 currency = rate base on a day), for conversions. */
  rates: RateTable;
  /** Facts about the parties the records name, by id (a merged party: the one it joined). */
  parties: ReadonlyMap<string, PartyFacts>;
  /** Merged party id → the party it now lives on as. */
  partyAliases: Readonly<Record<string, string>>;
  /** The unit's high-risk jurisdictions, by upper-case country code. */
  highRisk: ReadonlyMap<string, HighRiskCountry>;
  /** Accounts, payments and relationships as one graph (shared/finance/graph.ts). */
  graph: MoneyGraph;

  // ————— Object and person facts (issue #8; ./object-context.ts) —————
  /** The unit's conflict-affected countries: upper-case code → label. */
  conflictCountries: ReadonlyMap<string, string>;
  /** Red List matches recorded for each object. */
  redListMatchesByObject: ReadonlyMap<string, readonly RedListMatchRecord[]>;
  /** Expert opinions on each object, by date. */
  opinionsByObject: ReadonlyMap<string, readonly OpinionRecord[]>;
  /** Checks of each object against stolen-art databases, by date. */
  checksByObject: ReadonlyMap<string, readonly ExternalCheck[]>;
  /** Labels of the `red_list_category` vocabulary, by code. */
  redListLabels: Readonly<Record<string, string>>;
  /** The case's parties with their roles here and in the other cases of the case file. */
  caseParties: readonly CasePartyFacts[];
}

export interface RuleContextInput {
  caseRecord: Pick<CaseRecord, 'id' | 'reference'>;
  today: string;
  objectId?: string | null;
  objects: readonly ObjectRecord[];
  events: readonly ProvenanceEventRecord[];
  claims: readonly ClaimRecord[];
  documents: readonly DocumentRecord[];
  partyNames?: Record<string, string>;
  documentTypeLabels?: Record<string, string>;
  /** The money side; none when left out. */
  money?: Partial<MoneyInput>;
  /** The object and person facts; none when left out. */
  facts?: Partial<ObjectFactsInput>;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** Builds the lookup maps from the records; objects and documents keep the order given. */
export function buildRuleContext(input: RuleContextInput): RuleContext {
  const objectId = input.objectId ?? null;
  const objects =
    objectId === null ? input.objects : input.objects.filter((o) => o.id === objectId);
  const inScope = new Set(objects.map((o) => o.id));
  const events = [...input.events]
    .filter((e) => inScope.has(e.objectId))
    .sort((a, b) => a.position - b.position);
  const claims = input.claims.filter((c) => inScope.has(c.objectId));
  const documentById = new Map(input.documents.map((d) => [d.id, d]));

  const concerning = new Map<string, Set<string>>();
  const concern = (objectId: string, documentId: string) => {
    if (!inScope.has(objectId) || !documentById.has(documentId)) return;
    const set = concerning.get(objectId) ?? new Set<string>();
    set.add(documentId);
    concerning.set(objectId, set);
  };
  for (const d of input.documents) for (const o of d.objectIds) concern(o, d.id);
  for (const e of events) for (const s of e.sources) concern(e.objectId, s.documentId);
  for (const c of claims) for (const s of c.sources) concern(c.objectId, s.documentId);
  const documentsByObject = new Map<string, DocumentRecord[]>();
  for (const [o, ids] of concerning) {
    documentsByObject.set(
      o,
      input.documents.filter((d) => ids.has(d.id)),
    );
  }

  const money: MoneyInput = { ...NO_MONEY, ...input.money };
  const facts: ObjectFactsInput = { ...NO_OBJECT_FACTS, ...input.facts };
  const partyNames = { ...input.partyNames };
  for (const p of money.parties) partyNames[p.id] ??= p.name;
  for (const [alias, id] of Object.entries(money.partyAliases)) {
    if (partyNames[id] !== undefined) partyNames[alias] ??= partyNames[id];
  }
  return {
    caseId: input.caseRecord.id,
    caseReference: input.caseRecord.reference,
    today: input.today,
    objectId,
    objects,
    documents: input.documents,
    eventsByObject: groupBy(events, (e) => e.objectId),
    claimsByObject: groupBy(claims, (c) => c.objectId),
    documentsByObject,
    documentById,
    partyNames,
    documentTypeLabels: input.documentTypeLabels ?? {},
    accounts: money.accounts,
    accountById: new Map(money.accounts.map((a) => [a.id, a])),
    payments: money.payments,
    paymentById: new Map(money.payments.map((p) => [p.id, p])),
    relationships: money.relationships,
    relationshipById: new Map(money.relationships.map((r) => [r.id, r])),
    rates: rateTable(money.exchangeRates),
    parties: new Map(money.parties.map((p) => [p.id, p])),
    partyAliases: money.partyAliases,
    highRisk: new Map(money.highRisk.map((h) => [h.country, h])),
    graph: buildMoneyGraph({
      accounts: money.accounts,
      payments: money.payments,
      relationships: money.relationships,
      partyNames,
      partyAliases: money.partyAliases,
    }),
    conflictCountries: new Map(facts.conflictCountries.map((c) => [c.country, c.label])),
    redListMatchesByObject: groupBy(
      facts.redListMatches.filter((m) => inScope.has(m.objectId)),
      (m) => m.objectId,
    ),
    opinionsByObject: groupBy(
      facts.opinions.filter((o) => inScope.has(o.objectId)),
      (o) => o.objectId,
    ),
    checksByObject: groupBy(
      facts.checks.filter((c) => inScope.has(c.objectId)),
      (c) => c.objectId,
    ),
    redListLabels: facts.redListLabels,
    caseParties: facts.caseParties,
  };
}

/**
 * Reads what the rules need for a case (or one object of it) from the case file: the case, its
 * objects (exhibit order), their provenance events and claims, every document of the case, the
 * names of the parties the events and claims point to, the document type labels, and the money
 * side of the case (./money-context.ts).
 */
export function loadRuleContext(
  db: Sqlite,
  caseId: string,
  options: { objectId?: string | null; today: string },
): RuleContext {
  const caseRecord = requireRecord(db, CASE_SPEC, caseId);
  const objectId = options.objectId ?? null;
  const objects =
    objectId === null
      ? listRecords(db, objectSpec(db), 'case_id = ?', [caseId], 'exhibit_sort, id')
      : listRecords(db, objectSpec(db), 'id = ? AND case_id = ?', [objectId, caseId]);
  if (objectId !== null && objects.length === 0) {
    throw new CaseFileError(
      CaseFileErrorCode.NotFound,
      `There is no object ${objectId} in case ${caseRecord.reference}.`,
      { entity: 'object', id: objectId },
    );
  }
  const scope = objectId === null ? ['case_id = ?', caseId] : ['object_id = ?', objectId];
  const events = listRecords(
    db,
    EVENT_SPEC,
    scope[0] as string,
    [scope[1] as string],
    'object_id, position, created_at, id',
  );
  const claims = listRecords(db, CLAIM_SPEC, scope[0] as string, [scope[1] as string]);
  const documents = listRecords(
    db,
    DOCUMENT_SPEC,
    'case_id = ?',
    [caseId],
    'issued_on, created_at, id',
  );
  const partyIds = [
    ...events.flatMap((e) => [e.fromParty, e.toParty, e.agent]),
    ...claims.map((c) => c.claimant),
    ...documents.map((d) => d.issuer),
  ].flatMap((r) => (r.partyId === null ? [] : [r.partyId]));
  const labels = db
    .prepare("SELECT code, label FROM vocabulary WHERE kind = 'document_type'")
    .all() as Array<{ code: string; label: string }>;
  const money = loadMoneyInput(
    db,
    caseId,
    events.flatMap((e) => [e.fromParty, e.toParty]),
  );
  return buildRuleContext({
    caseRecord,
    today: options.today,
    objectId,
    objects,
    events,
    claims,
    documents,
    partyNames: partyNamesOf(db, partyIds),
    documentTypeLabels: Object.fromEntries(labels.map((l) => [l.code, l.label])),
    money,
    facts: loadObjectFacts(db, caseId, objectId),
  });
}

// ————— How records read in findings (English; the interface builds its own labels) —————

/** "private_sale" → "Private sale". */
export function eventTypeLabel(type: ProvenanceEventType): string {
  const words = type.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function partyName(ctx: RuleContext, ref: PartyRef): string {
  return (ref.partyId !== null ? ctx.partyNames[ref.partyId] : undefined) ?? ref.name;
}

/** The date as typed, or "?" when it is not known. */
export function eventDate(e: ProvenanceEventRecord): string {
  return e.date.trim() || e.span.text.trim() || '?';
}

/** "3. Sale, c. 1965 (Petrović → Galerie Orion)". */
export function eventLabel(ctx: RuleContext, e: ProvenanceEventRecord): string {
  const from = partyName(ctx, e.fromParty);
  const to = partyName(ctx, e.toParty);
  const parties = from || to ? ` (${from || '?'} → ${to || '?'})` : '';
  const date = eventDate(e) === '?' ? 'date unknown' : eventDate(e);
  return `${e.position}. ${eventTypeLabel(e.type)}, ${date}${parties}`;
}

export function documentTypeLabel(ctx: RuleContext, type: string): string {
  const label = ctx.documentTypeLabels[type] ?? type.replace(/-/g, ' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** What identifies a document in a sentence: its number, else its title, else its date. */
export function documentName(d: DocumentRecord): string {
  return d.number || (d.title ? `“${d.title}”` : '') || d.issuedOn || '(no number)';
}

/** "Export licence / certificate 17/2019". */
export function documentLabel(ctx: RuleContext, d: DocumentRecord): string {
  return `${documentTypeLabel(ctx, d.type)} ${documentName(d)}`;
}

export function objectLabel(o: ObjectRecord): string {
  return o.title ? `${o.exhibitNumber} ${o.title}` : o.exhibitNumber;
}

export const objectRef = (o: ObjectRecord): EvidenceRef => ({
  kind: 'object',
  id: o.id,
  label: objectLabel(o),
});
export const eventRef = (ctx: RuleContext, e: ProvenanceEventRecord): EvidenceRef => ({
  kind: 'provenance_event',
  id: e.id,
  label: eventLabel(ctx, e),
});
export const documentRef = (ctx: RuleContext, d: DocumentRecord): EvidenceRef => ({
  kind: 'document',
  id: d.id,
  label: documentLabel(ctx, d),
});
export const claimRef = (ctx: RuleContext, c: ClaimRecord): EvidenceRef => ({
  kind: 'claim',
  id: c.id,
  label: `Claim by ${partyName(ctx, c.claimant) || '?'} (${c.status.replace(/_/g, ' ')})`,
});

/** The documents an event cites, as records (a source pointing nowhere is left out). */
export function sourcesOf(
  ctx: RuleContext,
  record: { sources: readonly { documentId: string }[] },
): DocumentRecord[] {
  const seen = new Set<string>();
  const out: DocumentRecord[] = [];
  for (const s of record.sources) {
    const d = ctx.documentById.get(s.documentId);
    if (d && !seen.has(d.id)) {
      seen.add(d.id);
      out.push(d);
    }
  }
  return out;
}

export const eventsOfObject = (ctx: RuleContext, objectId: string) =>
  ctx.eventsByObject.get(objectId) ?? [];
export const claimsOfObject = (ctx: RuleContext, objectId: string) =>
  ctx.claimsByObject.get(objectId) ?? [];
export const documentsOfObject = (ctx: RuleContext, objectId: string) =>
  ctx.documentsByObject.get(objectId) ?? [];
