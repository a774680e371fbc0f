import { Card, Grid, Stack, Title } from '@mantine/core';
import { MarkdownView } from '../../components/data/MarkdownView';
import { useCaseContext } from './case-context';
import { CaseDetailsCard } from './CaseDetailsCard';
import { CaseLinksCard } from './CaseLinksCard';
import { StatusHistoryCard } from './StatusHistoryCard';
import { useCasesText } from './useCasesText';

/** The case's fields and summary on the left; its history and links on the right. */
export function CaseOverviewTab() {
  const t = useCasesText();
  const { view, reload, edit } = useCaseContext();
  const { record } = view;
  return (
    <Grid gap="md" data-testid="case-tab-panel-overview">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="md">
          <CaseDetailsCard record={record} onEdit={edit} />
          <Card data-testid="case-summary">
            <Title order={3} size="h5" mb="sm">
              {t('overview.summary')}
            </Title>
            <MarkdownView>{record.summary}</MarkdownView>
          </Card>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Stack gap="md">
          <StatusHistoryCard history={view.statusHistory} />
          <CaseLinksCard caseId={record.id} links={view.links} onChanged={() => void reload()} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
