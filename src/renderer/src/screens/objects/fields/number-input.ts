import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../i18n';

/** The digit-group and decimal separators of the interface language, for NumberInput. */
export function useNumberSeparators(): { thousandSeparator: string; decimalSeparator: string } {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return useMemo(() => {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    return {
      thousandSeparator: parts.find((p) => p.type === 'group')?.value ?? ' ',
      decimalSeparator: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
  }, [locale]);
}
