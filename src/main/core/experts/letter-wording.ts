import bs from '../../../shared/i18n/features/expertLetter/bs.json';
import en from '../../../shared/i18n/features/expertLetter/en.json';
import hr from '../../../shared/i18n/features/expertLetter/hr.json';
import mk from '../../../shared/i18n/features/expertLetter/mk.json';
import sl from '../../../shared/i18n/features/expertLetter/sl.json';
import sq from '../../../shared/i18n/features/expertLetter/sq.json';
import srCyrl from '../../../shared/i18n/features/expertLetter/sr-Cyrl.json';
import srLatn from '../../../shared/i18n/features/expertLetter/sr-Latn.json';
import type { Language } from '../../../shared/ipc/schemas';
import { fill, PrintWording } from '../reports/engine/wording';

export { fill };

/**
 * The words of the request letter in its languages: the expertLetter texts (with the objects and
 * vocab feature texts for field values: dating, vocabulary and enum labels), `{{name}}` templates
 * filled, and dates, numbers and country names formatted per language. `Wording` holds the one or
 * two languages a letter is printed in (two only when the second differs from the first).
 */

export type LetterTexts = typeof en;

export const TEXTS: Record<Language, LetterTexts> = {
  en,
  'sr-Cyrl': srCyrl,
  'sr-Latn': srLatn,
  hr,
  bs,
  mk,
  sl,
  sq,
};

export type Pick1 = (t: LetterTexts) => string;

/** Everything printed in the letter's languages, one entry per language (one or two). */
export class Wording extends PrintWording<LetterTexts> {
  constructor(language: Language, second: Language | null) {
    super(TEXTS, language, second);
  }
}
