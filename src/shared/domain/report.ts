import { z } from 'zod';
import { LanguageSchema, type Language } from '../ipc/schemas';
import { Id } from './common';

/**
 * PDF reports (issue #9, REFERENCE.md §9.3, §5, §4.5, §6): what can be generated, with which
 * parameters, and the register entry every generated PDF gets (ID, SHA-256, parameters,
 * operator), by which a PDF can later be recognised byte for byte.
 */

export const REPORT_KINDS = [
  'dossier',
  'mla',
  'return',
  'interpol',
  'custody',
  'seizure-receipt',
  /** The experts' request letter (issue #7): made on its consultation, registered like the rest. */
  'expert-letter',
] as const;
export const ReportKind = z.enum(REPORT_KINDS);
export type ReportKind = z.infer<typeof ReportKind>;

/** Kinds that go abroad: personal data of witnesses and informants is left out by default. */
export const INTERNATIONAL_KINDS: readonly ReportKind[] = ['mla', 'return', 'interpol'];

/** The sections of the prosecution dossier, in print order. */
export const DOSSIER_SECTIONS = [
  'summary',
  'parties',
  'seizures',
  'objects',
  'provenance',
  'finance',
  'opinions',
  'indicators',
  'documents',
  'audit',
] as const;
export const DossierSection = z.enum(DOSSIER_SECTIONS);
export type DossierSection = z.infer<typeof DossierSection>;

/**
 * Languages with report wording: every language of the interface. A request may be printed
 * bilingual side by side (`secondLanguage`).
 */
export const ReportLanguage = LanguageSchema;
export type ReportLanguage = Language;

/** Party roles whose personal data is protected: left out of international requests by default. */
export const PROTECTED_ROLES = ['witness', 'informant'] as const;

/**
 * Selective disclosure: what goes out in this report. `null` = everything of that kind the
 * report would show; a list = only those records (ids of the case's records). Witnesses and
 * informants are excluded unless `includeProtected` (default: included in the dossier, which
 * stays national, excluded from the international kinds).
 */
export const Disclosure = z
  .object({
    partyIds: z.array(Id).max(10_000).nullable().default(null),
    objectIds: z.array(Id).max(10_000).nullable().default(null),
    documentIds: z.array(Id).max(10_000).nullable().default(null),
    includeProtected: z.boolean().nullable().default(null),
  })
  .strict();
export type Disclosure = z.infer<typeof Disclosure>;
export type DisclosureInput = z.input<typeof Disclosure>;

export const ReportParams = z
  .object({
    caseId: Id,
    kind: ReportKind,
    language: ReportLanguage.default('en'),
    /** Bilingual side by side (requests); null or equal to `language` = one language. */
    secondLanguage: ReportLanguage.nullable().default(null),
    /** Dossier sections to print, in any order (printed in DOSSIER_SECTIONS order); null = all. */
    sections: z
      .array(DossierSection)
      .min(1, 'choose at least one section')
      .max(20)
      .nullable()
      .default(null),
    disclosure: Disclosure.default({
      partyIds: null,
      objectIds: null,
      documentIds: null,
      includeProtected: null,
    }),
    /** mla, return: the international request the report prints. */
    requestId: Id.nullable().default(null),
    /** interpol, custody: the object (null = every disclosed object of the case, one sheet each). */
    objectId: Id.nullable().default(null),
    /** seizure-receipt: the seizure. */
    seizureId: Id.nullable().default(null),
    /** expert-letter: the consultation whose request letter it is. */
    consultationId: Id.nullable().default(null),
  })
  .strict()
  .superRefine((p, ctx) => {
    if ((p.kind === 'mla' || p.kind === 'return') && p.requestId === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['requestId'],
        message: `a ${p.kind === 'mla' ? 'mutual legal assistance' : 'return'} report prints a request: choose it`,
      });
    }
    if (p.kind === 'seizure-receipt' && p.seizureId === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['seizureId'],
        message: 'a seizure receipt is made for one seizure: choose it',
      });
    }
  });
export type ReportParams = z.infer<typeof ReportParams>;
export type ReportParamsInput = z.input<typeof ReportParams>;

/** Whether witnesses and informants are printed, once the default for the kind is applied. */
export function includesProtected(p: Pick<ReportParams, 'kind' | 'disclosure'>): boolean {
  return p.disclosure.includeProtected ?? !INTERNATIONAL_KINDS.includes(p.kind);
}

/** Report IDs: "CR-" and three groups of four Crockford base-32 characters. */
export const ReportId = z
  .string()
  .regex(
    /^CR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/,
    'not a report ID like CR-7KQ2-M9XD-4T1B',
  );

/** One entry of the report register (immutable; regenerating identical bytes adds a generation). */
export const ReportRecord = z
  .object({
    id: ReportId,
    caseId: Id,
    caseReference: z.string(),
    kind: ReportKind,
    title: z.string(),
    params: ReportParams,
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    bytes: z.number().int().min(0),
    pages: z.number().int().min(0),
    /** The file name it was saved under (no directory: where it went is the operator's business). */
    fileName: z.string(),
    /** SHA-256 of the report model (the data the PDF was laid out from). */
    modelSha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** The headings printed, in order (what a reader of the register sees went out). */
    sections: z.array(z.string()),
    generatedAt: z.string(),
    generatedBy: z.string(),
    /** How many times these exact bytes were generated (same data, parameters and clock). */
    generations: z.number().int().min(1),
  })
  .strict();
export type ReportRecord = z.infer<typeof ReportRecord>;

/** The answer to "is this PDF one we generated, unaltered?". */
export const ReportVerification = z
  .object({
    match: z.boolean(),
    sha256: z.string(),
    bytes: z.number().int().min(0),
    /** The registered report with these exact bytes, when there is one. */
    report: ReportRecord.nullable(),
    /** A report ID printed in the file's metadata, when readable: names what it claims to be. */
    claimedId: z.string().nullable(),
    /** The registered report the file claims to be (by its ID), when the bytes do not match. */
    claimed: ReportRecord.nullable(),
  })
  .strict();
export type ReportVerification = z.infer<typeof ReportVerification>;

/** Steps of a report run, reported as task:progress (task 'report'). */
export const REPORT_STEPS = ['collect', 'images', 'layout', 'record', 'done'] as const;
export type ReportStep = (typeof REPORT_STEPS)[number];

export const ReportResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('generated'), report: ReportRecord, path: z.string() }).strict(),
  z.object({ status: z.literal('cancelled') }).strict(),
]);
export type ReportResult = z.infer<typeof ReportResult>;
