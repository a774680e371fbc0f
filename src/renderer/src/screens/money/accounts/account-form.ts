import type { SourceRef } from '../../../../../shared/domain/provenance';
import type {
  ACCOUNT_KINDS,
  AccountFieldsInput,
  CRYPTO_CHAINS,
} from '../../../../../shared/domain/finance';
import type { AccountView } from '../../../../../shared/domain/finance-views';
import { checkIban, formatIban } from '../../../../../shared/finance/iban';
import type { PartyRefValue } from '../../seizures/seizure-form';
import {
  gradingField,
  gradingValue,
  noGrading,
  noRef,
  orNull,
  refField,
  refOf,
  sourcesField,
  type GradingValue,
} from '../form-values';

export type AccountKind = (typeof ACCOUNT_KINDS)[number];
export type CryptoChain = (typeof CRYPTO_CHAINS)[number];

/**
 * What the account form edits. Names and nesting follow AccountFields, so main's issue paths
 * (`iban`, `holder.partyId`, `grading.source`) land on their inputs.
 */
export interface AccountFormValues {
  kind: AccountKind;
  /** As typed or shown: in groups of four once the field is left. */
  iban: string;
  bic: string;
  accountNumber: string;
  institution: PartyRefValue;
  /** Chosen when there is no IBAN; an IBAN names its own country. */
  country: string | null;
  holder: PartyRefValue;
  currency: string | null;
  openedOn: string;
  closedOn: string;
  chain: CryptoChain | null;
  address: string;
  sources: SourceRef[];
  grading: GradingValue;
  notes: string;
}

export function newAccountValues(): AccountFormValues {
  return {
    kind: 'bank',
    iban: '',
    bic: '',
    accountNumber: '',
    institution: noRef(),
    country: null,
    holder: noRef(),
    currency: null,
    openedOn: '',
    closedOn: '',
    chain: null,
    address: '',
    sources: [],
    grading: noGrading(),
    notes: '',
  };
}

export function accountValues(a: AccountView): AccountFormValues {
  return {
    kind: a.kind,
    iban: a.iban ? formatIban(a.iban) : '',
    bic: a.bic,
    accountNumber: a.accountNumber,
    institution: refOf(a.institution, a.institutionName),
    country: a.country,
    holder: refOf(a.holder, a.holderName),
    currency: a.currency,
    openedOn: a.openedOn ?? '',
    closedOn: a.closedOn ?? '',
    chain: a.chain,
    address: a.address,
    sources: a.sources.map((s) => ({ ...s })),
    grading: gradingValue(a.grading),
    notes: a.notes,
  };
}

/** The country an IBAN names once it is valid; null while it is not (or there is none). */
export function ibanCountry(iban: string): string | null {
  if (iban.trim() === '') return null;
  const checked = checkIban(iban);
  return checked.ok ? checked.country : null;
}

/**
 * The fields as main expects them (main checks and explains). A valid IBAN gives the country; a
 * crypto wallet keeps its chain and address, other kinds send none.
 */
export function accountFields(v: AccountFormValues): AccountFieldsInput {
  const crypto = v.kind === 'crypto';
  const derived = ibanCountry(v.iban);
  return {
    kind: v.kind,
    iban: v.iban.replace(/\s+/g, '').toUpperCase(),
    bic: v.bic.replace(/\s+/g, '').toUpperCase(),
    accountNumber: v.accountNumber.trim(),
    institution: refField(v.institution),
    country: derived ?? v.country,
    holder: refField(v.holder),
    currency: v.currency,
    openedOn: orNull(v.openedOn),
    closedOn: orNull(v.closedOn),
    chain: crypto ? v.chain : null,
    address: crypto ? v.address.trim() : '',
    sources: sourcesField(v.sources),
    grading: gradingField(v.grading),
    notes: v.notes,
  };
}
