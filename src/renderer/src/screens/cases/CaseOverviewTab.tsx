import { Anchor, Card, Grid, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { MarkdownView } from '../../components/data/MarkdownView';
import { useObjectIndicatorsText } from '../indicators/object/useObjectIndicatorsText';
import { RiskOverviewCard } from '../indicators/shared/RiskOverviewCard';
import { useCaseContext } from './case-context';
import { CaseDetailsCard } from './CaseDetailsCard';
import { CaseLinksCard } from './CaseLinksCard';
import { caseRoutes } from './case-routes';
import { StatusHistoryCard } from './StatusHistoryCard';
import { useCasesText } from './useCasesText';

/** The case's fields and summary on the left; its risk, history and links on the right. */
export function CaseOverviewTab() {
  const t = useCasesText();
  const ti = useObjectIndicatorsText();
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
          <Stack gap={4} data-testid="case-overview-risk">
            <RiskOverviewCard caseId={record.id} compact />
            <Anchor
              component={Link}
              to={caseRoutes.tab(record.id, 'indicators')}
              size="sm"
              ta="end"
              data-testid="case-overview-risk-open"
            >
              {ti('caseOverview.open')}
            </Anchor>
          </Stack>
          <StatusHistoryCard history={view.statusHistory} />
          <CaseLinksCard caseId={record.id} links={view.links} onChanged={() => void reload()} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
