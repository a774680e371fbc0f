import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LanguageSchema, type Language } from '../../../shared/ipc/schemas';
import bs from '../../../shared/i18n/locales/bs.json';
import en from '../../../shared/i18n/locales/en.json';
import hr from '../../../shared/i18n/locales/hr.json';
import mk from '../../../shared/i18n/locales/mk.json';
import sl from '../../../shared/i18n/locales/sl.json';
import sq from '../../../shared/i18n/locales/sq.json';
import srCyrl from '../../../shared/i18n/locales/sr-Cyrl.json';
import srLatn from '../../../shared/i18n/locales/sr-Latn.json';

/** Every interface language; a key missing in one falls back to English. */
export const LANGUAGES: readonly Language[] = LanguageSchema.options;

/**
 * Feature texts live beside the base files, one folder per feature
 * (`shared/i18n/features/<feature>/<language>.json`), and are merged in under the feature's name:
 * `features/objects/en.json` → `t('objects.…')`.
 */
const featureFiles = import.meta.glob<Record<string, unknown>>(
  '../../../shared/i18n/features/*/*.json',
  { eager: true, import: 'default' },
);

function withFeatures(language: Language, base: object): object {
  const merged: Record<string, unknown> = { ...base };
  for (const [file, texts] of Object.entries(featureFiles)) {
    const match = /features\/([\w-]+)\/([\w-]+)\.json$/.exec(file);
    if (!match || match[2] !== language) continue;
    const feature = match[1] as string;
    if (feature in merged) throw new Error(`i18n feature "${feature}" clashes with a base key`);
    merged[feature] = texts;
  }
  return merged;
}

export const resources = {
  en: { translation: withFeatures('en', en) },
  sq: { translation: withFeatures('sq', sq) },
  'sr-Latn': { translation: withFeatures('sr-Latn', srLatn) },
  'sr-Cyrl': { translation: withFeatures('sr-Cyrl', srCyrl) },
  mk: { translation: withFeatures('mk', mk) },
  bs: { translation: withFeatures('bs', bs) },
  hr: { translation: withFeatures('hr', hr) },
  sl: { translation: withFeatures('sl', sl) },
} satisfies Record<Language, { translation: object }>;

/** The locale Intl formats dates and numbers with, for each interface language. */
const INTL_LOCALE: Record<Language, string> = {
  en: 'en-GB',
  sq: 'sq-AL',
  'sr-Latn': 'sr-Latn-RS',
  'sr-Cyrl': 'sr-Cyrl-RS',
  mk: 'mk-MK',
  bs: 'bs-BA',
  hr: 'hr-HR',
  sl: 'sl-SI',
};

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

export function intlLocale(language: string): string {
  return isLanguage(language) ? INTL_LOCALE[language] : INTL_LOCALE.en;
}

/**
 * The interface language for a browser locale such as "sr-RS" or "hr-HR", used until the
 * settings answer. Serbian without a script tag is Cyrillic, its official script.
 */
export function languageFromLocale(locale: string): Language {
  const lower = locale.toLowerCase();
  const primary = lower.split(/[-_]/)[0] ?? '';
  if (primary === 'sr') return lower.includes('latn') ? 'sr-Latn' : 'sr-Cyrl';
  if (primary === 'sh' || primary === 'cnr') return 'sr-Latn';
  return isLanguage(primary) ? primary : 'en';
}

export async function initI18n(language: Language): Promise<void> {
  await i18n.use(initReactI18next).init({
    resources,
    lng: language,
    supportedLngs: [...LANGUAGES],
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
}

export async function setLanguage(language: Language): Promise<void> {
  if (i18n.language !== language) await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18n };
