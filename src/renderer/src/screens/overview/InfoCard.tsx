import { Card, Group, Text } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** A titled card of the overview. */
export function InfoCard(props: {
  title: string;
  icon: Icon;
  testId: string;
  children: ReactNode;
}) {
  const Icon = props.icon;
  return (
    <Card data-testid={props.testId}>
      <Group gap={8} mb="sm" wrap="nowrap">
        <Icon size={18} stroke={1.6} color="var(--mantine-color-steel-7)" />
        <Text fw={600} size="sm">
          {props.title}
        </Text>
      </Group>
      {props.children}
    </Card>
  );
}
