import type { ObjectSheetData } from '../shared/object-data';

/** The INTERPOL stolen cultural property sheets' data (plain, for the render worker). */
export interface InterpolSheet {
  exhibitNumber: string;
  displayTitle: string;
  typeCode: string;
  typeLabel: string;
  /** The shared Object ID sheet (fields and photos). */
  object: ObjectSheetData;
  /** The seizure that brought the object in: when, where, by whom, on what basis (no names). */
  seizure: {
    reference: string;
    seizedAt: string;
    address: string;
    country: string | null;
    authority: string;
    legalBasis: string;
    legalBasisLabel: string;
    legalBasisReference: string;
  } | null;
  /** Provenance events of type theft or looting (date as typed, place; never the parties). */
  thefts: Array<{
    type: 'theft' | 'looting';
    date: string;
    address: string;
    country: string | null;
  }>;
  checks: Array<{
    database: string;
    databaseLabel: string;
    checkedOn: string;
    result: string;
    reference: string;
  }>;
}

export interface InterpolBody {
  sheets: InterpolSheet[];
  /** Contact at the reporting unit: the case's lead investigator. */
  contact: string;
}
