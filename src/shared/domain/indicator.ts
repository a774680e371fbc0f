import { z } from 'zod';
import { Code, Id, IsoDate, Line, RecordMeta, Text } from './common';
import { EvidenceRef, Finding } from './finding';

/**
 * Trafficking indicators (issue #8, REFERENCE.md §2, §3):
 * - the **catalogue** is reference data a unit may replace or extend (the DCAF/OSCE "Common List"
 *   is not public): each import or edit makes a new, immutable **version**, and an observation
 *   points at the indicator *of its version*, so it keeps the wording it was made under;
 * - an **observation** records that an indicator was seen on a case, object, party, payment or
 *   document, by whom, when, on what evidence, suspected → confirmed or dismissed (with reason),
 *   its status history kept so the risk of any past day can be recomputed;
 * - **suggestions** are findings of the analysis registry that map to an indicator; a person
 *   accepts one (it becomes an observation citing the finding's evidence) or dismisses it with a
 *   reason. Nothing is recorded silently;
 * - a **Red List match** says an object belongs to an ICOM Red List category, who assessed it, when.
 */

export const INDICATOR_THEMES = [
  'object',
  'documents',
  'transaction',
  'persons',
  'transport',
  'online',
] as const;
export type IndicatorTheme = (typeof INDICATOR_THEMES)[number];

/** What an indicator can be observed on. */
export const INDICATOR_SUBJECTS = [
  'case',
  'object',
  'document',
  'payment',
  'party',
  'shipment',
  'listing',
] as const;
export type IndicatorSubject = (typeof INDICATOR_SUBJECTS)[number];

export const IndicatorCode = z
  .string()
  .trim()
  .min(1, 'an indicator needs a code such as A1')
  .max(16)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'not an indicator code (letters, digits, . _ -)');

/** One indicator as a catalogue file and the shipped catalogue state it. */
export const IndicatorDefinition = z
  .object({
    code: IndicatorCode,
    theme: z.enum(INDICATOR_THEMES),
    text: Text.pipe(z.string().trim().min(1, 'the indicator has no text').max(2000)),
    source: Line.default(''),
    /** 1 (weak) … 5 (strong): how much one observation adds to the risk score. */
    weight: z.number().int().min(1).max(5),
    appliesTo: z
      .array(z.enum(INDICATOR_SUBJECTS))
      .min(1, 'say what the indicator applies to')
      .max(INDICATOR_SUBJECTS.length),
  })
  .strict();
export type IndicatorDefinition = z.infer<typeof IndicatorDefinition>;

/** A catalogue as exchanged between units (JSON; CSV has the same columns, appliesTo `;`-separated). */
export const CatalogueFile = z
  .object({
    format: z.literal('custodia-indicators'),
    version: z.literal(1),
    name: Line.pipe(z.string().min(1, 'the catalogue needs a name')),
    source: Line.default(''),
    indicators: z
      .array(IndicatorDefinition)
      .min(1, 'the catalogue has no indicators')
      .max(2000)
      .superRefine((list, ctx) => {
        const seen = new Map<string, number>();
        list.forEach((ind, i) => {
          const key = ind.code.toUpperCase();
          const first = seen.get(key);
          if (first !== undefined) {
            ctx.addIssue({
              code: 'custom',
              path: [i, 'code'],
              message: `the code ${ind.code} is used twice (also by indicator ${first + 1})`,
            });
          } else seen.set(key, i);
        });
      }),
  })
  .strict();
export type CatalogueFile = z.infer<typeof CatalogueFile>;

export const CATALOGUE_ORIGINS = ['shipped', 'file', 'edit'] as const;

/** One version of the catalogue; its indicators never change once written. */
export const CatalogueVersion = z.object({
  id: Id,
  /** 1, 2, 3… in the order versions were made. */
  number: z.number().int().min(1),
  name: z.string(),
  source: z.string(),
  origin: z.enum(CATALOGUE_ORIGINS),
  /** SHA-256 of the imported file (origin "file"). */
  fileSha256: z.string().nullable(),
  /** Replaces the previous version ("replace") or adds to / overrides it by code ("extend"). */
  mode: z.enum(['replace', 'extend']),
  indicatorCount: z.number().int().min(0),
  createdAt: z.string(),
  createdBy: z.string(),
  /** The version new observations and suggestions use (the latest). */
  current: z.boolean(),
});
export type CatalogueVersion = z.infer<typeof CatalogueVersion>;

/** An indicator of one catalogue version, as stored. */
export const Indicator = IndicatorDefinition.extend({ id: Id, versionId: Id });
export type Indicator = z.infer<typeof Indicator>;

export const OBSERVATION_STATUSES = ['suspected', 'confirmed', 'dismissed'] as const;
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];

/** What an observation rests on: records of the case (documents, photos, events, payments…). */
export const OBSERVATION_EVIDENCE_KINDS = [
  'document',
  'photo',
  'provenance_event',
  'payment',
  'account',
  'relationship',
  'claim',
  'custody',
  'seizure',
  'object',
  'party',
] as const;
export const ObservationEvidence = z
  .object({ kind: z.enum(OBSERVATION_EVIDENCE_KINDS), id: Id })
  .strict();
export type ObservationEvidence = z.infer<typeof ObservationEvidence>;

export const ObservationFields = z
  .object({
    indicatorId: Id,
    /** What it was seen on; for "case" the id is the case's. */
    subject: z
      .object({ kind: z.enum(['case', 'object', 'document', 'payment', 'party']), id: Id })
      .strict(),
    observedBy: Line.pipe(z.string().min(1, 'who observed it?')),
    observedOn: IsoDate,
    evidence: z.array(ObservationEvidence).max(100).default([]),
    note: Text.default(''),
    status: z.enum(OBSERVATION_STATUSES).default('suspected'),
    /** Required when dismissed: why the indicator does not hold. */
    dismissReason: Text.default(''),
  })
  .strict()
  .refine((o) => o.status !== 'dismissed' || o.dismissReason.trim() !== '', {
    message: 'say why the indicator is dismissed',
    path: ['dismissReason'],
  });
export type ObservationFields = z.infer<typeof ObservationFields>;
export type ObservationFieldsInput = z.input<typeof ObservationFields>;

export const StatusChange = z.object({
  status: z.enum(OBSERVATION_STATUSES),
  at: z.string(),
  by: z.string(),
  reason: z.string(),
});
export type StatusChange = z.infer<typeof StatusChange>;

export const ObservationRecord = ObservationFields.extend({
  caseId: Id,
  /** The finding it was accepted from, when it came from a suggestion. */
  findingKey: z.string().nullable().default(null),
  history: z.array(StatusChange).max(1000).default([]),
}).extend(RecordMeta.shape);
export type ObservationRecord = z.infer<typeof ObservationRecord>;

/** A person's decision on one suggestion (finding key + indicator code). */
export const SuggestionDecision = z.object({
  id: Id,
  caseId: Id,
  findingKey: z.string(),
  indicatorCode: z.string(),
  decision: z.enum(['accepted', 'dismissed']),
  reason: z.string(),
  observationId: Id.nullable(),
  decidedAt: z.string(),
  decidedBy: z.string(),
});
export type SuggestionDecision = z.infer<typeof SuggestionDecision>;

/** An indicator the case file's own data shows, explained by the finding behind it. */
export const Suggestion = z.object({
  /** `<findingKey>#<indicatorCode>`: what a decision refers to. */
  key: z.string(),
  indicatorCode: z.string(),
  /** The indicator of the current catalogue with that code; null when the catalogue lacks it. */
  indicator: Indicator.nullable(),
  finding: Finding,
  state: z.enum(['pending', 'accepted', 'dismissed']),
  decision: SuggestionDecision.nullable(),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const RedListMatchFields = z
  .object({
    objectId: Id,
    /** A level-2 code of the `red_list_category` vocabulary (list → category). */
    category: Code,
    assessedBy: Line.pipe(z.string().min(1, 'who assessed the match?')),
    assessedOn: IsoDate,
    confidence: z.enum(['high', 'medium', 'low']).default('medium'),
    note: Text.default(''),
  })
  .strict();
export type RedListMatchFields = z.infer<typeof RedListMatchFields>;
export const RedListMatchRecord = RedListMatchFields.extend({ caseId: Id }).extend(
  RecordMeta.shape,
);
export type RedListMatchRecord = z.infer<typeof RedListMatchRecord>;

/** ICOM Red Lists as reference data; their categories are the `red_list_category` vocabulary. */
export const RedList = z.object({
  /** The level-1 code of the vocabulary, e.g. "see-2021". */
  code: Code,
  title: z.string(),
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)),
  year: z.number().int(),
  emergency: z.boolean(),
});
export type RedList = z.infer<typeof RedList>;

/** The risk of a case or object: weighted observations by theme, the formula, the week's change. */
export const RiskOverview = z.object({
  scope: z.object({ caseId: Id, objectId: Id.nullable() }),
  /** The day the overview is computed for, and the day a week before. */
  asOf: IsoDate,
  weekAgo: IsoDate,
  score: z.number(),
  scoreWeekAgo: z.number(),
  /** The formula in words with its factors, as screens and reports print it. */
  formula: z.string(),
  statusFactors: z.object({ confirmed: z.number(), suspected: z.number() }),
  themes: z.array(
    z.object({
      theme: z.enum(INDICATOR_THEMES),
      score: z.number(),
      confirmed: z.number().int(),
      suspected: z.number().int(),
      indicators: z.array(
        z.object({
          code: z.string(),
          text: z.string(),
          weight: z.number().int(),
          status: z.enum(['suspected', 'confirmed']),
          observationIds: z.array(Id),
          contribution: z.number(),
        }),
      ),
    }),
  ),
  pendingSuggestions: z.number().int(),
  /** What changed in the last seven days: observations added or moved to another status. */
  changes: z.array(
    z.object({
      observationId: Id,
      code: z.string(),
      from: z.enum(OBSERVATION_STATUSES).nullable(),
      to: z.enum(OBSERVATION_STATUSES),
      at: z.string(),
      by: z.string(),
    }),
  ),
});
export type RiskOverview = z.infer<typeof RiskOverview>;

export const ObservationView = ObservationRecord.extend({
  indicator: Indicator,
  /** The catalogue version the observation was made under, and whether it is still current. */
  versionNumber: z.number().int(),
  versionCurrent: z.boolean(),
  subjectLabel: z.string(),
  evidenceLabels: z.array(EvidenceRef),
});
export type ObservationView = z.infer<typeof ObservationView>;

export const CatalogueImportResult = z.object({
  version: CatalogueVersion,
  added: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
});
export type CatalogueImportResult = z.infer<typeof CatalogueImportResult>;
