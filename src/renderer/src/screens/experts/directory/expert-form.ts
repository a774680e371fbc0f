import { CaseFileErrorCode } from '../../../../../shared/case-file/errors';
import type { ExpertFieldsInput, ExpertRecord } from '../../../../../shared/domain/expert';
import type { IpcError } from '../../../../../shared/ipc/define';
import {
  applyFieldErrors,
  type FieldErrorOutcome,
  type FormErrorTarget,
} from '../../../lib/form-errors';

/** The expert form's values: ExpertFields as the inputs hold them (texts untrimmed, no nulls but country). */
export interface ExpertFormValues {
  name: string;
  title: string;
  institution: string;
  country: string | null;
  languages: string[];
  /** Codes of the `expertise_field` vocabulary. */
  fields: string[];
  accreditation: string;
  courtRegistration: string;
  email: string;
  phone: string;
  address: string;
  availability: string;
  notes: string;
  active: boolean;
}

export function newExpertValues(): ExpertFormValues {
  return {
    name: '',
    title: '',
    institution: '',
    country: null,
    languages: [],
    fields: [],
    accreditation: '',
    courtRegistration: '',
    email: '',
    phone: '',
    address: '',
    availability: '',
    notes: '',
    active: true,
  };
}

/** A stored expert on the form. */
export function expertValues(r: ExpertRecord): ExpertFormValues {
  return {
    name: r.name,
    title: r.title,
    institution: r.institution,
    country: r.country,
    languages: [...r.languages],
    fields: [...r.fields],
    accreditation: r.accreditation,
    courtRegistration: r.courtRegistration,
    email: r.email,
    phone: r.phone,
    address: r.address,
    availability: r.availability,
    notes: r.notes,
    active: r.active,
  };
}

/**
 * What expert:add / expert:update are sent. Lines are trimmed; free texts keep their inner
 * layout (Markdown) and lose only surrounding blank space. Main checks every field.
 */
export function expertFields(v: ExpertFormValues): ExpertFieldsInput {
  return {
    name: v.name.trim(),
    title: v.title.trim(),
    institution: v.institution.trim(),
    country: v.country || null,
    languages: [...new Set(v.languages.map((l) => l.trim().toLowerCase()).filter(Boolean))],
    fields: [...new Set(v.fields)],
    accreditation: v.accreditation.trim(),
    courtRegistration: v.courtRegistration.trim(),
    email: v.email.trim(),
    phone: v.phone.trim(),
    address: v.address.trim(),
    availability: v.availability.trim(),
    notes: v.notes.trim(),
    active: v.active,
  };
}

/**
 * Main's refusal on the form's fields: INVALID_INPUT issues, and the ALREADY_EXISTS of an expert
 * who is in the directory already (same name, institution and country), shown on the name.
 */
export function claimExpertErrors(form: FormErrorTarget, error: IpcError): FieldErrorOutcome {
  const asInvalid: IpcError =
    error.code === CaseFileErrorCode.AlreadyExists && Array.isArray(error.details?.['issues'])
      ? { ...error, code: CaseFileErrorCode.InvalidInput }
      : error;
  return applyFieldErrors(form, asInvalid);
}
