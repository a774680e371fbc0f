import { Text } from '@mantine/core';

/** STUB (issue #9 foundation). */
export function ReportsScreen() {
  return <Text data-testid="screen-ReportsScreen">—</Text>;
}
