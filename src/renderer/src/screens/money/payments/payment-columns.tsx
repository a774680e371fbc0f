import { ActionIcon, Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import {
  IconArrowNarrowRight,
  IconFileImport,
  IconKeyboard,
  IconPencil,
} from '@tabler/icons-react';
import type { PaymentView } from '../../../../../shared/domain/finance-views';
import { useCalendarDate } from '../../../components/data/dates';
import type { Column } from '../../../components/data/VirtualTable';
import { shortAccount, useDecimal } from '../money-format';
import { useMoneyText } from '../money-text';

const NUMBERS = { fontVariantNumeric: 'tabular-nums' } as const;

/** One side of a payment: the name, and its account in short under it. */
function Side(props: { name: string; account: string | null; unknown: string }) {
  return (
    <Stack gap={0} miw={0} style={{ flex: 1 }}>
      <Text size="sm" truncate="end" title={props.name} c={props.name ? undefined : 'dimmed'}>
        {props.name || props.unknown}
      </Text>
      {props.account ? (
        <Text size="xs" c="dimmed" ff="monospace" truncate="end" title={props.account}>
          {shortAccount(props.account)}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The payment list's columns: date, who paid whom, amount, in EUR, method, reference, source. */
export function usePaymentColumns(
  base: string,
  onEdit: (p: PaymentView) => void,
): Column<PaymentView>[] {
  const t = useMoneyText();
  const date = useCalendarDate();
  const decimal = useDecimal();
  return [
    {
      key: 'date',
      header: t('payments.columns.date'),
      width: '7rem',
      sortable: true,
      firstDirection: 'desc',
      render: (p) => (
        <Text size="sm" style={NUMBERS}>
          {date(p.date)}
        </Text>
      ),
    },
    {
      key: 'parties',
      header: t('payments.columns.parties'),
      width: 'minmax(16rem, 3fr)',
      render: (p) => (
        <Group gap={6} wrap="nowrap" miw={0} data-testid="payment-parties">
          <Side name={p.payerName} account={p.payerAccountLabel} unknown={t('common.unknown')} />
          <IconArrowNarrowRight
            size={16}
            stroke={1.6}
            aria-label={t('payments.columns.to')}
            style={{ flexShrink: 0 }}
          />
          <Side
            name={p.beneficiaryName}
            account={p.beneficiaryAccountLabel}
            unknown={t('common.unknown')}
          />
        </Group>
      ),
    },
    {
      key: 'amount',
      header: t('payments.columns.amount'),
      width: '9.5rem',
      align: 'end',
      sortable: true,
      firstDirection: 'desc',
      render: (p) => (
        <Text size="sm" fw={600} style={NUMBERS} data-testid="payment-amount">
          {decimal(p.amount.amount)} {p.amount.currency}
        </Text>
      ),
    },
    {
      key: 'converted',
      header: t('payments.columns.converted', { base }),
      width: '8.5rem',
      align: 'end',
      render: (p) =>
        p.converted === null ? null : p.converted.amount === null ? (
          <Tooltip label={t('payments.noRateHint')} multiline w={260}>
            <Badge color="orange" variant="light" tt="none" data-testid="payment-no-rate">
              {t('payments.noRate')}
            </Badge>
          </Tooltip>
        ) : (
          <Text size="sm" c="gray.7" style={NUMBERS} data-testid="payment-converted">
            {decimal(p.converted.amount)} {p.converted.base}
          </Text>
        ),
    },
    {
      key: 'method',
      header: t('payments.columns.method'),
      width: '6.5rem',
      render: (p) => <Text size="sm">{t(`methods.${p.method}`)}</Text>,
    },
    {
      key: 'reference',
      header: t('payments.columns.reference'),
      width: 'minmax(9rem, 2fr)',
      render: (p) => (
        <Stack gap={0} miw={0}>
          <Text size="sm" truncate="end" title={p.reference}>
            {p.reference}
          </Text>
          <Text size="xs" c="dimmed" truncate="end" title={p.purpose}>
            {p.purpose}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'source',
      header: t('payments.columns.source'),
      width: '7.5rem',
      render: (p) =>
        p.importId !== null ? (
          <Tooltip label={t('payments.source.importedHint', { row: p.row ?? '?' })}>
            <Badge
              variant="light"
              color="steel"
              tt="none"
              leftSection={<IconFileImport size={12} />}
              data-testid="payment-source"
              data-source="imported"
            >
              {t('payments.source.imported', { row: p.row ?? '?' })}
            </Badge>
          </Tooltip>
        ) : (
          <Badge
            variant="outline"
            color="gray"
            tt="none"
            leftSection={<IconKeyboard size={12} />}
            data-testid="payment-source"
            data-source="typed"
          >
            {t('payments.source.typed')}
          </Badge>
        ),
    },
    {
      key: 'edit',
      header: t('common.edit'),
      icon: IconPencil,
      width: '3rem',
      render: (p) => (
        <Tooltip label={t('common.edit')}>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('common.edit')}
            onClick={() => onEdit(p)}
            data-testid="payment-edit"
          >
            <IconPencil size={16} />
          </ActionIcon>
        </Tooltip>
      ),
    },
  ];
}
