import type expertsEn from '../../../../../shared/i18n/features/experts/en.json';
import { useFeatureText, type FeatureText } from '../../../components/data/useFeatureText';

export type ExpertsText = FeatureText<typeof expertsEn>;

/** `t()` for `shared/i18n/features/experts`, keys checked against its English file. */
export function useExpertsText(): ExpertsText {
  return useFeatureText<typeof expertsEn>('experts');
}
