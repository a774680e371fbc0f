import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Where a VirtualTable's rows come from: all of them at once (a case file's cases), or a total and
 * pages fetched on demand as they scroll into view (tens of thousands of objects). A new source
 * object (new filters, new sort) starts over, so callers memoise it on what it depends on.
 */
export type RowSource<R> =
  | { kind: 'rows'; rows: readonly R[] }
  | {
      kind: 'pages';
      total: number;
      /** Rows offset … offset+limit-1; undefined when loading failed (the page is asked again). */
      loadRange: (offset: number, limit: number) => Promise<readonly R[] | undefined>;
      pageSize?: number;
    };

export const DEFAULT_PAGE_SIZE = 100;

export function sourceTotal<R>(source: RowSource<R>): number {
  return source.kind === 'rows' ? source.rows.length : source.total;
}

interface Loaded<R> {
  source: RowSource<R>;
  pages: ReadonlyMap<number, readonly R[]>;
}

/**
 * The rows of a source by index; for a paged source, `want(first, last)` fetches the pages
 * covering those indexes that are not loaded or loading yet, and the row is undefined until then.
 */
export function useSourceRows<R>(source: RowSource<R>): {
  rowAt: (index: number) => R | undefined;
  want: (first: number, last: number) => void;
} {
  const [loaded, setLoaded] = useState<Loaded<R>>({ source, pages: new Map() });
  const pending = useRef<{ source: RowSource<R>; pages: Set<number> }>({
    source,
    pages: new Set(),
  });
  const pages = loaded.source === source ? loaded.pages : null;

  useEffect(() => {
    pending.current = { source, pages: new Set() };
  }, [source]);

  const want = useCallback(
    (first: number, last: number) => {
      if (source.kind !== 'pages' || last < first) return;
      const size = source.pageSize ?? DEFAULT_PAGE_SIZE;
      const waiting = pending.current.source === source ? pending.current.pages : new Set<number>();
      pending.current = { source, pages: waiting };
      for (let page = Math.floor(first / size); page <= Math.floor(last / size); page++) {
        if (pages?.has(page) || waiting.has(page)) continue;
        waiting.add(page);
        void source.loadRange(page * size, size).then(
          (rows) => {
            waiting.delete(page);
            if (!rows) return;
            setLoaded((prev) => {
              const base = prev.source === source ? prev.pages : new Map<number, readonly R[]>();
              return { source, pages: new Map(base).set(page, rows) };
            });
          },
          () => waiting.delete(page),
        );
      }
    },
    [source, pages],
  );

  const rowAt = useCallback(
    (index: number): R | undefined => {
      if (source.kind === 'rows') return source.rows[index];
      const size = source.pageSize ?? DEFAULT_PAGE_SIZE;
      return pages?.get(Math.floor(index / size))?.[index % size];
    },
    [source, pages],
  );

  return { rowAt, want };
}
