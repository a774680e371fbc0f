import { Anchor, Card, CloseButton, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';
import type { LinkPaths } from '../../../../shared/ipc/linkchart.contract';
import { useLinkChartText } from './useLinkChartText';

/** Paths found between two nodes (for the chart with that key), and the one picked (or all). */
export interface PathsFound {
  key: string;
  result: LinkPaths;
  depth: number;
  pick: number | null;
}

/**
 * The side panel's card of paths found: how many (or none within the depth), whether the search
 * stopped early, and the paths (up to 50) to highlight one at a time or all together.
 */
export function LinkChartPathsCard(props: {
  paths: PathsFound;
  nameOf: (id: string) => string;
  onPick: (pick: number | null) => void;
  onClear: () => void;
}) {
  const t = useLinkChartText();
  const { paths, nameOf } = props;
  return (
    <Card
      withBorder
      padding="xs"
      data-testid="linkchart-paths"
      data-count={paths.result.paths.length}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap={6} wrap="nowrap">
          <IconRoute size={16} color="var(--mantine-color-red-7)" />
          <Text size="sm" fw={600}>
            {paths.result.paths.length === 0
              ? t('path.none', {
                  depth: paths.depth,
                  from: nameOf(paths.result.from),
                  to: nameOf(paths.result.to),
                })
              : t('path.found', {
                  count: paths.result.paths.length,
                  from: nameOf(paths.result.from),
                  to: nameOf(paths.result.to),
                })}
          </Text>
        </Group>
        <CloseButton
          size="sm"
          aria-label={t('path.clear')}
          onClick={props.onClear}
          data-testid="linkchart-paths-clear"
        />
      </Group>
      {paths.result.truncated ? (
        <Text size="xs" c="dimmed">
          {t('path.truncated')}
        </Text>
      ) : null}
      <Stack gap={2} mt={4}>
        {paths.result.paths.length > 1 ? (
          <Anchor
            component="button"
            size="xs"
            ta="left"
            onClick={() => props.onPick(null)}
            fw={paths.pick === null ? 700 : 400}
          >
            {t('path.all')}
          </Anchor>
        ) : null}
        {paths.result.paths.slice(0, 50).map((p, i) => (
          <UnstyledButton
            key={p.nodes.join('>')}
            onClick={() => props.onPick(i)}
            title={t('path.pick')}
            data-testid="linkchart-path-item"
            style={{
              borderRadius: 4,
              padding: '2px 4px',
              background: paths.pick === i ? 'var(--mantine-color-red-0)' : undefined,
            }}
          >
            <Text size="xs">
              <Text span c="dimmed" size="xs">
                {t('path.steps', { steps: p.nodes.length - 1 })}:{' '}
              </Text>
              {p.nodes.map(nameOf).join(' → ')}
            </Text>
          </UnstyledButton>
        ))}
      </Stack>
    </Card>
  );
}
