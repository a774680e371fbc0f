import { z } from 'zod';
import { Code, Country, Id } from './common';
import {
  CONSULTATION_STATES,
  ConsultationRecord,
  ExpertRecord,
  OpinionRecord,
  SpokenLanguage,
} from './expert';

/**
 * What the experts' services return to the screens (issue #7): the directory with each expert's
 * record of consultations, consultations with their derived state (overdue from the clock),
 * opinions with the expert and the signed report resolved, and an object's opinions summarised.
 */

export const ExpertListQuery = z
  .object({
    /** Name, institution, e-mail, notes; folded (case, diacritics, Latin ↔ Cyrillic). */
    text: z.string().trim().max(200).optional(),
    field: Code.optional(),
    country: Country.optional(),
    language: SpokenLanguage.optional(),
    includeInactive: z.boolean().optional(),
  })
  .strict();
export type ExpertListQuery = z.infer<typeof ExpertListQuery>;

export const ExpertView = ExpertRecord.extend({
  /** Consultations sent to the expert (all cases), those still open, and those overdue now. */
  consultationCount: z.number().int().min(0),
  openCount: z.number().int().min(0),
  overdueCount: z.number().int().min(0),
  opinionCount: z.number().int().min(0),
  /** Days from sent to received, median over the answered consultations; null when none. */
  medianTurnaroundDays: z.number().nullable(),
  lastConsultedOn: z.string().nullable(),
});
export type ExpertView = z.infer<typeof ExpertView>;

export const ConsultationObject = z.object({
  id: Id,
  exhibitNumber: z.string(),
  title: z.string(),
});

export const ConsultationView = ConsultationRecord.extend({
  caseReference: z.string(),
  expertName: z.string(),
  expertInstitution: z.string(),
  expertCountry: Country.nullable(),
  objects: z.array(ConsultationObject),
  /** Stored status, or "overdue" when sent, not received and past the deadline today. */
  state: z.enum(CONSULTATION_STATES),
  /** Whole days past the deadline (overdue only). */
  overdueDays: z.number().int().min(1).nullable(),
  /** Whole days from sent to received (received only). */
  turnaroundDays: z.number().int().min(0).nullable(),
  opinionCount: z.number().int().min(0),
});
export type ConsultationView = z.infer<typeof ConsultationView>;

export const ExpertDetail = z.object({
  expert: ExpertView,
  consultations: z.array(ConsultationView),
});
export type ExpertDetail = z.infer<typeof ExpertDetail>;

export const OpinionView = OpinionRecord.extend({
  expertName: z.string(),
  expertTitle: z.string(),
  expertInstitution: z.string(),
  expertCountry: Country.nullable(),
  exhibitNumber: z.string(),
  report: z.object({ id: Id, title: z.string(), sha256: z.string().nullable() }).nullable(),
});
export type OpinionView = z.infer<typeof OpinionView>;

export const OPINION_ASPECTS = ['authenticity', 'dating', 'origin', 'value', 'redList'] as const;
export type OpinionAspect = (typeof OPINION_ASPECTS)[number];

/**
 * One aspect of an object across its opinions: "none" (no opinion addresses it), "single",
 * "agreed" (several, compatible) or "disputed" (incompatible positions, each naming its opinions).
 */
export const AspectSummary = z.object({
  aspect: z.enum(OPINION_ASPECTS),
  state: z.enum(['none', 'single', 'agreed', 'disputed']),
  positions: z.array(
    z.object({
      /**
       * Language-neutral: an authenticity code, a country code, a year range "-400/-300",
       * an amount "1200.00 EUR", a Red List category code. Screens format it.
       */
      value: z.string(),
      opinionIds: z.array(Id).min(1),
    }),
  ),
});
export type AspectSummary = z.infer<typeof AspectSummary>;

export const ObjectOpinions = z.object({
  opinions: z.array(OpinionView),
  summary: z.array(AspectSummary),
});
export type ObjectOpinions = z.infer<typeof ObjectOpinions>;

/** Result of importing a directory file: who was added, who was already there. */
export const ExpertImportResult = z.object({
  added: z.number().int().min(0),
  skipped: z.array(
    z.object({ row: z.number().int().min(1), name: z.string(), reason: z.string() }),
  ),
  sha256: z.string(),
});
export type ExpertImportResult = z.infer<typeof ExpertImportResult>;
