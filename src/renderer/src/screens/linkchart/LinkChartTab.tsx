import { Card } from '@mantine/core';

/** The case's link chart: parties, companies, accounts and objects (issue #6). */
export function LinkChartTab() {
  return <Card padding="lg" data-testid="case-tab-panel-links" />;
}
