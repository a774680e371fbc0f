import bs from '../../../../shared/i18n/features/reportPrint/bs.json';
import en from '../../../../shared/i18n/features/reportPrint/en.json';
import hr from '../../../../shared/i18n/features/reportPrint/hr.json';
import mk from '../../../../shared/i18n/features/reportPrint/mk.json';
import sl from '../../../../shared/i18n/features/reportPrint/sl.json';
import sq from '../../../../shared/i18n/features/reportPrint/sq.json';
import srCyrl from '../../../../shared/i18n/features/reportPrint/sr-Cyrl.json';
import srLatn from '../../../../shared/i18n/features/reportPrint/sr-Latn.json';
import type { Language } from '../../../../shared/ipc/schemas';
import { PrintWording } from './wording';

/** The report frame's and the dossier's printed words (feature `reportPrint`), per language. */
export type ReportTexts = typeof en;

export const REPORT_TEXTS: Record<Language, ReportTexts> = {
  en,
  'sr-Cyrl': srCyrl,
  'sr-Latn': srLatn,
  hr,
  bs,
  mk,
  sl,
  sq,
};

export class ReportWording extends PrintWording<ReportTexts> {
  constructor(language: Language, second: Language | null) {
    super(REPORT_TEXTS, language, second);
  }
}
