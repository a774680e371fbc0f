import type { MappingIssue, RowError, StatementProgress } from '../../../shared/domain/statement';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import type { RowOutcome } from './statement-rows';

/**
 * Steps that the statement preview, the import, its write and the row-error export share: the
 * options of a run (cancel, progress, chunk size), the fingerprints a case already holds, the
 * error for a mapping that does not fit the file, and the row errors of a read.
 */

export interface StatementRunOptions {
  signal?: AbortSignal;
  onProgress?: (progress: StatementProgress) => void;
  /** Rows per chunk (between cancel checks and progress reports). */
  chunkSize?: number;
}

export function existingFingerprints(db: Sqlite, caseId: string): Set<string> {
  return new Set(
    db
      .prepare('SELECT fingerprint FROM payment WHERE case_id = ? AND fingerprint IS NOT NULL')
      .pluck()
      .all(caseId) as string[],
  );
}

export function mappingError(fileName: string, issues: MappingIssue[]): CaseFileError {
  const first = issues[0];
  return new CaseFileError(
    CaseFileErrorCode.InvalidInput,
    `The mapping does not fit ${fileName}${first ? ` (${first.path.join('.')}): ${first.message}` : ''}. Nothing was imported.`,
    { issues },
  );
}

export function allErrors(outcomes: readonly RowOutcome[]): RowError[] {
  const errors: RowError[] = [];
  for (const o of outcomes) if (!o.ok) errors.push(...o.errors);
  return errors;
}
