import { z } from 'zod';
import { Certainty, Id, IsoDate, Line, Money, Place, RecordMeta, ShortLine, Text } from './common';
import { PartyRef } from './seizure';
import { TimeSpan } from './time-span';

/**
 * Provenance: the object's documented history as ordered events (REFERENCE.md §7.3), using the
 * Art Tracks acquisition-method vocabulary (§7.1), plus competing ownership claims.
 */

/**
 * Art Tracks event types, grouped by what they do to ownership and custody. The grouping drives
 * the rules (origination first, disappearance last) and the AAM line.
 */
export const PROVENANCE_EVENT_GROUPS = {
  origination: [
    'creation',
    'excavation',
    'illegal_extraction',
    'discovery',
    'find',
    'field_collection',
  ],
  transfer: [
    'acquisition',
    'sale',
    'private_sale',
    'auction_purchase',
    'exchange',
    'forced_sale',
    'gift',
    'bequest',
    'by_descent',
    'transfer',
    'theft',
    'looting',
    'appropriation',
    'confiscation',
    'restitution',
  ],
  custody: ['in_possession', 'consignment', 'loan', 'on_deposit', 'returned', 'seizure'],
  movement: ['export', 'import'],
  disappearance: ['loss', 'destruction', 'disappearance'],
} as const;

export type ProvenanceEventGroup = keyof typeof PROVENANCE_EVENT_GROUPS;
export const PROVENANCE_EVENT_TYPES = Object.values(PROVENANCE_EVENT_GROUPS).flat() as [
  ProvenanceEventType,
  ...ProvenanceEventType[],
];
export type ProvenanceEventType = (typeof PROVENANCE_EVENT_GROUPS)[ProvenanceEventGroup][number];

export function eventGroup(type: ProvenanceEventType): ProvenanceEventGroup {
  for (const [group, types] of Object.entries(PROVENANCE_EVENT_GROUPS)) {
    if ((types as readonly string[]).includes(type)) return group as ProvenanceEventGroup;
  }
  throw new Error(`unknown provenance event type ${type}`);
}

export const AGENT_ROLES = ['dealer', 'auction_house', 'shipper', 'agent', 'other'] as const;
export const EVENT_ASSESSMENTS = ['unverified', 'verified', 'contradicted', 'forged'] as const;
export type EventAssessment = (typeof EVENT_ASSESSMENTS)[number];

/** A document cited for an event or a claim, with the page or paragraph. */
export const SourceRef = z.object({ documentId: Id, page: ShortLine.default('') }).strict();
export type SourceRef = z.infer<typeof SourceRef>;

const NO_PARTY = { partyId: null, name: '' };

/** What a form sends: the date as typed; the core reads the four points from it. */
export const ProvenanceEventFields = z
  .object({
    type: z.enum(PROVENANCE_EVENT_TYPES),
    /** Who held title or custody before (the seller, the lender…). */
    fromParty: PartyRef.default(NO_PARTY),
    /** Who held it after (the buyer, the finder, the heir…). */
    toParty: PartyRef.default(NO_PARTY),
    /** A dealer, auction house or shipper acting between them: printed in parentheses. */
    agent: PartyRef.default(NO_PARTY),
    agentRole: z.enum(AGENT_ROLES).nullable().default(null),
    place: Place.default({ address: '', country: null, lat: null, lon: null }),
    /** The date as typed: "c. 1965", "1960s", "before 1970", "oko 1965.", "1998-03-12". */
    date: Line.default(''),
    certainty: Certainty.default('certain'),
    /** Semicolon in the AAM line: the object passed straight from the previous holder. */
    directTransfer: z.boolean().default(false),
    price: Money.nullable().default(null),
    lotNumber: ShortLine.default(''),
    saleReference: Line.default(''),
    sources: z.array(SourceRef).max(100).default([]),
    /**
     * Payments of the same case that paid for it (a sale's purchase price, a consignment's fee):
     * the object's chain and the money chain meet here (issue #6).
     */
    payments: z.array(Id).max(100).default([]),
    assessment: z.enum(EVENT_ASSESSMENTS).default('unverified'),
    notes: Text.default(''),
  })
  .strict();
export type ProvenanceEventFields = z.infer<typeof ProvenanceEventFields>;
export type ProvenanceEventFieldsInput = z.input<typeof ProvenanceEventFields>;

export const ProvenanceEventRecord = ProvenanceEventFields.extend({
  caseId: Id,
  objectId: Id,
  /** Order in the chain, 1 first (earliest). */
  position: z.number().int().min(1),
  /** The four points read from `date`. */
  span: TimeSpan,
}).extend(RecordMeta.shape);
export type ProvenanceEventRecord = z.infer<typeof ProvenanceEventRecord>;

export const CLAIMANT_KINDS = [
  'state',
  'religious_community',
  'institution',
  'private',
  'other',
] as const;
export const CLAIM_STATUSES = [
  'asserted',
  'under_review',
  'upheld',
  'rejected',
  'withdrawn',
  'settled',
] as const;

/** Someone who says the object is theirs: the state of origin, a church, the holder. */
export const ClaimFields = z
  .object({
    claimant: PartyRef,
    claimantKind: z.enum(CLAIMANT_KINDS),
    /** The legal or factual ground: national heritage law, inventory entry, purchase… */
    basis: Text.pipe(z.string().trim().min(1, 'say on what the claim rests')),
    status: z.enum(CLAIM_STATUSES).default('asserted'),
    /** When the claim was made, as typed (same reader as event dates). */
    date: Line.default(''),
    sources: z.array(SourceRef).max(100).default([]),
    notes: Text.default(''),
  })
  .strict()
  .refine((c) => c.claimant.partyId !== null || c.claimant.name !== '', {
    message: 'name the claimant',
    path: ['claimant'],
  });
export type ClaimFields = z.infer<typeof ClaimFields>;

export const ClaimRecord = z
  .object({ caseId: Id, objectId: Id, span: TimeSpan })
  .extend(ClaimFields.shape)
  .extend(RecordMeta.shape);
export type ClaimRecord = z.infer<typeof ClaimRecord>;

/** A party as shown in a chain: its name from the directory, or the name typed on the event. */
export const PartyName = z.object({ partyId: Id.nullable(), name: z.string() });

/** A payment an event cites, as the chain shows it beside the event. */
export const CitedPayment = z.object({
  id: Id,
  date: IsoDate,
  amount: Money,
  method: z.string(),
  /** Names as the directory has them now, or as typed on the payment. */
  payer: z.string(),
  beneficiary: z.string(),
  reference: z.string(),
});
export type CitedPayment = z.infer<typeof CitedPayment>;

/** One object's chain as the screens and reports show it. */
export const ProvenanceChain = z.object({
  objectId: Id,
  caseId: Id,
  events: z.array(ProvenanceEventRecord),
  claims: z.array(ClaimRecord),
  /** The AAM-style provenance line (English; the renderer builds it in the interface language). */
  aam: z.string(),
  /** Events whose order contradicts their dates: [earlier position, later position]. */
  orderProblems: z.array(z.object({ before: Id, after: Id })),
  /** Party names resolved from the directory, keyed by party id. */
  parties: z.record(z.string(), z.string()),
  /** The payments the events cite, keyed by payment id. */
  payments: z.record(z.string(), CitedPayment),
});
export type ProvenanceChain = z.infer<typeof ProvenanceChain>;
