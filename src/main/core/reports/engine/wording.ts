import { vocabKeySegment } from '../../../../shared/domain/vocab-keys';
import objectsBs from '../../../../shared/i18n/features/objects/bs.json';
import objectsEn from '../../../../shared/i18n/features/objects/en.json';
import objectsHr from '../../../../shared/i18n/features/objects/hr.json';
import objectsMk from '../../../../shared/i18n/features/objects/mk.json';
import objectsSl from '../../../../shared/i18n/features/objects/sl.json';
import objectsSq from '../../../../shared/i18n/features/objects/sq.json';
import objectsSrCyrl from '../../../../shared/i18n/features/objects/sr-Cyrl.json';
import objectsSrLatn from '../../../../shared/i18n/features/objects/sr-Latn.json';
import vocabBs from '../../../../shared/i18n/features/vocab/bs.json';
import vocabEn from '../../../../shared/i18n/features/vocab/en.json';
import vocabHr from '../../../../shared/i18n/features/vocab/hr.json';
import vocabMk from '../../../../shared/i18n/features/vocab/mk.json';
import vocabSl from '../../../../shared/i18n/features/vocab/sl.json';
import vocabSq from '../../../../shared/i18n/features/vocab/sq.json';
import vocabSrCyrl from '../../../../shared/i18n/features/vocab/sr-Cyrl.json';
import vocabSrLatn from '../../../../shared/i18n/features/vocab/sr-Latn.json';
import type { Language } from '../../../../shared/ipc/schemas';

/**
 * The words of a printed document in its one or two languages: a feature's texts (one JSON per
 * language under shared/i18n/features/), `{{name}}` templates filled, controlled terms
 * (vocabulary and enum labels) and dates, numbers, amounts and country names formatted per
 * language. Every printed document (reports, forms, the experts' request letter) words itself
 * through a subclass or instance of this.
 */

type ObjectTexts = typeof objectsEn;
type VocabTexts = typeof vocabEn;

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
export const LOCALE: Record<Language, string> = {
  en: 'en-GB',
  'sr-Cyrl': 'sr-Cyrl-RS',
  'sr-Latn': 'sr-Latn-RS',
  hr: 'hr-HR',
  bs: 'bs-BA',
  mk: 'mk-MK',
  sl: 'sl-SI',
  sq: 'sq-AL',
};

export const fill = (template: string, values: Record<string, string | number> = {}): string =>
  template.replace(/\{\{(\w+)\}\}/g, (m, name: string) => String(values[name] ?? m));

const isoDateUtc = (day: string) => new Date(`${day}T00:00:00Z`);

/** Everything printed in a document's languages, one entry per language (one or two). */
export class PrintWording<T> {
  readonly languages: Language[];

  constructor(
    readonly texts: Record<Language, T>,
    language: Language,
    second: Language | null,
  ) {
    this.languages = second !== null && second !== language ? [language, second] : [language];
  }

  get first(): Language {
    return this.languages[0]!;
  }

  get bilingual(): boolean {
    return this.languages.length === 2;
  }

  /** The text in each language, templates filled. */
  all(pick: (t: T) => string, values?: Record<string, string | number>): string[] {
    return this.languages.map((l) => fill(pick(this.texts[l]), values));
  }

  /** The text in the first language. */
  one(pick: (t: T) => string, values?: Record<string, string | number>): string {
    return fill(pick(this.texts[this.first]), values);
  }

  /** One value per language, de-duplicated and joined ("Icon / Икона"). */
  joined(per: (l: Language) => string): string {
    return [...new Set(this.languages.map(per).filter((s) => s !== ''))].join(' / ');
  }

  /** A template text in every language, joined ("Page 2 of 9 / Страна 2 од 9"). */
  both(pick: (t: T) => string, values?: Record<string, string | number>): string {
    return this.joined((l) => fill(pick(this.texts[l]), values));
  }

  date(day: string, l: Language = this.first): string {
    return new Intl.DateTimeFormat(LOCALE[l], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(isoDateUtc(day));
  }

  /** A date that may be partial ("2024", "2024-03") or full, as precise as given. */
  partialDate(value: string, l: Language = this.first): string {
    if (/^\d{4}-\d{2}-\d{2}/.test(value)) return this.date(value.slice(0, 10), l);
    if (/^\d{4}-\d{2}$/.test(value)) {
      return new Intl.DateTimeFormat(LOCALE[l], {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(isoDateUtc(`${value}-01`));
    }
    return value;
  }

  /** Date and time of an ISO instant, in UTC (printed documents do not depend on the machine). */
  dateTime(iso: string, l: Language = this.first): string {
    return `${new Intl.DateTimeFormat(LOCALE[l], {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'UTC',
    }).format(new Date(iso))} UTC`;
  }

  country(code: string, l: Language = this.first): string {
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

  /** A vocabulary label in every language, or `fallback` (the label stored in the case file). */
  term(kind: string, code: string, fallback = code): string {
    return this.joined((l) => this.vocab(l, kind, code) ?? fallback);
  }

  enumLabel(l: Language, name: string, value: string): string {
    const group = (VOCAB_TEXTS[l].enum as unknown as Record<string, Record<string, unknown>>)[name];
    const label = group?.[vocabKeySegment(value)];
    return typeof label === 'string' ? label : value;
  }

  year(y: number, l: Language = this.first): string {
    const d = OBJECT_TEXTS[l].dating;
    return y < 0 ? fill(d.bc, { year: -y }) : fill(d.ad, { year: y });
  }

  years(earliest: number | null, latest: number | null, l: Language = this.first): string {
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

  number(n: number, l: Language = this.first): string {
    return new Intl.NumberFormat(LOCALE[l], { maximumFractionDigits: 3 }).format(n);
  }

  /**
   * An exact decimal amount (text, as stored) with its currency, grouped per language. The
   * digits are never passed through floating point: grouping is applied to the text.
   */
  amount(amount: string, currency: string, l: Language = this.first): string {
    const parts = new Intl.NumberFormat(LOCALE[l], { minimumFractionDigits: 2 }).formatToParts(
      1234567.5,
    );
    const group = parts.find((p) => p.type === 'group')?.value ?? ',';
    const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
    const negative = amount.startsWith('-');
    const [int, frac = ''] = (negative ? amount.slice(1) : amount).split('.');
    const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, group);
    const cents = frac.padEnd(2, '0');
    return `${negative ? '−' : ''}${grouped}${decimal}${cents} ${currency}`;
  }
}
