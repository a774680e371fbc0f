import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../i18n';
import { useExpertsText } from './experts-text';

/** Offered first: the languages experts of the region work in (ISO 639-1). */
export const REGION_LANGUAGES = [
  'sr',
  'hr',
  'bs',
  'sq',
  'mk',
  'sl',
  'en',
  'de',
  'it',
  'el',
  'fr',
  'bg',
  'ro',
  'tr',
] as const;

/**
 * The rest, ISO 639-1 where there is a code, 639-2 otherwise (Montenegrin, Romani, Aromanian):
 * neighbours, the art market's and the transit countries' languages, and those of the objects.
 */
export const OTHER_LANGUAGES = [
  'cnr',
  'hu',
  'rom',
  'rup',
  'uk',
  'ru',
  'pl',
  'cs',
  'sk',
  'es',
  'pt',
  'nl',
  'sv',
  'da',
  'no',
  'fi',
  'et',
  'lv',
  'lt',
  'ga',
  'mt',
  'ar',
  'fa',
  'ku',
  'he',
  'hy',
  'ka',
  'az',
  'zh',
  'ja',
  'la',
  'grc',
] as const;

export interface LanguageOption {
  value: string;
  label: string;
}

/** A language code named in the interface language ("German"), or the code when Intl has none. */
function namer(locale: string): (code: string) => string {
  const names = new Intl.DisplayNames([locale, 'en'], { type: 'language', fallback: 'code' });
  return (code: string) => {
    if (!code) return '';
    try {
      return names.of(code) ?? code;
    } catch {
      // Intl throws on a malformed tag: show the code.
      return code;
    }
  };
}

/**
 * Spoken languages as Select / MultiSelect options, "German (de)", the region's first; `keep`
 * adds stored codes that are not on the lists, so they still show with a name.
 */
export function useSpokenLanguages(keep: readonly string[] = []): {
  options: { group: string; items: LanguageOption[] }[];
  nameOf: (code: string) => string;
} {
  const { i18n } = useTranslation();
  const t = useExpertsText();
  const locale = intlLocale(i18n.language);
  const kept = keep.join(' ');
  return useMemo(() => {
    const nameOf = namer(locale);
    const option = (code: string): LanguageOption => {
      const name = nameOf(code);
      return { value: code, label: name === code ? code : `${name} (${code})` };
    };
    const collator = new Intl.Collator(locale, { sensitivity: 'base' });
    const listed = new Set<string>([...REGION_LANGUAGES, ...OTHER_LANGUAGES]);
    const extra = kept.split(' ').filter((c) => c !== '' && !listed.has(c));
    const others = [...OTHER_LANGUAGES, ...new Set(extra)]
      .map(option)
      .sort((a, b) => collator.compare(a.label, b.label));
    return {
      options: [
        { group: t('languages.region'), items: REGION_LANGUAGES.map(option) },
        { group: t('languages.all'), items: others },
      ],
      nameOf,
    };
  }, [locale, kept, t]);
}
