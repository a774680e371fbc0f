import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Money } from '../../../../shared/domain/common';
import { intlLocale } from '../../i18n';

/** An amount in its currency, as the interface language writes it ("1.250,00 €"). */
export function useMoney(): (m: Money) => string {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return useCallback(
    (m: Money) => {
      if (!/^-?\d+(\.\d+)?$/.test(m.amount)) return `${m.amount} ${m.currency}`;
      try {
        const format = new Intl.NumberFormat(locale, {
          style: 'currency',
          currency: m.currency,
          maximumFractionDigits: 6,
        });
        // A decimal string is formatted exactly (Intl.NumberFormat v3), no float rounding.
        return format.format(m.amount as `${number}`);
      } catch {
        return `${m.amount} ${m.currency}`;
      }
    },
    [locale],
  );
}
