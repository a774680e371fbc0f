import { Group, Progress, Stack, Text } from '@mantine/core';
import { REPORT_STEPS, type ReportStep } from '../../../../shared/domain/report';
import type { TaskProgress } from '../../hooks/useTaskProgress';
import { useFormat } from '../../i18n/useFormat';
import { useReportsText } from './reports-text';

const isStep = (s: string): s is ReportStep => (REPORT_STEPS as readonly string[]).includes(s);

/** A running report: the step it is at and how far it got (striped until the first event). */
export function ReportProgress({ progress }: { progress: TaskProgress | null }) {
  const t = useReportsText();
  const format = useFormat();
  const step = progress && isStep(progress.step) ? progress.step : null;
  const percent = progress ? Math.round((progress.done / progress.total) * 100) : 100;
  return (
    <Stack gap={6} data-testid="report-progress" data-step={step ?? ''}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" c="gray.7" truncate="end" data-testid="report-progress-step">
          {step ? t(`steps.${step}`) : t('steps.starting')}
        </Text>
        {progress ? (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('steps.count', {
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
