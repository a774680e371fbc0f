import type { UseFormReturnType } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import type { PartyFieldsInput, PartyRecord } from '../../../../shared/domain/party';

export type PartyKind = PartyRecord['kind'];
export type Sex = 'female' | 'male' | 'unknown';
export type PartyFlag = 'pep' | 'sanctioned';
export type ContactKind = 'phone' | 'email' | 'web' | 'social' | 'messenger' | 'other';

/** Rows of repeatable lists carry a `key` for React; it is dropped before sending. */
export interface DocumentRow {
  key: string;
  type: string;
  number: string;
  issuingCountry: string | null;
  issuedOn: string;
  expiresOn: string;
}
export interface AddressRow {
  key: string;
  label: string;
  line: string;
  city: string;
  postalCode: string;
  country: string | null;
}
export interface ContactRow {
  key: string;
  kind: ContactKind;
  value: string;
}

/**
 * What the party form edits: the fields of both kinds side by side (the form shows those of the
 * chosen kind), every value present. Field names and nesting are those of PartyFields, so main's
 * issue paths (`identityDocuments.1.number`) land on the right input.
 */
export interface PartyFormValues {
  kind: PartyKind;
  givenNames: string;
  familyName: string;
  patronymic: string;
  sex: Sex;
  dateOfBirth: string;
  placeOfBirth: string;
  nationalities: string[];
  identityDocuments: DocumentRow[];
  name: string;
  organisationType: string;
  registrationNumber: string;
  jurisdiction: string | null;
  aliases: string[];
  addresses: AddressRow[];
  contacts: ContactRow[];
  notes: string;
  flags: PartyFlag[];
}

export const newDocument = (): DocumentRow => ({
  key: randomId(),
  type: 'passport',
  number: '',
  issuingCountry: null,
  issuedOn: '',
  expiresOn: '',
});
export const newAddress = (): AddressRow => ({
  key: randomId(),
  label: '',
  line: '',
  city: '',
  postalCode: '',
  country: null,
});
export const newContact = (): ContactRow => ({ key: randomId(), kind: 'phone', value: '' });

export function newPartyValues(kind: PartyKind = 'person'): PartyFormValues {
  return {
    kind,
    givenNames: '',
    familyName: '',
    patronymic: '',
    sex: 'unknown',
    dateOfBirth: '',
    placeOfBirth: '',
    nationalities: [],
    identityDocuments: [],
    name: '',
    organisationType: 'company',
    registrationNumber: '',
    jurisdiction: null,
    aliases: [],
    addresses: [],
    contacts: [],
    notes: '',
    flags: [],
  };
}

export function partyValues(record: PartyRecord): PartyFormValues {
  const common = {
    aliases: [...record.aliases],
    addresses: record.addresses.map((a) => ({ ...a, key: randomId() })),
    contacts: record.contacts.map((c) => ({ ...c, key: randomId() })),
    notes: record.notes,
    flags: [...record.flags],
  };
  if (record.kind === 'organisation') {
    return {
      ...newPartyValues('organisation'),
      ...common,
      name: record.name,
      organisationType: record.organisationType,
      registrationNumber: record.registrationNumber,
      jurisdiction: record.jurisdiction,
    };
  }
  return {
    ...newPartyValues('person'),
    ...common,
    givenNames: record.givenNames,
    familyName: record.familyName,
    patronymic: record.patronymic,
    sex: record.sex,
    dateOfBirth: record.dateOfBirth ?? '',
    placeOfBirth: record.placeOfBirth,
    nationalities: [...record.nationalities],
    identityDocuments: record.identityDocuments.map((d) => ({
      key: randomId(),
      type: d.type,
      number: d.number,
      issuingCountry: d.issuingCountry,
      issuedOn: d.issuedOn ?? '',
      expiresOn: d.expiresOn ?? '',
    })),
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The fields of the chosen kind, as main expects them; main trims, checks and explains. */
export function partyFields(v: PartyFormValues): PartyFieldsInput {
  const common = {
    aliases: v.aliases,
    addresses: v.addresses.map(({ key: _key, ...a }) => a),
    contacts: v.contacts.map(({ key: _key, ...c }) => c),
    notes: v.notes,
    flags: v.flags,
  };
  if (v.kind === 'organisation') {
    return {
      kind: 'organisation',
      name: v.name,
      organisationType: v.organisationType,
      registrationNumber: v.registrationNumber,
      jurisdiction: v.jurisdiction,
      ...common,
    };
  }
  return {
    kind: 'person',
    givenNames: v.givenNames,
    familyName: v.familyName,
    patronymic: v.patronymic,
    sex: v.sex,
    dateOfBirth: orNull(v.dateOfBirth),
    placeOfBirth: v.placeOfBirth,
    nationalities: v.nationalities,
    identityDocuments: v.identityDocuments.map(({ key: _key, ...d }) => ({
      ...d,
      issuedOn: orNull(d.issuedOn),
      expiresOn: orNull(d.expiresOn),
    })),
    ...common,
  };
}

export type PartyForm = UseFormReturnType<PartyFormValues>;

/** `getInputProps` with a test id named after the field's path. */
export function inputOf(form: PartyForm, path: string) {
  return { ...form.getInputProps(path), 'data-testid': `party-form-${path}` };
}
