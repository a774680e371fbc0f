import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../../shared/i18n/locales/en.json';
import sr from '../../../shared/i18n/locales/sr-Cyrl.json';

/** Interface languages; the rest of the region's (sq, mk, bs, hr, sl) follow as translations arrive. */
export const resources = { en: { translation: en }, sr: { translation: sr } } as const;

export function initI18n(language: string): void {
  void i18n.use(initReactI18next).init({
    resources,
    lng: language.split('-')[0],
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
}
