import { Box, Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  description: string;
  action?: ReactNode;
  testId: string;
  children: ReactNode;
}

/** One card of the settings screen: what it is about on top, the controls below. */
export function SettingsSection({ title, description, action, testId, children }: Props) {
  return (
    <Card data-testid={testId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="md" gap="lg">
        <Stack gap={2} miw={0}>
          <Text fw={600} size="sm">
            {title}
          </Text>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </Stack>
        {action ? <Box style={{ flexShrink: 0 }}>{action}</Box> : null}
      </Group>
      {children}
    </Card>
  );
}
