import { ActionIcon, Alert, Group, Paper, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowDown,
  IconArrowRight,
  IconArrowUp,
  IconPencil,
  IconTrash,
} from '@tabler/icons-react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { DocumentView } from '../../../../shared/domain/document';
import {
  eventGroup,
  type CitedPayment,
  type ProvenanceEventRecord,
} from '../../../../shared/domain/provenance';
import { useCountries } from '../objects/fields/countries';
import { useMoney } from '../seizures/useMoney';
import { SpanText } from './DatePreview';
import { partyName } from './party-name';
import { priceCheck } from './payment-links';
import { PaymentRow, PriceCheckBadge } from './payment-marks';
import { CertaintyBadge, EVENT_ICON, EventAssessmentBadge, eventColor } from './provenance-marks';
import type { OrderWarning } from './chain-view';
import { SourceList } from './SourceList';
import { useProvenanceText } from './useProvenanceText';

/**
 * One event of the chain: what happened (icon and label), when (as typed, and as read), who
 * passed it to whom and through which intermediary, where, how sure, at what price, on which
 * documents, which payments paid for it (and whether they add up to the price), and how the
 * event was assessed. Focusable: Alt+↑ / Alt+↓ move it.
 */
export function EventCard(props: {
  event: ProvenanceEventRecord;
  caseId: string;
  parties: Readonly<Record<string, string>>;
  /** The payments the chain's events cite, by id. */
  payments: Readonly<Record<string, CitedPayment>>;
  documents: ReadonlyMap<string, DocumentView>;
  warnings: readonly OrderWarning[];
  first: boolean;
  last: boolean;
  busy: boolean;
  onMove: (by: -1 | 1) => void;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const t = useProvenanceText();
  const money = useMoney();
  const countries = useCountries();
  const e = props.event;
  const group = eventGroup(e.type);
  const Icon = EVENT_ICON[e.type];
  const from = partyName(e.fromParty, props.parties);
  const to = partyName(e.toParty, props.parties);
  const agent = partyName(e.agent, props.parties);
  const place = [e.place.address, countries.nameOf(e.place.country)].filter(Boolean).join(', ');
  const cited = e.payments.flatMap((id) => props.payments[id] ?? []);
  const forgedSource = e.sources.some(
    (s) => props.documents.get(s.documentId)?.assessment.status === 'forged',
  );

  const onKeyDown = (k: KeyboardEvent<HTMLDivElement>) => {
    if (k.target !== k.currentTarget || !k.altKey) return;
    if (k.key === 'ArrowUp' && !props.first) {
      k.preventDefault();
      props.onMove(-1);
    } else if (k.key === 'ArrowDown' && !props.last) {
      k.preventDefault();
      props.onMove(1);
    }
  };

  const line = (caption: string, value: ReactNode, testId?: string) => (
    <Group gap={8} wrap="nowrap" align="baseline">
      <Text span size="xs" c="dimmed" w="5.5rem" style={{ flex: 'none' }}>
        {caption}
      </Text>
      <Text span size="sm" style={{ minWidth: 0 }} data-testid={testId}>
        {value}
      </Text>
    </Group>
  );

  const action = (
    label: string,
    icon: ReactNode,
    onClick: () => void,
    testId: string,
    disabled = false,
  ) => (
    <Tooltip label={label}>
      <ActionIcon
        variant="subtle"
        color="gray"
        size="sm"
        aria-label={label}
        disabled={disabled || props.busy}
        // The first event cannot move up, nor the last down: the button keeps its place unseen.
        style={disabled ? { visibility: 'hidden' } : undefined}
        onClick={onClick}
        data-testid={testId}
      >
        {icon}
      </ActionIcon>
    </Tooltip>
  );

  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-label={`${t('chain.position', { position: e.position })}: ${t(`eventTypes.${e.type}`)}`}
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
      className="provenance-event"
      style={{
        borderColor:
          e.assessment === 'forged' || forgedSource
            ? 'var(--mantine-color-red-4)'
            : props.warnings.length > 0
              ? 'var(--mantine-color-orange-4)'
              : undefined,
      }}
      data-testid="provenance-event"
      data-event-id={e.id}
      data-position={e.position}
      data-type={e.type}
    >
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <ThemeIcon size={32} radius="xl" variant="light" color={eventColor(e.type, group)}>
          <Icon size={18} stroke={1.7} />
        </ThemeIcon>
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
            <Group gap={8} wrap="wrap" style={{ minWidth: 0 }}>
              <Text fw={650} size="sm" data-testid="event-type">
                {t(`eventTypes.${e.type}`)}
              </Text>
              <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                #{e.position}
              </Text>
              <CertaintyBadge certainty={e.certainty} />
              <EventAssessmentBadge assessment={e.assessment} />
            </Group>
            <Group gap={2} wrap="nowrap" style={{ flex: 'none' }}>
              {action(
                t('chain.moveUp'),
                <IconArrowUp size={14} />,
                () => props.onMove(-1),
                'event-move-up',
                props.first,
              )}
              {action(
                t('chain.moveDown'),
                <IconArrowDown size={14} />,
                () => props.onMove(1),
                'event-move-down',
                props.last,
              )}
              {action(t('chain.edit'), <IconPencil size={14} />, props.onEdit, 'event-edit')}
              {action(t('chain.remove'), <IconTrash size={14} />, props.onRemove, 'event-remove')}
            </Group>
          </Group>
          <Text size="sm" data-testid="event-date">
            {e.date ? (
              <SpanText span={e.span} withText />
            ) : (
              <Text span size="sm" c="dimmed" fs="italic">
                {t('chain.noDate')}
              </Text>
            )}
          </Text>
          {from || to ? (
            <Group gap={6} wrap="wrap" data-testid="event-parties">
              {from ? <Text size="sm">{from}</Text> : null}
              {from && to ? (
                <IconArrowRight
                  size={14}
                  color="var(--mantine-color-gray-6)"
                  aria-label={t('chain.to')}
                />
              ) : null}
              {to ? (
                <Text size="sm" fw={500}>
                  {from ? null : `${t('chain.to')}: `}
                  {to}
                </Text>
              ) : null}
              {agent ? (
                <Text size="sm" c="dimmed" data-testid="event-agent">
                  ({agent}
                  {e.agentRole ? `, ${t(`agentRoles.${e.agentRole}`)}` : ''})
                </Text>
              ) : null}
            </Group>
          ) : agent ? (
            line(
              t('chain.agent'),
              `${agent}${e.agentRole ? ` (${t(`agentRoles.${e.agentRole}`)})` : ''}`,
              'event-agent',
            )
          ) : null}
          {place ? line(t('chain.place'), place, 'event-place') : null}
          {e.price || e.lotNumber || e.saleReference
            ? line(
                t('chain.price'),
                [
                  e.price ? money(e.price) : '',
                  e.lotNumber ? t('chain.lot', { lot: e.lotNumber }) : '',
                  e.saleReference,
                ]
                  .filter(Boolean)
                  .join(' · '),
                'event-sale',
              )
            : null}
          {e.payments.length > 0 ? (
            <Group gap={8} wrap="nowrap" align="flex-start" data-testid="event-payments">
              <Text span size="xs" c="dimmed" w="5.5rem" pt={3} style={{ flex: 'none' }}>
                {t('fields.payments')}
              </Text>
              <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                {cited.map((p) => (
                  <PaymentRow key={p.id} payment={p} caseId={props.caseId} testId="event-payment" />
                ))}
                {cited.length < e.payments.length ? (
                  <Text size="xs" c="dimmed" fs="italic">
                    {t('payments.unknown')}
                  </Text>
                ) : null}
                <Group gap={6}>
                  <PriceCheckBadge check={priceCheck(e.price, cited)} testId="event-price-check" />
                </Group>
              </Stack>
            </Group>
          ) : null}
          {e.sources.length > 0 ? (
            <Group gap={8} wrap="nowrap" align="flex-start">
              <Text span size="xs" c="dimmed" w="5.5rem" pt={3} style={{ flex: 'none' }}>
                {t('chain.sources')}
              </Text>
              <SourceList sources={e.sources} documents={props.documents} testId="event-sources" />
            </Group>
          ) : null}
          {e.notes ? (
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }} data-testid="event-notes">
              {e.notes}
            </Text>
          ) : null}
          {props.warnings.map((w) => (
            <Alert
              key={`${w.position}-${w.laterThanNext}`}
              color="orange"
              variant="light"
              p={6}
              icon={<IconAlertTriangle size={16} />}
              data-testid="event-order-warning"
            >
              <Text size="xs">
                {w.laterThanNext
                  ? t('chain.laterThanNext', { position: w.position })
                  : t('chain.earlierThanPrevious', { position: w.position })}
              </Text>
            </Alert>
          ))}
        </Stack>
      </Group>
    </Paper>
  );
}
