import type { CaseFieldsInput, CaseRecord } from '../../../../shared/domain/case';
import type { HANDLING_CODES } from '../../../../shared/domain/common';
import { localIsoDate } from '../../components/data/dates';

export type HandlingCode = (typeof HANDLING_CODES)[number];

/** What the case form edits: CaseFields, every value present (empty text = not given). */
export interface CaseFormValues {
  reference: string;
  title: string;
  offences: string[];
  jurisdiction: string;
  unit: string;
  leadInvestigator: string;
  prosecutor: string;
  prosecutionReference: string;
  openedOn: string;
  summary: string;
  classification: string;
  handlingCode: HandlingCode;
  tags: string[];
}

/** A new case: opened today, restricted, handling code H1 (the defaults of CaseFields). */
export function newCaseValues(reference: string): CaseFormValues {
  return {
    reference,
    title: '',
    offences: [],
    jurisdiction: '',
    unit: '',
    leadInvestigator: '',
    prosecutor: '',
    prosecutionReference: '',
    openedOn: localIsoDate(),
    summary: '',
    classification: 'restricted',
    handlingCode: 'H1',
    tags: [],
  };
}

export function caseValues(record: CaseRecord): CaseFormValues {
  return {
    reference: record.reference,
    title: record.title,
    offences: [...record.offences],
    jurisdiction: record.jurisdiction,
    unit: record.unit,
    leadInvestigator: record.leadInvestigator,
    prosecutor: record.prosecutor,
    prosecutionReference: record.prosecutionReference,
    openedOn: record.openedOn,
    summary: record.summary,
    classification: record.classification,
    handlingCode: record.handlingCode,
    tags: [...record.tags],
  };
}

/** Sent as is: main trims, checks and explains (the same rules for the UI, the CLI and imports). */
export function caseFields(values: CaseFormValues): CaseFieldsInput {
  return { ...values };
}
