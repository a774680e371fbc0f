import { Alert, Box, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconCircleCheck, IconCircleX, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { VerifyReport } from '../../../../shared/ipc/schemas';
import { useStepLabel } from './useStepLabel';

/** Each check with its outcome; the first failed one is the one to act on, so it stands out. */
export function VerifyResult({ report, compact }: { report: VerifyReport; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const stepLabel = useStepLabel();
  const firstFailed = report.checks.findIndex((check) => !check.ok);
  // Main reports each check's outcome as a code with parameters; the words are the interface's.
  // Main's English detail stands in for an outcome this build has no words for.
  const outcomeText = (check: VerifyReport['checks'][number]): string => {
    const key = `verify.outcome.${check.name}.${check.outcome}`;
    return i18n.exists(key)
      ? String(i18n.t(key as never, (check.params ?? {}) as never))
      : check.detail;
  };

  return (
    <Stack gap="sm" mt="md" data-testid="verify-result" data-ok={report.ok}>
      {compact ? null : (
        <Alert
          color={report.ok ? 'teal' : 'red'}
          variant="light"
          icon={report.ok ? <IconCircleCheck size={18} /> : <IconCircleX size={18} />}
          title={report.ok ? t('verify.ok') : t('verify.failed')}
        >
          {report.ok ? t('verify.okDetail') : t('verify.failedDetail')}
        </Alert>
      )}
      <Stack gap={0}>
        {report.checks.map((check, i) => {
          const first = i === firstFailed;
          return (
            <Group
              key={check.name}
              wrap="nowrap"
              align="flex-start"
              gap="sm"
              px="sm"
              py={8}
              bg={first ? 'red.0' : undefined}
              style={{
                borderTop: i > 0 ? '1px solid var(--mantine-color-gray-2)' : undefined,
                borderLeft: first
                  ? '3px solid var(--mantine-color-red-7)'
                  : '3px solid transparent',
              }}
              data-testid={`verify-check-${check.name}`}
              data-ok={check.ok}
              data-first-problem={first || undefined}
            >
              <ThemeIcon size={20} radius="xl" color={check.ok ? 'teal' : 'red'} variant="light">
                {check.ok ? <IconCheck size={14} /> : <IconX size={14} />}
              </ThemeIcon>
              <Box miw={0}>
                <Text size="sm" fw={first ? 700 : 500}>
                  {stepLabel(check.name)}
                  {first ? ` · ${t('verify.firstProblem')}` : ''}
                </Text>
                <Text
                  size="xs"
                  c={check.ok ? 'dimmed' : 'red.9'}
                  style={{ wordBreak: 'break-word' }}
                  data-testid={`verify-detail-${check.name}`}
                >
                  {outcomeText(check)}
                </Text>
              </Box>
            </Group>
          );
        })}
      </Stack>
    </Stack>
  );
}
