import { Text } from '@mantine/core';

/** STUB (issue #9 foundation). */
export function RequestScreen() {
  return <Text data-testid="screen-RequestScreen">—</Text>;
}
