import type { DocDefinition } from 'pdfmake';
import type { ConsultationQuestion } from '../../../shared/domain/expert';
import type { ObjectRecord, PhotoRole } from '../../../shared/domain/object';
import type { Language } from '../../../shared/ipc/schemas';

/**
 * What the request letter is made from (`LetterData`, gathered by letter.ts from the case file) and
 * what `letterDocument` gives back: plain data, nothing read from the database here.
 */

export interface LetterPhoto {
  /** A print derivative (JPEG, metadata stripped), never the original file. */
  jpeg: Buffer;
  width: number;
  height: number;
  role: PhotoRole;
  caption: string;
}

export type LetterObjectFields = Pick<
  ObjectRecord,
  | 'exhibitNumber'
  | 'typeL1'
  | 'typeL2'
  | 'lotCount'
  | 'title'
  | 'materials'
  | 'techniques'
  | 'measurements'
  | 'inscriptions'
  | 'dating'
  | 'maker'
  | 'subject'
  | 'distinguishingFeatures'
  | 'description'
  | 'placeOfOrigin'
>;

export interface LetterObject extends LetterObjectFields {
  /** What lists call the object (its title, or its type and the start of its description). */
  displayTitle: string;
  /** The stored vocabulary label of its type, for a type the unit added itself (no translation). */
  typeLabel: string;
  photos: LetterPhoto[];
  /** Photos of the object not printed (beyond the letter's limit per object). */
  morePhotos: number;
}

export interface LetterData {
  language: Language;
  /** Printed beside the first when set and different. */
  secondLanguage: Language | null;
  /** When the letter was generated (the PDF's creation date); `date` is its calendar day. */
  generatedAt: Date;
  date: string;
  unit: string;
  caseReference: string;
  /** The case's classification code (vocabulary `classification`); marked on every page. */
  classification: string | null;
  reference: string;
  expert: {
    title: string;
    name: string;
    institution: string;
    address: string;
    country: string | null;
  };
  legalBasis: string;
  orderedBy: string;
  orderReference: string;
  deadline: string | null;
  questions: ConsultationQuestion[];
  objects: LetterObject[];
  signatory: string;
  /** The report ID it is registered under (report register): in the footer and the metadata. */
  reportId?: string;
}

export interface LetterDocument {
  doc: DocDefinition;
  /** The number of pages, as pdfmake laid them out; known once the document was rendered. */
  pages(): number;
}
