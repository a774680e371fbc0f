import type { ObjectLine, SeizureInfo } from '../form-blocks';

/** One entry of the custody trail as printed (REFERENCE §6.2). */
export interface TrailEntry {
  seq: number;
  at: string;
  action: string;
  /** From and to as recorded; `null` when the name is withheld by the disclosure. */
  from: string | null;
  to: string | null;
  location: string;
  purpose: string;
  authority: string;
  condition: string;
  sealCheck: string;
  newSealNumber: string;
  recordedBy: string;
  recordedAt: string;
  /** The entry this one corrects, and the entry that corrects this one (by seq). */
  correctsSeq: number | null;
  correctedBySeq: number | null;
}

export interface CustodyForm {
  object: ObjectLine;
  seizure: SeizureInfo | null;
  /** Who collected the object: the first collection entry's recipient, or the first officer. */
  collectingOfficer: string | null;
  /** Seals put on at the seizure (its record and the object's collection/packaging entries). */
  seals: string[];
  trail: TrailEntry[];
  /** Where the object is now (from the entries that count), when any entry is recorded. */
  current: { location: string | null; custodian: string | null; sealNumber: string } | null;
  /** The final disposition entry that ended the custody, when recorded. */
  disposition: {
    action: string;
    at: string;
    to: string | null;
    authority: string;
    location: string;
  } | null;
  /** The last legal status change: its date and reference (court order, decision). */
  legalOn: string | null;
  legalReference: string;
}

export interface CustodyBody {
  forms: CustodyForm[];
}
