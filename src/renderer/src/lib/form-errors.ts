import { CaseFileErrorCode } from '../../../shared/case-file/errors';
import type { IpcError } from '../../../shared/ipc/define';

/** One problem main found in the input, at a path into what was sent (`['offences', '2']`). */
export interface InputIssue {
  path: string[];
  message: string;
}

/** The part of a @mantine/form form this needs (any form's values and errors). */
export interface FormErrorTarget {
  getValues: () => unknown;
  setErrors: (errors: Record<string, string>) => void;
}

export interface FieldErrorOptions {
  /** Path segments main puts before the form's own fields (`['fields']` for `{ id, fields }`). */
  prefix?: readonly string[];
  /**
   * ALREADY_EXISTS names the UNIQUE constraint it hit (`details.constraint`, e.g.
   * `case_record.reference`): the field that holds that value and the message to show there.
   */
  unique?: Readonly<Record<string, { field: string; message: string }>>;
}

export interface FieldErrorOutcome {
  /** The form shows the error (on fields, or unplaced issues in a FieldErrors summary): no toast. */
  claimed: boolean;
  /** Issues naming no field of the form, for a summary above the buttons (FieldErrors). */
  unplaced: InputIssue[];
}

/** The issues of an INVALID_INPUT error (details.issues), well-formed ones only. */
export function inputIssues(error: IpcError): InputIssue[] {
  if (error.code !== CaseFileErrorCode.InvalidInput) return [];
  const raw = error.details?.['issues'];
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((issue: unknown) => {
    if (typeof issue !== 'object' || issue === null) return [];
    const { path, message } = issue as { path?: unknown; message?: unknown };
    if (!Array.isArray(path) || typeof message !== 'string') return [];
    return [{ path: path.map(String), message }];
  });
}

function childOf(value: unknown, segment: string): unknown {
  if (Array.isArray(value)) return /^\d+$/.test(segment) ? value[Number(segment)] : undefined;
  if (typeof value === 'object' && value !== null && Object.hasOwn(value, segment)) {
    return (value as Record<string, unknown>)[segment];
  }
  return undefined;
}

/**
 * The form field an issue path belongs to: the longest prefix of the path that is a field of the
 * form's values. An item of a list of plain values (`offences.2`, one chip of a multi-select) is
 * not a field of its own, so its error goes to the list; an item of a list of objects
 * (`inscriptions.0.text`) keeps its full path. Null when the path names nothing in the form.
 */
export function fieldForPath(values: unknown, path: readonly string[]): string | null {
  const found: unknown[] = [];
  let at: unknown = values;
  for (const segment of path) {
    at = childOf(at, segment);
    if (at === undefined) break;
    found.push(at);
  }
  for (let n = found.length; n > 0; n--) {
    const value = found[n - 1];
    const indexed = /^\d+$/.test(path[n - 1] ?? '');
    const plain = value === null || typeof value !== 'object';
    if (indexed && plain) continue;
    return path.slice(0, n).join('.');
  }
  return null;
}

/**
 * Shows main's answer to a save on the fields it concerns: each INVALID_INPUT issue on the field
 * its path names, a UNIQUE clash (ALREADY_EXISTS) on the field listed for that constraint. The
 * first message for a field wins. Anything else is left to the caller (useIpc shows it as a toast).
 */
export function applyFieldErrors(
  form: FormErrorTarget,
  error: IpcError,
  options: FieldErrorOptions = {},
): FieldErrorOutcome {
  if (error.code === CaseFileErrorCode.AlreadyExists) {
    const constraint = error.details?.['constraint'];
    const target = typeof constraint === 'string' ? options.unique?.[constraint] : undefined;
    if (!target) return { claimed: false, unplaced: [] };
    form.setErrors({ [target.field]: target.message });
    return { claimed: true, unplaced: [] };
  }
  const issues = inputIssues(error);
  if (issues.length === 0) return { claimed: false, unplaced: [] };
  const prefix = options.prefix ?? [];
  const values = form.getValues();
  const errors: Record<string, string> = {};
  const unplaced: InputIssue[] = [];
  for (const issue of issues) {
    const own = prefix.every((p, i) => issue.path[i] === p)
      ? issue.path.slice(prefix.length)
      : null;
    const field = own ? fieldForPath(values, own) : null;
    if (field === null) unplaced.push(issue);
    else errors[field] ??= issue.message;
  }
  form.setErrors(errors);
  return { claimed: true, unplaced };
}
