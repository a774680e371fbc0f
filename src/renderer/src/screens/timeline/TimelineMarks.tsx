import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { TimelineKind } from '../../../../shared/domain/timeline';
import {
  BAR_H,
  FADE,
  LABEL_W,
  LANE_PAD,
  POINT_R,
  ROW_H,
  TOOLTIP_H,
  type Placed,
} from './timeline-layout';
import { KIND_COLOR, KIND_ICON, shade } from './timeline-kinds';
import { useTimelineText } from './useTimelineText';

/** The chart's marks: items, lane labels, the legend and the fades of open ends. */

/** Below the item's row when the chart has room for it there, else above it. */
export function tooltipPlace(rowTop: number, chartHeight: number) {
  const below = rowTop + ROW_H + 2;
  return below + TOOLTIP_H <= chartHeight || rowTop < TOOLTIP_H
    ? { top: below }
    : { top: rowTop - 2, transform: 'translateY(-100%)' };
}

export function FadeGradients({ uid, kind }: { uid: string; kind: TimelineKind }) {
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

export function ItemMark(props: {
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

export function LaneLabel(props: {
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

export function Legend({ lanes }: { lanes: readonly TimelineKind[] }) {
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
