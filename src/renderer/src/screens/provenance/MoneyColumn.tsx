import {
  Anchor,
  Button,
  Card,
  Group,
  Stack,
  Text,
  ThemeIcon,
  Timeline,
  Title,
} from '@mantine/core';
import { IconCoins } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ProvenanceChain } from '../../../../shared/domain/provenance';
import { useCalendarDate } from '../../components/data/dates';
import { useMoney } from '../seizures/useMoney';
import { moneySteps, moneyTabPath } from './payment-links';
import { methodIcon, MoneyTabLink, PayerToBeneficiary, useMethodLabel } from './payment-marks';
import { useProvenanceText } from './useProvenanceText';

/** Brings an event card of the chain into view and puts the keyboard focus on it. */
function showEvent(eventId: string) {
  const card = document.querySelector<HTMLElement>(
    `[data-testid="provenance-chain"] [data-event-id="${CSS.escape(eventId)}"]`,
  );
  if (!card) return;
  card.scrollIntoView({ block: 'center', behavior: 'smooth' });
  card.focus({ preventScroll: true });
}

/**
 * The money chain beside the object's chain: every payment the events cite, in date order, with
 * who paid whom, how, and which event it paid for (a click shows that event). No total: the
 * payments of successive sales do not add up to anything. Nothing when no event cites a payment.
 */
export function MoneyColumn(props: { chain: ProvenanceChain }) {
  const t = useProvenanceText();
  const date = useCalendarDate();
  const money = useMoney();
  const methodLabel = useMethodLabel();
  const steps = moneySteps(props.chain);
  if (steps.length === 0) return null;
  const { caseId } = props.chain;

  return (
    <Card data-testid="provenance-money">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb={4}>
        <Group gap={8} wrap="nowrap">
          <ThemeIcon size={26} radius="xl" variant="light" color="teal">
            <IconCoins size={16} />
          </ThemeIcon>
          <Title order={3} size="h5">
            {t('money.title')}
          </Title>
        </Group>
        <Button
          component={Link}
          to={moneyTabPath(caseId)}
          size="compact-xs"
          variant="subtle"
          data-testid="provenance-money-tab"
        >
          {t('money.open')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        {t('money.intro')}
      </Text>
      <Timeline bulletSize={22} lineWidth={2} color="teal" active={steps.length - 1}>
        {steps.map(({ payment: p, events }) => {
          const MethodIcon = methodIcon(p.method);
          return (
            <Timeline.Item
              key={p.id}
              bullet={<MethodIcon size={12} />}
              data-testid="money-step"
              data-payment-id={p.id}
              title={
                <Group justify="space-between" wrap="nowrap" gap={6}>
                  <Text
                    size="sm"
                    fw={650}
                    style={{ fontVariantNumeric: 'tabular-nums' }}
                    data-testid="money-step-amount"
                  >
                    {money(p.amount)}
                  </Text>
                  <Group gap={2} wrap="nowrap" style={{ flex: 'none' }}>
                    <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {date(p.date)}
                    </Text>
                    <MoneyTabLink caseId={caseId} paymentId={p.id} testId="money-step-open" />
                  </Group>
                </Group>
              }
            >
              <Stack gap={2}>
                <PayerToBeneficiary payment={p} size="xs" wrap />
                <Text size="xs" c="dimmed">
                  {[methodLabel(p.method), p.reference].filter(Boolean).join(' · ')}
                </Text>
                <Group gap={4} wrap="wrap">
                  <Text size="xs" c="dimmed">
                    {t('money.paid')}:
                  </Text>
                  {events.map((e) => (
                    <Anchor
                      key={e.id}
                      component="button"
                      type="button"
                      size="xs"
                      title={t('money.showEvent', { position: e.position })}
                      onClick={() => showEvent(e.id)}
                      data-testid="money-step-event"
                    >
                      {t('money.forEvent', {
                        position: e.position,
                        type: t(`eventTypes.${e.type}`),
                      })}
                    </Anchor>
                  ))}
                </Group>
              </Stack>
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Card>
  );
}
