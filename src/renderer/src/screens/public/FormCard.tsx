import { Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  testId: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

/** The one card of a screen before unlocking: a heading, a line of context, the form. */
export function FormCard({ testId, title, description, children }: Props) {
  return (
    <Card padding="xl" shadow="xs" data-testid={testId}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={2} size="h3">
            {title}
          </Title>
          {description ? (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          ) : null}
        </Stack>
        {children}
      </Stack>
    </Card>
  );
}
