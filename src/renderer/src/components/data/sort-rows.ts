import type { SortDirection } from './VirtualTable';

export type SortValue = string | number | null;

/**
 * A sorted copy: text by the interface language's collation (Đ after D, Cyrillic in its own
 * order, case ignored), numbers numerically; empty values last in both directions.
 */
export function sortRows<R>(
  rows: readonly R[],
  value: (row: R) => SortValue,
  direction: SortDirection,
  collator: Intl.Collator,
): R[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, v: value(row) }))
    .sort((a, b) => {
      const empty = (v: SortValue) => v === null || v === '';
      if (empty(a.v) || empty(b.v))
        return empty(a.v) === empty(b.v) ? a.index - b.index : empty(a.v) ? 1 : -1;
      const order =
        typeof a.v === 'number' && typeof b.v === 'number'
          ? a.v - b.v
          : collator.compare(String(a.v), String(b.v));
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map((x) => x.row);
}
