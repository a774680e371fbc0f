import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { CASE_TRANSITIONS, type CaseRecord, type CaseStatus } from '../../../../shared/domain/case';
import { useDialog } from '../../components/data/useDialog';
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
  const moving = useDialog<CaseStatus>();

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
                onClick={() => moving.open(to)}
                data-testid={`workflow-move-${to}`}
              >
                {label('caseStatus', to)}
              </Button>
            ))}
          </Group>
        </Stack>
      </Group>
      {moving.state ? (
        <StatusChangeModal
          key={moving.state.key}
          record={record}
          to={moving.state.value}
          onMoved={props.onMoved}
          onReload={props.reload}
          onClosed={moving.closed(moving.state.key)}
        />
      ) : null}
    </Card>
  );
}
