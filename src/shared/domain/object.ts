import { z } from 'zod';
import {
  Certainty,
  Code,
  Country,
  DateTime,
  Id,
  IsoDate,
  Latitude,
  Line,
  Lines,
  Longitude,
  Money,
  PartialDate,
  RecordMeta,
  ShortLine,
  Text,
} from './common';
import { EU_2019_880_PARTS, UNESCO_1970_CATEGORIES } from './vocabularies';

export const DIMENSIONS = [
  'height',
  'width',
  'depth',
  'length',
  'diameter',
  'thickness',
  'weight',
  'circumference',
] as const;
export const UNITS = ['mm', 'cm', 'm', 'in', 'g', 'kg', 'ct', 'oz'] as const;
export const Measurement = z
  .object({
    dimension: z.enum(DIMENSIONS),
    value: z.number().positive().max(1e7),
    unit: z.enum(UNITS),
  })
  .strict()
  .refine((m) => (m.dimension === 'weight') === ['g', 'kg', 'ct', 'oz'].includes(m.unit), {
    message: 'a weight needs g, kg, ct or oz; a length needs mm, cm, m or in',
    path: ['unit'],
  });

export const INSCRIPTION_KINDS = [
  'inscription',
  'signature',
  'dedication',
  'maker_mark',
  'hallmark',
  'property_mark',
  'inventory_number',
  'label',
  'other',
] as const;
export const Inscription = z
  .object({
    kind: z.enum(INSCRIPTION_KINDS),
    text: Text.pipe(z.string().max(5000)),
    position: Line.default(''),
    /** Script or language as read, e.g. "Greek", "Church Slavonic", "Latin". */
    script: ShortLine.default(''),
  })
  .strict();

/** Years; negative for BC. "Late Bronze Age", "c. 1550–1580" go in `text`. */
export const Dating = z
  .object({
    earliest: z.number().int().min(-3_000_000).max(3000).nullable().default(null),
    latest: z.number().int().min(-3_000_000).max(3000).nullable().default(null),
    text: Line.default(''),
  })
  .strict()
  .refine((d) => d.earliest === null || d.latest === null || d.earliest <= d.latest, {
    message: 'the earliest year is after the latest',
    path: ['latest'],
  });

export const PhotoRole = z.enum(['overall', 'detail', 'marking', 'damage', 'scale', 'in-situ']);
export type PhotoRole = z.infer<typeof PhotoRole>;

export const LEGAL_STATUSES = [
  'seized',
  'frozen',
  'confiscated',
  'returned',
  'restituted',
  'released',
] as const;
export const LegalStatus = z.enum(LEGAL_STATUSES);
export type LegalStatus = z.infer<typeof LegalStatus>;

export const AUTHENTICITY = ['undetermined', 'genuine', 'doubtful', 'fake'] as const;
export const CONDITION_GRADES = ['unknown', 'good', 'fair', 'poor', 'fragmentary'] as const;
export const VALUATION_BASES = [
  'market',
  'insurance',
  'declared',
  'expert_estimate',
  'sale_price',
] as const;

/** Object ID (ICOM) core and optional categories, plus what an investigation adds to it. */
export const ObjectFields = z
  .object({
    exhibitNumber: ShortLine.pipe(z.string().min(1, 'the object needs an exhibit number')),
    seizureId: Id.nullable().default(null),
    /** A lot (e.g. 1,200 coins) is one record with a count; items described one by one point to it. */
    lotCount: z.number().int().min(2).max(10_000_000).nullable().default(null),
    lotId: Id.nullable().default(null),

    // Object ID core
    typeL1: Code,
    typeL2: Code.nullable().default(null),
    measurements: z.array(Measurement).max(20).default([]),
    materials: Lines(30).default([]),
    techniques: Lines(30).default([]),
    inscriptions: z.array(Inscription).max(50).default([]),
    dating: Dating.default({ earliest: null, latest: null, text: '' }),
    maker: Line.default(''),
    subject: Line.default(''),
    title: Line.default(''),
    distinguishingFeatures: Text.default(''),
    description: Text.default(''),

    // Object ID additional categories
    inventoryNumber: ShortLine.default(''),
    relatedWrittenMaterial: Text.default(''),
    placeOfOrigin: z
      .object({
        text: Line.default(''),
        country: Country.nullable().default(null),
        lat: Latitude.nullable().default(null),
        lon: Longitude.nullable().default(null),
      })
      .strict()
      .default({ text: '', country: null, lat: null, lon: null }),
    relatedObjects: z
      .array(z.object({ objectId: Id, relation: ShortLine.default('') }).strict())
      .max(50)
      .default([]),
    dateDocumented: IsoDate.nullable().default(null),

    // Legal classification
    unesco1970: z.array(z.enum(UNESCO_1970_CATEGORIES)).max(11).default([]),
    eu2019880Part: z.enum(EU_2019_880_PARTS).nullable().default(null),
    reg116Category: Code.nullable().default(null),
    nationalTreasure: z.boolean().default(false),

    countryOfOrigin: Country.nullable().default(null),
    countryOfOriginCertainty: Certainty.default('unknown'),
    valuation: z
      .object({
        value: Money,
        basis: z.enum(VALUATION_BASES),
        valuer: Line.default(''),
        on: PartialDate.nullable().default(null),
      })
      .strict()
      .nullable()
      .default(null),
    authenticity: z.enum(AUTHENTICITY).default('undetermined'),
    condition: z
      .object({ grade: z.enum(CONDITION_GRADES).default('unknown'), note: Text.default('') })
      .strict()
      .default({ grade: 'unknown', note: '' }),
  })
  .strict();
export type ObjectFields = z.infer<typeof ObjectFields>;
export type ObjectFieldsInput = z.input<typeof ObjectFields>;

export const ObjectRecord = ObjectFields.extend({
  caseId: Id,
  legalStatus: LegalStatus,
}).extend(RecordMeta.shape);
export type ObjectRecord = z.infer<typeof ObjectRecord>;

export const LegalStatusChange = z
  .object({
    id: Id,
    objectId: Id,
    from: LegalStatus.nullable(),
    to: LegalStatus,
    on: IsoDate,
    /** Court order, decision number… */
    reference: Line.default(''),
    note: Text.default(''),
    recordedAt: z.string(),
    recordedBy: z.string(),
  })
  .strict();
export type LegalStatusChange = z.infer<typeof LegalStatusChange>;

export const CHECK_RESULTS = ['hit', 'no_hit', 'possible_match'] as const;
export const ExternalCheckFields = z
  .object({
    database: Code,
    checkedOn: IsoDate,
    checkedBy: Line.pipe(z.string().min(1, 'who ran the check?')),
    queryKind: z.enum(['text', 'image', 'text_and_image']),
    query: Text.pipe(z.string().max(5000)).default(''),
    result: z.enum(CHECK_RESULTS),
    reference: Line.default(''),
    certificateAttachmentId: Id.nullable().default(null),
    note: Text.default(''),
  })
  .strict();
export const ExternalCheck = ExternalCheckFields.extend({ objectId: Id }).extend(RecordMeta.shape);
export type ExternalCheck = z.infer<typeof ExternalCheck>;

export const Photo = z
  .object({
    id: Id,
    objectId: Id,
    attachmentId: Id,
    role: PhotoRole,
    caption: Line.default(''),
    position: z.number().int().min(0),
    createdAt: z.string(),
  })
  .strict();
export type Photo = z.infer<typeof Photo>;

export const CUSTODY_ACTIONS = [
  'collect',
  'package_seal',
  'store',
  'check_out',
  'transfer',
  'examine',
  'sample',
  'return',
  'dispose',
] as const;
export const SEAL_CHECKS = ['intact', 'broken', 'not_applicable'] as const;

export const CustodyFields = z
  .object({
    action: z.enum(CUSTODY_ACTIONS),
    at: DateTime,
    from: Line.default(''),
    to: Line.default(''),
    location: Line.default(''),
    purpose: Line.default(''),
    authority: Line.default(''),
    condition: Line.default(''),
    sealCheck: z.enum(SEAL_CHECKS).default('not_applicable'),
    newSealNumber: ShortLine.default(''),
    note: Text.default(''),
    /** A correction is a new entry pointing at the wrong one; entries are never edited. */
    correctsEntryId: Id.nullable().default(null),
  })
  .strict();
export type CustodyFieldsInput = z.input<typeof CustodyFields>;
export const CustodyEntry = CustodyFields.extend({
  id: Id,
  objectId: Id,
  seq: z.number().int().min(1),
  recordedAt: z.string(),
  recordedBy: z.string(),
}).strict();
export type CustodyEntry = z.infer<typeof CustodyEntry>;
