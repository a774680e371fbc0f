import { ActionIcon, Box, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { IconArrowsHorizontal, IconZoomIn, IconZoomOut } from '@tabler/icons-react';
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import {
  zoom as d3zoom,
  zoomIdentity,
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3-zoom';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { THRESHOLD_DATES } from '../../../../shared/domain/time-span';
import type { TimelineItem, TimelineKind } from '../../../../shared/domain/timeline';
import { intlLocale } from '../../i18n';
import {
  DAY_MS,
  dayMs,
  fitLabel,
  itemExtent,
  packRows,
  padDomain,
  tickFormatter,
  tickUnit,
  timeDomain,
  type ItemExtent,
} from './timeline-geometry';
import { KIND_COLOR, KIND_ICON, shade } from './timeline-kinds';
import { useTimelineText } from './useTimelineText';

const LABEL_W = 136;
const RIGHT_PAD = 16;
const AXIS_H = 26;
const THRESHOLD_H = 18;
const ROW_H = 22;
const LANE_PAD = 5;
const BAR_H = 10;
const POINT_R = 6;
/** How far an open end fades out. */
const FADE = 48;
/** Room kept after an item for its label when rows are packed. */
const LABEL_RESERVE = 132;
/** Room at the ends of the fitted view: for faded open starts, and for the last items' labels. */
const FIT_LEFT = 56;
const FIT_RIGHT = 150;
/** The most a day can be zoomed to, in pixels. */
const MAX_DAY_PX = 48;
/** About the height of the hover card, to keep it inside the chart. */
const TOOLTIP_H = 96;

const THRESHOLDS = [
  { key: 'unesco1970Adopted', day: THRESHOLD_DATES.unesco1970Adopted, anchor: 'end' },
  { key: 'unesco1970InForce', day: THRESHOLD_DATES.unesco1970InForce, anchor: 'start' },
] as const;

export interface ItemDescription {
  /** "Provenance event · Sale" */
  title: string;
  /** The date as recorded, or as read. */
  date: string;
}

interface Placed {
  item: TimelineItem;
  ext: ItemExtent;
  x0: number;
  x1: number;
  /** The item with its faded ends or the point's radius. */
  box0: number;
  box1: number;
  /** The certain part of a period, in pixels. */
  core: { x0: number; x1: number } | null;
  row: number;
  label: string;
}

interface Lane {
  kind: TimelineKind;
  y: number;
  height: number;
  placed: Placed[];
}

/**
 * The case's items on one horizontal time axis, a lane per kind: known days as points, uncertain
 * dates as bars (lighter where the begin or end is uncertain, fading out where open). Zoom with
 * the wheel, a pinch or the buttons, move by dragging; with the keyboard ←/→, +/− and 0. The
 * view starts fitted to the items and fits again whenever `items` change (a filter).
 */
export function TimelineChart(props: {
  items: readonly TimelineItem[];
  lanes: readonly TimelineKind[];
  selectedId: string | null;
  onSelect: (item: TimelineItem) => void;
  describe: (item: TimelineItem) => ItemDescription;
}) {
  const { items, lanes, selectedId, onSelect, describe } = props;
  const t = useTimelineText();
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const hintId = `${uid}-hint`;
  const { ref: sizeRef, width } = useElementSize<HTMLDivElement>();
  const svgRef = useRef<SVGSVGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [hover, setHover] = useState<string | null>(null);

  const extents = useMemo(() => {
    const map = new Map<string, ItemExtent>();
    for (const item of items) {
      const ext = itemExtent(item);
      if (ext) map.set(item.id, ext);
    }
    return map;
  }, [items]);

  const plotLeft = LABEL_W;
  const plotRight = Math.max(plotLeft + 100, width - RIGHT_PAD);
  const plotW = plotRight - plotLeft;

  // Fitted: every item in view, with room left of the first and right of the last (its label).
  const domain = useMemo((): [number, number] | null => {
    const d = timeDomain([...extents.values()]);
    if (!d) return null;
    const [lo, hi] = padDomain(d, 0);
    const perPx = (hi - lo) / Math.max(plotW - FIT_LEFT - FIT_RIGHT, 100);
    return [lo - FIT_LEFT * perPx, hi + FIT_RIGHT * perPx];
  }, [extents, plotW]);
  // The view belongs to one domain and width: a new filter or size starts fitted again.
  const viewKey = `${domain?.[0]}:${domain?.[1]}:${plotW}`;
  const [view, setView] = useState<{ key: string; transform: ZoomTransform }>({
    key: viewKey,
    transform: zoomIdentity,
  });
  const transform = view.key === viewKey ? view.transform : zoomIdentity;

  const base = useMemo(
    () =>
      scaleUtc()
        .domain(domain ? [new Date(domain[0]), new Date(domain[1])] : [new Date(0), new Date(1)])
        .range([plotLeft, plotRight]),
    [domain, plotLeft, plotRight],
  );
  const xs = useMemo(() => transform.rescaleX(base), [transform, base]);

  // d3-zoom owns the gestures (wheel, pinch, drag); React draws from the transform it reports.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !domain || width === 0) return;
    const msPerPx = (domain[1] - domain[0]) / plotW;
    const maxK = Math.max(2, msPerPx / (DAY_MS / MAX_DAY_PX));
    const behaviour = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.5, maxK])
      .extent(() => [
        [plotLeft, 0],
        [plotRight, svg.clientHeight || 1],
      ])
      .translateExtent([
        [plotLeft - plotW, -1e6],
        [plotRight + plotW, 1e6],
      ])
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) =>
        setView({ key: viewKey, transform: event.transform }),
      );
    const selection = select(svg);
    selection.call(behaviour).on('dblclick.zoom', null);
    selection.call(behaviour.transform, zoomIdentity);
    zoomRef.current = behaviour;
    return () => {
      selection.on('.zoom', null);
      zoomRef.current = null;
    };
  }, [domain, plotLeft, plotRight, plotW, viewKey, width]);

  const act = useCallback(
    (how: 'in' | 'out' | 'fit' | 'earlier' | 'later') => {
      const behaviour = zoomRef.current;
      const svg = svgRef.current;
      if (!behaviour || !svg) return;
      const selection = select(svg);
      const step = (plotW * 0.15) / transform.k;
      if (how === 'in') behaviour.scaleBy(selection, 1.5);
      else if (how === 'out') behaviour.scaleBy(selection, 1 / 1.5);
      else if (how === 'fit') behaviour.transform(selection, zoomIdentity);
      else behaviour.translateBy(selection, how === 'earlier' ? step : -step, 0);
    },
    [plotW, transform.k],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const how = (
      {
        ArrowLeft: 'earlier',
        ArrowRight: 'later',
        '+': 'in',
        '=': 'in',
        '-': 'out',
        _: 'out',
        '0': 'fit',
        Home: 'fit',
      } as const
    )[event.key as 'ArrowLeft'];
    if (!how || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    act(how);
  };

  const layout = useMemo(() => {
    let y = AXIS_H + THRESHOLD_H;
    const result: Lane[] = [];
    for (const kind of lanes) {
      const placed: Placed[] = [];
      for (const item of items) {
        if (item.kind !== kind) continue;
        const ext = extents.get(item.id);
        if (!ext) continue;
        let x0 = xs(new Date(ext.start));
        let x1 = xs(new Date(ext.end));
        if (ext.point) {
          const mid = xs(new Date(ext.start + DAY_MS / 2));
          x0 = mid;
          x1 = mid;
        } else if (x1 - x0 < 4) {
          const mid = (x0 + x1) / 2;
          x0 = mid - 2;
          x1 = mid + 2;
        }
        const box0 = ext.point ? x0 - POINT_R : ext.openStart ? x0 - FADE : x0;
        const box1 = ext.point ? x1 + POINT_R : ext.openEnd ? x1 + FADE : x1;
        const core = ext.core
          ? { x0: xs(new Date(ext.core.start)), x1: xs(new Date(ext.core.end)) }
          : null;
        placed.push({ item, ext, x0, x1, box0, box1, core, row: 0, label: '' });
      }
      const { rows, count } = packRows(
        placed.map((p) => ({
          x0: p.box0,
          x1: p.box1 + Math.min(LABEL_RESERVE, 8 + p.item.label.length * 6.4),
        })),
      );
      placed.forEach((p, i) => (p.row = rows[i] ?? 0));
      // Each label gets the room up to the next item of its row (and the plot's right edge).
      const byRow = new Map<number, Placed[]>();
      for (const p of placed) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
      for (const row of byRow.values()) {
        row.sort((a, b) => a.box0 - b.box0);
        row.forEach((p, i) => {
          const next = row[i + 1]?.box0 ?? Infinity;
          const from = Math.max(p.box1 + 4, plotLeft + 4);
          p.label =
            p.box1 < plotLeft ? '' : fitLabel(p.item.label, Math.min(next, plotRight) - 4 - from);
        });
      }
      const height = count * ROW_H + 2 * LANE_PAD;
      result.push({ kind, y, height, placed });
      y += height;
    }
    return { lanes: result, height: y + 8 };
  }, [lanes, items, extents, xs, plotLeft, plotRight]);

  const ticks = useMemo(() => {
    const at = xs.ticks(Math.max(2, Math.floor(plotW / 100)));
    const [a, b] = at;
    const step = a && b ? b.getTime() - a.getTime() : 365 * DAY_MS;
    const format = tickFormatter(locale, tickUnit(step));
    return at.map((date, i) => ({ x: xs(date), label: format(date, i) }));
  }, [xs, plotW, locale]);

  const range = useMemo(() => {
    const [from, to] = xs.domain().map((d) => d.getTime()) as [number, number];
    const long = to - from > 3 * 365 * DAY_MS;
    const format = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      year: 'numeric',
      ...(long ? {} : { month: 'short' }),
    });
    return `${format.format(new Date(from))} – ${format.format(new Date(to))}`;
  }, [xs, locale]);

  const hovered = hover
    ? layout.lanes
        .flatMap((l) => l.placed.map((p) => ({ p, lane: l })))
        .find((e) => e.p.item.id === hover)
    : undefined;

  const ariaLabel = (item: TimelineItem) => {
    const { title, date } = describe(item);
    return [title, item.label, date].filter(Boolean).join(', ');
  };
  const visible = (p: Placed) => p.box1 >= plotLeft - 2 && p.box0 <= plotRight + 2;
  const clip = `${uid}-clip`;

  return (
    <Box>
      <Group justify="space-between" align="center" mb={6} wrap="nowrap" gap="md">
        <Text size="sm" fw={600} c="gray.7" data-testid="timeline-range">
          {range}
        </Text>
        <Group gap={4} wrap="nowrap">
          <Tooltip label={t('zoom.out')}>
            <ActionIcon
              variant="default"
              aria-label={t('zoom.out')}
              onClick={() => act('out')}
              data-testid="timeline-zoom-out"
            >
              <IconZoomOut size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('zoom.in')}>
            <ActionIcon
              variant="default"
              aria-label={t('zoom.in')}
              onClick={() => act('in')}
              data-testid="timeline-zoom-in"
            >
              <IconZoomIn size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('zoom.fit')}>
            <ActionIcon
              variant="default"
              aria-label={t('zoom.fit')}
              onClick={() => act('fit')}
              data-testid="timeline-zoom-fit"
            >
              <IconArrowsHorizontal size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <Box
        ref={sizeRef}
        pos="relative"
        tabIndex={0}
        role="group"
        aria-label={t('axis')}
        aria-describedby={hintId}
        onKeyDown={onKeyDown}
        data-testid="timeline-chart"
        data-zoom={transform.k.toFixed(3)}
        style={{
          border: '1px solid var(--mantine-color-gray-3)',
          borderRadius: 'var(--mantine-radius-sm)',
          background: 'var(--mantine-color-body)',
        }}
      >
        {width > 0 && domain ? (
          <svg
            ref={svgRef}
            width={width}
            height={layout.height}
            style={{ display: 'block', cursor: 'grab', touchAction: 'none', userSelect: 'none' }}
          >
            <defs>
              <clipPath id={clip}>
                <rect x={plotLeft} y={0} width={plotW} height={layout.height} />
              </clipPath>
              {lanes.map((kind) => (
                <FadeGradients key={kind} uid={uid} kind={kind} />
              ))}
            </defs>
            {layout.lanes.map((lane, i) => (
              <rect
                key={lane.kind}
                x={0}
                y={lane.y}
                width={width}
                height={lane.height}
                style={{ fill: i % 2 ? 'var(--mantine-color-gray-0)' : 'transparent' }}
              />
            ))}
            <g clipPath={`url(#${clip})`}>
              {ticks.map((tick) => (
                <line
                  key={tick.x}
                  x1={tick.x}
                  x2={tick.x}
                  y1={AXIS_H - 6}
                  y2={layout.height}
                  style={{ stroke: 'var(--mantine-color-gray-3)' }}
                />
              ))}
              {ticks.map((tick) => (
                <text
                  key={`l${tick.x}`}
                  x={tick.x + 4}
                  y={AXIS_H - 10}
                  fontSize={11}
                  style={{ fill: 'var(--mantine-color-gray-7)' }}
                >
                  {tick.label}
                </text>
              ))}
              {THRESHOLDS.map((th) => {
                const x = xs(new Date(dayMs(th.day)));
                return (
                  <g key={th.key} data-testid={`timeline-threshold-${th.key}`}>
                    <line
                      x1={x}
                      x2={x}
                      y1={AXIS_H}
                      y2={layout.height}
                      strokeDasharray="4 3"
                      style={{ stroke: 'var(--mantine-color-red-6)', strokeWidth: 1.25 }}
                    />
                    <text
                      x={th.anchor === 'end' ? x - 4 : x + 4}
                      y={AXIS_H + 12}
                      textAnchor={th.anchor}
                      fontSize={10.5}
                      fontWeight={600}
                      style={{ fill: 'var(--mantine-color-red-8)' }}
                    >
                      {t(`thresholds.${th.key}`)}
                    </text>
                  </g>
                );
              })}
              {layout.lanes.map((lane) =>
                lane.placed
                  .filter(visible)
                  .map((p) => (
                    <ItemMark
                      key={p.item.id}
                      uid={uid}
                      placed={p}
                      y={lane.y + LANE_PAD + p.row * ROW_H + ROW_H / 2}
                      selected={p.item.id === selectedId}
                      highlighted={p.item.id === hover}
                      ariaLabel={ariaLabel(p.item)}
                      onSelect={() => onSelect(p.item)}
                      onHover={(on) => setHover(on ? p.item.id : null)}
                    />
                  )),
              )}
            </g>
            <line
              x1={0}
              x2={width}
              y1={AXIS_H}
              y2={AXIS_H}
              style={{ stroke: 'var(--mantine-color-gray-4)' }}
            />
            {layout.lanes.map((lane) => (
              <LaneLabel
                key={lane.kind}
                kind={lane.kind}
                y={lane.y}
                height={lane.height}
                count={lane.placed.length}
                label={t(`kinds.${lane.kind}`)}
              />
            ))}
            <line
              x1={plotLeft}
              x2={plotLeft}
              y1={0}
              y2={layout.height}
              style={{ stroke: 'var(--mantine-color-gray-3)' }}
            />
          </svg>
        ) : null}
        {hovered ? (
          <Paper
            shadow="md"
            p={8}
            withBorder
            pos="absolute"
            maw={320}
            style={{
              left: Math.max(
                plotLeft,
                Math.min((hovered.p.box0 + hovered.p.box1) / 2 - 40, width - 330),
              ),
              ...tooltipPlace(hovered.lane.y + LANE_PAD + hovered.p.row * ROW_H, layout.height),
              pointerEvents: 'none',
              zIndex: 2,
            }}
            data-testid="timeline-tooltip"
          >
            <Text size="xs" fw={700} c={shade(KIND_COLOR[hovered.p.item.kind], 8)}>
              {describe(hovered.p.item).title}
            </Text>
            <Text size="sm" lineClamp={3}>
              {hovered.p.item.label}
            </Text>
            <Text size="xs" c="dimmed">
              {describe(hovered.p.item).date}
            </Text>
            <Text size="xs" c="dimmed" fs="italic">
              {t('tooltip.select')}
            </Text>
          </Paper>
        ) : null}
      </Box>
      <Stack gap={4} mt={6}>
        <Legend lanes={lanes} />
        <Text id={hintId} size="xs" c="dimmed">
          {t('zoom.hint')}
        </Text>
      </Stack>
    </Box>
  );
}

/** Below the item's row when the chart has room for it there, else above it. */
function tooltipPlace(rowTop: number, chartHeight: number) {
  const below = rowTop + ROW_H + 2;
  return below + TOOLTIP_H <= chartHeight || rowTop < TOOLTIP_H
    ? { top: below }
    : { top: rowTop - 2, transform: 'translateY(-100%)' };
}

function FadeGradients({ uid, kind }: { uid: string; kind: TimelineKind }) {
  const color = shade(KIND_COLOR[kind], 6);
  return (
    <>
      <linearGradient id={`${uid}-fade-l-${kind}`} x1="0" x2="1" y1="0" y2="0">
        <stop offset="0" style={{ stopColor: color, stopOpacity: 0 }} />
        <stop offset="1" style={{ stopColor: color, stopOpacity: 0.35 }} />
      </linearGradient>
      <linearGradient id={`${uid}-fade-r-${kind}`} x1="0" x2="1" y1="0" y2="0">
        <stop offset="0" style={{ stopColor: color, stopOpacity: 0.35 }} />
        <stop offset="1" style={{ stopColor: color, stopOpacity: 0 }} />
      </linearGradient>
    </>
  );
}

function ItemMark(props: {
  uid: string;
  placed: Placed;
  y: number;
  selected: boolean;
  highlighted: boolean;
  ariaLabel: string;
  onSelect: () => void;
  onHover: (on: boolean) => void;
}) {
  const { uid, placed: p, y, selected, highlighted } = props;
  const kind = p.item.kind;
  const color = shade(KIND_COLOR[kind], 6);
  const dark = shade(KIND_COLOR[kind], 9);
  const top = y - BAR_H / 2;
  const outline = selected || highlighted;
  const { core } = p;

  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={props.ariaLabel}
      aria-pressed={selected}
      data-testid="timeline-item"
      data-id={p.item.id}
      data-kind={kind}
      data-uncertain={p.item.uncertain ? 'true' : 'false'}
      onClick={props.onSelect}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          props.onSelect();
        }
      }}
      onMouseEnter={() => props.onHover(true)}
      onMouseLeave={() => props.onHover(false)}
      onFocus={() => props.onHover(true)}
      onBlur={() => props.onHover(false)}
      style={{ cursor: 'pointer', outline: 'none' }}
    >
      {/* A wider, invisible target, so thin bars and small points are easy to hit. */}
      <rect
        x={p.box0 - 2}
        y={y - ROW_H / 2}
        width={p.box1 - p.box0 + 4}
        height={ROW_H}
        style={{ fill: 'transparent' }}
      />
      {outline ? (
        <rect
          x={p.box0 - 3}
          y={y - ROW_H / 2 + 1}
          width={p.box1 - p.box0 + 6}
          height={ROW_H - 2}
          rx={4}
          strokeDasharray={selected ? undefined : '3 2'}
          style={{ fill: 'none', stroke: dark, strokeWidth: selected ? 2 : 1 }}
        />
      ) : null}
      {p.ext.point ? (
        <path
          d={`M${p.x0} ${y - POINT_R} L${p.x0 + POINT_R} ${y} L${p.x0} ${y + POINT_R} L${p.x0 - POINT_R} ${y} Z`}
          style={{ fill: color, stroke: 'white', strokeWidth: 1.5 }}
        />
      ) : (
        <>
          {p.ext.openStart ? (
            <rect
              x={p.x0 - FADE}
              y={top}
              width={FADE}
              height={BAR_H}
              style={{ fill: `url(#${uid}-fade-l-${kind})` }}
            />
          ) : null}
          <rect
            x={p.x0}
            y={top}
            width={p.x1 - p.x0}
            height={BAR_H}
            rx={2}
            style={{ fill: color, fillOpacity: p.item.uncertain ? 0.35 : 1 }}
          />
          {core && p.item.uncertain ? (
            <rect
              x={core.x0}
              y={top}
              width={Math.max(core.x1 - core.x0, 1)}
              height={BAR_H}
              style={{ fill: color }}
              data-part="core"
            />
          ) : null}
          {p.ext.openEnd ? (
            <rect
              x={p.x1}
              y={top}
              width={FADE}
              height={BAR_H}
              style={{ fill: `url(#${uid}-fade-r-${kind})` }}
            />
          ) : null}
        </>
      )}
      {p.label ? (
        <text
          x={p.box1 + 4}
          y={y + 4}
          fontSize={11}
          style={{ fill: 'var(--mantine-color-gray-8)' }}
        >
          {p.label}
        </text>
      ) : null}
    </g>
  );
}

function LaneLabel(props: {
  kind: TimelineKind;
  y: number;
  height: number;
  count: number;
  label: string;
}) {
  const Icon = KIND_ICON[props.kind];
  return (
    <g data-testid={`timeline-lane-${props.kind}`} data-count={props.count}>
      <rect
        x={0}
        y={props.y}
        width={LABEL_W}
        height={props.height}
        style={{ fill: 'var(--mantine-color-body)', fillOpacity: 0.92 }}
      />
      <rect
        x={0}
        y={props.y}
        width={3}
        height={props.height}
        style={{ fill: shade(KIND_COLOR[props.kind], 6) }}
      />
      <Icon
        x={10}
        y={props.y + LANE_PAD + ROW_H / 2 - 7}
        width={14}
        height={14}
        stroke={1.8}
        color={shade(KIND_COLOR[props.kind], 7)}
      />
      <text
        x={30}
        y={props.y + LANE_PAD + ROW_H / 2 + 4}
        fontSize={12}
        fontWeight={600}
        style={{ fill: 'var(--mantine-color-gray-8)' }}
      >
        {props.label}
        <tspan style={{ fill: 'var(--mantine-color-gray-6)' }} fontWeight={400}>
          {` ${props.count}`}
        </tspan>
      </text>
    </g>
  );
}

function Legend({ lanes }: { lanes: readonly TimelineKind[] }) {
  const t = useTimelineText();
  const swatch = (children: ReactNode) => (
    <svg width={26} height={12} aria-hidden style={{ flex: 'none' }}>
      {children}
    </svg>
  );
  const blue = shade('blue', 6);
  return (
    <Group gap="md" wrap="wrap" aria-label={t('legend.label')} data-testid="timeline-legend">
      {lanes.map((kind) => (
        <Group key={kind} gap={4} wrap="nowrap">
          {swatch(
            <rect
              x={2}
              y={2}
              width={22}
              height={8}
              rx={2}
              style={{ fill: shade(KIND_COLOR[kind], 6) }}
            />,
          )}
          <Text size="xs">{t(`kinds.${kind}`)}</Text>
        </Group>
      ))}
      <Group gap={4} wrap="nowrap">
        {swatch(<path d="M13 0 L19 6 L13 12 L7 6 Z" style={{ fill: blue }} />)}
        <Text size="xs" c="dimmed">
          {t('legend.point')}
        </Text>
      </Group>
      <Group gap={4} wrap="nowrap">
        {swatch(
          <>
            <rect
              x={1}
              y={2}
              width={24}
              height={8}
              rx={2}
              style={{ fill: blue, fillOpacity: 0.35 }}
            />
            <rect x={8} y={2} width={10} height={8} style={{ fill: blue }} />
          </>,
        )}
        <Text size="xs" c="dimmed">
          {t('legend.uncertain')}
        </Text>
      </Group>
      <Group gap={4} wrap="nowrap">
        {swatch(
          <>
            <defs>
              <linearGradient id="timeline-legend-fade" x1="0" x2="1" y1="0" y2="0">
                <stop offset="0" style={{ stopColor: blue, stopOpacity: 0 }} />
                <stop offset="1" style={{ stopColor: blue, stopOpacity: 0.35 }} />
              </linearGradient>
            </defs>
            <rect
              x={1}
              y={2}
              width={14}
              height={8}
              style={{ fill: 'url(#timeline-legend-fade)' }}
            />
            <rect x={15} y={2} width={10} height={8} style={{ fill: blue, fillOpacity: 0.35 }} />
          </>,
        )}
        <Text size="xs" c="dimmed">
          {t('legend.open')}
        </Text>
      </Group>
      <Group gap={4} wrap="nowrap">
        {swatch(
          <line
            x1={13}
            x2={13}
            y1={0}
            y2={12}
            strokeDasharray="3 2"
            style={{ stroke: shade('red', 6), strokeWidth: 1.5 }}
          />,
        )}
        <Text size="xs" c="dimmed">
          {t('legend.threshold')}
        </Text>
      </Group>
    </Group>
  );
}
