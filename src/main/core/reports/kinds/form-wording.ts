import bs from '../../../../shared/i18n/features/formPrint/bs.json';
import en from '../../../../shared/i18n/features/formPrint/en.json';
import hr from '../../../../shared/i18n/features/formPrint/hr.json';
import mk from '../../../../shared/i18n/features/formPrint/mk.json';
import sl from '../../../../shared/i18n/features/formPrint/sl.json';
import sq from '../../../../shared/i18n/features/formPrint/sq.json';
import srCyrl from '../../../../shared/i18n/features/formPrint/sr-Cyrl.json';
import srLatn from '../../../../shared/i18n/features/formPrint/sr-Latn.json';
import type { Language } from '../../../../shared/ipc/schemas';
import type { ReportMeta } from '../engine/model';
import { LOCALE, PrintWording } from '../engine/wording';

/**
 * The printed words of the forms (feature `formPrint`): the INTERPOL stolen cultural property
 * sheet, the chain-of-custody form and the seizure receipt, in the report's one or two languages.
 */
export type FormTexts = typeof en;

export const FORM_TEXTS: Record<Language, FormTexts> = {
  en,
  'sr-Cyrl': srCyrl,
  'sr-Latn': srLatn,
  hr,
  bs,
  mk,
  sl,
  sq,
};

const RECORDED =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

export class FormWording extends PrintWording<FormTexts> {
  constructor(language: Language, second: Language | null) {
    super(FORM_TEXTS, language, second);
  }

  static of(meta: Pick<ReportMeta, 'language' | 'secondLanguage'>): FormWording {
    return new FormWording(meta.language, meta.secondLanguage);
  }

  /**
   * A date and time as written on the form (local time where it happened, with its UTC offset
   * when one was recorded): never shifted to another time zone.
   */
  recorded(value: string, l: Language = this.first): string {
    const m = RECORDED.exec(value);
    if (!m) return value;
    const [, y, mo, d, h, mi, zone] = m;
    const at = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)));
    const text = new Intl.DateTimeFormat(LOCALE[l], {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'UTC',
    }).format(at);
    if (!zone) return text;
    return `${text} (UTC${zone === 'Z' ? '' : zone})`;
  }

  /** An enum's label in every language, joined ("Intact / Неоштећен"). */
  enumAll(name: string, value: string): string {
    return this.joined((l) => this.enumLabel(l, name, value));
  }
}
