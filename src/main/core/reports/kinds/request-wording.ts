import bs from '../../../../shared/i18n/features/requestPrint/bs.json';
import en from '../../../../shared/i18n/features/requestPrint/en.json';
import hr from '../../../../shared/i18n/features/requestPrint/hr.json';
import mk from '../../../../shared/i18n/features/requestPrint/mk.json';
import sl from '../../../../shared/i18n/features/requestPrint/sl.json';
import sq from '../../../../shared/i18n/features/requestPrint/sq.json';
import srCyrl from '../../../../shared/i18n/features/requestPrint/sr-Cyrl.json';
import srLatn from '../../../../shared/i18n/features/requestPrint/sr-Latn.json';
import type { Language } from '../../../../shared/ipc/schemas';
import type { ReportMeta } from '../engine/model';
import { PrintWording } from '../engine/wording';

/**
 * The printed words of the international requests (feature `requestPrint`): the mutual legal
 * assistance request and the return request, in the report's one or two languages.
 */
export type RequestTexts = typeof en;
export type RequestPick = (t: RequestTexts) => string;

export const REQUEST_TEXTS: Record<Language, RequestTexts> = {
  en,
  'sr-Cyrl': srCyrl,
  'sr-Latn': srLatn,
  hr,
  bs,
  mk,
  sl,
  sq,
};

export class RequestWording extends PrintWording<RequestTexts> {
  constructor(language: Language, second: Language | null) {
    super(REQUEST_TEXTS, language, second);
  }

  static of(meta: Pick<ReportMeta, 'language' | 'secondLanguage'>): RequestWording {
    return new RequestWording(meta.language, meta.secondLanguage);
  }
}
