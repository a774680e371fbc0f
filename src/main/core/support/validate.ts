import type { z } from 'zod';
import { CaseFileError, CaseFileErrorCode } from './errors';

/** Parses input that crossed a boundary; a failure names the field and changes nothing. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const at = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
    throw new CaseFileError(
      CaseFileErrorCode.InvalidInput,
      `Invalid ${what}${at}: ${issue?.message ?? 'invalid value'}`,
      {
        issues: result.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
      },
    );
  }
  return result.data;
}
