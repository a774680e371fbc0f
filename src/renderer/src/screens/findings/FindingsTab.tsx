import { Card, Stack, Text, Title } from '@mantine/core';
import { useCaseContext } from '../cases/case-context';
import { FindingsList } from './FindingsList';
import { useFindingsText } from './useFindingsText';

/** The case's Findings tab: what the analysis rules see in all of the case's records. */
export function FindingsTab() {
  const t = useFindingsText();
  const { view } = useCaseContext();
  return (
    <Card padding="lg" data-testid="case-tab-panel-findings">
      <Stack gap={0} mb="md">
        <Title order={3} size="h5">
          {t('title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('intro')}
        </Text>
      </Stack>
      <FindingsList caseId={view.record.id} />
    </Card>
  );
}
