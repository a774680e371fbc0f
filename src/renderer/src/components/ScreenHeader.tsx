import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The title row of a screen inside the case file, with optional actions on the right. */
export function ScreenHeader(props: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-end" wrap="nowrap" gap="md">
      <Stack gap={2} miw={0}>
        <Title order={2} size="h3">
          {props.title}
        </Title>
        {props.description ? (
          <Text size="sm" c="dimmed" truncate="end">
            {props.description}
          </Text>
        ) : null}
      </Stack>
      {props.actions ? (
        <Group gap="xs" wrap="nowrap">
          {props.actions}
        </Group>
      ) : null}
    </Group>
  );
}
