import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../i18n';

const pad = (n: number) => String(n).padStart(2, '0');

/** Today on this workstation's calendar, as YYYY-MM-DD (a form's default date). */
export function localIsoDate(at: Date = new Date()): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Now on this workstation's clock, as YYYY-MM-DDTHH:mm (a datetime-local input's value). */
export function localIsoDateTime(at: Date = new Date()): string {
  return `${localIsoDate(at)}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/**
 * Calendar dates as the interface language writes them. A date without a time ("2026-03-02",
 * "2026-03", "2026") is a day, month or year, not an instant: it is formatted as such, never
 * shifted by the time zone as `new Date("2026-03-02")` (UTC midnight) would be.
 */
export function useCalendarDate(): (value: string) => string {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
    return (value: string) => {
      const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
      if (!m) return value;
      const [, y, mo, d] = m;
      if (!mo) return y ?? value;
      const at = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
      return d ? day.format(at) : month.format(at);
    };
  }, [locale]);
}
