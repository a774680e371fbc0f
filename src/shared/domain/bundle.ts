import { z } from 'zod';
import { CaseLink, CaseRecord, CaseStatusChange, JournalEntry } from './case';
import { Code, Id } from './common';
import { DocumentRecord, TEXT_STATUSES } from './document';
import { AccountRecord, ExchangeRateRecord, PaymentRecord, RelationshipRecord } from './finance';
import { ConsultationRecord, ExpertRecord, OpinionRecord } from './expert';
import {
  CATALOGUE_ORIGINS,
  IndicatorDefinition,
  ObservationRecord,
  RedListMatchRecord,
  SuggestionDecision,
} from './indicator';
import { RequestRecord } from './intl-request';
import { CustodyEntry, ExternalCheck, LegalStatusChange, ObjectRecord, Photo } from './object';
import { CaseParty, PartyRecord } from './party';
import { ClaimRecord, ProvenanceEventRecord } from './provenance';
import { ReportRecord } from './report';
import { SeizureRecord } from './seizure';
import { StatementImportRecord } from './statement';
import { VOCABULARY_KINDS } from './vocabularies';

/**
 * The case bundle: one or more cases with everything recorded about them, as one JSON file that
 * another case file (another unit, another country) can import. Records keep their identifiers,
 * versions and times, so importing a bundle twice changes nothing and export → import → export
 * gives the same bundle. References between records are by identifier and are checked on import.
 * Files (photos, certificates, documents' files) are either inline (base64) or side files next to
 * the bundle. Rows derived from records (which objects a document concerns, which documents an
 * event cites, search entries) are not carried: the importing case file derives them again.
 *
 * The JSON Schema in docs/schema/case-bundle.schema.json is generated from this (npm run schema).
 */
export const BUNDLE_FORMAT = 'custodia.case-bundle';
export const BUNDLE_VERSION = 1;

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 in lower-case hex');

/** A side file's path, relative to the bundle's folder, that cannot climb out of it. */
export const SideFilePath = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/, 'not a relative path of plain names')
  .refine((p) => !p.split('/').some((part) => part === '..' || part === '.'), {
    message: 'a side file path may not contain . or ..',
  });

export const BundleAttachment = z
  .object({
    id: Id,
    sha256: Sha256,
    name: z.string().min(1).max(1024),
    mediaType: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/, 'not a media type such as image/jpeg'),
    size: z.number().int().min(0),
    ingestedAt: z.string(),
    /** The content, base64; or `file`, a side file next to the bundle. Exactly one of the two. */
    data: z.string().optional(),
    file: SideFilePath.optional(),
  })
  .strict()
  .refine((a) => (a.data === undefined) !== (a.file === undefined), {
    message: 'an attachment needs exactly one of data (base64) or file (side file)',
    path: ['data'],
  });
export type BundleAttachment = z.infer<typeof BundleAttachment>;

/**
 * The text read from a document's file (PDF text layer, plain text), keyed by document, so that
 * search finds it after an import without reading the file again.
 */
export const BundleDocumentText = z
  .object({
    documentId: Id,
    status: z.enum(TEXT_STATUSES),
    pages: z.number().int().min(0),
    text: z.string().max(2_000_000),
  })
  .strict();
export type BundleDocumentText = z.infer<typeof BundleDocumentText>;

/** Vocabulary entries the bundle's records use that are not built in (a unit's own codes). */
export const BundleVocabularyEntry = z
  .object({
    kind: z.enum(VOCABULARY_KINDS),
    code: Code,
    label: z.string().min(1).max(500),
    parent: Code.nullable(),
  })
  .strict();

/**
 * A version of the indicator catalogue, whole (a version never changes), as the observations
 * that travel need it. Its number is not carried: numbers count the versions of one case file.
 */
export const BundleCatalogueVersion = z
  .object({
    id: Id,
    name: z.string().max(500),
    source: z.string().max(500),
    origin: z.enum(CATALOGUE_ORIGINS),
    fileSha256: Sha256.nullable(),
    mode: z.enum(['replace', 'extend']),
    createdAt: z.string(),
    createdBy: z.string(),
    /** In catalogue order. */
    indicators: z
      .array(IndicatorDefinition.extend({ id: Id }))
      .min(1)
      .max(2000),
  })
  .strict();
export type BundleCatalogueVersion = z.infer<typeof BundleCatalogueVersion>;

export const CaseBundle = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.literal(BUNDLE_VERSION),
    cases: z.array(CaseRecord).min(1, 'a bundle holds at least one case'),
    caseStatusChanges: z.array(CaseStatusChange).default([]),
    caseLinks: z.array(CaseLink).default([]),
    journal: z.array(JournalEntry).default([]),
    parties: z.array(PartyRecord).default([]),
    caseParties: z.array(CaseParty).default([]),
    seizures: z.array(SeizureRecord).default([]),
    objects: z.array(ObjectRecord).default([]),
    legalStatusChanges: z.array(LegalStatusChange).default([]),
    externalChecks: z.array(ExternalCheck).default([]),
    custody: z.array(CustodyEntry).default([]),
    photos: z.array(Photo).default([]),
    /** Evidence items; a document's file is one of `attachments`. */
    documents: z.array(DocumentRecord).default([]),
    documentTexts: z.array(BundleDocumentText).default([]),
    /** Provenance chains: events of the bundle's objects, with their cited documents. */
    provenanceEvents: z.array(ProvenanceEventRecord).default([]),
    ownershipClaims: z.array(ClaimRecord).default([]),
    /** The money side (issue #6): accounts and wallets of the cases. */
    accounts: z.array(AccountRecord).default([]),
    /** Statement imports: the file (one of `attachments`) and how it was read. */
    statementImports: z.array(StatementImportRecord).default([]),
    /** Payments, with the import and row they came from when they came from a statement. */
    payments: z.array(PaymentRecord).default([]),
    /** Ownership, directorship, family… links between parties. */
    relationships: z.array(RelationshipRecord).default([]),
    /**
     * The case file's exchange rates that the bundle's payments need (rates of their currencies
     * dated up to 7 days before a payment): rates are kept for the whole case file, not per case.
     */
    exchangeRates: z.array(ExchangeRateRecord).default([]),
    /**
     * Experts and opinions (issue #7): the experts of the case file's directory whom the cases'
     * consultations ask or whose opinions they hold (the directory is shared by all cases, so
     * an expert already there with the same identifier and content is reused), the cases'
     * consultations (which objects they ask about is derived from them on import), and the
     * opinions on the cases' objects (their signed report is one of `documents`).
     */
    experts: z.array(ExpertRecord).default([]),
    consultations: z.array(ConsultationRecord).default([]),
    opinions: z.array(OpinionRecord).default([]),
    /**
     * Trafficking indicators (issue #8): the catalogue versions whose indicators the cases'
     * observations name (whole versions; the shipped version has the same identifiers in every
     * case file), the observations with their status history, people's decisions on
     * suggestions, and the objects' Red List matches.
     */
    indicatorVersions: z.array(BundleCatalogueVersion).default([]),
    observations: z.array(ObservationRecord).default([]),
    suggestionDecisions: z.array(SuggestionDecision).default([]),
    redListMatches: z.array(RedListMatchRecord).default([]),
    /**
     * PDF reports (issue #9): the cases' international requests (mutual legal assistance, return
     * of a cultural object) with their status history, and the report register, one entry per
     * distinct PDF generated for the cases (its ID and SHA-256 are what a PDF is verified
     * against, so the receiving case file can recognise a copy that reached it byte for byte).
     */
    intlRequests: z.array(RequestRecord).default([]),
    reports: z.array(ReportRecord).default([]),
    attachments: z.array(BundleAttachment).default([]),
    vocabulary: z.array(BundleVocabularyEntry).default([]),
  })
  .strict();
export type CaseBundle = z.infer<typeof CaseBundle>;
export type CaseBundleInput = z.input<typeof CaseBundle>;
