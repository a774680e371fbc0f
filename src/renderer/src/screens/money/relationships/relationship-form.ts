import type {
  RelationshipFieldsInput,
  RelationshipType,
} from '../../../../../shared/domain/finance';
import type { RelationshipView } from '../../../../../shared/domain/finance-views';
import type { SourceRef } from '../../../../../shared/domain/provenance';
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
import { typedDecimal } from '../money-format';

/**
 * What the relationship form edits. Names follow RelationshipFields, so main's issue paths
 * (`subject.name`, `percentage`, `accountId`) land on their inputs.
 */
export interface RelationshipFormValues {
  type: RelationshipType | null;
  subject: PartyRefValue;
  object: PartyRefValue;
  accountId: string | null;
  percentage: string;
  role: string;
  startDate: string;
  endDate: string;
  sources: SourceRef[];
  grading: GradingValue;
  notes: string;
}

export function newRelationshipValues(): RelationshipFormValues {
  return {
    type: null,
    subject: noRef(),
    object: noRef(),
    accountId: null,
    percentage: '',
    role: '',
    startDate: '',
    endDate: '',
    sources: [],
    grading: noGrading(),
    notes: '',
  };
}

export function relationshipValues(r: RelationshipView): RelationshipFormValues {
  return {
    type: r.type,
    subject: refOf(r.subject, r.subjectName),
    object: refOf(r.object, r.objectName),
    accountId: r.accountId,
    percentage: r.percentage ?? '',
    role: r.role,
    startDate: r.startDate ?? '',
    endDate: r.endDate ?? '',
    sources: r.sources.map((s) => ({ ...s })),
    grading: gradingValue(r.grading),
    notes: r.notes,
  };
}

/**
 * The fields as main expects them. A signatory names an account instead of a second party; only
 * an ownership has a percentage (typed "25" or "33,33").
 */
export function relationshipFields(v: RelationshipFormValues): RelationshipFieldsInput {
  const signatory = v.type === 'signatory';
  const ownership = v.type === 'ownership';
  const pct = v.percentage.trim();
  return {
    type: (v.type ?? '') as RelationshipType,
    subject: refField(v.subject),
    object: signatory ? { partyId: null, name: '' } : refField(v.object),
    accountId: signatory ? v.accountId : null,
    percentage: ownership && pct !== '' ? (typedDecimal(pct) ?? pct) : null,
    role: v.role.trim(),
    startDate: orNull(v.startDate),
    endDate: orNull(v.endDate),
    sources: sourcesField(v.sources),
    grading: gradingField(v.grading),
    notes: v.notes,
  };
}
