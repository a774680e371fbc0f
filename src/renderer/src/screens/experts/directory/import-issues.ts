import { CaseFileErrorCode } from '../../../../../shared/case-file/errors';
import type { IpcError } from '../../../../../shared/ipc/define';

/** One problem of a refused directory file: its row (the header is row 1 of a CSV), the field. */
export interface ImportIssue {
  row: number | null;
  field: string;
  message: string;
}

/**
 * The problems main named when it refused a directory file (INVALID_INPUT, details.issues with
 * `row` and `path` ['rows', row, field…] or ['columns', …] or ['file']). The message's own
 * "row 3, name: " prefix is dropped, the table says it already. Null when it is another error.
 */
export function importIssues(error: IpcError): ImportIssue[] | null {
  if (error.code !== CaseFileErrorCode.InvalidInput) return null;
  const raw = error.details?.['issues'];
  if (!Array.isArray(raw)) return [{ row: null, field: '', message: error.message }];
  return raw.flatMap((issue: unknown): ImportIssue[] => {
    if (typeof issue !== 'object' || issue === null) return [];
    const { path, message, row } = issue as { path?: unknown; message?: unknown; row?: unknown };
    if (typeof message !== 'string') return [];
    const segments = Array.isArray(path) ? path.map(String) : [];
    const at = typeof row === 'number' && Number.isInteger(row) && row > 0 ? row : null;
    const field =
      segments[0] === 'rows'
        ? segments.slice(2).join('.')
        : segments[0] === 'file'
          ? ''
          : segments.join('.');
    const text = at === null ? message : message.replace(/^row \d+(, [^:]*)?: /, '');
    return [{ row: at, field, message: text }];
  });
}
