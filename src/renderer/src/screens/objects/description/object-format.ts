import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObjectRecord } from '../../../../../shared/domain/object';
import { useEnumLabel } from '../../../hooks/useVocabulary';
import { intlLocale } from '../../../i18n';
import { useObjectsText } from '../useObjectsText';

type Measurement = ObjectRecord['measurements'][number];

/** Intl's names for the units it knows; carats it does not, so they keep their symbol. */
const INTL_UNIT: Record<string, string | undefined> = {
  mm: 'millimeter',
  cm: 'centimeter',
  m: 'meter',
  in: 'inch',
  g: 'gram',
  kg: 'kilogram',
  oz: 'ounce',
};

/** How the description's values read: measurements, years BC/AD, amounts, in the interface language. */
export function useObjectFormat() {
  const t = useObjectsText();
  const enumLabel = useEnumLabel();
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return useMemo(() => {
    const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
    const quantity = (value: number, unit: string) => {
      const intl = INTL_UNIT[unit];
      return intl
        ? new Intl.NumberFormat(locale, {
            style: 'unit',
            unit: intl,
            maximumFractionDigits: 3,
          }).format(value)
        : `${plain.format(value)} ${unit}`;
    };
    const year = (y: number) =>
      y < 0 ? t('dating.bc', { year: String(-y) }) : t('dating.ad', { year: String(y) });
    return {
      measurement: (m: Measurement) =>
        `${enumLabel('dimension', m.dimension)} ${quantity(m.value, m.unit)}`,
      /** "500 BC – 450 BC", "c. 1550", or just one end when only one is known. */
      years: (earliest: number | null, latest: number | null) => {
        if (earliest !== null && latest !== null) {
          return earliest === latest ? year(earliest) : `${year(earliest)} – ${year(latest)}`;
        }
        if (earliest !== null) return t('dating.from', { year: year(earliest) });
        if (latest !== null) return t('dating.until', { year: year(latest) });
        return '';
      },
      money: (amount: string, currency: string) => {
        const n = Number(amount);
        try {
          return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(n);
        } catch {
          return `${amount} ${currency}`;
        }
      },
      coordinate: (n: number) =>
        new Intl.NumberFormat(locale, {
          maximumFractionDigits: 5,
          minimumFractionDigits: 4,
        }).format(n),
    };
  }, [locale, t, enumLabel]);
}
