import { Alert, Button, Card, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconAlarm, IconCalendarDue, IconPlus } from '@tabler/icons-react';
import { REQUEST_TRANSITIONS, type RequestRecord } from '../../../../shared/domain/intl-request';
import { localIsoDate, useCalendarDate } from '../../components/data/dates';
import { useDialog } from '../../components/data/useDialog';
import { overdueDays, RequestStatusBadge } from './request-marks';
import { RecordStepModal } from './RecordStepModal';
import { useRequestsText } from './requests-text';

/**
 * A request's life: the answer due (in red once late), each recorded step (status, date, the
 * other side's reference, note, who recorded it) and the steps its status allows next.
 */
export function TrackingCard(props: {
  request: RequestRecord;
  onSaved: (saved: RequestRecord) => void;
}) {
  const { request } = props;
  const t = useRequestsText();
  const date = useCalendarDate();
  const stepping = useDialog<RequestRecord>();
  const late = overdueDays(request, localIsoDate());
  const next = REQUEST_TRANSITIONS[request.status];
  const history = [...request.history].reverse();

  return (
    <Card padding="md" data-testid="request-tracking">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5">
          {t('tracking.title')}
        </Title>
        {next.length > 0 ? (
          <Button
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => stepping.open(request)}
            data-testid="request-record-step"
          >
            {t('tracking.record')}
          </Button>
        ) : null}
      </Group>
      <Stack gap="sm">
        {request.answerDue ? (
          <Alert
            color={late !== null && late > 0 ? 'red' : 'blue'}
            variant="light"
            icon={
              late !== null && late > 0 ? <IconAlarm size={18} /> : <IconCalendarDue size={18} />
            }
            p="xs"
            data-testid="request-tracking-due"
            data-overdue={late !== null && late > 0 ? 'true' : 'false'}
          >
            <Group gap="xs">
              <Text size="sm">{t('tracking.answerDue')}:</Text>
              <Text size="sm" fw={600}>
                {date(request.answerDue)}
              </Text>
              {late !== null && late > 0 ? (
                <Text size="sm" c="red.8" fw={600}>
                  {t('tracking.overdue', { count: late })}
                </Text>
              ) : null}
            </Group>
          </Alert>
        ) : null}
        {next.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t('tracking.final')}
          </Text>
        ) : null}
        {history.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="request-tracking-empty">
            {t('tracking.empty')}
          </Text>
        ) : (
          <Timeline active={0} bulletSize={14} lineWidth={2} data-testid="request-history">
            {history.map((e, i) => (
              <Timeline.Item
                key={`${e.recordedAt}-${i}`}
                title={
                  <Group gap="xs">
                    <RequestStatusBadge status={e.status} testId="request-history-status" />
                    <Text size="sm" fw={500} style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {date(e.on)}
                    </Text>
                  </Group>
                }
                data-testid="request-history-item"
                data-status={e.status}
              >
                {e.reference ? (
                  <Text size="sm" data-testid="request-history-reference">
                    {t('tracking.theirReference', { reference: e.reference })}
                  </Text>
                ) : null}
                {e.note ? (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {e.note}
                  </Text>
                ) : null}
                <Text size="xs" c="dimmed">
                  {t('tracking.by', { name: e.recordedBy })}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
      {stepping.state ? (
        <RecordStepModal
          key={stepping.state.key}
          request={stepping.state.value}
          onSaved={props.onSaved}
          onClosed={stepping.closed(stepping.state.key)}
        />
      ) : null}
    </Card>
  );
}
