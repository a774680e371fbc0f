import type en from '../../../../shared/i18n/features/seizures/en.json';
import { useFeatureText, type FeatureText } from '../../components/data/useFeatureText';

export type SeizuresText = FeatureText<typeof en>;

/** `t()` for `shared/i18n/features/seizures`, keys checked against its English file. */
export function useSeizuresText(): SeizuresText {
  return useFeatureText<typeof en>('seizures');
}
