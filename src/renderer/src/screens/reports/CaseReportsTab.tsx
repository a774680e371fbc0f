import { Text } from '@mantine/core';

/** STUB (issue #9 foundation). */
export function CaseReportsTab() {
  return <Text data-testid="screen-CaseReportsTab">—</Text>;
}
