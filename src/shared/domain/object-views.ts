import { z } from 'zod';
import { Code, Id, IsoDate, Line, Text } from './common';
import {
  CustodyEntry,
  ExternalCheck,
  LegalStatus,
  LegalStatusChange,
  ObjectRecord,
  type LegalStatus as LegalStatusType,
} from './object';
import { SeizureRecord } from './seizure';

/**
 * What the object and seizure screens are given: small summaries for long lists, and composed
 * views of one record with its histories. Inputs of the list query live here too, so the core and
 * the IPC contract check them the same way.
 */

/**
 * Which legal status may follow which. Returned, restituted and released objects can only be
 * seized again (a re-seizure); a confiscation ends in restitution or return.
 */
export const LEGAL_STATUS_TRANSITIONS: Record<LegalStatusType, readonly LegalStatusType[]> = {
  seized: ['frozen', 'confiscated', 'returned', 'restituted', 'released'],
  frozen: ['seized', 'confiscated', 'released', 'returned', 'restituted'],
  confiscated: ['restituted', 'returned'],
  returned: ['seized'],
  restituted: ['seized'],
  released: ['seized'],
};

/** One row of an object list: enough for a table and its thumbnail, nothing parsed in bulk. */
export const ObjectSummary = z.object({
  id: Id,
  caseId: Id,
  exhibitNumber: z.string(),
  title: z.string(),
  typeL1: z.string(),
  typeL2: z.string().nullable(),
  legalStatus: LegalStatus,
  lotCount: z.number().int().nullable(),
  lotId: Id.nullable(),
  seizureId: Id.nullable(),
  photoCount: z.number().int().min(0),
  coverAttachmentId: Id.nullable(),
  datingText: z.string(),
  countryOfOrigin: z.string().nullable(),
  version: z.number().int().min(1),
  updatedAt: z.string(),
});
export type ObjectSummary = z.infer<typeof ObjectSummary>;

export const OBJECT_LIST_SORTS = ['exhibit', 'type', 'legalStatus', 'updated'] as const;
export const OBJECT_LIST_MAX = 500;

export const ObjectListFilters = z
  .object({
    typeL1: Code.optional(),
    legalStatus: z.array(LegalStatus).max(6).optional(),
    seizureId: Id.optional(),
    lotId: Id.optional(),
    updatedFrom: IsoDate.optional(),
    updatedTo: IsoDate.optional(),
  })
  .strict();

export const ObjectListQuery = z
  .object({
    caseId: Id,
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(OBJECT_LIST_MAX).default(100),
    sort: z.enum(OBJECT_LIST_SORTS).default('exhibit'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    filters: ObjectListFilters.default({}),
  })
  .strict();
export type ObjectListQuery = z.input<typeof ObjectListQuery>;

export const ObjectPage = z.object({
  total: z.number().int().min(0),
  rows: z.array(ObjectSummary),
});
export type ObjectPage = z.infer<typeof ObjectPage>;

export const SeizureSummary = z.object({
  id: Id,
  caseId: Id,
  reference: z.string(),
  seizedAt: z.string(),
  place: z.string(),
  legalBasis: z.string(),
  authority: z.string(),
  /** Object records of the seizure (a lot counts once). */
  objectCount: z.number().int().min(0),
  /** Items seized: a lot counts its lotCount, items described out of a lot are not counted twice. */
  itemCount: z.number().int().min(0),
  version: z.number().int().min(1),
});
export type SeizureSummary = z.infer<typeof SeizureSummary>;

export const SeizureView = z.object({ record: SeizureRecord, objects: ObjectPage });
export type SeizureView = z.infer<typeof SeizureView>;

export const ExternalCheckView = ExternalCheck.extend({
  /** The UI states that a check without a hit never proves a licit origin. */
  noHitDisclaimer: z.boolean(),
});
export type ExternalCheckView = z.infer<typeof ExternalCheckView>;

export const CustodyEntryView = CustodyEntry.extend({
  /** The later entry that corrects this one; a corrected entry stays listed but counts no more. */
  correctedBy: Id.nullable(),
});
export type CustodyEntryView = z.infer<typeof CustodyEntryView>;

export const CustodyCurrent = z.object({
  location: z.string(),
  custodian: z.string(),
  sealNumber: z.string(),
  lastAction: CustodyEntry.shape.action,
  at: z.string(),
});
export type CustodyCurrent = z.infer<typeof CustodyCurrent>;

export const CustodyView = z.object({
  entries: z.array(CustodyEntryView),
  /** Derived from the entries in time order, corrected entries left out; null before the first. */
  current: CustodyCurrent.nullable(),
});
export type CustodyView = z.infer<typeof CustodyView>;

export const LotView = z.object({
  lotCount: z.number().int(),
  /** Items described one by one out of the lot (a sub-lot counts its own lotCount). */
  describedItems: z.number().int().min(0),
  items: ObjectPage,
});
export type LotView = z.infer<typeof LotView>;

export const ObjectView = z.object({
  record: ObjectRecord,
  legalStatusHistory: z.array(LegalStatusChange),
  allowedLegalStatuses: z.array(LegalStatus),
  checks: z.array(ExternalCheckView),
  custody: CustodyView,
  /** Set when the object is a lot. */
  lot: LotView.nullable(),
  /** The lot this object was described out of. */
  partOfLot: ObjectSummary.nullable(),
  seizure: SeizureSummary.nullable(),
  photoCount: z.number().int().min(0),
  coverAttachmentId: Id.nullable(),
});
export type ObjectView = z.infer<typeof ObjectView>;

export const LegalStatusChangeInput = z
  .object({
    objectId: Id,
    version: z.number().int().min(1),
    to: LegalStatus,
    on: IsoDate,
    reference: Line.default(''),
    note: Text.default(''),
  })
  .strict();
export type LegalStatusChangeInput = z.input<typeof LegalStatusChangeInput>;

export const SPLIT_MAX = 2000;

export const SplitResult = z.object({
  lotId: Id,
  lotCount: z.number().int(),
  describedItems: z.number().int().min(0),
  created: z.array(ObjectSummary),
});
export type SplitResult = z.infer<typeof SplitResult>;
