import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from './index';

export interface Formatters {
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
  number: (n: number) => string;
  bytes: (n: number) => string;
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** Dates, numbers and sizes through Intl, in the interface language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const number = new Intl.NumberFormat(locale);
    const safe = (format: Intl.DateTimeFormat, iso: string): string => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : format.format(d);
    };
    return {
      date: (iso) => safe(date, iso),
      dateTime: (iso) => safe(dateTime, iso),
      number: (n) => number.format(n),
      bytes: (n) => {
        let value = n;
        let unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
          value /= 1024;
          unit++;
        }
        return new Intl.NumberFormat(locale, {
          style: 'unit',
          unit: UNITS[unit],
          unitDisplay: 'short',
          maximumFractionDigits: unit === 0 ? 0 : 1,
        }).format(value);
      },
    };
  }, [locale]);
}
