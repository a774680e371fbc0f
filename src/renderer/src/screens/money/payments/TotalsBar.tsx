import { Anchor, Group, Paper, Skeleton, Text } from '@mantine/core';
import { IconAlertTriangle, IconSum } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { PaymentTotals } from '../../../../../shared/domain/finance-views';
import { useFormat } from '../../../i18n/useFormat';
import { useDecimal } from '../money-format';
import { useMoneyText } from '../money-text';

export const RATES_ROUTE = '/case-file/settings#exchange-rates';

/**
 * The total of the payments shown, in the base currency (EUR), and, per currency, what could
 * not be converted for want of a rate: shown as it is, never guessed.
 */
export function TotalsBar({ totals }: { totals: PaymentTotals | null }) {
  const t = useMoneyText();
  const decimal = useDecimal();
  const format = useFormat();
  return (
    <Paper withBorder px="md" py={8} radius="sm" data-testid="payments-totals">
      {totals === null ? (
        <Skeleton h={18} w="40%" radius="xl" />
      ) : (
        <Group gap="lg" wrap="wrap" align="baseline">
          <Group gap={6} wrap="nowrap" align="baseline">
            <IconSum size={16} stroke={1.8} aria-hidden style={{ alignSelf: 'center' }} />
            <Text size="sm" c="dimmed">
              {t('payments.totals.label', { base: totals.base })}
            </Text>
            <Text
              fw={700}
              style={{ fontVariantNumeric: 'tabular-nums' }}
              data-testid="payments-totals-amount"
              data-amount={totals.amount}
            >
              {decimal(totals.amount)} {totals.base}
            </Text>
            <Text size="sm" c="dimmed" data-testid="payments-totals-count">
              {t('payments.totals.count', {
                count: totals.count,
                shown: format.number(totals.count),
              })}
            </Text>
          </Group>
          {totals.missing.length > 0 ? (
            <Group gap={6} wrap="wrap" align="baseline" data-testid="payments-totals-missing">
              <IconAlertTriangle
                size={16}
                color="var(--mantine-color-orange-7)"
                aria-hidden
                style={{ alignSelf: 'center' }}
              />
              <Text size="sm" c="orange.9">
                {t('payments.totals.missing')}
              </Text>
              {totals.missing.map((m) => (
                <Text
                  key={m.currency}
                  size="sm"
                  fw={600}
                  style={{ fontVariantNumeric: 'tabular-nums' }}
                  data-testid="payments-totals-missing-currency"
                  data-currency={m.currency}
                >
                  {t('payments.totals.missingItem', {
                    amount: decimal(m.amount),
                    currency: m.currency,
                    count: m.count,
                  })}
                </Text>
              ))}
              <Anchor component={Link} to={RATES_ROUTE} size="sm" data-testid="payments-add-rate">
                {t('payments.totals.addRate')}
              </Anchor>
            </Group>
          ) : null}
        </Group>
      )}
    </Paper>
  );
}
