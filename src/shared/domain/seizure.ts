import { z } from 'zod';
import {
  Code,
  DateTime,
  Id,
  IsoDate,
  Line,
  Lines,
  Money,
  Place,
  RecordMeta,
  ShortLine,
  Text,
} from './common';

/** A person or organisation named on a form: a party of the case file, or just a name. */
export const PartyRef = z
  .object({ partyId: Id.nullable().default(null), name: Line.default('') })
  .strict();
export type PartyRef = z.infer<typeof PartyRef>;

export const TRANSPORT_MODES = [
  'air',
  'sea',
  'road',
  'rail',
  'post',
  'courier',
  'hand-carried',
] as const;
export const TRANSPORT_DOCUMENT_KINDS = [
  'awb',
  'bill_of_lading',
  'cmr',
  'postal',
  'courier',
  'rail_cim',
  'other',
] as const;

export const RouteLeg = z
  .object({
    from: Line,
    to: Line,
    mode: z.enum(TRANSPORT_MODES),
    departedOn: IsoDate.nullable().default(null),
    arrivedOn: IsoDate.nullable().default(null),
  })
  .strict();

export const CustomsDeclaration = z
  .object({
    number: ShortLine.default(''),
    /** HS (6 digits) or CN (8 digits) code, e.g. 9705 00 00 or 9706. */
    hsCode: z
      .string()
      .trim()
      .regex(/^(\d{4}(\s?\d{2}){0,3})?$/, 'not an HS/CN code like 9706 00 00')
      .default(''),
    declaredDescription: Line.default(''),
    declaredOrigin: Line.default(''),
    declaredValue: Money.nullable().default(null),
    assessedValue: Money.nullable().default(null),
  })
  .strict();

export const Shipment = z
  .object({
    consignor: PartyRef.default({ partyId: null, name: '' }),
    consignee: PartyRef.default({ partyId: null, name: '' }),
    carrier: Line.default(''),
    routeLegs: z.array(RouteLeg).max(20).default([]),
    transportDocuments: z
      .array(z.object({ kind: z.enum(TRANSPORT_DOCUMENT_KINDS), number: ShortLine }).strict())
      .max(20)
      .default([]),
    borderCrossingPoint: Line.default(''),
    declaration: CustomsDeclaration.nullable().default(null),
  })
  .strict();
export type Shipment = z.infer<typeof Shipment>;

export const SeizureFields = z
  .object({
    reference: ShortLine.pipe(z.string().min(1, 'the seizure needs a record number')),
    seizedAt: DateTime,
    place: Place.default({ address: '', country: null, lat: null, lon: null }),
    legalBasis: Code,
    legalBasisReference: Line.default(''),
    authority: Line.default(''),
    officers: Lines(30).default([]),
    witnesses: Lines(30).default([]),
    holderPresent: z.boolean().default(false),
    holder: PartyRef.default({ partyId: null, name: '' }),
    sealNumbers: Lines(100).default([]),
    receiptIssued: z.boolean().default(false),
    receiptNumber: ShortLine.default(''),
    notes: Text.default(''),
    /** Filled when the seizure comes from a border or customs control. */
    shipment: Shipment.nullable().default(null),
  })
  .strict();
export type SeizureFields = z.infer<typeof SeizureFields>;
export type SeizureFieldsInput = z.input<typeof SeizureFields>;

export const SeizureRecord = SeizureFields.extend({ caseId: Id }).extend(RecordMeta.shape);
export type SeizureRecord = z.infer<typeof SeizureRecord>;
