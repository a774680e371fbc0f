import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TaskName, TaskProgress } from '../../hooks/useTaskProgress';
import { useFormat } from '../../i18n/useFormat';
import { useStepLabel } from './useStepLabel';

/** A running task: its step and how far it got (striped until the first event arrives). */
export function TaskProgressBar({
  task,
  progress,
}: {
  task: TaskName;
  progress: TaskProgress | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const stepLabel = useStepLabel();
  const percent = progress ? Math.round((progress.done / progress.total) * 100) : 100;

  return (
    <Stack gap={6} mt="md" data-testid="task-progress">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" c="gray.7" truncate="end">
          {progress ? stepLabel(progress.step) : t(`integrity.running.${task}`)}
        </Text>
        {progress ? (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('integrity.stepCount', {
              done: format.number(progress.done),
              total: format.number(progress.total),
            })}
          </Text>
        ) : null}
      </Group>
      <Progress value={percent} animated={!progress} striped={!progress} size="md" />
    </Stack>
  );
}
