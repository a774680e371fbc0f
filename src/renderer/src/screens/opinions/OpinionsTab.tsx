import { Button, Card, EmptyState, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconCertificate, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { OpinionView } from '../../../../shared/domain/expert-views';
import { useObjectContext } from '../objects/object-context';
import { OpinionColumns } from './OpinionColumns';
import { OpinionFormModal } from './OpinionFormModal';
import { OpinionSummaryCard } from './OpinionSummaryCard';
import { useCaseConsultations, useObjectOpinions } from './opinion-data';
import { useOpinionsText } from './useOpinionsText';

/**
 * The object's expert opinions (issue #7): first the summary of what they say, aspect by aspect,
 * naming the opinions each position rests on; then the opinions side by side, disagreements
 * marked. Opinions are never merged: each stays as the expert gave it.
 */
export function OpinionsTab() {
  const t = useOpinionsText();
  const { view } = useObjectContext();
  const objectId = view.record.id;
  const caseId = view.record.caseId;
  const { data, reload } = useObjectOpinions(objectId);
  const consultations = useCaseConsultations(caseId);
  const [editing, setEditing] = useState<OpinionView | 'new' | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const active = hovered ?? picked;

  const pick = (id: string) => {
    setPicked((current) => (current === id ? null : id));
    document
      .querySelector(`[data-opinion-column="${CSS.escape(id)}"]`)
      ?.scrollIntoView({ behavior: 'smooth', block: 'nearest', inline: 'center' });
  };

  const opinions = data?.opinions ?? [];
  return (
    <Stack gap="md" data-testid="object-tab-panel-opinions">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Text size="sm" c="dimmed" maw={760}>
          {t('tab.intro')}
        </Text>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => setEditing('new')}
          data-testid="opinions-add"
        >
          {t('tab.record')}
        </Button>
      </Group>
      {data === null ? (
        <Stack gap="md" data-testid="opinions-loading">
          <Skeleton h={220} />
          <Skeleton h={420} />
        </Stack>
      ) : opinions.length === 0 ? (
        <Card>
          <EmptyState
            py="lg"
            size="sm"
            icon={<IconCertificate size={24} stroke={1.5} />}
            title={t('tab.emptyTitle')}
            description={t('tab.emptyText')}
            data-testid="opinions-empty"
          />
        </Card>
      ) : (
        <>
          <OpinionSummaryCard
            summary={data.summary}
            opinions={opinions}
            active={active}
            onHover={setHovered}
            onPick={pick}
          />
          <OpinionColumns
            caseId={caseId}
            opinions={opinions}
            summary={data.summary}
            consultations={consultations}
            active={active}
            onEdit={setEditing}
          />
        </>
      )}
      {editing ? (
        <OpinionFormModal
          caseId={caseId}
          objectId={objectId}
          opinion={editing === 'new' ? null : editing}
          onSaved={() => void reload()}
          onClosed={() => setEditing(null)}
        />
      ) : null}
    </Stack>
  );
}
