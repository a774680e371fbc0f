import fs from 'node:fs';
import { StatementMapping, type RowError } from '../../../shared/domain/statement';
import { parseInput } from '../support/validate';
import { readStatementTable, type StatementBytes } from './statement-read';
import { dataRows, headersOf, readRows, resolveColumns } from './statement-rows';
import { allErrors, mappingError } from './statement-steps';

/**
 * A statement's row errors for the person to fix the file: all of them for a file read with a
 * mapping, and as CSV (formula-like text defused) written to a path chosen in a save dialog.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field (RFC 4180); text that a spreadsheet would run as a formula is defused with '. */
function csvField(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Row errors as CSV (UTF-8 with BOM, so spreadsheets read Cyrillic and diacritics right). */
export function rowErrorsCsv(errors: readonly RowError[]): string {
  const lines = [['row', 'column', 'field', 'problem', 'message', 'value'].join(',')];
  for (const e of errors) {
    lines.push([e.row, e.column, e.field, e.problem, e.message, e.value].map(csvField).join(','));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** Writes the row errors to `target` (a path the person chose in a save dialog). */
export function writeRowErrors(
  target: string,
  errors: readonly RowError[],
): { path: string; rows: number } {
  fs.writeFileSync(target, rowErrorsCsv(errors));
  return { path: target, rows: errors.length };
}

/** The row errors of a file read with a mapping, all of them (for export before an import). */
export async function rowErrorsOf(file: StatementBytes, rawMapping: unknown): Promise<RowError[]> {
  const mapping = parseInput(StatementMapping, rawMapping, 'statement mapping');
  const table = await readStatementTable(file, mapping);
  const { columns, issues } = resolveColumns(headersOf(table, mapping.headerRow), mapping);
  if (issues.length > 0) throw mappingError(file.name, issues);
  const { outcomes } = await readRows(dataRows(table, mapping), columns, mapping);
  return allErrors(outcomes);
}
