import { CaseFileErrorCode } from '../../../shared/case-file/errors';

export { CaseFileErrorCode };

/** An error a person can act on. Messages never contain case data, passphrases or keys. */
export class CaseFileError extends Error {
  override readonly name = 'CaseFileError';
  constructor(
    readonly code: CaseFileErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export function isCaseFileError(e: unknown, code?: CaseFileErrorCode): e is CaseFileError {
  return e instanceof CaseFileError && (code === undefined || e.code === code);
}

/**
 * SQLite reports a page whose authentication tag does not match as SQLITE_NOTADB (page 1) or
 * SQLITE_CORRUPT (any other page). Both mean the bytes on disk are not what Custodia wrote.
 */
export function toDamagedError(e: unknown, where: string): unknown {
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')) {
    return new CaseFileError(
      CaseFileErrorCode.Damaged,
      `The case file is damaged or has been altered (${where}: ${code}). Restore it from a backup.`,
      { sqliteCode: code },
    );
  }
  return e;
}
