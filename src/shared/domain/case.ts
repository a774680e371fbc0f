import { z } from 'zod';
import {
  Code,
  DateTime,
  HandlingCode,
  Id,
  IsoDate,
  Line,
  Lines,
  RecordMeta,
  ShortLine,
  Text,
} from './common';

/** open → under investigation → referred to prosecution → closed → archived. */
export const CASE_STATUSES = [
  'open',
  'under_investigation',
  'referred',
  'closed',
  'archived',
] as const;
export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;

/** Which status may follow which. Reopening goes back to "under investigation". */
export const CASE_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  open: ['under_investigation', 'closed'],
  under_investigation: ['referred', 'closed'],
  referred: ['under_investigation', 'closed'],
  closed: ['under_investigation', 'archived'],
  archived: ['closed'],
};

export const CaseReference = z
  .string()
  .trim()
  .min(1, 'the case needs a reference number')
  .max(64)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}/._ -]*$/u, 'letters, digits and / . _ - only');

/** The editable part of a case (status and dates of status changes have their own operations). */
export const CaseFields = z
  .object({
    reference: CaseReference,
    title: z.string().trim().min(1, 'the case needs a title').max(300),
    offences: z.array(Code).max(30).default([]),
    jurisdiction: Line.default(''),
    unit: Line.default(''),
    leadInvestigator: Line.default(''),
    prosecutor: Line.default(''),
    prosecutionReference: Line.default(''),
    openedOn: IsoDate,
    summary: Text.default(''),
    classification: Code.default('restricted'),
    handlingCode: HandlingCode.default('H1'),
    tags: Lines(50).pipe(z.array(ShortLine)).default([]),
  })
  .strict();
export type CaseFields = z.infer<typeof CaseFields>;
export type CaseFieldsInput = z.input<typeof CaseFields>;

export const CaseRecord = CaseFields.extend({
  status: CaseStatus,
  closedOn: IsoDate.nullable(),
}).extend(RecordMeta.shape);
export type CaseRecord = z.infer<typeof CaseRecord>;

export const CaseStatusChange = z
  .object({
    id: Id,
    caseId: Id,
    from: CaseStatus.nullable(),
    to: CaseStatus,
    on: IsoDate,
    note: Text.default(''),
    recordedAt: z.string(),
    recordedBy: z.string(),
  })
  .strict();
export type CaseStatusChange = z.infer<typeof CaseStatusChange>;

export const CASE_LINK_RELATIONS = [
  'related',
  'same_suspects',
  'same_objects',
  'split_from',
  'joined_with',
] as const;
export const CaseLink = z
  .object({
    id: Id,
    caseId: Id,
    otherCaseId: Id,
    relation: z.enum(CASE_LINK_RELATIONS),
    note: Line.default(''),
    createdAt: z.string(),
  })
  .strict();
export type CaseLink = z.infer<typeof CaseLink>;

export const JournalFields = z
  .object({
    at: DateTime,
    body: Text.refine((s) => s.trim().length > 0, 'the note is empty'),
  })
  .strict();
export const JournalEntry = JournalFields.extend({
  caseId: Id,
  author: z.string(),
}).extend(RecordMeta.shape);
export type JournalEntry = z.infer<typeof JournalEntry>;

export const CaseSummary = z.object({
  id: Id,
  reference: z.string(),
  title: z.string(),
  status: CaseStatus,
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  offences: z.array(z.string()),
  leadInvestigator: z.string(),
  handlingCode: HandlingCode,
  counts: z.object({ objects: z.number(), parties: z.number(), seizures: z.number() }),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseLinkView = CaseLink.extend({
  other: z.object({ id: Id, reference: z.string(), title: z.string() }),
});
export type CaseLinkView = z.infer<typeof CaseLinkView>;
