import type {
  Authority,
  MeasureKind,
  OffenceStatement,
} from '../../../../../shared/domain/intl-request';
import type { ObjectSheetData } from '../shared/object-data';

/**
 * What the international requests print (plain data: it crosses into the render worker and is
 * hashed). Codes stay codes (worded per language at print time); typed text is as typed.
 */

/** An annexed document: its particulars and the SHA-256 of its stored file. */
export interface AnnexDocument {
  annex: number;
  withheld: boolean;
  title: string;
  typeCode: string;
  typeLabel: string;
  number: string;
  issuedOn: string | null;
  fileName: string | null;
  sha256: string | null;
}

/** An annexed object: its Object ID sheet (null when withheld). */
export interface AnnexObject {
  annex: number;
  withheld: boolean;
  exhibitNumber: string;
  title: string;
  sheet: ObjectSheetData | null;
}

export interface PersonData {
  withheld: boolean;
  kind: 'person' | 'organisation';
  name: string;
  dateOfBirth: string | null;
  placeOfBirth: string;
  nationalities: string[];
  addresses: Array<{ text: string; country: string | null }>;
  identityDocuments: Array<{
    typeCode: string;
    typeLabel: string;
    number: string;
    country: string | null;
  }>;
  registration: string;
  jurisdiction: string | null;
  organisationTypeCode: string;
  organisationTypeLabel: string;
  caseRoles: Array<{ code: string; label: string }>;
  role: string;
  note: string;
}

export interface AccountLine {
  iban: string;
  accountNumber: string;
  bic: string;
  bank: string;
  holder: string;
  holderWithheld: boolean;
  currency: string | null;
}

export interface ObjectLine {
  exhibitNumber: string;
  title: string;
  withheld: boolean;
  annex: number | null;
}

export interface MeasureData {
  kind: MeasureKind;
  details: string;
  accounts: AccountLine[];
  objects: ObjectLine[];
  persons: Array<{ name: string; withheld: boolean }>;
}

export interface OffenceData extends OffenceStatement {
  /** The offence type's label as stored (when `code` is set). */
  codeLabel: string;
}

export interface MlaBody {
  title: string;
  status: string;
  reference: string;
  requestedState: string | null;
  to: Authority;
  from: Authority;
  conductingAuthority: string;
  legalBasis: string;
  subject: string;
  summary: string;
  facts: string;
  offences: OffenceData[];
  persons: PersonData[];
  measures: MeasureData[];
  procedures: string;
  purpose: string;
  confidentiality: string;
  urgent: boolean;
  urgencyReason: string;
  deadline: string | null;
  returnRequested: boolean;
  annexDocuments: AnnexDocument[];
  annexObjects: AnnexObject[];
}

export interface ReturnBody {
  title: string;
  status: string;
  reference: string;
  requestedState: string | null;
  to: Authority;
  from: Authority;
  objects: AnnexObject[];
  culturalStatus: string;
  legalBasis: string;
  removalDate: string;
  removalCircumstances: string;
  provisionBreached: string;
  location: string;
  /** The holder as a party of the case (null: none named, or only typed in `holder`). */
  holderParty: PersonData | null;
  holder: string;
  awareOn: string | null;
  publicCollection: boolean;
  imiReference: string;
  annexDocuments: AnnexDocument[];
}
