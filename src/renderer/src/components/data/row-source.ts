import { useCallback, useRef, useState } from 'react';

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
  /** The source pages are being fetched for, and which; a page of an older source is dropped. */
  const pending = useRef<{ source: RowSource<R>; pages: Set<number> }>({
    source,
    pages: new Set(),
  });
  const pages = loaded.source === source ? loaded.pages : null;

  const want = useCallback(
    (first: number, last: number) => {
      if (source.kind !== 'pages' || last < first) return;
      if (pending.current.source !== source) pending.current = { source, pages: new Set() };
      const waiting = pending.current.pages;
      const size = source.pageSize ?? DEFAULT_PAGE_SIZE;
      for (let page = Math.floor(first / size); page <= Math.floor(last / size); page++) {
        if (pages?.has(page) || waiting.has(page)) continue;
        waiting.add(page);
        void source.loadRange(page * size, size).then(
          (rows) => {
            waiting.delete(page);
            if (!rows || pending.current.source !== source) return;
            setLoaded((prev) => ({
              source,
              pages: new Map(prev.source === source ? prev.pages : []).set(page, rows),
            }));
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
