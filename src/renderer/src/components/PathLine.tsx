import { Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconFolder } from '@tabler/icons-react';
import { displayName } from '../lib/display-name';

/**
 * The case file a form is about: its name, and its location cut at the start so the end stays
 * visible (the full path in a tooltip). Cutting at the start renders right-to-left; the inner
 * LTR isolate keeps the slashes where they belong.
 */
export function PathLine({ path, testId }: { path: string; testId?: string }) {
  const folder = path.split(/[\\/]/).filter(Boolean).pop() ?? path;
  return (
    <Paper withBorder bg="gray.0" px="sm" py={8}>
      <Group gap="sm" wrap="nowrap">
        <IconFolder
          size={22}
          stroke={1.5}
          color="var(--mantine-color-steel-7)"
          style={{ flexShrink: 0 }}
        />
        <Stack gap={0} miw={0}>
          <Text size="sm" fw={600} truncate="end">
            {displayName(folder)}
          </Text>
          <Tooltip label={path} multiline maw={480} openDelay={600}>
            <Text size="xs" ff="monospace" c="dimmed" truncate="start" data-testid={testId}>
              <span dir="ltr">{path}</span>
            </Text>
          </Tooltip>
        </Stack>
      </Group>
    </Paper>
  );
}
