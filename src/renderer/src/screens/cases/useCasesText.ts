import type en from '../../../../shared/i18n/features/cases/en.json';
import { useFeatureText, type FeatureText } from '../../components/data/useFeatureText';

export type CasesText = FeatureText<typeof en>;

/** `t()` for `shared/i18n/features/cases`, keys checked against its English file. */
export function useCasesText(): CasesText {
  return useFeatureText<typeof en>('cases');
}
