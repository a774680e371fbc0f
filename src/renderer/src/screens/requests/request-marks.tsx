import { Badge, type MantineColor } from '@mantine/core';
import type { RequestRecord, RequestStatus } from '../../../../shared/domain/intl-request';
import { useRequestsText } from './requests-text';

const STATUS_COLORS: Record<RequestStatus, MantineColor> = {
  draft: 'gray',
  sent: 'blue',
  acknowledged: 'indigo',
  executed: 'teal',
  partly_executed: 'yellow',
  refused: 'red',
  withdrawn: 'dark',
};

/** Statuses in which an answer is still awaited (the due date matters). */
export const AWAITING: readonly RequestStatus[] = ['sent', 'acknowledged', 'partly_executed'];

/** A request's status, coloured. */
export function RequestStatusBadge(props: {
  status: RequestStatus;
  size?: 'sm' | 'md' | 'lg';
  testId?: string;
}) {
  const t = useRequestsText();
  return (
    <Badge
      color={STATUS_COLORS[props.status]}
      variant="light"
      size={props.size ?? 'sm'}
      tt="none"
      data-testid={props.testId ?? 'request-status'}
      data-status={props.status}
    >
      {t(`status.${props.status}`)}
    </Badge>
  );
}

/** The day the request was (last) sent, from its history. */
export function sentOn(request: RequestRecord): string | null {
  const sent = request.history.filter((e) => e.status === 'sent');
  return sent.length > 0 ? (sent[sent.length - 1]?.on ?? null) : null;
}

/** Days an awaited answer is late on `today` (0 or less: not late); null when none is awaited. */
export function overdueDays(request: RequestRecord, today: string): number | null {
  if (!request.answerDue || !AWAITING.includes(request.status)) return null;
  const days = Math.round(
    (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${request.answerDue}T00:00:00Z`)) / 86_400_000,
  );
  return days;
}
