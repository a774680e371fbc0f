import type { ReactNode } from 'react';
import { CaseFileErrorCode } from '../../../../shared/case-file/errors';
import type { Grading } from '../../../../shared/domain/document';
import type { SourceRef } from '../../../../shared/domain/provenance';
import type { PartyRef } from '../../../../shared/domain/seizure';
import type { IpcError } from '../../../../shared/ipc/define';
import { applyFieldErrors, type FieldErrorOutcome } from '../../lib/form-errors';
import { partyAwareTarget } from '../provenance/form-support';
import { refValue } from '../provenance/event-form';
import type { PartyRefValue } from '../seizures/seizure-form';

/** The Europol 4x4 grade on a form: either half may be unset while it is being chosen. */
export interface GradingValue {
  source: Grading['source'] | null;
  information: Grading['information'] | null;
}

export const noRef = (): PartyRefValue => ({ partyId: null, name: '', picked: null });
export const noGrading = (): GradingValue => ({ source: null, information: null });

/** A stored reference with the name the view resolved for it, as the party field shows it. */
export function refOf(ref: PartyRef, resolvedName: string): PartyRefValue {
  return refValue(ref, ref.partyId ? { [ref.partyId]: resolvedName } : {});
}

export const refField = (v: PartyRefValue): PartyRef => ({
  partyId: v.partyId,
  name: v.partyId ? '' : v.name.trim(),
});

export const gradingValue = (g: Grading | null): GradingValue =>
  g ? { source: g.source, information: g.information } : noGrading();

/** Not graded when neither half is chosen; half a grade is sent so main names the missing half. */
export function gradingField(g: GradingValue): Grading | null {
  if (g.source === null && g.information === null) return null;
  return { source: g.source, information: g.information } as Grading;
}

export const sourcesField = (sources: readonly SourceRef[]): SourceRef[] =>
  sources.map((s) => ({ documentId: s.documentId, page: s.page.trim() }));

/** "" for an empty text, else the text trimmed; for optional dates and codes: null when empty. */
export const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/**
 * Main's refusal shown on the form's fields: INVALID_INPUT issues, and an ALREADY_EXISTS that
 * names the field of the clash in its issues (a second account with the same IBAN, a second rate
 * of the same day). A problem with a whole party reference goes to its name input.
 */
export function claimFieldErrors(
  form: {
    getValues: () => unknown;
    setErrors: (errors: Record<string, ReactNode>) => void;
  },
  error: IpcError,
  partyPaths: readonly string[] = [],
): FieldErrorOutcome {
  const asInvalid: IpcError =
    error.code === CaseFileErrorCode.AlreadyExists && Array.isArray(error.details?.['issues'])
      ? { ...error, code: CaseFileErrorCode.InvalidInput }
      : error;
  return applyFieldErrors(partyAwareTarget(form, partyPaths), asInvalid);
}
