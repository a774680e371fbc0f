import i18next, { type TFunction } from 'i18next';
import en from '../../shared/i18n/shell/en.json';
import srCyrl from '../../shared/i18n/shell/sr-Cyrl.json';

/** Strings the main process shows itself (menus, native dialogs), from the shared locale files. */
export function shellTranslator(language: string): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { en: { translation: en }, 'sr-Cyrl': { translation: srCyrl } },
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}
