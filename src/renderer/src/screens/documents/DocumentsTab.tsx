import { Card } from '@mantine/core';

/** Placeholder, replaced by the screen being built (issue #5). */
export function DocumentsTab() {
  return <Card padding="xl" data-testid="case-tab-panel-documents" />;
}
