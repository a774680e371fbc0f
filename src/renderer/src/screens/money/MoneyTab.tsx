import { Card } from '@mantine/core';

/** The case's money: accounts, payments, relationships, statement import (issue #6). */
export function MoneyTab() {
  return <Card padding="lg" data-testid="case-tab-panel-money" />;
}
