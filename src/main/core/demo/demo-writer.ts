import type { z } from 'zod';
import type {
  CASE_LINK_RELATIONS,
  CaseFieldsInput,
  CaseRecord,
  CaseStatus,
} from '../../../shared/domain/case';
import type {
  CustodyEntry,
  CustodyFieldsInput,
  ExternalCheckFields,
  LegalStatus,
  ObjectFieldsInput,
  ObjectRecord,
} from '../../../shared/domain/object';
import type { PartyFieldsInput, PartyRecord } from '../../../shared/domain/party';
import type { DocumentFieldsInput, DocumentView } from '../../../shared/domain/document';
import type {
  ClaimFields,
  ClaimRecord,
  ProvenanceEventFieldsInput,
  ProvenanceEventRecord,
} from '../../../shared/domain/provenance';
import type { SeizureFieldsInput, SeizureRecord } from '../../../shared/domain/seizure';
import type { CaseFileSession } from '../case-file/session';
import { changeCaseStatus, createCase, getCase } from '../cases/cases';
import { linkCases } from '../cases/case-links';
import { addJournalEntry } from '../cases/journal';
import {
  addCheck,
  addCustodyEntry,
  changeLegalStatus,
  createObject,
  createSeizure,
  getObjectRecord,
  splitFromLot,
} from '../objects';
import { createParty, getParty } from '../parties/parties';
import { mergeParties } from '../parties/party-merge';
import { assignRole } from '../parties/party-roles';
import { bytesSource } from '../attachments/ingest-source';
import { addDocument, recordDocument } from '../documents';
import { addClaim, addEvent } from '../provenance';
import { addAccount, addPayment, addRate, addRelationship } from '../finance';
import type {
  AccountFieldsInput,
  ExchangeRateFields,
  PaymentFieldsInput,
  RelationshipFieldsInput,
} from '../../../shared/domain/finance';
import { listObjects } from '../objects';
import { addConsultation, addExpert, addOpinion } from '../experts';
import type {
  ConsultationFieldsInput,
  ExpertFieldsInput,
  OpinionFieldsInput,
} from '../../../shared/domain/expert';
import type {
  ConsultationView,
  ExpertView,
  OpinionView,
} from '../../../shared/domain/expert-views';
import type {
  ObservationFieldsInput,
  ObservationView,
  RedListMatchFields,
} from '../../../shared/domain/indicator';
import { addObservation, updateObservation } from '../indicators/observations';
import { addRedListMatch } from '../indicators/red-lists';
import { acceptSuggestion, dismissSuggestion } from '../indicators/suggestions';
import { fixedClock } from '../support/clock';
import { paperPdf, type DemoPaper } from './demo-papers';
import { attachPhotos, type DemoShot, type PhotoJob, type PhotoKind } from './demo-photos';
import { emptyTally, type DemoTally } from './demo-tally';

export { emptyTally, type DemoTally };

/**
 * What the demo builders write with: the public services, each call counted. Nothing here
 * touches a table directly, so the demo passes through the same validation and audit as the app.
 */
export class DemoWriter {
  readonly tally = emptyTally();
  private readonly photoJobs: PhotoJob[] = [];

  constructor(
    readonly session: CaseFileSession,
    private readonly withPhotos: boolean,
  ) {}

  createCase(fields: CaseFieldsInput): CaseRecord {
    const record = createCase(this.session, fields);
    this.tally.cases += 1;
    return record;
  }

  /** Walks the case through `steps`, reading its current version first as a form would. */
  moveCase(caseId: string, steps: Array<{ to: CaseStatus; on: string; note?: string }>): void {
    for (const step of steps) {
      const current = getCase(this.session, caseId);
      changeCaseStatus(this.session, { id: caseId, version: current.version, ...step });
      this.tally.statusChanges += 1;
    }
  }

  journal(caseId: string, at: string, body: string): void {
    addJournalEntry(this.session, { caseId, at, body });
    this.tally.journalEntries += 1;
  }

  link(
    caseId: string,
    otherCaseId: string,
    relation: (typeof CASE_LINK_RELATIONS)[number],
    note: string,
  ): void {
    linkCases(this.session, { caseId, otherCaseId, relation, note });
    this.tally.caseLinks += 1;
  }

  party(fields: PartyFieldsInput): PartyRecord {
    const record = createParty(this.session, fields);
    this.tally.parties += 1;
    return record;
  }

  role(caseId: string, party: PartyRecord, role: string, note = ''): void {
    assignRole(this.session, { caseId, partyId: party.id, role, note });
    this.tally.roles += 1;
  }

  /** Merges a duplicate into the party that stays, at the versions both have now. */
  merge(keep: PartyRecord, duplicate: PartyRecord): void {
    mergeParties(this.session, {
      keepId: keep.id,
      mergeId: duplicate.id,
      keepVersion: getParty(this.session, keep.id).version,
      mergeVersion: getParty(this.session, duplicate.id).version,
    });
    this.tally.mergedParties += 1;
  }

  seizure(caseId: string, fields: SeizureFieldsInput): SeizureRecord {
    const record = createSeizure(this.session, caseId, fields);
    this.tally.seizures += 1;
    return record;
  }

  /** A new object starts out seized: that first legal status is counted too. */
  object(caseId: string, fields: ObjectFieldsInput): ObjectRecord {
    const record = createObject(this.session, caseId, fields);
    this.tally.objects += 1;
    this.tally.legalStatusChanges += 1;
    return record;
  }

  /** Describes one item out of a lot (numbered after it) and returns its id. */
  describeFromLot(lotId: string, fields: Record<string, unknown>): string {
    const result = splitFromLot(this.session, { lotId, count: 1, fields });
    const id = result.created[0]?.id;
    if (!id) throw new Error(`Splitting lot ${lotId} created no item.`);
    this.tally.objects += 1;
    this.tally.legalStatusChanges += 1;
    return id;
  }

  legalStatus(objectId: string, to: LegalStatus, on: string, reference: string, note = ''): void {
    const current = getObjectRecord(this.session, objectId);
    changeLegalStatus(this.session, {
      objectId,
      version: current.version,
      to,
      on,
      reference,
      note,
    });
    this.tally.legalStatusChanges += 1;
  }

  check(objectId: string, fields: z.input<typeof ExternalCheckFields>): void {
    addCheck(this.session, objectId, fields);
    this.tally.checks += 1;
  }

  /** Appends the entries in order; returns them so a later one can correct an earlier one. */
  custody(objectId: string, entries: CustodyFieldsInput[]): CustodyEntry[] {
    return entries.map((entry) => {
      const added = addCustodyEntry(this.session, objectId, entry);
      this.tally.custodyEntries += 1;
      return added;
    });
  }

  /** The id of the case's object with this exhibit number. */
  objectId(caseId: string, exhibitNumber: string): string {
    const rows = listObjects(this.session, { caseId, limit: 500 }).rows;
    const found = rows.find((o) => o.exhibitNumber === exhibitNumber);
    if (!found) throw new Error(`The demo case has no object ${exhibitNumber}.`);
    return found.id;
  }

  /** A document with its paper drawn as a PDF; or, without a paper, one only recorded. */
  async document(
    caseId: string,
    paper: DemoPaper | null,
    fields: DocumentFieldsInput,
  ): Promise<DocumentView> {
    const view = paper
      ? await addDocument(
          this.session,
          caseId,
          bytesSource(paper.name, await paperPdf(paper)),
          fields,
          { mediaType: 'application/pdf' },
        )
      : recordDocument(this.session, caseId, fields);
    this.tally.documents += 1;
    return view;
  }

  /** Appends the events to the object's chain, in order. */
  chain(objectId: string, events: ProvenanceEventFieldsInput[]): ProvenanceEventRecord[] {
    return events.map((fields) => {
      const added = addEvent(this.session, { objectId, fields });
      this.tally.provenanceEvents += 1;
      return added;
    });
  }

  claim(objectId: string, fields: z.input<typeof ClaimFields>): ClaimRecord {
    const added = addClaim(this.session, { objectId, fields });
    this.tally.claims += 1;
    return added;
  }

  account(caseId: string, fields: AccountFieldsInput): string {
    this.tally.accounts += 1;
    return addAccount(this.session, { caseId, fields }).id;
  }

  payment(caseId: string, fields: PaymentFieldsInput): string {
    this.tally.payments += 1;
    return addPayment(this.session, { caseId, fields }).id;
  }

  relationship(caseId: string, fields: RelationshipFieldsInput): void {
    addRelationship(this.session, { caseId, fields });
    this.tally.relationships += 1;
  }

  rate(fields: z.input<typeof ExchangeRateFields>): void {
    addRate(this.session, { fields });
    this.tally.rates += 1;
  }

  expert(fields: ExpertFieldsInput): ExpertView {
    const added = addExpert(this.session, { fields });
    this.tally.experts += 1;
    return added;
  }

  consultation(caseId: string, fields: ConsultationFieldsInput): ConsultationView {
    const added = addConsultation(this.session, { caseId, fields });
    this.tally.consultations += 1;
    return added;
  }

  opinion(fields: OpinionFieldsInput): OpinionView {
    const added = addOpinion(this.session, { fields });
    this.tally.opinions += 1;
    return added;
  }

  observation(caseId: string, fields: ObservationFieldsInput): ObservationView {
    const added = addObservation(this.session, { caseId, fields });
    this.tally.observations += 1;
    return added;
  }

  /** Moves an observation to another status (a dismissal with its reason). */
  observationStatus(
    o: ObservationView,
    status: ObservationFieldsInput['status'],
    dismissReason = '',
  ): ObservationView {
    const { indicatorId, subject, observedBy, observedOn, evidence, note } = o;
    const next = updateObservation(this.session, {
      id: o.id,
      version: o.version,
      fields: {
        indicatorId,
        subject,
        observedBy,
        observedOn,
        evidence,
        note,
        status,
        dismissReason,
      },
    });
    this.tally.observationChanges += 1;
    return next;
  }

  redListMatch(fields: Partial<RedListMatchFields>): void {
    addRedListMatch(this.session, { fields });
    this.tally.redListMatches += 1;
  }

  acceptSuggestion(caseId: string, key: string, note: string): ObservationView {
    const added = acceptSuggestion(this.session, { caseId, key, note });
    this.tally.suggestionDecisions += 1;
    this.tally.observations += 1;
    return added;
  }

  dismissSuggestion(caseId: string, key: string, reason: string): void {
    dismissSuggestion(this.session, { caseId, key, reason });
    this.tally.suggestionDecisions += 1;
  }

  /**
   * Runs `fn` as if it were `days` days earlier (the case file's clock is set back, then
   * restored): the demo's story needs a past, so that "what changed since last week" has
   * something to show. The audit entries written meanwhile carry that earlier time too.
   */
  daysEarlier<T>(days: number, fn: () => T): T {
    const runtime = this.session.runtime;
    const clock = runtime.clock;
    runtime.clock = fixedClock(new Date(clock.now().getTime() - days * 86_400_000));
    try {
      return fn();
    } finally {
      runtime.clock = clock;
    }
  }

  /**
   * Photos of the object, drawn and attached by `takePhotos` at the end: drawing is the slow part
   * and runs in parallel there, while the records are still written one by one in this order.
   */
  photograph(objectId: string, kind: PhotoKind, seed: number, shots: DemoShot[]): void {
    if (this.withPhotos) this.photoJobs.push({ objectId, kind, seed, shots });
  }

  async takePhotos(): Promise<void> {
    const jobs = this.photoJobs.splice(0);
    this.tally.photos += await attachPhotos(this.session, jobs);
  }
}
