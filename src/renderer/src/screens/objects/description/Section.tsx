import { Box, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * One category of the description, headed as the standard numbers it ("1.3 Measurements"), so
 * the record reads in the order an Object ID checklist or an INTERPOL form expects.
 */
export function Section(props: {
  number?: string;
  title: string;
  hint?: string;
  action?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Stack gap={6} data-testid={props.testId}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
        <Group gap={8} wrap="nowrap" align="baseline" miw={0}>
          {props.number ? (
            <Text
              span
              size="xs"
              fw={700}
              c="steel.7"
              w="2.1rem"
              style={{ flex: 'none', fontVariantNumeric: 'tabular-nums' }}
            >
              {props.number}
            </Text>
          ) : null}
          <Title order={4} size="h6" fw={650} c="gray.8">
            {props.title}
          </Title>
          {props.hint ? (
            <Text span size="xs" c="dimmed" truncate="end">
              {props.hint}
            </Text>
          ) : null}
        </Group>
        {props.action}
      </Group>
      <Box pl={props.number ? 'calc(2.1rem + 8px)' : 0}>{props.children}</Box>
    </Stack>
  );
}

/** A card's heading: a group of sections (Object ID, legal classification…). */
export function GroupTitle(props: { title: string; hint?: string; action?: ReactNode }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm" mb={4}>
      <Stack gap={0} miw={0}>
        <Title order={3} size="h5">
          {props.title}
        </Title>
        {props.hint ? (
          <Text size="xs" c="dimmed">
            {props.hint}
          </Text>
        ) : null}
      </Stack>
      {props.action}
    </Group>
  );
}
