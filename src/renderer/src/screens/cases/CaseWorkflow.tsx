import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useState } from 'react';
import { CASE_TRANSITIONS, type CaseRecord, type CaseStatus } from '../../../../shared/domain/case';
import { useEnumLabel } from '../../hooks/useVocabulary';
import type { CaseView } from './case-context';
import { StatusChangeModal } from './StatusChangeModal';
import { StatusTrack } from './StatusTrack';
import { useCasesText } from './useCasesText';

/** Where the case stands in its workflow, and the moves it allows from there. */
export function CaseWorkflow(props: {
  view: CaseView;
  onMoved: (record: CaseRecord) => void;
  reload: () => Promise<void>;
}) {
  const { record, statusHistory } = props.view;
  const t = useCasesText();
  const label = useEnumLabel();
  const [moving, setMoving] = useState<CaseStatus | null>(null);

  return (
    <Card padding="sm" data-testid="case-workflow">
      <Group wrap="nowrap" gap="xl" align="center">
        <StatusTrack status={record.status} history={statusHistory} />
        <Stack gap={4} style={{ flexShrink: 0 }}>
          <Text size="xs" c="dimmed" fw={500}>
            {t('workflow.moveTo')}
          </Text>
          <Group gap="xs" wrap="nowrap">
            {CASE_TRANSITIONS[record.status].map((to) => (
              <Button
                key={to}
                size="xs"
                variant={to === 'closed' || to === 'archived' ? 'default' : 'light'}
                rightSection={<IconArrowRight size={14} />}
                onClick={() => setMoving(to)}
                data-testid={`workflow-move-${to}`}
              >
                {label('caseStatus', to)}
              </Button>
            ))}
          </Group>
        </Stack>
      </Group>
      {moving ? (
        <StatusChangeModal
          record={record}
          to={moving}
          onMoved={props.onMoved}
          onReload={props.reload}
          onClosed={() => setMoving(null)}
        />
      ) : null}
    </Card>
  );
}
