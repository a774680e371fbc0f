import type en from '../../../../shared/i18n/features/opinions/en.json';
import { useFeatureText, type FeatureText } from '../../components/data/useFeatureText';

export type OpinionsText = FeatureText<typeof en>;

/** `t()` for `shared/i18n/features/opinions`, keys checked against its English file. */
export function useOpinionsText(): OpinionsText {
  return useFeatureText<typeof en>('opinions');
}
