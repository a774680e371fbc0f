import { Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import type { ConsultationView } from '../../../../../shared/domain/expert-views';
import { useCalendarDate } from '../../../components/data/dates';
import { caseRoutes } from '../../cases/case-routes';
import { useExpertsText } from './experts-text';
import classes from './directory.module.css';
import { ConsultationStateBadge } from './state-badge';

/** The consultation's screen inside its case. */
export const consultationRoute = (caseId: string, consultationId: string): string =>
  `${caseRoutes.tab(caseId, 'experts')}/${encodeURIComponent(consultationId)}`;

/** "Sent 3 Mar 2026" and the like, only for the dates there are. */
function Dates(props: { consultation: ConsultationView }) {
  const t = useExpertsText();
  const date = useCalendarDate();
  const c = props.consultation;
  const parts: { key: string; label: string; value: string; late?: boolean }[] = [];
  if (c.sentOn) parts.push({ key: 'sent', label: t('detail.sent'), value: date(c.sentOn) });
  if (c.receivedOn)
    parts.push({ key: 'received', label: t('detail.received'), value: date(c.receivedOn) });
  if (c.deadline && !c.receivedOn)
    parts.push({
      key: 'deadline',
      label: t('detail.deadline'),
      value: date(c.deadline),
      late: c.state === 'overdue',
    });
  if (c.turnaroundDays !== null)
    parts.push({
      key: 'turnaround',
      label: t('detail.turnaround'),
      value: t('counts.days', { count: c.turnaroundDays }),
    });
  if (parts.length === 0) return null;
  return (
    <Group gap="md" wrap="wrap">
      {parts.map((p) => (
        <Text
          key={p.key}
          size="xs"
          c={p.late ? 'red.7' : 'dimmed'}
          fw={p.late ? 600 : undefined}
          data-testid={`consultation-${p.key}`}
        >
          {p.label}{' '}
          <Text
            span
            inherit
            c={p.late ? 'red.7' : 'gray.8'}
            style={{ fontVariantNumeric: 'tabular-nums' }}
          >
            {p.value}
          </Text>
        </Text>
      ))}
    </Group>
  );
}

/**
 * Every consultation sent to the expert, across cases, newest first: the case, the objects, the
 * state (overdue in red, from the clock), the dates and the turnaround. A row opens it.
 */
export function ConsultationHistory(props: { consultations: readonly ConsultationView[] }) {
  const t = useExpertsText();
  const navigate = useNavigate();
  if (props.consultations.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="expert-history-empty">
        {t('detail.noHistory')}
      </Text>
    );
  return (
    <Stack gap={6} data-testid="expert-history">
      {props.consultations.map((c) => (
        <UnstyledButton
          key={c.id}
          className={classes.historyRow}
          onClick={() => void navigate(consultationRoute(c.caseId, c.id))}
          aria-label={`${t('detail.open')}: ${c.caseReference}`}
          data-testid="expert-history-row"
          data-state={c.state}
        >
          <Group gap="sm" wrap="nowrap" justify="space-between">
            <Stack gap={4} miw={0} style={{ flex: 1 }}>
              <Group gap="xs" wrap="nowrap" miw={0}>
                <Text size="sm" fw={600} ff="monospace" truncate="end" title={c.caseReference}>
                  {c.caseReference}
                </Text>
                {c.reference ? (
                  <Text size="xs" c="dimmed" truncate="end" title={c.reference}>
                    {c.reference}
                  </Text>
                ) : null}
                <ConsultationStateBadge state={c.state} overdueDays={c.overdueDays} />
              </Group>
              <Text
                size="xs"
                c="gray.7"
                truncate="end"
                title={c.objects.map((o) => `${o.exhibitNumber} ${o.title}`).join('\n')}
              >
                <Text span inherit c="dimmed">
                  {t('detail.objects')}:{' '}
                </Text>
                {c.objects
                  .map((o) => (o.title ? `${o.exhibitNumber} ${o.title}` : o.exhibitNumber))
                  .join(' · ')}
              </Text>
              <Dates consultation={c} />
            </Stack>
            <IconChevronRight size={16} color="var(--mantine-color-gray-5)" aria-hidden />
          </Group>
        </UnstyledButton>
      ))}
    </Stack>
  );
}
