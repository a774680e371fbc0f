import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../i18n';

/**
 * Languages documents of the region's cases are written in, first those of the region; the rest
 * of the trade's (auction houses, dealers, transit countries), then the old ones found on
 * inscriptions and archival papers. Codes as LanguageCode in shared/domain/document.ts.
 */
const CODES = [
  'sr',
  'hr',
  'bs',
  'cnr',
  'mk',
  'sl',
  'sq',
  'bg',
  'el',
  'ro',
  'hu',
  'tr',
  'en',
  'de',
  'fr',
  'it',
  'es',
  'nl',
  'ru',
  'uk',
  'ar',
  'fa',
  'he',
  'zh',
  'la',
  'grc',
  'cu',
  'ota',
];

/** Language options named in the interface language ("German (de)"); `keep` adds a stored code. */
export function useLanguageOptions(keep: string | null): { value: string; label: string }[] {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale, 'en'], { type: 'language', fallback: 'code' });
    const codes = keep && !CODES.includes(keep) ? [...CODES, keep] : CODES;
    return codes.map((code) => {
      let name = code;
      try {
        name = names.of(code) ?? code;
      } catch {
        // A code Intl does not know (it accepts only well-formed tags): show the code.
      }
      return { value: code, label: name === code ? code : `${name} (${code})` };
    });
  }, [locale, keep]);
}

/** A language code named in the interface language, or the code itself. */
export function useLanguageName(): (code: string) => string {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale, 'en'], { type: 'language', fallback: 'code' });
    return (code: string) => {
      if (!code) return '';
      try {
        return names.of(code) ?? code;
      } catch {
        return code;
      }
    };
  }, [locale]);
}
