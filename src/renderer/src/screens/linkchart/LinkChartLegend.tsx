import { Group, Text } from '@mantine/core';
import type { LinkNodeKind, LinkType } from '../../../../shared/ipc/linkchart.contract';
import { EDGE_LOOK, NODE_LOOK, type NodeShape } from './chart-style';
import { useLinkChartText } from './useLinkChartText';

const SHAPE_PATH: Record<NodeShape, string> = {
  ellipse: 'M7 1a6 6 0 1 0 0.01 0Z',
  'round-rectangle': 'M3 2h8a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2Z',
  barrel: 'M2 2h10q1.5 5 0 10H2q-1.5-5 0-10Z',
  tag: 'M1 3h8l4 4-4 4H1Z',
  hexagon: 'M4 1h6l3 6-3 6H4L1 7Z',
  star: 'M7 0.5l1.8 4.2 4.6.4-3.5 3 1.1 4.5L7 10.2 3 12.6l1.1-4.5-3.5-3 4.6-.4Z',
  triangle: 'M7 2l5.5 10h-11Z',
};

/** What the shapes, colours and lines of the chart mean: only the kinds and types it shows. */
export function LinkChartLegend(props: {
  kinds: readonly LinkNodeKind[];
  types: readonly LinkType[];
}) {
  const t = useLinkChartText();
  return (
    <Group
      gap={12}
      wrap="wrap"
      role="group"
      aria-label={t('legend.label')}
      data-testid="linkchart-legend"
      style={{ rowGap: 2 }}
    >
      {props.kinds.map((kind) => (
        <Group key={kind} gap={4} wrap="nowrap" data-testid={`linkchart-legend-${kind}`}>
          <svg width={14} height={14} viewBox="0 0 14 14" aria-hidden>
            <path d={SHAPE_PATH[NODE_LOOK[kind].shape]} fill={NODE_LOOK[kind].color} />
          </svg>
          <Text size="xs">{t(`kinds.${kind}`)}</Text>
        </Group>
      ))}
      {props.types.map((type) => (
        <Group key={type} gap={4} wrap="nowrap">
          <svg width={22} height={8} viewBox="0 0 22 8" aria-hidden>
            <line
              x1={1}
              y1={4}
              x2={17}
              y2={4}
              stroke={EDGE_LOOK[type].color}
              strokeWidth={2}
              strokeDasharray={EDGE_LOOK[type].line === 'dotted' ? '2 2' : undefined}
            />
            <path d="M16 1l5 3-5 3Z" fill={EDGE_LOOK[type].color} />
          </svg>
          <Text size="xs">{t(`types.${type}`)}</Text>
        </Group>
      ))}
      <Text size="xs" c="dimmed">
        {t('legend.other')} · {t('legend.width')}
      </Text>
    </Group>
  );
}
