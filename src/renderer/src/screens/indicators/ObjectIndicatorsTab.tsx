import { Grid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ObservationView } from '../../../../shared/domain/indicator';
import { useObjectContext } from '../objects/object-context';
import { ObjectObservationsCard } from './object/ObjectObservationsCard';
import { ObjectSuggestionsCard } from './object/ObjectSuggestionsCard';
import { RedListMatchesCard } from './object/RedListMatchesCard';
import { useObjectObservations, useObjectSuggestions } from './object/object-indicator-data';
import { useObjectIndicatorsText } from './object/useObjectIndicatorsText';
import { ObservationFormModal } from './shared/ObservationFormModal';
import { RiskOverviewCard } from './shared/RiskOverviewCard';

/**
 * The object's Indicators tab: its risk, the suggestions about it waiting for a decision, the
 * indicators observed on it (recorded here), and its ICOM Red List matches with what the
 * experts said. Any change asks main again for the risk and the suggestions.
 */
export function ObjectIndicatorsTab() {
  const t = useObjectIndicatorsText();
  const { view } = useObjectContext();
  const objectId = view.record.id;
  const caseId = view.record.caseId;
  const [refreshKey, setRefreshKey] = useState(0);
  const [editing, setEditing] = useState<ObservationView | 'new' | null>(null);
  const observations = useObjectObservations(caseId, objectId, refreshKey);
  const suggestions = useObjectSuggestions(caseId, objectId, refreshKey);
  const changed = () => setRefreshKey((k) => k + 1);

  return (
    <Stack gap="md" data-testid="object-tab-panel-indicators">
      <Text size="sm" c="dimmed">
        {t('intro')}
      </Text>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <RiskOverviewCard caseId={caseId} objectId={objectId} refreshKey={refreshKey} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <ObjectSuggestionsCard caseId={caseId} suggestions={suggestions.data} />
        </Grid.Col>
      </Grid>
      <ObjectObservationsCard
        observations={observations.data}
        onAdd={() => setEditing('new')}
        onEdit={setEditing}
      />
      <RedListMatchesCard objectId={objectId} onChanged={changed} />
      {editing ? (
        <ObservationFormModal
          caseId={caseId}
          subject={{ kind: 'object', id: objectId }}
          observation={editing === 'new' ? null : editing}
          onSaved={changed}
          onClosed={() => setEditing(null)}
        />
      ) : null}
    </Stack>
  );
}
