import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle, IconEqual } from '@tabler/icons-react';
import type { Money } from '../../../../shared/domain/common';
import { useFormat } from '../../i18n/useFormat';
import { useMoney } from './useMoney';
import { valueGap } from './money';
import { useSeizuresText } from './useSeizuresText';

/**
 * Declared against assessed value. An object declared far below its value is a classic sign of
 * trafficking (a 2nd-century icon as a "souvenir, 20 EUR"), so a higher assessment stands out.
 */
export function ValueGapNote(props: { declared: Money | null; assessed: Money | null }) {
  const t = useSeizuresText();
  const money = useMoney();
  const format = useFormat();
  const { declared, assessed } = props;
  if (declared && assessed && declared.currency !== assessed.currency) {
    return (
      <Text size="xs" c="dimmed" data-testid="value-gap">
        {t('declaration.otherCurrency')}
      </Text>
    );
  }
  const gap = valueGap(declared, assessed);
  if (!gap) return null;
  const under = !gap.difference.startsWith('-') && gap.difference !== '0';
  if (!under) {
    return (
      <Alert
        variant="light"
        color="gray"
        icon={<IconEqual size={16} />}
        p="xs"
        data-testid="value-gap"
        data-under="false"
      >
        <Text size="sm">{t('declaration.notUnder')}</Text>
      </Alert>
    );
  }
  return (
    <Alert
      variant="light"
      color="red"
      icon={<IconAlertTriangle size={16} />}
      p="xs"
      data-testid="value-gap"
      data-under="true"
    >
      <Text size="sm" fw={600}>
        {gap.ratio !== null && gap.ratio >= 2
          ? t('declaration.underRatio', {
              amount: money({ amount: gap.difference, currency: gap.currency }),
              ratio: format.number(Math.floor(gap.ratio)),
            })
          : t('declaration.under', {
              amount: money({ amount: gap.difference, currency: gap.currency }),
            })}
      </Text>
    </Alert>
  );
}
