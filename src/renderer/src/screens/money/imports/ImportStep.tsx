import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconPlayerStop } from '@tabler/icons-react';
import type {
  StatementImportResult,
  StatementPreview,
} from '../../../../../shared/domain/statement';
import type { TaskProgress } from '../../../hooks/useTaskProgress';
import { useFormat } from '../../../i18n/useFormat';
import { useStatementsText } from '../money-text';
import { PreviewCounts } from './ParsedPreview';
import { RowErrorList } from './RowErrorList';

const STEPS = ['read', 'validate', 'import', 'done'] as const;
type Step = (typeof STEPS)[number];
const isStep = (s: string): s is Step => (STEPS as readonly string[]).includes(s);

/** One figure of the result. */
function Figure(props: { label: string; value: number; color?: string; testId: string }) {
  const format = useFormat();
  return (
    <Paper withBorder p="sm" radius="sm">
      <Text size="xs" c="dimmed">
        {props.label}
      </Text>
      <Text
        fz={22}
        fw={700}
        c={props.color}
        style={{ fontVariantNumeric: 'tabular-nums' }}
        data-testid={props.testId}
        data-value={props.value}
      >
        {format.number(props.value)}
      </Text>
    </Paper>
  );
}

/**
 * Step 4: what will be imported (the counts over the whole file), the refused rows with their row
 * numbers, and the import itself: with refused rows it runs only once "Import the valid rows
 * only" is ticked. While it runs: progress and Cancel; then what it created, skipped and refused.
 */
export function ImportStep(props: {
  summary: { file: string; account: string; mapping: string };
  parsed: NonNullable<StatementPreview['parsed']>;
  accept: boolean;
  onAccept: (accept: boolean) => void;
  running: boolean;
  cancelling: boolean;
  progress: TaskProgress | null;
  result: StatementImportResult | null;
  exporting: boolean;
  onExport: () => void;
  onCancel: () => void;
}) {
  const t = useStatementsText();
  const format = useFormat();
  const { parsed, result } = props;
  const errors = result && result.errorsTotal > 0 ? result : parsed;
  const invalid = result ? result.counts.invalid : parsed.counts.invalid;
  const step = props.progress && isStep(props.progress.step) ? props.progress.step : null;
  const percent =
    props.progress && props.progress.total > 0
      ? Math.round((props.progress.done / props.progress.total) * 100)
      : 100;

  return (
    <Stack gap="md" data-testid="statement-import-step">
      <Paper withBorder p="sm" radius="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <Text size="sm">
            <Text span c="dimmed">
              {t('import.file')}:{' '}
            </Text>
            {props.summary.file}
          </Text>
          <Text size="sm" ff="monospace">
            <Text span c="dimmed" ff="body">
              {t('import.account')}:{' '}
            </Text>
            {props.summary.account}
          </Text>
          <Text size="sm">
            <Text span c="dimmed">
              {t('import.mapping')}:{' '}
            </Text>
            {props.summary.mapping}
          </Text>
        </SimpleGrid>
      </Paper>
      {result === null ? <PreviewCounts parsed={parsed} /> : null}

      {result?.status === 'imported' ? (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck size={18} />}
          title={t('import.doneTitle')}
          data-testid="statement-result"
          data-status="imported"
        >
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" mt={4}>
            <Figure
              label={t('import.result.created')}
              value={result.counts.created}
              color="teal.8"
              testId="result-created"
            />
            <Figure
              label={t('import.result.duplicates')}
              value={result.counts.duplicates}
              testId="result-duplicates"
            />
            <Figure
              label={t('import.result.refused')}
              value={result.counts.invalid}
              color={result.counts.invalid > 0 ? 'red.8' : undefined}
              testId="result-refused"
            />
            <Figure
              label={t('import.result.accountsCreated')}
              value={result.counts.accountsCreated}
              testId="result-accounts"
            />
          </SimpleGrid>
        </Alert>
      ) : result?.status === 'refused' ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={t('import.refusedTitle')}
          data-testid="statement-result"
          data-status="refused"
        >
          {t('import.refusedText', {
            count: result.counts.invalid,
            shown: format.number(result.counts.invalid),
          })}
        </Alert>
      ) : result?.status === 'cancelled' ? (
        <Alert
          color="gray"
          variant="light"
          title={t('import.cancelledTitle')}
          data-testid="statement-result"
          data-status="cancelled"
        >
          {t('import.cancelledText')}
        </Alert>
      ) : null}

      {errors.errorsTotal > 0 ? (
        <RowErrorList
          errors={errors.errors}
          total={errors.errorsTotal}
          onExport={props.onExport}
          exporting={props.exporting}
        />
      ) : null}

      {invalid > 0 && result?.status !== 'imported' ? (
        <Checkbox
          label={t('import.accept')}
          description={t('import.acceptHint', { count: invalid, shown: format.number(invalid) })}
          checked={props.accept}
          disabled={props.running}
          onChange={(e) => props.onAccept(e.currentTarget.checked)}
          data-testid="statement-accept"
        />
      ) : null}

      {props.running ? (
        <Stack gap={6} data-testid="statement-progress">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm" c="gray.7">
              {step ? t(`import.steps.${step}`) : t('import.starting')}
            </Text>
            <Group gap="sm" wrap="nowrap">
              {props.progress && step !== 'read' ? (
                <Text size="xs" c="dimmed">
                  {t('import.progress', {
                    done: format.number(props.progress.done),
                    total: format.number(props.progress.total),
                  })}
                </Text>
              ) : null}
              <Button
                size="xs"
                variant="default"
                color="red"
                leftSection={<IconPlayerStop size={14} />}
                loading={props.cancelling}
                onClick={props.onCancel}
                data-testid="statement-cancel"
              >
                {t('import.cancel')}
              </Button>
            </Group>
          </Group>
          <Progress
            value={percent}
            animated={!props.progress}
            striped={!props.progress}
            size="md"
          />
        </Stack>
      ) : null}
    </Stack>
  );
}
