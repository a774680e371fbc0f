import { CaseFileErrorCode } from '../../../../../shared/case-file/errors';
import type {
  Indicator,
  IndicatorTheme,
  ObservationStatus,
  ObservationView,
} from '../../../../../shared/domain/indicator';
import { INDICATOR_THEMES } from '../../../../../shared/domain/indicator';
import type { IpcError } from '../../../../../shared/ipc/define';

/** A record in a picker: `<kind>:<id>` (ids are UUIDs, so the first colon splits). */
export const optionValue = (kind: string, id: string) => `${kind}:${id}`;
export function splitOptionValue(value: string): { kind: string; id: string } {
  const at = value.indexOf(':');
  return { kind: value.slice(0, at), id: value.slice(at + 1) };
}

export const SUBJECT_KINDS = ['case', 'object', 'document', 'payment', 'party'] as const;
export type ObservationSubjectKind = (typeof SUBJECT_KINDS)[number];

export interface ObservationFormValues {
  subjectKind: ObservationSubjectKind;
  /** The record observed on; unused (the case) for "case". */
  subjectId: string | null;
  indicatorId: string | null;
  observedBy: string;
  observedOn: string;
  /** `<kind>:<id>` of each record cited. */
  evidence: string[];
  note: string;
  status: ObservationStatus;
  dismissReason: string;
}

export function newObservationValues(init: {
  subject: { kind: ObservationSubjectKind; id: string } | null;
  observedBy: string;
  today: string;
}): ObservationFormValues {
  const kind = init.subject?.kind ?? 'case';
  return {
    subjectKind: kind,
    subjectId: kind === 'case' ? null : (init.subject?.id ?? null),
    indicatorId: null,
    observedBy: init.observedBy,
    observedOn: init.today,
    evidence: [],
    note: '',
    status: 'suspected',
    dismissReason: '',
  };
}

export function observationValues(o: ObservationView): ObservationFormValues {
  return {
    subjectKind: o.subject.kind,
    subjectId: o.subject.kind === 'case' ? null : o.subject.id,
    indicatorId: o.indicatorId,
    observedBy: o.observedBy,
    observedOn: o.observedOn,
    evidence: o.evidence.map((e) => optionValue(e.kind, e.id)),
    note: o.note,
    status: o.status,
    dismissReason: o.dismissReason,
  };
}

/** What observation:add / observation:update take; the core validates every field. */
export function observationFields(v: ObservationFormValues, caseId: string) {
  return {
    indicatorId: v.indicatorId ?? '',
    subject: { kind: v.subjectKind, id: v.subjectKind === 'case' ? caseId : (v.subjectId ?? '') },
    observedBy: v.observedBy,
    observedOn: v.observedOn,
    evidence: v.evidence.map(splitOptionValue),
    note: v.note,
    status: v.status,
    dismissReason: v.status === 'dismissed' ? v.dismissReason : '',
  };
}

/**
 * Main names refused fields by their path in what was sent (`subject.id`, `evidence.2.id`,
 * maybe under `fields`): moved to the form's own fields.
 */
export function claimObservationIssues(error: IpcError): IpcError {
  if (error.code !== CaseFileErrorCode.InvalidInput) return error;
  const issues = error.details?.['issues'];
  if (!Array.isArray(issues)) return error;
  const moved = issues.map((issue: unknown) => {
    if (typeof issue !== 'object' || issue === null) return issue;
    const { path } = issue as { path?: unknown };
    if (!Array.isArray(path)) return issue;
    const own = path[0] === 'fields' ? path.slice(1).map(String) : path.map(String);
    const [head, next] = own;
    if (head === 'subject') {
      return { ...issue, path: [next === 'kind' ? 'subjectKind' : 'subjectId'] };
    }
    if (head === 'evidence') return { ...issue, path: ['evidence'] };
    return { ...issue, path: own };
  });
  return { ...error, details: { ...error.details, issues: moved } };
}

/**
 * The indicators that apply to a kind of subject, grouped by theme in catalogue order, as
 * Mantine's Select takes them. `keep` (the indicator being edited, maybe of an older catalogue
 * version) is always offered.
 */
export function indicatorOptions(
  indicators: readonly Indicator[],
  kind: ObservationSubjectKind,
  themeLabel: (theme: IndicatorTheme) => string,
  keep: Indicator | null,
): { group: string; items: { value: string; label: string }[] }[] {
  const applicable = indicators.filter((i) => i.appliesTo.includes(kind));
  if (keep && !applicable.some((i) => i.id === keep.id)) applicable.unshift(keep);
  return INDICATOR_THEMES.map((theme) => ({
    group: themeLabel(theme),
    items: applicable
      .filter((i) => i.theme === theme)
      .map((i) => ({ value: i.id, label: `${i.code} — ${i.text}` })),
  })).filter((g) => g.items.length > 0);
}
