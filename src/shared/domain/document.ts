import { z } from 'zod';
import {
  Code,
  Country,
  DateTime,
  HandlingCode,
  Id,
  IsoDate,
  Line,
  PartialDate,
  RecordMeta,
  ShortLine,
  Text,
} from './common';
import { PartyRef } from './seizure';

/**
 * Documents (evidence items): a licence, an invoice, a catalogue page, a web capture… attached to
 * a case, described, assessed for authenticity and graded as intelligence (Europol 4x4,
 * REFERENCE.md §5.5). The file itself is an attachment (hashed on ingest); a document may also be
 * recorded before its file is in hand (e.g. a licence the holder mentions but never produced).
 */

export const DOCUMENT_ASSESSMENTS = ['not_assessed', 'genuine', 'doubtful', 'forged'] as const;
export type DocumentAssessmentStatus = (typeof DOCUMENT_ASSESSMENTS)[number];

/** Europol 4x4: source reliability (A, B, C, X) and information accuracy (1–4). */
export const SOURCE_RELIABILITY = ['A', 'B', 'C', 'X'] as const;
export const INFORMATION_ACCURACY = ['1', '2', '3', '4'] as const;
export const Grading = z
  .object({
    source: z.enum(SOURCE_RELIABILITY),
    information: z.enum(INFORMATION_ACCURACY),
  })
  .strict();
export type Grading = z.infer<typeof Grading>;

/** ISO 639-1 (or 639-2/3) language code, lower case: "sr", "en", "grc". */
export const LanguageCode = z
  .string()
  .trim()
  .regex(/^([a-z]{2,3}(-[A-Za-z]{2,4})?)?$/, 'not a language code such as sr or en');

export const DocumentAssessment = z
  .object({
    status: z.enum(DOCUMENT_ASSESSMENTS).default('not_assessed'),
    reason: Text.default(''),
    by: Line.default(''),
    on: IsoDate.nullable().default(null),
  })
  .strict()
  .refine((a) => a.status === 'not_assessed' || a.status === 'genuine' || a.reason.trim() !== '', {
    message: 'say why the document is doubtful or forged',
    path: ['reason'],
  });
export type DocumentAssessment = z.infer<typeof DocumentAssessment>;

export const WebCapture = z
  .object({
    url: z
      .string()
      .trim()
      .max(4000)
      .regex(/^(https?|ftp|onion):\/\/\S+$/i, 'not a web address like https://…'),
    /** UTC, or local with its offset, as the capture tool recorded it. */
    capturedAt: DateTime,
    tool: Line.default(''),
  })
  .strict();
export type WebCapture = z.infer<typeof WebCapture>;

export const DocumentFields = z
  .object({
    /** Vocabulary `document_type` (export licence, invoice, web capture…). */
    type: Code,
    title: Line.default(''),
    issuer: PartyRef.default({ partyId: null, name: '' }),
    /** The country whose authority issued it: an export licence from a transit country shows here. */
    issuerCountry: Country.nullable().default(null),
    number: ShortLine.default(''),
    issuedOn: PartialDate.nullable().default(null),
    language: LanguageCode.default(''),
    description: Text.default(''),
    assessment: DocumentAssessment.default({
      status: 'not_assessed',
      reason: '',
      by: '',
      on: null,
    }),
    grading: Grading.nullable().default(null),
    handlingCode: HandlingCode.nullable().default(null),
    webCapture: WebCapture.nullable().default(null),
    /** The seized objects the document concerns. */
    objectIds: z.array(Id).max(10_000).default([]),
  })
  .strict();
export type DocumentFields = z.infer<typeof DocumentFields>;
export type DocumentFieldsInput = z.input<typeof DocumentFields>;

export const DocumentRecord = DocumentFields.extend({
  caseId: Id,
  /** The stored file; null while only recorded (the paper has not been obtained). */
  attachmentId: Id.nullable(),
}).extend(RecordMeta.shape);
export type DocumentRecord = z.infer<typeof DocumentRecord>;

export const TEXT_STATUSES = [
  'extracted',
  'no_text',
  'not_extractable',
  'failed',
  'no_file',
] as const;

export const DocumentFile = z.object({
  attachmentId: Id,
  name: z.string(),
  mediaType: z.string(),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  ingestedAt: z.string(),
});
export type DocumentFile = z.infer<typeof DocumentFile>;

export const DocumentView = DocumentRecord.extend({
  file: DocumentFile.nullable(),
  /** Whether text could be read from the file for search (PDF text layer, plain text). */
  text: z.object({ status: z.enum(TEXT_STATUSES), pages: z.number().int().min(0) }),
  /** Provenance events and claims that cite the document. */
  citedBy: z.number().int().min(0),
});
export type DocumentView = z.infer<typeof DocumentView>;

/** Result of re-reading a document's file and comparing it with the hash taken on ingest. */
export const DocumentVerification = z.object({
  documentId: Id,
  ok: z.boolean(),
  sha256: z.string(),
  checkedAt: z.string(),
});
export type DocumentVerification = z.infer<typeof DocumentVerification>;
