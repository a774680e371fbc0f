import type { MappingIssue, StatementMapping } from '../../../shared/domain/statement';
import { cellText, isBlankRow, type RawRow, type StatementTable } from './statement-read';

/**
 * Where a statement's data stands in its table: the header row, the data rows below it, and the
 * column of each of the mapping's fields among the headers (found exactly, else with case and
 * white space folded; a missing or repeated header is a mapping issue).
 */

export type ColumnKey =
  | 'date'
  | 'valueDate'
  | 'counterpartyName'
  | 'counterpartyAccount'
  | 'reference'
  | 'purpose'
  | 'transactionId'
  | 'amount'
  | 'debit'
  | 'credit'
  | 'indicator'
  | 'currency'
  | 'method';

/** Index of each mapped column in the header row (absent when the mapping leaves it out). */
export type ResolvedColumns = Partial<Record<ColumnKey, { index: number; header: string }>>;

const foldHeader = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Where each of the mapping's columns stands; issues name the mapping field and the header. */
export function resolveColumns(
  headers: readonly string[],
  mapping: StatementMapping,
): { columns: ResolvedColumns; issues: MappingIssue[] } {
  const wanted: { key: ColumnKey; header: string | null; path: string[] }[] = [
    ...(
      [
        'date',
        'valueDate',
        'counterpartyName',
        'counterpartyAccount',
        'reference',
        'purpose',
        'transactionId',
      ] as const
    ).map((key) => ({ key, header: mapping.columns[key], path: ['columns', key] })),
  ];
  const a = mapping.amount;
  if (a.mode === 'signed')
    wanted.push({ key: 'amount', header: a.column, path: ['amount', 'column'] });
  if (a.mode === 'debit-credit') {
    wanted.push({ key: 'debit', header: a.debit, path: ['amount', 'debit'] });
    wanted.push({ key: 'credit', header: a.credit, path: ['amount', 'credit'] });
  }
  if (a.mode === 'indicator') {
    wanted.push({ key: 'amount', header: a.column, path: ['amount', 'column'] });
    wanted.push({ key: 'indicator', header: a.indicator, path: ['amount', 'indicator'] });
  }
  if (mapping.currency.mode === 'column') {
    wanted.push({ key: 'currency', header: mapping.currency.column, path: ['currency', 'column'] });
  }
  if (mapping.method.mode === 'column') {
    wanted.push({ key: 'method', header: mapping.method.column, path: ['method', 'column'] });
  }
  const exact = new Map<string, number[]>();
  const folded = new Map<string, number[]>();
  headers.forEach((h, i) => {
    exact.set(h.trim(), [...(exact.get(h.trim()) ?? []), i]);
    folded.set(foldHeader(h), [...(folded.get(foldHeader(h)) ?? []), i]);
  });
  const columns: ResolvedColumns = {};
  const issues: MappingIssue[] = [];
  for (const w of wanted) {
    if (w.header === null) continue;
    const found = exact.get(w.header.trim()) ?? folded.get(foldHeader(w.header)) ?? [];
    if (found.length === 0) {
      issues.push({ path: w.path, message: `the file has no column "${w.header}"` });
    } else if (found.length > 1) {
      issues.push({
        path: w.path,
        message: `the file has ${found.length} columns named "${w.header}"; rename one in the file`,
      });
    } else {
      columns[w.key] = { index: found[0] as number, header: headers[found[0] as number] as string };
    }
  }
  return { columns, issues };
}

/** The data rows: below the header, blank rows left out, the mapping's last rows dropped. */
export function dataRows(table: StatementTable, mapping: StatementMapping): RawRow[] {
  const rows = table.rows.filter((r) => r.row > mapping.headerRow && !isBlankRow(r));
  return mapping.skipLastRows > 0
    ? rows.slice(0, Math.max(0, rows.length - mapping.skipLastRows))
    : rows;
}

export function headersOf(table: StatementTable, headerRow: number): string[] {
  const row = table.rows.find((r) => r.row === headerRow);
  return row ? row.cells.map((c) => cellText(c).trim()) : [];
}
