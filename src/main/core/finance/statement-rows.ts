import type { StatementCounts, StatementMapping } from '../../../shared/domain/statement';
import type { ResolvedColumns } from './statement-columns';
import { hashIdentity, identity } from './statement-fingerprint';
import type { RawRow } from './statement-read';
import { readRow, type RowOutcome } from './statement-transaction';

/**
 * From rows of cells to statement transactions: the mapping's columns found among the headers,
 * each row read with the mapping's formats into a transaction or into row errors (one per cell
 * at fault, each with the row number as in the file), and each transaction fingerprinted so a
 * re-import recognises it. Pure apart from hashing; the import and the preview share it.
 *
 * This module reads a statement's data rows in chunks (cancellable); the steps live beside it:
 * statement-columns (headers and data rows), statement-cells (one cell), statement-transaction
 * (one row) and statement-fingerprint (re-import identity). It re-exports what the import uses.
 */

export { dataRows, headersOf, resolveColumns, type ResolvedColumns } from './statement-columns';
export { fingerprint } from './statement-fingerprint';
export { readRow, type RowOutcome, type StatementTransaction } from './statement-transaction';

export interface ReadRowsOptions {
  /** The statement's account: with it, every valid row gets its fingerprint. */
  accountId?: string | null;
  /** Fingerprints already in the case: rows with one of them are duplicates. */
  existing?: ReadonlySet<string>;
  signal?: AbortSignal;
  /** Rows between two checks of `signal` (and progress reports). */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface ReadRowsResult {
  outcomes: RowOutcome[];
  /** Fingerprint per valid row (same order as the ok outcomes); empty without an account. */
  fingerprints: Map<number, string>;
  /** Rows (by number) already imported before, or repeated within the file. */
  duplicates: Set<number>;
  counts: StatementCounts;
}

export class StatementCancelled extends Error {
  constructor() {
    super('The statement import was cancelled; nothing was written.');
    this.name = 'StatementCancelled';
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
/**
 * Reads every data row, in chunks: between chunks it yields to the event loop (so a cancel
 * request can arrive) and stops with StatementCancelled when `signal` is aborted.
 */
export async function readRows(
  rows: readonly RawRow[],
  columns: ResolvedColumns,
  mapping: StatementMapping,
  options: ReadRowsOptions = {},
): Promise<ReadRowsResult> {
  const chunk = options.chunkSize ?? 5000;
  const outcomes: RowOutcome[] = [];
  const fingerprints = new Map<number, string>();
  const duplicates = new Set<number>();
  const seen = new Map<string, number>();
  const inFile = new Set<string>();
  const accountId = options.accountId ?? null;
  for (let start = 0; start < rows.length; start += chunk) {
    if (options.signal?.aborted) throw new StatementCancelled();
    for (const raw of rows.slice(start, start + chunk)) {
      const outcome = readRow(raw, columns, mapping);
      outcomes.push(outcome);
      if (!outcome.ok || accountId === null) continue;
      const tx = outcome.tx;
      const key = identity(tx);
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      const fp = hashIdentity(accountId, key, tx.transactionId !== '' ? null : occurrence);
      fingerprints.set(tx.row, fp);
      if (inFile.has(fp) || options.existing?.has(fp)) duplicates.add(tx.row);
      else inFile.add(fp);
    }
    options.onProgress?.(Math.min(start + chunk, rows.length), rows.length);
    if (start + chunk < rows.length) await nextTurn();
  }
  const valid = outcomes.filter((o) => o.ok).length;
  return {
    outcomes,
    fingerprints,
    duplicates,
    counts: {
      rows: outcomes.length,
      valid,
      invalid: outcomes.length - valid,
      duplicates: duplicates.size,
    },
  };
}
