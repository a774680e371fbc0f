import { ActionIcon, Badge, Group, Text, Tooltip } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowRight,
  IconBuildingBank,
  IconCash,
  IconCheck,
  IconCoins,
  IconCreditCard,
  IconCurrencyBitcoin,
  IconExternalLink,
  IconGift,
  IconReceipt,
  IconWallet,
  type Icon,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import type { PaymentMethod } from '../../../../shared/domain/finance';
import type { CitedPayment } from '../../../../shared/domain/provenance';
import { useCalendarDate } from '../../components/data/dates';
import { useMoney } from '../seizures/useMoney';
import { moneyTabPath, type PriceCheck } from './payment-links';
import { useProvenanceText } from './useProvenanceText';

export const PAYMENT_METHOD_ICON: Record<PaymentMethod, Icon> = {
  wire: IconBuildingBank,
  cash: IconCash,
  card: IconCreditCard,
  cheque: IconReceipt,
  crypto: IconCurrencyBitcoin,
  in_kind: IconGift,
  e_wallet: IconWallet,
  other: IconCoins,
};

export function methodIcon(method: string): Icon {
  return PAYMENT_METHOD_ICON[method as PaymentMethod] ?? IconCoins;
}

/** The method's name in the interface language (a method the app does not know, as stored). */
export function useMethodLabel(): (method: string) => string {
  const t = useProvenanceText();
  return (method) =>
    method in PAYMENT_METHOD_ICON ? t(`money.methods.${method as PaymentMethod}`) : method;
}

/**
 * Who paid whom: "payer → beneficiary" ("—" for a side without a name). On one line, each name
 * cut short with its full text on hover, unless `wrap` lets long names run onto the next line.
 */
export function PayerToBeneficiary(props: {
  payment: CitedPayment;
  size?: 'xs' | 'sm';
  wrap?: boolean;
}) {
  const size = props.size ?? 'sm';
  const truncate = props.wrap ? undefined : 'end';
  const { payer, beneficiary } = props.payment;
  return (
    <Group gap={4} wrap={props.wrap ? 'wrap' : 'nowrap'} style={{ minWidth: 0 }}>
      <Text size={size} truncate={truncate} title={payer} style={{ minWidth: 0 }}>
        {payer || '—'}
      </Text>
      <IconArrowRight
        size={12}
        color="var(--mantine-color-gray-6)"
        style={{ flex: 'none' }}
        aria-label="→"
      />
      <Text size={size} truncate={truncate} fw={500} title={beneficiary} style={{ minWidth: 0 }}>
        {beneficiary || '—'}
      </Text>
    </Group>
  );
}

/** The Money tab of the case, on this payment. */
export function MoneyTabLink(props: { caseId: string; paymentId: string; testId?: string }) {
  const t = useProvenanceText();
  return (
    <Tooltip label={t('money.open')}>
      <ActionIcon
        component={Link}
        to={moneyTabPath(props.caseId, props.paymentId)}
        variant="subtle"
        color="gray"
        size="sm"
        aria-label={t('money.open')}
        data-testid={props.testId}
      >
        <IconExternalLink size={14} />
      </ActionIcon>
    </Tooltip>
  );
}

/**
 * A cited payment as a short row: date, amount, payer → beneficiary, method (wrapping onto a
 * second line when the names are long); with a link to the Money tab when `caseId` is given.
 */
export function PaymentRow(props: { payment: CitedPayment; caseId?: string; testId?: string }) {
  const date = useCalendarDate();
  const money = useMoney();
  const methodLabel = useMethodLabel();
  const p = props.payment;
  const MethodIcon = methodIcon(p.method);
  return (
    <Group
      gap={8}
      wrap="wrap"
      style={{ minWidth: 0, rowGap: 0 }}
      data-testid={props.testId}
      data-payment-id={p.id}
    >
      <Text
        span
        size="xs"
        c="dimmed"
        style={{ flex: 'none', fontVariantNumeric: 'tabular-nums' }}
        data-testid="payment-date"
      >
        {date(p.date)}
      </Text>
      <Text
        span
        size="sm"
        fw={600}
        style={{ flex: 'none', fontVariantNumeric: 'tabular-nums' }}
        data-testid="payment-amount"
      >
        {money(p.amount)}
      </Text>
      <PayerToBeneficiary payment={p} wrap />
      <Tooltip label={[methodLabel(p.method), p.reference].filter(Boolean).join(' · ')}>
        <Badge
          size="xs"
          variant="light"
          color="gray"
          radius="sm"
          tt="none"
          style={{ flex: 'none' }}
          leftSection={<MethodIcon size={11} />}
          data-testid="payment-method"
        >
          {methodLabel(p.method)}
        </Badge>
      </Tooltip>
      {props.caseId ? (
        <MoneyTabLink caseId={props.caseId} paymentId={p.id} testId="payment-open-money" />
      ) : null}
    </Group>
  );
}

/** The price against the cited payments: a quiet mark when they agree, a warning when not. */
export function PriceCheckBadge(props: { check: PriceCheck; testId?: string }) {
  const t = useProvenanceText();
  const money = useMoney();
  const { check } = props;
  if (check.kind === 'none') return null;
  if (check.kind === 'match') {
    return (
      <Badge
        size="sm"
        variant="light"
        color="teal"
        radius="sm"
        tt="none"
        leftSection={<IconCheck size={12} />}
        data-testid={props.testId}
        data-check="match"
      >
        {t('money.match')}
      </Badge>
    );
  }
  const [label, hint] =
    check.kind === 'differs'
      ? [
          t('money.differs', { total: money(check.total), price: money(check.price) }),
          t('money.differsHint'),
        ]
      : [
          t('money.currency'),
          t('money.currencyHint', {
            price: check.price.currency,
            currencies: check.currencies.join(', '),
          }),
        ];
  return (
    <Tooltip label={hint} multiline w={300}>
      <Badge
        size="sm"
        variant="light"
        color="orange"
        radius="sm"
        tt="none"
        leftSection={<IconAlertTriangle size={12} />}
        data-testid={props.testId}
        data-check={check.kind}
      >
        {label}
      </Badge>
    </Tooltip>
  );
}
