import { z } from 'zod';
import { Code, Country, Id, Line, Lines, PartialDate, RecordMeta, ShortLine, Text } from './common';

export const Address = z
  .object({
    label: ShortLine.default(''),
    line: Line,
    city: Line.default(''),
    postalCode: ShortLine.default(''),
    country: Country.nullable().default(null),
  })
  .strict();

export const CONTACT_KINDS = ['phone', 'email', 'web', 'social', 'messenger', 'other'] as const;
export const Contact = z
  .object({ kind: z.enum(CONTACT_KINDS), value: Line.pipe(z.string().min(1)) })
  .strict();

export const IdentityDocument = z
  .object({
    type: Code,
    number: ShortLine.pipe(z.string().min(1, 'the document number is missing')),
    issuingCountry: Country.nullable().default(null),
    issuedOn: PartialDate.nullable().default(null),
    expiresOn: PartialDate.nullable().default(null),
  })
  .strict();

const common = {
  aliases: Lines(50).default([]),
  addresses: z.array(Address).max(20).default([]),
  contacts: z.array(Contact).max(50).default([]),
  notes: Text.default(''),
  /** Politically exposed person or on a sanctions list, as checked by the unit. */
  flags: z
    .array(z.enum(['pep', 'sanctioned']))
    .max(2)
    .default([]),
};

const PersonShape = z
  .object({
    kind: z.literal('person'),
    givenNames: Line.default(''),
    familyName: Line.default(''),
    patronymic: Line.default(''),
    sex: z.enum(['female', 'male', 'unknown']).default('unknown'),
    dateOfBirth: PartialDate.nullable().default(null),
    placeOfBirth: Line.default(''),
    nationalities: z.array(Country).max(5).default([]),
    identityDocuments: z.array(IdentityDocument).max(20).default([]),
    ...common,
  })
  .strict();
const personNamed: [
  (p: { givenNames: string; familyName: string }) => boolean,
  { message: string; path: string[] },
] = [
  (p) => p.givenNames.length + p.familyName.length > 0,
  { message: 'a person needs a given name or a family name', path: ['familyName'] },
];

const OrganisationShape = z
  .object({
    kind: z.literal('organisation'),
    name: Line.pipe(z.string().min(1, 'the organisation needs a name')),
    organisationType: Code,
    registrationNumber: ShortLine.default(''),
    jurisdiction: Country.nullable().default(null),
    ...common,
  })
  .strict();

export const PersonFields = PersonShape.refine(...personNamed);
export const OrganisationFields = OrganisationShape;
export const PartyFields = z.discriminatedUnion('kind', [PersonFields, OrganisationFields]);
export type PartyFields = z.infer<typeof PartyFields>;
export type PartyFieldsInput = z.input<typeof PartyFields>;

const PartyMeta = { ...RecordMeta.shape, mergedInto: Id.nullable() };
export const PartyRecord = z.discriminatedUnion('kind', [
  PersonShape.extend(PartyMeta).refine(...personNamed),
  OrganisationShape.extend(PartyMeta),
]);
/** mergedInto: when this party was merged into another, the one it now lives on as. */
export type PartyRecord = z.infer<typeof PartyRecord>;

/** The name shown in lists: "Family, Given" for people. */
export function partyDisplayName(p: PartyFields): string {
  if (p.kind === 'organisation') return p.name;
  if (p.familyName && p.givenNames) return `${p.familyName}, ${p.givenNames}`;
  return p.familyName || p.givenNames;
}

export const CaseParty = z
  .object({
    id: Id,
    caseId: Id,
    partyId: Id,
    role: Code,
    note: Line.default(''),
    createdAt: z.string(),
  })
  .strict();
export type CaseParty = z.infer<typeof CaseParty>;
