import { Card } from '@mantine/core';

/** Placeholder, replaced by the screen being built (issue #5). */
export function ProvenanceTab() {
  return <Card padding="xl" data-testid="object-tab-panel-provenance" />;
}
