import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import type { VocabularyKind } from '../../../shared/domain/vocabularies';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { requireCode } from '../vocab/vocabulary';

/** An edit of a record: the version the user read, and the fields (checked by each service). */
export const UpdateInput = z
  .object({ id: Id, version: z.number().int().min(1), fields: z.unknown() })
  .strict();

/** Checks shared by the seizure and object services; each failure names the field. */
export function invalid(path: string, message: string, what: string): CaseFileError {
  return new CaseFileError(
    CaseFileErrorCode.InvalidInput,
    `Invalid ${what} (${path}): ${message}.`,
    {
      issues: [{ path: path.split('.'), message }],
    },
  );
}

/**
 * A vocabulary code for a new choice: a retired code is refused, unless the record already had
 * it (`previous`), so old records can still be saved unchanged.
 */
export function requireChoice(
  db: Sqlite,
  kind: VocabularyKind,
  code: string,
  path: string,
  previous: string | null | undefined,
): void {
  requireCode(db, kind, code, path, { allowRetired: code === previous });
}

export function requireParty(db: Sqlite, partyId: string | null, path: string, what: string): void {
  if (partyId === null) return;
  if (!db.prepare('SELECT 1 FROM party WHERE id = ?').get(partyId)) {
    throw invalid(path, 'there is no such person or organisation', what);
  }
}

/** Compares two form date-times: as instants when both carry an offset, else as written. */
export function compareDateTimes(a: string, b: string): number {
  const zoned = /(Z|[+-]\d\d:\d\d)$/;
  if (zoned.test(a) && zoned.test(b)) return Date.parse(a) - Date.parse(b);
  const local = (s: string) => {
    const plain = s.replace(zoned, '');
    return plain.length === 16 ? `${plain}:00` : plain;
  };
  const x = local(a);
  const y = local(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
