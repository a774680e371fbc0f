import { vocabKeySegment } from '../../../shared/domain/vocab-keys';
import bs from '../../../shared/i18n/features/expertLetter/bs.json';
import en from '../../../shared/i18n/features/expertLetter/en.json';
import hr from '../../../shared/i18n/features/expertLetter/hr.json';
import mk from '../../../shared/i18n/features/expertLetter/mk.json';
import sl from '../../../shared/i18n/features/expertLetter/sl.json';
import sq from '../../../shared/i18n/features/expertLetter/sq.json';
import srCyrl from '../../../shared/i18n/features/expertLetter/sr-Cyrl.json';
import srLatn from '../../../shared/i18n/features/expertLetter/sr-Latn.json';
import objectsBs from '../../../shared/i18n/features/objects/bs.json';
import objectsEn from '../../../shared/i18n/features/objects/en.json';
import objectsHr from '../../../shared/i18n/features/objects/hr.json';
import objectsMk from '../../../shared/i18n/features/objects/mk.json';
import objectsSl from '../../../shared/i18n/features/objects/sl.json';
import objectsSq from '../../../shared/i18n/features/objects/sq.json';
import objectsSrCyrl from '../../../shared/i18n/features/objects/sr-Cyrl.json';
import objectsSrLatn from '../../../shared/i18n/features/objects/sr-Latn.json';
import vocabBs from '../../../shared/i18n/features/vocab/bs.json';
import vocabEn from '../../../shared/i18n/features/vocab/en.json';
import vocabHr from '../../../shared/i18n/features/vocab/hr.json';
import vocabMk from '../../../shared/i18n/features/vocab/mk.json';
import vocabSl from '../../../shared/i18n/features/vocab/sl.json';
import vocabSq from '../../../shared/i18n/features/vocab/sq.json';
import vocabSrCyrl from '../../../shared/i18n/features/vocab/sr-Cyrl.json';
import vocabSrLatn from '../../../shared/i18n/features/vocab/sr-Latn.json';
import type { Language } from '../../../shared/ipc/schemas';

/**
 * The words of the request letter in its languages: the expertLetter texts (with the objects and
 * vocab feature texts for field values: dating, vocabulary and enum labels), `{{name}}` templates
 * filled, and dates, numbers and country names formatted per language. `Wording` holds the one or
 * two languages a letter is printed in (two only when the second differs from the first).
 */

export type LetterTexts = typeof en;
type ObjectTexts = typeof objectsEn;
type VocabTexts = typeof vocabEn;

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
const OBJECT_TEXTS: Record<Language, ObjectTexts> = {
  en: objectsEn,
  'sr-Cyrl': objectsSrCyrl,
  'sr-Latn': objectsSrLatn,
  hr: objectsHr,
  bs: objectsBs,
  mk: objectsMk,
  sl: objectsSl,
  sq: objectsSq,
};
const VOCAB_TEXTS: Record<Language, VocabTexts> = {
  en: vocabEn,
  'sr-Cyrl': vocabSrCyrl,
  'sr-Latn': vocabSrLatn,
  hr: vocabHr,
  bs: vocabBs,
  mk: vocabMk,
  sl: vocabSl,
  sq: vocabSq,
};
const LOCALE: Record<Language, string> = {
  en: 'en-GB',
  'sr-Cyrl': 'sr-Cyrl-RS',
  'sr-Latn': 'sr-Latn-RS',
  hr: 'hr-HR',
  bs: 'bs-BA',
  mk: 'mk-MK',
  sl: 'sl-SI',
  sq: 'sq-AL',
};

export type Pick1 = (t: LetterTexts) => string;

export const fill = (template: string, values: Record<string, string | number> = {}): string =>
  template.replace(/\{\{(\w+)\}\}/g, (m, name: string) => String(values[name] ?? m));

const isoDateUtc = (day: string) => new Date(`${day}T00:00:00Z`);

/** Everything printed in the letter's languages, one entry per language (one or two). */
export class Wording {
  readonly languages: Language[];

  constructor(language: Language, second: Language | null) {
    this.languages = second !== null && second !== language ? [language, second] : [language];
  }

  get bilingual(): boolean {
    return this.languages.length === 2;
  }

  all(pick: Pick1, values?: Record<string, string | number>): string[] {
    return this.languages.map((l) => fill(pick(TEXTS[l]), values));
  }

  /** One value per language, de-duplicated and joined ("Icon / Икона"). */
  joined(per: (l: Language) => string): string {
    return [...new Set(this.languages.map(per).filter((s) => s !== ''))].join(' / ');
  }

  date(day: string, l: Language): string {
    return new Intl.DateTimeFormat(LOCALE[l], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(isoDateUtc(day));
  }

  country(code: string, l: Language): string {
    try {
      return new Intl.DisplayNames([LOCALE[l]], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  vocab(l: Language, kind: string, code: string): string | undefined {
    const group = (VOCAB_TEXTS[l] as unknown as Record<string, Record<string, unknown>>)[kind];
    const label = group?.[vocabKeySegment(code)];
    return typeof label === 'string' ? label : undefined;
  }

  enumLabel(l: Language, name: string, value: string): string {
    const group = (VOCAB_TEXTS[l].enum as unknown as Record<string, Record<string, unknown>>)[name];
    const label = group?.[vocabKeySegment(value)];
    return typeof label === 'string' ? label : value;
  }

  year(y: number, l: Language): string {
    const d = OBJECT_TEXTS[l].dating;
    return y < 0 ? fill(d.bc, { year: -y }) : fill(d.ad, { year: y });
  }

  years(earliest: number | null, latest: number | null, l: Language): string {
    const d = OBJECT_TEXTS[l].dating;
    if (earliest !== null && latest !== null) {
      return earliest === latest
        ? this.year(earliest, l)
        : `${this.year(earliest, l)} – ${this.year(latest, l)}`;
    }
    if (earliest !== null) return fill(d.from, { year: this.year(earliest, l) });
    if (latest !== null) return fill(d.until, { year: this.year(latest, l) });
    return '';
  }

  number(n: number, l: Language): string {
    return new Intl.NumberFormat(LOCALE[l], { maximumFractionDigits: 3 }).format(n);
  }
}
