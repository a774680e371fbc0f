import type { UseFormReturnType } from '@mantine/form';
import type { z } from 'zod';
import type { PartySummary } from '../../../../shared/domain/party-views';
import type {
  ClaimFields,
  ClaimRecord,
  ProvenanceEventFieldsInput,
  ProvenanceEventRecord,
  SourceRef,
} from '../../../../shared/domain/provenance';
import type { PartyRef } from '../../../../shared/domain/seizure';
import type { MoneyValue, PartyRefValue } from '../seizures/seizure-form';

/**
 * What the event form edits. Names and nesting follow ProvenanceEventFields, so main's issue
 * paths (`price.amount`, `place.country`, `fromParty.name`) land on their inputs.
 */
export interface EventFormValues {
  type: string | null;
  fromParty: PartyRefValue;
  toParty: PartyRefValue;
  agent: PartyRefValue;
  agentRole: string | null;
  place: { address: string; country: string | null };
  date: string;
  certainty: string;
  directTransfer: boolean;
  price: MoneyValue;
  lotNumber: string;
  saleReference: string;
  sources: SourceRef[];
  /** Ids of the payments of the case that paid for the event, in the order they were added. */
  payments: string[];
  assessment: string;
  notes: string;
}
export type EventForm = UseFormReturnType<EventFormValues>;

export interface ClaimFormValues {
  claimant: PartyRefValue;
  claimantKind: string;
  basis: string;
  status: string;
  date: string;
  sources: SourceRef[];
  notes: string;
}
export type ClaimForm = UseFormReturnType<ClaimFormValues>;

const noRef = (): PartyRefValue => ({ partyId: null, name: '', picked: null });

/**
 * A party the chain names by id, as the picker shows it: the chain gives its name only, so the
 * kind is a stand-in until the picker's own search brings the full summary.
 */
export function refValue(ref: PartyRef, names: Readonly<Record<string, string>>): PartyRefValue {
  if (ref.partyId === null) return { partyId: null, name: ref.name, picked: null };
  const picked: PartySummary = {
    id: ref.partyId,
    kind: 'person',
    name: names[ref.partyId] ?? ref.name,
    flags: [],
  };
  return { partyId: ref.partyId, name: '', picked };
}

const ref = (v: PartyRefValue): PartyRef => ({ partyId: v.partyId, name: v.name.trim() });
const trimmedSources = (sources: readonly SourceRef[]): SourceRef[] =>
  sources.map((s) => ({ documentId: s.documentId, page: s.page.trim() }));

/** A new event: certain, direct, unverified, as most recorded events are. */
export function newEventValues(): EventFormValues {
  return {
    type: null,
    fromParty: noRef(),
    toParty: noRef(),
    agent: noRef(),
    agentRole: null,
    place: { address: '', country: null },
    date: '',
    certainty: 'certain',
    directTransfer: true,
    price: { amount: '', currency: 'EUR' },
    lotNumber: '',
    saleReference: '',
    sources: [],
    payments: [],
    assessment: 'unverified',
    notes: '',
  };
}

/** The form's values for a stored event; `names` are the chain's resolved party names. */
export function eventValues(
  e: ProvenanceEventRecord,
  names: Readonly<Record<string, string>>,
): EventFormValues {
  return {
    type: e.type,
    fromParty: refValue(e.fromParty, names),
    toParty: refValue(e.toParty, names),
    agent: refValue(e.agent, names),
    agentRole: e.agentRole,
    place: { address: e.place.address, country: e.place.country },
    date: e.date,
    certainty: e.certainty,
    directTransfer: e.directTransfer,
    price: e.price
      ? { amount: e.price.amount, currency: e.price.currency }
      : { amount: '', currency: 'EUR' },
    lotNumber: e.lotNumber,
    saleReference: e.saleReference,
    sources: e.sources.map((s) => ({ ...s })),
    payments: [...e.payments],
    assessment: e.assessment,
    notes: e.notes,
  };
}

/**
 * The fields as main expects them; main checks and explains. The coordinates of a stored place
 * are kept (the form does not edit them); an amount left empty sends no price.
 */
/** The price as main reads it: spaces dropped, a decimal comma as a point; null when empty. */
export function typedPrice(v: MoneyValue): { amount: string; currency: string } | null {
  const amount = v.amount.trim().replace(/\s/g, '').replace(',', '.');
  return amount === '' ? null : { amount, currency: v.currency ?? '' };
}

export function eventFields(
  v: EventFormValues,
  stored: ProvenanceEventRecord | null,
): ProvenanceEventFieldsInput {
  return {
    type: (v.type ?? '') as ProvenanceEventFieldsInput['type'],
    fromParty: ref(v.fromParty),
    toParty: ref(v.toParty),
    agent: ref(v.agent),
    agentRole: (v.agent.partyId !== null || v.agent.name.trim() !== ''
      ? v.agentRole
      : null) as ProvenanceEventFieldsInput['agentRole'],
    place: {
      address: v.place.address.trim(),
      country: v.place.country,
      lat: stored?.place.lat ?? null,
      lon: stored?.place.lon ?? null,
    },
    date: v.date.trim(),
    certainty: v.certainty as ProvenanceEventFieldsInput['certainty'],
    directTransfer: v.directTransfer,
    price: typedPrice(v.price),
    lotNumber: v.lotNumber.trim(),
    saleReference: v.saleReference.trim(),
    sources: trimmedSources(v.sources),
    payments: [...v.payments],
    assessment: v.assessment as ProvenanceEventFieldsInput['assessment'],
    notes: v.notes,
  };
}

export function newClaimValues(): ClaimFormValues {
  return {
    claimant: noRef(),
    claimantKind: 'state',
    basis: '',
    status: 'asserted',
    date: '',
    sources: [],
    notes: '',
  };
}

export function claimValues(
  c: ClaimRecord,
  names: Readonly<Record<string, string>>,
): ClaimFormValues {
  return {
    claimant: refValue(c.claimant, names),
    claimantKind: c.claimantKind,
    basis: c.basis,
    status: c.status,
    date: c.date,
    sources: c.sources.map((s) => ({ ...s })),
    notes: c.notes,
  };
}

export function claimFields(v: ClaimFormValues): z.input<typeof ClaimFields> {
  return {
    claimant: ref(v.claimant),
    claimantKind: v.claimantKind as ClaimFields['claimantKind'],
    basis: v.basis,
    status: v.status as ClaimFields['status'],
    date: v.date.trim(),
    sources: trimmedSources(v.sources),
    notes: v.notes,
  };
}
