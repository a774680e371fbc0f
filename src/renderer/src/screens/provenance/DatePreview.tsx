import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconArrowRight } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isUnknown, type TimeSpan } from '../../../../shared/domain/time-span';
import { parseDate } from '../../../../shared/provenance/date-parser';
import { formatSpan } from '../../../../shared/provenance/span-compare';
import { useCalendarDate } from '../../components/data/dates';
import { useProvenanceText } from './useProvenanceText';

const POINTS = ['botb', 'eotb', 'bote', 'eote'] as const;

/** The four points read from a date, in the interface language's words ("1965 (±5)"). */
export function useSpanLabel(): (span: TimeSpan) => string {
  const { i18n } = useTranslation();
  return (span: TimeSpan) => formatSpan(span, i18n.language);
}

/**
 * A date as recorded: the text as typed and, beside it, what Custodia read from it
 * ("c. 1965 → 1965 (±5)"). With `withText` false, only what was read (or the text when nothing
 * could be read from it).
 */
export function SpanText({ span, withText = false }: { span: TimeSpan; withText?: boolean }) {
  const label = useSpanLabel();
  const read = isUnknown(span) ? '' : label(span);
  const typed = span.text.trim();
  if (!withText || !typed) return <>{read || typed}</>;
  if (!read || read === typed) return <>{typed}</>;
  return (
    <Text span inherit style={{ whiteSpace: 'nowrap' }}>
      <Text span inherit data-testid="span-typed">
        {typed}
      </Text>
      <IconArrowRight
        size={12}
        style={{ margin: '0 6px', verticalAlign: 'middle' }}
        color="var(--mantine-color-gray-6)"
        aria-hidden
      />
      <Text span inherit c="dimmed" data-testid="span-read">
        {read}
      </Text>
    </Text>
  );
}

/**
 * Under a date field, live: the four points Custodia reads from what is typed (began no earlier /
 * no later than, ended no earlier / no later than), or what to type when it cannot read it. The
 * same reader runs in main when the event is saved.
 */
export function DatePreview(props: { text: string; compact?: boolean; testId: string }) {
  const t = useProvenanceText();
  const day = useCalendarDate();
  const label = useSpanLabel();
  const parsed = useMemo(() => parseDate(props.text), [props.text]);

  if (!parsed.ok && parsed.reason === 'empty') {
    return props.compact ? null : (
      <Text size="xs" c="dimmed" mt={6} data-testid={props.testId} data-state="empty">
        {t('date.empty')}
      </Text>
    );
  }
  if (!parsed.ok) {
    return (
      <Group
        gap={6}
        mt={6}
        wrap="nowrap"
        align="flex-start"
        c="red.7"
        data-testid={props.testId}
        data-state="failed"
        role="status"
      >
        <IconAlertCircle size={16} style={{ flex: 'none', marginTop: 1 }} />
        <Text size="xs" inherit>
          {parsed.reason === 'impossible' ? t('date.impossible') : t('date.notUnderstood')}
        </Text>
      </Group>
    );
  }
  const { span } = parsed;
  return (
    <Stack
      gap={4}
      mt={6}
      p={8}
      bg="var(--mantine-color-gray-0)"
      style={{
        borderRadius: 'var(--mantine-radius-sm)',
        border: '1px solid var(--mantine-color-gray-2)',
      }}
      data-testid={props.testId}
      data-state="read"
      role="status"
    >
      <Group gap={6} wrap="wrap">
        <Text size="xs" c="dimmed">
          {t('date.preview')}
        </Text>
        <Text size="sm" fw={600} data-testid={`${props.testId}-label`}>
          {label(span)}
        </Text>
        <Badge size="xs" variant="outline" color="gray" radius="sm" tt="none">
          {t(`date.precision.${parsed.precision}`)}
        </Badge>
        {parsed.approximate ? (
          <Badge size="xs" variant="light" color="yellow" radius="sm" tt="none">
            {t('date.approximate')}
          </Badge>
        ) : null}
      </Group>
      {props.compact ? null : (
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing={6} verticalSpacing={2}>
          {POINTS.map((point) => (
            <Stack key={point} gap={0}>
              <Text size="11px" c="dimmed" lh={1.25}>
                {t(`date.${point}`)}
              </Text>
              <Text
                size="xs"
                fw={500}
                c={span[point] === null ? 'dimmed' : undefined}
                fs={span[point] === null ? 'italic' : undefined}
                style={{ fontVariantNumeric: 'tabular-nums' }}
                data-testid={`${props.testId}-${point}`}
                data-value={span[point] ?? ''}
              >
                {span[point] === null ? t('date.open') : day(span[point])}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
