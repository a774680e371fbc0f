import { ActionIcon, Box, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { IconArrowsHorizontal, IconZoomIn, IconZoomOut } from '@tabler/icons-react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { THRESHOLD_DATES } from '../../../../shared/domain/time-span';
import type { TimelineItem, TimelineKind } from '../../../../shared/domain/timeline';
import { intlLocale } from '../../i18n';
import {
  DAY_MS,
  dayMs,
  tickFormatter,
  tickUnit,
  type ItemExtent,
  itemExtent,
} from './timeline-geometry';
import {
  AXIS_H,
  LABEL_W,
  LANE_PAD,
  layoutLanes,
  RIGHT_PAD,
  ROW_H,
  type Placed,
} from './timeline-layout';
import { FadeGradients, ItemMark, LaneLabel, Legend, tooltipPlace } from './TimelineMarks';
import { useTimelineZoom } from './useTimelineZoom';
import { KIND_COLOR, shade } from './timeline-kinds';
import { useTimelineText } from './useTimelineText';

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

  const { domain, transform, xs, svgRef, act, onKeyDown } = useTimelineZoom(
    extents,
    plotLeft,
    plotRight,
    width,
  );

  const layout = useMemo(
    () => layoutLanes(lanes, items, extents, xs, plotLeft, plotRight),
    [lanes, items, extents, xs, plotLeft, plotRight],
  );

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
                const label = t(`thresholds.${th.key}`);
                // A label drawn leftwards that would run off the plot goes rightwards, one line
                // lower so it does not run into its neighbour's (about 6 px a character).
                const flipped = th.anchor === 'end' && x - plotLeft < label.length * 6.2;
                const anchor = flipped ? 'start' : th.anchor;
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
                      x={anchor === 'end' ? x - 4 : x + 4}
                      y={AXIS_H + (flipped ? 25 : 12)}
                      textAnchor={anchor}
                      fontSize={10.5}
                      fontWeight={600}
                      style={{ fill: 'var(--mantine-color-red-8)' }}
                    >
                      {label}
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
