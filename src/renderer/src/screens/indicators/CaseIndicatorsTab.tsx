import { Grid, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { ObservationView, Suggestion } from '../../../../shared/domain/indicator';
import { api } from '../../api';
import { useDialog } from '../../components/data/useDialog';
import { useIpc } from '../../lib/useIpc';
import { useCaseContext } from '../cases/case-context';
import { AcceptSuggestionModal } from './case/AcceptSuggestionModal';
import { DismissSuggestionModal } from './case/DismissSuggestionModal';
import { ObservationsPanel } from './case/ObservationsPanel';
import { SuggestionsPanel } from './case/SuggestionsPanel';
import { ObservationFormModal } from './shared/ObservationFormModal';
import { useObservationsText } from './shared/observations-text';
import { RiskOverviewCard } from './shared/RiskOverviewCard';

/**
 * The case's trafficking indicators (issue #8): the risk overview, the suggestions the case
 * file's own data makes (accepted or dismissed by a person, never recorded silently) and the
 * observations recorded on the case and its records.
 */
export function CaseIndicatorsTab() {
  const t = useObservationsText();
  const call = useIpc();
  const { view } = useCaseContext();
  const caseId = view.record.id;
  const [suggestions, setSuggestions] = useState<{ caseId: string; rows: Suggestion[] } | null>(
    null,
  );
  const [observations, setObservations] = useState<{
    caseId: string;
    rows: ObservationView[];
  } | null>(null);
  const [revision, setRevision] = useState(0);
  const form = useDialog<ObservationView | null>();
  const accept = useDialog<Suggestion>();
  const dismiss = useDialog<Suggestion>();

  const load = useCallback(async () => {
    const [s, o] = await Promise.all([
      call(api.suggestion.list({ caseId })),
      call(api.observation.list({ caseId })),
    ]);
    if (s) setSuggestions({ caseId, rows: s });
    if (o) setObservations({ caseId, rows: o });
  }, [call, caseId]);
  useEffect(() => {
    void load();
  }, [load]);

  const changed = () => {
    setRevision((n) => n + 1);
    void load();
  };

  return (
    <Stack gap="lg" data-testid="case-tab-panel-indicators">
      <Text size="sm" c="dimmed" data-testid="screen-CaseIndicatorsTab">
        {t('tab.intro')}
      </Text>
      <RiskOverviewCard caseId={caseId} refreshKey={revision} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <SuggestionsPanel
            caseId={caseId}
            suggestions={suggestions?.caseId === caseId ? suggestions.rows : null}
            onAccept={(s) => accept.open(s)}
            onDismiss={(s) => dismiss.open(s)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <ObservationsPanel
            caseId={caseId}
            observations={observations?.caseId === caseId ? observations.rows : null}
            onAdd={() => form.open(null)}
            onEdit={(o) => form.open(o)}
          />
        </Grid.Col>
      </Grid>
      {form.state ? (
        <ObservationFormModal
          key={form.state.key}
          caseId={caseId}
          observation={form.state.value}
          onSaved={changed}
          onClosed={form.closed(form.state.key)}
        />
      ) : null}
      {accept.state ? (
        <AcceptSuggestionModal
          key={accept.state.key}
          caseId={caseId}
          suggestion={accept.state.value}
          onSaved={changed}
          onClosed={accept.closed(accept.state.key)}
        />
      ) : null}
      {dismiss.state ? (
        <DismissSuggestionModal
          key={dismiss.state.key}
          caseId={caseId}
          suggestion={dismiss.state.value}
          onSaved={changed}
          onClosed={dismiss.closed(dismiss.state.key)}
        />
      ) : null}
    </Stack>
  );
}
