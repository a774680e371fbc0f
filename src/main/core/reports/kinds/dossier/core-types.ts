import type { DossierSection } from '../../../../../shared/domain/report';
import type { ObjectSheetData } from '../shared/object-data';
import type { DossierAnalysis } from './analysis';

/**
 * The prosecution dossier's data (plain JSON-able: it crosses into the render worker and is
 * hashed). Coded values are kept as codes with the label stored in the case file, so the print
 * side words them in the report's language(s). Only the sections asked for are filled; what the
 * disclosure leaves out is never collected, only counted.
 */

/** A vocabulary value: its code and the label stored in the case file (the fallback). */
export interface Coded {
  code: string;
  label: string;
}

export interface SummaryData {
  summary: string;
  offences: Coded[];
  status: string;
  openedOn: string;
  closedOn: string | null;
  jurisdiction: string;
  unit: string;
  leadInvestigator: string;
  prosecutor: string;
  prosecutionReference: string;
  /** Records printed, and records of the case withheld from this dossier. */
  counts: Record<
    'objects' | 'parties' | 'seizures' | 'documents',
    { shown: number; withheld: number }
  >;
}

export interface PartyRow {
  name: string;
  kind: 'person' | 'organisation';
  organisationType: Coded | null;
  roles: Array<Coded & { note: string }>;
  nationalities: string[];
  dateOfBirth: string | null;
  placeOfBirth: string;
  identityDocuments: Array<{ type: Coded; number: string; country: string | null }>;
  registrationNumber: string;
  jurisdiction: string | null;
  aliases: string[];
}

export interface PartiesData {
  rows: PartyRow[];
  /** Parties left out by the disclosure other than the protected ones. */
  withheld: number;
  /** Witnesses and informants left out (never named). */
  protectedLeftOut: number;
}

export interface SeizureData {
  reference: string;
  seizedAt: string;
  place: { address: string; country: string | null };
  legalBasis: Coded;
  legalBasisReference: string;
  authority: string;
  officers: string[];
  witnesses: string[];
  /** The holder's name, or null when the holder is a party withheld from this dossier. */
  holder: string | null;
  holderPresent: boolean;
  sealNumbers: string[];
  receiptNumber: string;
  carrier: string;
  borderCrossing: string;
  declaration: string;
  notes: string;
  objects: Array<{ exhibitNumber: string; displayTitle: string }>;
  objectsWithheld: number;
}

export interface CustodyRow {
  seq: number;
  at: string;
  action: string;
  from: string;
  to: string;
  location: string;
  sealCheck: string;
  newSealNumber: string;
  recordedBy: string;
  correctedBySeq: number | null;
  correctsSeq: number | null;
}

export interface ObjectEntry {
  id: string;
  exhibitNumber: string;
  displayTitle: string;
  sheet: ObjectSheetData;
  legal: {
    status: string;
    unesco1970: string[];
    eu2019880Part: string | null;
    reg116Category: Coded | null;
    nationalTreasure: boolean;
    countryOfOrigin: string | null;
    countryOfOriginCertainty: string;
    authenticity: string;
    condition: { grade: string; note: string };
    history: Array<{
      on: string;
      from: string | null;
      to: string;
      reference: string;
      note: string;
    }>;
  };
  valuation: {
    amount: string;
    currency: string;
    basis: string;
    valuer: string;
    on: string | null;
  } | null;
  custody: CustodyRow[];
  checks: Array<{
    database: Coded;
    checkedOn: string;
    result: string;
    reference: string;
    checkedBy: string;
  }>;
}

export interface DocumentRow {
  type: Coded;
  title: string;
  number: string;
  issuedOn: string | null;
  file: { name: string; sha256: string; size: number } | null;
}

export interface AuditData {
  caseFileId: string;
  chain:
    | { ok: true; entries: number; headHash: string | null }
    | { ok: false; entries: number; brokenAt: number; reason: string };
  files: { total: number; ok: number; mismatched: string[] };
}

export interface DossierBody {
  /** The sections printed, in DOSSIER_SECTIONS order. */
  sections: DossierSection[];
  summary?: SummaryData;
  parties?: PartiesData;
  seizures?: SeizureData[];
  objects?: { entries: ObjectEntry[]; withheld: number };
  documents?: { rows: DocumentRow[]; withheld: number };
  audit?: AuditData;
  analysis: DossierAnalysis;
}
