import {
  IndicatorDefinition,
  type IndicatorSubject,
  type IndicatorTheme,
} from '../../../../../shared/domain/indicator';
import { CaseFileErrorCode } from '../../../../../shared/case-file/errors';
import type { IpcResult } from '../../../../../shared/ipc/define';

/** One indicator of the catalogue being edited, as the forms hold it. */
export interface DraftIndicator {
  /** Stable while editing (list keys, which row a dialog edits). */
  key: string;
  code: string;
  theme: IndicatorTheme | '';
  text: string;
  source: string;
  weight: number | string;
  appliesTo: IndicatorSubject[];
  /** The base version's wording of this code, to mark changed rows; null for a new one. */
  base: string | null;
}

export function definitionKey(d: {
  code: string;
  theme: string;
  text: string;
  source: string;
  weight: number | string;
  appliesTo: readonly string[];
}): string {
  return JSON.stringify([d.code, d.theme, d.text, d.source, Number(d.weight), [...d.appliesTo]]);
}

let counter = 0;
export function draftKey(): string {
  counter += 1;
  return `draft-${counter}`;
}

export function toDraft(ind: IndicatorDefinition): DraftIndicator {
  return {
    key: draftKey(),
    code: ind.code,
    theme: ind.theme,
    text: ind.text,
    source: ind.source,
    weight: ind.weight,
    appliesTo: [...ind.appliesTo],
    base: definitionKey(ind),
  };
}

export function newDraft(): DraftIndicator {
  return {
    key: draftKey(),
    code: '',
    theme: '',
    text: '',
    source: '',
    weight: 3,
    appliesTo: [],
    base: null,
  };
}

/** What main is sent for one indicator (the fields of IndicatorDefinition, nothing else). */
export function definitionOf(d: DraftIndicator): Record<string, unknown> {
  const weight = typeof d.weight === 'number' ? d.weight : Number(d.weight.trim() || NaN);
  return {
    code: d.code.trim(),
    theme: d.theme,
    text: d.text,
    source: d.source,
    weight: Number.isNaN(weight) ? d.weight : weight,
    appliesTo: d.appliesTo,
  };
}

export type DraftState = 'new' | 'changed' | 'same';

export function draftState(d: DraftIndicator): DraftState {
  if (d.base === null) return 'new';
  return d.base === definitionKey(d) ? 'same' : 'changed';
}

/**
 * One indicator checked as main would check it (IndicatorDefinition), and its code against the
 * other rows', so the dialog says what is wrong before the whole catalogue is sent. An INVALID_INPUT
 * answer in the IPC shape, so the form places it like main's.
 */
export function checkDraft(
  d: DraftIndicator,
  others: readonly DraftIndicator[],
): IpcResult<DraftIndicator> {
  const parsed = IndicatorDefinition.safeParse(definitionOf(d));
  const issues: { path: string[]; message: string }[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message }));
  const code = d.code.trim().toUpperCase();
  const twin = others.find((o) => o.key !== d.key && o.code.trim().toUpperCase() === code);
  if (code && twin) {
    issues.push({ path: ['code'], message: `the code ${twin.code} is already in the catalogue` });
  }
  if (issues.length > 0) {
    return {
      ok: false,
      error: {
        code: CaseFileErrorCode.InvalidInput,
        message: issues[0]?.message ?? '',
        details: { issues },
      },
    };
  }
  return { ok: true, value: { ...d, code: d.code.trim(), weight: Number(d.weight) } };
}
