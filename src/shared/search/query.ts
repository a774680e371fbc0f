/**
 * Turns what a user types into an FTS5 MATCH expression over folded text (see ./fold.ts), for
 * search as you type: every word is a prefix, all must occur.
 */
import { fold } from './fold';

/** The distinct folded words of `userInput`, in order of first appearance. */
export function queryTerms(userInput: string): string[] {
  return [
    ...new Set(
      fold(userInput)
        .split(' ')
        .filter((term) => term !== ''),
    ),
  ];
}

/**
 * `"nikola"* AND "petro"*` for "Nikola Petro", or null when there is nothing to search for.
 * Safe for any input: folding leaves only letters, digits and spaces, so FTS5 syntax (quotes, `*`,
 * `^`, `:`, parentheses) never survives, and each term is quoted, so words such as AND, OR, NEAR
 * are searched for rather than obeyed.
 */
export function toFtsQuery(userInput: string): string | null {
  const terms = queryTerms(userInput);
  if (terms.length === 0) return null;
  // Quotes cannot survive folding; doubling them keeps the quoting correct should that change.
  return terms.map((term) => `"${term.replaceAll('"', '""')}"*`).join(' AND ');
}
