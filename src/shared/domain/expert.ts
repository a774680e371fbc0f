import { z } from 'zod';
import { LanguageSchema } from '../ipc/schemas';
import { Code, Country, Id, IsoDate, Line, Money, RecordMeta, ShortLine, Text } from './common';
import { Dating } from './object';

/**
 * Experts and their opinions (issue #7, REFERENCE.md §9.1 ExpertOpinion, §7.1 CIDOC-CRM E13
 * Attribute Assignment):
 * - the **directory of experts** is shared by every case of the case file (a unit consults the
 *   same numismatist for many cases), with fields of expertise from an editable vocabulary;
 * - a **consultation** asks one expert questions about one or more objects of a case, under a
 *   mandate, by a deadline; its request letter is generated as PDF;
 * - an **opinion** is one expert's assertion about one object (method, findings, confidence,
 *   conclusion, the signed report as a hashed document). Opinions are never merged: several on
 *   one object coexist, as E13 attribute assignments do, and disagreements are shown side by side.
 */

/** A spoken language, ISO 639-1 (two letters) or 639-2 (three), e.g. "sr", "sq", "de", "grc". */
export const SpokenLanguage = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, 'not a language code such as sr, sq, mk or de');

export const ExpertFields = z
  .object({
    name: Line.pipe(z.string().min(1, 'the expert needs a name')),
    /** Academic or professional title, e.g. "Dr", "Prof.", "conservator". */
    title: ShortLine.default(''),
    institution: Line.default(''),
    country: Country.nullable().default(null),
    languages: z.array(SpokenLanguage).max(20).default([]),
    /** Codes of the `expertise_field` vocabulary. */
    fields: z.array(Code).min(1, 'name at least one field of expertise').max(30),
    /** Accreditation, or registration as a court expert (register and number). */
    accreditation: Line.default(''),
    courtRegistration: ShortLine.default(''),
    email: ShortLine.default(''),
    phone: ShortLine.default(''),
    address: Line.default(''),
    /** When and how the expert can be reached, fees, conflicts of interest to be aware of. */
    availability: Text.default(''),
    notes: Text.default(''),
    /** A retired expert stays in the directory (earlier opinions name them) but is not offered. */
    active: z.boolean().default(true),
  })
  .strict();
export type ExpertFields = z.infer<typeof ExpertFields>;
export type ExpertFieldsInput = z.input<typeof ExpertFields>;

export const ExpertRecord = ExpertFields.extend(RecordMeta.shape);
export type ExpertRecord = z.infer<typeof ExpertRecord>;

/** The question templates of a consultation (their wording is in the letter's languages). */
export const QUESTION_KINDS = [
  'authenticity',
  'dating',
  'origin',
  'significance',
  'red_list',
  'value',
  'custom',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const ConsultationQuestion = z
  .object({
    kind: z.enum(QUESTION_KINDS),
    /** The question as worded for this case; empty for a template = the standard wording. */
    text: Text.pipe(z.string().max(4000)).default(''),
  })
  .strict()
  .refine((q) => q.kind !== 'custom' || q.text.trim() !== '', {
    message: 'a question of your own needs its wording',
    path: ['text'],
  });
export type ConsultationQuestion = z.infer<typeof ConsultationQuestion>;

/** Stored states; "overdue" is derived from the deadline and the clock, never stored. */
export const CONSULTATION_STATUSES = ['drafted', 'sent', 'received', 'withdrawn'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];
/** What screens show: the stored state, or overdue for a sent request past its deadline. */
export const CONSULTATION_STATES = [...CONSULTATION_STATUSES, 'overdue'] as const;
export type ConsultationState = (typeof CONSULTATION_STATES)[number];

export const ConsultationFields = z
  .object({
    expertId: Id,
    objectIds: z
      .array(Id)
      .min(1, 'choose at least one object to ask about')
      .max(100)
      .refine((ids) => new Set(ids).size === ids.length, 'an object is listed twice'),
    questions: z.array(ConsultationQuestion).min(1, 'ask at least one question').max(30),
    /** Legal basis and mandate: the provision, who ordered the expert examination, its number. */
    legalBasis: Line.default(''),
    orderedBy: Line.default(''),
    orderReference: ShortLine.default(''),
    /** Our letter's reference number. */
    reference: ShortLine.default(''),
    deadline: IsoDate.nullable().default(null),
    status: z.enum(CONSULTATION_STATUSES).default('drafted'),
    sentOn: IsoDate.nullable().default(null),
    receivedOn: IsoDate.nullable().default(null),
    /** Language of the letter, and a second one printed beside it when the expert's differs. */
    language: LanguageSchema.default('en'),
    secondLanguage: LanguageSchema.nullable().default(null),
    /** Signing officer printed at the foot of the letter. */
    signatory: Line.default(''),
    notes: Text.default(''),
  })
  .strict();
export type ConsultationFields = z.infer<typeof ConsultationFields>;
export type ConsultationFieldsInput = z.input<typeof ConsultationFields>;

/** One generated request letter, kept so the copy sent can be recognised later. */
export const ConsultationLetter = z
  .object({
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    bytes: z.number().int().min(1),
    pages: z.number().int().min(1),
    generatedAt: z.string(),
    generatedBy: z.string(),
    language: LanguageSchema,
    secondLanguage: LanguageSchema.nullable(),
  })
  .strict();
export type ConsultationLetter = z.infer<typeof ConsultationLetter>;

export const ConsultationRecord = ConsultationFields.extend({
  caseId: Id,
  letters: z.array(ConsultationLetter).max(1000).default([]),
}).extend(RecordMeta.shape);
export type ConsultationRecord = z.infer<typeof ConsultationRecord>;

export const OPINION_METHODS = [
  'visual_stylistic',
  'xrf',
  'thermoluminescence',
  'radiocarbon',
  'metallurgy',
  'provenance_research',
  'other',
] as const;
export type OpinionMethod = (typeof OPINION_METHODS)[number];

export const AUTHENTICITY_FINDINGS = ['authentic', 'not_authentic', 'inconclusive'] as const;
export type AuthenticityFinding = (typeof AUTHENTICITY_FINDINGS)[number];

export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

export const OpinionFields = z
  .object({
    objectId: Id,
    expertId: Id,
    /** The consultation it answers, when there was one. */
    consultationId: Id.nullable().default(null),
    date: IsoDate,
    methods: z
      .array(z.enum(OPINION_METHODS))
      .min(1, 'name the method (or methods) the expert used')
      .max(OPINION_METHODS.length),
    /** Samples taken, instruments, the "other" method described. */
    methodNote: Text.default(''),
    /** Findings: null or empty = the expert did not address it. */
    authenticity: z.enum(AUTHENTICITY_FINDINGS).nullable().default(null),
    dating: Dating.default({ earliest: null, latest: null, text: '' }),
    origin: z
      .object({ text: Line.default(''), country: Country.nullable().default(null) })
      .strict()
      .default({ text: '', country: null }),
    significance: Text.default(''),
    /** A code of the `red_list_category` vocabulary (list → category). */
    redListCategory: Code.nullable().default(null),
    value: Money.nullable().default(null),
    confidence: z.enum(CONFIDENCE_LEVELS).default('medium'),
    conclusion: Text.pipe(z.string().trim().min(1, "write the expert's conclusion")),
    /** The signed report, a document of the case (its file hashed when it was added). */
    reportDocumentId: Id.nullable().default(null),
    notes: Text.default(''),
  })
  .strict();
export type OpinionFields = z.infer<typeof OpinionFields>;
export type OpinionFieldsInput = z.input<typeof OpinionFields>;

export const OpinionRecord = OpinionFields.extend({ caseId: Id }).extend(RecordMeta.shape);
export type OpinionRecord = z.infer<typeof OpinionRecord>;
