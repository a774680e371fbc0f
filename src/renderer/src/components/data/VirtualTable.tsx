import { Center, Loader, Skeleton, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort, type Icon } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { sourceTotal, useSourceRows, type RowSource } from './row-source';
import classes from './VirtualTable.module.css';

export interface Column<R> {
  key: string;
  /** The column's name; shown, or with `icon` the header's tooltip and accessible name. */
  header: string;
  /** A narrow column (a count, a code) shows an icon as its header instead of the name. */
  icon?: Icon;
  /** A CSS grid track: '7rem', 'minmax(14rem, 3fr)'. */
  width: string;
  align?: 'start' | 'end';
  sortable?: boolean;
  /** Direction of the first click on this header (dates and counts read best newest/largest first). */
  firstDirection?: SortDirection;
  render: (row: R) => ReactNode;
}

export type SortDirection = 'asc' | 'desc';
export interface SortState {
  key: string;
  direction: SortDirection;
}

export interface VirtualTableProps<R> {
  /** What the table lists, for screen readers. */
  label: string;
  columns: readonly Column<R>[];
  source: RowSource<R>;
  rowKey: (row: R) => string;
  sort?: SortState | null;
  onSortChange?: (sort: SortState) => void;
  /** Enter or a double click on a row. */
  onOpen?: (row: R) => void;
  /** A small picture before the first column (e.g. an object's photo), with its header's name. */
  thumbnail?: { label: string; render: (row: R) => ReactNode };
  rowHeight?: number;
  /** The first load: placeholder rows instead of the empty state. */
  loading?: boolean;
  /** A reload with the old rows still shown (they are dimmed). */
  refreshing?: boolean;
  /** Shown instead of rows when there are none. */
  empty?: ReactNode;
  /**
   * A fixed height; without it the table fills its flex parent (flex: 1), which must then have a
   * bounded height. Either way only the rows in view are rendered.
   */
  height?: number | string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth?: number | string;
  autoFocus?: boolean;
  testId?: string;
}

const HEADER_HEIGHT = 34;

/**
 * A table that stays smooth at tens of thousands of rows: only the rows in view are rendered
 * (@tanstack/react-virtual), and a paged source fetches only the pages in view. Headers sort;
 * the keyboard moves a selection (↑ ↓ PgUp PgDn Home End) and Enter opens the selected row.
 * ARIA grid semantics: aria-rowcount is the full count, each row has its aria-rowindex.
 */
export function VirtualTable<R>(props: VirtualTableProps<R>) {
  const { columns, source, rowKey, sort, thumbnail } = props;
  const rowHeight = props.rowHeight ?? (thumbnail ? 48 : 36);
  const total = sourceTotal(source);
  const baseId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const { rowAt, want } = useSourceRows(source);
  const [active, setActiveState] = useState<{ source: RowSource<R>; index: number }>({
    source,
    index: -1,
  });
  const activeIndex = active.source === source && active.index < total ? active.index : -1;

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;

  useEffect(() => want(first, last), [want, first, last]);

  useEffect(() => {
    if (props.autoFocus) scrollRef.current?.focus();
  }, [props.autoFocus]);

  const template = [thumbnail ? `${rowHeight}px` : null, ...columns.map((c) => c.width)]
    .filter((x) => x !== null)
    .join(' ');

  const moveTo = (index: number) => {
    if (total === 0) return;
    const next = Math.max(0, Math.min(total - 1, index));
    setActiveState({ source, index: next });
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / rowHeight) - 1);
    const moves: Record<string, () => void> = {
      ArrowDown: () => moveTo(activeIndex + 1),
      ArrowUp: () => moveTo(activeIndex < 0 ? 0 : activeIndex - 1),
      PageDown: () => moveTo(activeIndex + page),
      PageUp: () => moveTo(activeIndex - page),
      Home: () => moveTo(0),
      End: () => moveTo(total - 1),
      Enter: () => {
        const row = activeIndex >= 0 ? rowAt(activeIndex) : undefined;
        if (row !== undefined) props.onOpen?.(row);
      },
    };
    const move = moves[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    move();
  };

  const headerCell = (column: Column<R>) => {
    const sorted = sort?.key === column.key ? sort.direction : null;
    const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined;
    const SortIcon =
      sorted === 'asc' ? IconArrowUp : sorted === 'desc' ? IconArrowDown : IconArrowsSort;
    const name = column.icon ? (
      <>
        <column.icon size={16} stroke={1.7} aria-hidden />
        <VisuallyHidden>{column.header}</VisuallyHidden>
      </>
    ) : (
      column.header
    );
    return (
      <div
        key={column.key}
        role="columnheader"
        aria-sort={column.sortable ? (ariaSort ?? 'none') : undefined}
        className={classes.header}
        data-align={column.align}
        title={column.header}
        data-testid={props.testId ? `${props.testId}-header-${column.key}` : undefined}
      >
        {column.sortable && props.onSortChange ? (
          <UnstyledButton
            className={classes.sortButton}
            onClick={() =>
              props.onSortChange?.({
                key: column.key,
                direction: sorted
                  ? sorted === 'asc'
                    ? 'desc'
                    : 'asc'
                  : (column.firstDirection ?? 'asc'),
              })
            }
          >
            <span className={classes.sortLabel}>{name}</span>
            <SortIcon size={13} stroke={2} className={classes.sortIcon} aria-hidden />
          </UnstyledButton>
        ) : (
          name
        )}
      </div>
    );
  };

  const placeholderRow = () => (
    <>
      {thumbnail ? <div role="gridcell" className={classes.thumb} /> : null}
      {columns.map((c) => (
        <div key={c.key} role="gridcell" className={classes.cell}>
          <Skeleton h={10} w="70%" radius="xl" />
        </div>
      ))}
    </>
  );

  return (
    <div
      className={classes.root}
      data-refreshing={props.refreshing || undefined}
      style={props.height === undefined ? { flex: 1 } : { height: props.height, flex: 'none' }}
      data-testid={props.testId}
      data-total={total}
    >
      <div
        ref={scrollRef}
        className={classes.scroll}
        role="grid"
        tabIndex={0}
        aria-label={props.label}
        aria-rowcount={total + 1}
        aria-colcount={columns.length + (thumbnail ? 1 : 0)}
        aria-busy={props.loading || props.refreshing || undefined}
        aria-activedescendant={activeIndex >= 0 ? `${baseId}-r${activeIndex}` : undefined}
        onKeyDown={onKeyDown}
      >
        <div style={{ minWidth: props.minWidth }}>
          <div role="rowgroup" className={classes.head}>
            <div
              role="row"
              aria-rowindex={1}
              className={classes.headRow}
              style={{ gridTemplateColumns: template }}
            >
              {thumbnail ? (
                <div role="columnheader" aria-label={thumbnail.label} className={classes.header} />
              ) : null}
              {columns.map(headerCell)}
            </div>
          </div>
          {total === 0 ? (
            <div className={classes.placeholder}>
              {props.loading ? (
                <Center>
                  <Loader size="sm" />
                </Center>
              ) : (
                props.empty
              )}
            </div>
          ) : (
            <div
              role="rowgroup"
              className={classes.body}
              style={{ height: virtualizer.getTotalSize() }}
            >
              {items.map((item) => {
                const row = rowAt(item.index);
                const selected = item.index === activeIndex;
                return (
                  <div
                    key={row === undefined ? `_${item.index}` : rowKey(row)}
                    id={`${baseId}-r${item.index}`}
                    role="row"
                    aria-rowindex={item.index + 2}
                    aria-selected={selected}
                    className={classes.row}
                    style={{
                      height: rowHeight,
                      transform: `translateY(${item.start - HEADER_HEIGHT}px)`,
                      gridTemplateColumns: template,
                    }}
                    onMouseDown={(e) => {
                      if (e.detail > 1) e.preventDefault();
                    }}
                    onClick={() => {
                      setActiveState({ source, index: item.index });
                      scrollRef.current?.focus({ preventScroll: true });
                    }}
                    onDoubleClick={() => {
                      if (row !== undefined) props.onOpen?.(row);
                    }}
                    data-testid={props.testId ? `${props.testId}-row` : undefined}
                    data-key={row === undefined ? undefined : rowKey(row)}
                  >
                    {row === undefined ? (
                      placeholderRow()
                    ) : (
                      <>
                        {thumbnail ? (
                          <div role="gridcell" className={classes.thumb}>
                            {thumbnail.render(row)}
                          </div>
                        ) : null}
                        {columns.map((c) => (
                          <div
                            key={c.key}
                            role="gridcell"
                            className={classes.cell}
                            data-align={c.align}
                          >
                            {c.render(row)}
                          </div>
                        ))}
                      </>
                    )}
                  </div>
                );
              })}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
