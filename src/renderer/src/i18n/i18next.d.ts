import type en from '../../../shared/i18n/locales/en.json';

/** English is the reference: a key that is not in en.json does not type-check. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
