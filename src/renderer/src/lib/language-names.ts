import type { Language } from '../../../shared/ipc/schemas';

/**
 * Each language named in itself, as language pickers do everywhere: a person who cannot read the
 * current interface language must still find their own. Hence not translated.
 */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  sq: 'Shqip',
  'sr-Latn': 'Srpski (latinica)',
  'sr-Cyrl': 'Српски (ћирилица)',
  mk: 'Македонски',
  bs: 'Bosanski',
  hr: 'Hrvatski',
  sl: 'Slovenščina',
};
