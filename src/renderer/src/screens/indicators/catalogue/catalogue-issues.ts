import { CaseFileErrorCode } from '../../../../../shared/case-file/errors';
import type { IpcError } from '../../../../../shared/ipc/define';

/** One problem of a refused catalogue file. */
export interface CatalogueIssue {
  /** The CSV row (the header is row 1), when main named one. */
  row: number | null;
  /** The indicator's place in the file's list, from 1, when the problem is in one. */
  index: number | null;
  field: string;
  message: string;
}

const PREFIX = /^(?:row (\d+) \()?indicator (\d+)\)?(?:, [^:]*)?: /;

/**
 * The problems main named when it refused a catalogue file (INVALID_INPUT, details.issues with
 * paths `indicators.<i>.<field>`, `columns…` or `file`; the message starts "row 3 (indicator 2),
 * weight: " for a CSV row or "indicator 2, weight: " for JSON). The prefix becomes columns of its
 * own. Null when it is another error.
 */
export function catalogueIssues(error: IpcError): CatalogueIssue[] | null {
  if (error.code !== CaseFileErrorCode.InvalidInput) return null;
  const raw = error.details?.['issues'];
  if (!Array.isArray(raw)) return [{ row: null, index: null, field: '', message: error.message }];
  return raw.flatMap((issue: unknown): CatalogueIssue[] => {
    if (typeof issue !== 'object' || issue === null) return [];
    const { path, message } = issue as { path?: unknown; message?: unknown };
    if (typeof message !== 'string') return [];
    const segments = Array.isArray(path) ? path.map(String) : [];
    const inList = segments[0] === 'indicators' && /^\d+$/.test(segments[1] ?? '');
    const match = PREFIX.exec(message);
    const row = match?.[1] ? Number(match[1]) : null;
    const index = inList ? Number(segments[1]) + 1 : match?.[2] ? Number(match[2]) : null;
    const field = inList
      ? segments.slice(2).join('.')
      : segments[0] === 'file'
        ? ''
        : segments.join('.');
    return [{ row, index, field, message: match ? message.slice(match[0].length) : message }];
  });
}
