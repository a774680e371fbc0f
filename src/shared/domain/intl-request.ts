import { z } from 'zod';
import { Country, Id, IsoDate, Line, RecordMeta, ShortLine, Text } from './common';

/**
 * International requests of a case (issue #9, REFERENCE.md §5.1, §4.7, §4.5): a mutual legal
 * assistance request following UNTOC Art. 18(15), and a request for the return of a cultural
 * object unlawfully removed (Directive 2014/60/EU Arts. 5–8). Each is a guided form: the PDF is
 * refused while an essential section is empty, naming it (`missingSections`). Once sent, the
 * request is tracked: sent, acknowledged, executed (in full or in part) or refused, with dates,
 * the other side's references and the deadline for an answer.
 */

export const REQUEST_KINDS = ['mla', 'return'] as const;
export const RequestKind = z.enum(REQUEST_KINDS);
export type RequestKind = z.infer<typeof RequestKind>;

/** Measures an MLA request can ask for (UNTOC Art. 18(3), REFERENCE.md §5.1 item 7). */
export const MEASURE_KINDS = [
  'bank_records',
  'search_seizure',
  'hearing',
  'expert_examination',
  'freezing',
  'return_of_objects',
  'documents',
  'service',
  'videoconference',
  'controlled_delivery',
  'digital_evidence',
  'other',
] as const;
export const MeasureKind = z.enum(MEASURE_KINDS);
export type MeasureKind = z.infer<typeof MeasureKind>;

export const Authority = z
  .object({
    name: Line.default(''),
    /** The person acting: name and function. */
    person: Line.default(''),
    function: Line.default(''),
    address: Line.default(''),
    phone: ShortLine.default(''),
    email: ShortLine.default(''),
    country: Country.nullable().default(null),
  })
  .strict();
export type Authority = z.infer<typeof Authority>;

/** An offence as charged: qualification, the provision quoted, the penalty, limitation. */
export const OffenceStatement = z
  .object({
    /** Code of the `offence_type` vocabulary, when one fits. */
    code: z.string().max(64).nullable().default(null),
    qualification: Line.pipe(z.string().min(1, 'name the offence')),
    provision: Line.default(''),
    /** The text of the provision, quoted. */
    legalText: Text.default(''),
    maxPenalty: Line.default(''),
    limitation: Line.default(''),
  })
  .strict();
export type OffenceStatement = z.infer<typeof OffenceStatement>;

/** A person concerned: a party of the case, with what the request says about them. */
export const PersonConcerned = z
  .object({
    partyId: Id,
    /** Their role in the request (suspect, witness, holder of the account…), free text. */
    role: Line.default(''),
    note: Text.default(''),
  })
  .strict();

export const Measure = z
  .object({
    kind: MeasureKind,
    /** What exactly: bank and account numbers, premises, questions, objects, period… */
    details: Text.pipe(z.string().trim().min(1, 'say what the measure is to obtain')),
    /** Objects and accounts the measure is about (ids of the case's records). */
    objectIds: z.array(Id).max(500).default([]),
    accountIds: z.array(Id).max(500).default([]),
    partyIds: z.array(Id).max(500).default([]),
  })
  .strict();
export type Measure = z.infer<typeof Measure>;

export const MlaFields = z
  .object({
    kind: z.literal('mla'),
    /** Reference of the request in the requesting State. */
    reference: ShortLine.default(''),
    requestedState: Country.nullable().default(null),
    to: Authority.default(Authority.parse({})),
    from: Authority.default(Authority.parse({})),
    /** The authority conducting the proceedings, if not the one requesting. */
    conductingAuthority: Line.default(''),
    legalBasis: Text.default(''),
    /** Subject matter and nature of the investigation, prosecution or proceedings. */
    subject: Text.default(''),
    summary: Text.default(''),
    facts: Text.default(''),
    offences: z.array(OffenceStatement).max(30).default([]),
    persons: z.array(PersonConcerned).max(200).default([]),
    measures: z.array(Measure).max(50).default([]),
    procedures: Text.default(''),
    purpose: Text.default(''),
    confidentiality: Text.default(''),
    urgent: z.boolean().default(false),
    urgencyReason: Text.default(''),
    deadline: IsoDate.nullable().default(null),
    annexDocumentIds: z.array(Id).max(500).default([]),
    annexObjectIds: z.array(Id).max(2000).default([]),
  })
  .strict();
export type MlaFields = z.infer<typeof MlaFields>;

export const ReturnFields = z
  .object({
    kind: z.literal('return'),
    reference: ShortLine.default(''),
    requestedState: Country.nullable().default(null),
    to: Authority.default(Authority.parse({})),
    from: Authority.default(Authority.parse({})),
    /** The objects whose return is requested (ids of the case's objects). */
    objectIds: z.array(Id).max(500).default([]),
    /** Their status as cultural objects / national treasures, and the legal basis. */
    culturalStatus: Text.default(''),
    legalBasis: Text.default(''),
    removalDate: z.string().max(32).default(''),
    removalCircumstances: Text.default(''),
    provisionBreached: Line.default(''),
    /** Known location and possessor or holder. */
    location: Text.default(''),
    holderPartyId: Id.nullable().default(null),
    holder: Line.default(''),
    /** When the central authority became aware of location and holder: the 3-year clock. */
    awareOn: IsoDate.nullable().default(null),
    /** Object in a public collection or an ecclesiastical inventory (75-year limitation). */
    publicCollection: z.boolean().default(false),
    imiReference: ShortLine.default(''),
    annexDocumentIds: z.array(Id).max(500).default([]),
  })
  .strict();
export type ReturnFields = z.infer<typeof ReturnFields>;

export const RequestFields = z.discriminatedUnion('kind', [MlaFields, ReturnFields]);
export type RequestFields = z.infer<typeof RequestFields>;
export type RequestFieldsInput = z.input<typeof RequestFields>;

export const REQUEST_STATUSES = [
  'draft',
  'sent',
  'acknowledged',
  'executed',
  'partly_executed',
  'refused',
  'withdrawn',
] as const;
export const RequestStatus = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof RequestStatus>;

/** One step of a request's life, as recorded. */
export const RequestEvent = z
  .object({
    status: RequestStatus,
    on: IsoDate,
    /** The other side's reference (acknowledgement number…), when given. */
    reference: ShortLine.default(''),
    note: Text.default(''),
    recordedAt: z.string(),
    recordedBy: z.string(),
  })
  .strict();
export type RequestEvent = z.infer<typeof RequestEvent>;

export const RequestRecord = z
  .object({
    caseId: Id,
    title: Line,
    fields: RequestFields,
    status: RequestStatus,
    /** When an answer is due (set when sent; can be moved). */
    answerDue: IsoDate.nullable(),
    history: z.array(RequestEvent),
  })
  .extend(RecordMeta.shape)
  .strict();
export type RequestRecord = z.infer<typeof RequestRecord>;

/** Essential sections of each kind, in form order: the PDF is refused while one is empty. */
export const ESSENTIAL_SECTIONS = {
  mla: [
    'requestedState',
    'to',
    'from',
    'subject',
    'summary',
    'facts',
    'offences',
    'measures',
    'purpose',
  ],
  return: [
    'requestedState',
    'to',
    'from',
    'objectIds',
    'culturalStatus',
    'removalCircumstances',
    'location',
    'awareOn',
  ],
} as const;
export type EssentialSection =
  (typeof ESSENTIAL_SECTIONS)['mla'][number] | (typeof ESSENTIAL_SECTIONS)['return'][number];

const blank = (s: string) => s.trim() === '';

/**
 * The essential sections still empty, in form order (none: the request can be generated). An
 * authority counts as given once it has a name.
 */
export function missingSections(fields: RequestFields): EssentialSection[] {
  if (fields.kind === 'mla') {
    const empty: Record<(typeof ESSENTIAL_SECTIONS)['mla'][number], boolean> = {
      requestedState: fields.requestedState === null,
      to: blank(fields.to.name),
      from: blank(fields.from.name),
      subject: blank(fields.subject),
      summary: blank(fields.summary),
      facts: blank(fields.facts),
      offences: fields.offences.length === 0,
      measures: fields.measures.length === 0,
      purpose: blank(fields.purpose),
    };
    return ESSENTIAL_SECTIONS.mla.filter((s) => empty[s]);
  }
  const empty: Record<(typeof ESSENTIAL_SECTIONS)['return'][number], boolean> = {
    requestedState: fields.requestedState === null,
    to: blank(fields.to.name),
    from: blank(fields.from.name),
    objectIds: fields.objectIds.length === 0,
    culturalStatus: blank(fields.culturalStatus),
    removalCircumstances: blank(fields.removalCircumstances),
    location: blank(fields.location) && blank(fields.holder) && fields.holderPartyId === null,
    awareOn: fields.awareOn === null,
  };
  return ESSENTIAL_SECTIONS.return.filter((s) => empty[s]);
}

/** Directive 2014/60/EU Art. 8(1): proceedings within 3 years of awareness of location and holder. */
export const RETURN_LIMITATION_YEARS = 3;

/**
 * The 3-year clock of a return request on `today`: the last day proceedings may be brought,
 * and the days left (negative once passed). Null until the awareness date is known.
 */
export function returnClock(
  awareOn: string | null,
  today: string,
): { deadline: string; daysLeft: number } | null {
  if (awareOn === null) return null;
  const aware = new Date(`${awareOn}T00:00:00Z`);
  const deadline = new Date(aware);
  deadline.setUTCFullYear(aware.getUTCFullYear() + RETURN_LIMITATION_YEARS);
  const days = Math.round(
    (deadline.getTime() - new Date(`${today}T00:00:00Z`).getTime()) / 86_400_000,
  );
  return { deadline: deadline.toISOString().slice(0, 10), daysLeft: days };
}

/** Status transitions a person may record. */
export const REQUEST_TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  draft: ['sent', 'withdrawn'],
  sent: ['acknowledged', 'executed', 'partly_executed', 'refused', 'withdrawn'],
  acknowledged: ['executed', 'partly_executed', 'refused', 'withdrawn'],
  partly_executed: ['executed', 'refused', 'withdrawn'],
  executed: [],
  refused: [],
  withdrawn: [],
};
