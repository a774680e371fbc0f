import type indicatorsEn from '../../../../../shared/i18n/features/indicators/en.json';
import { useFeatureText, type FeatureText } from '../../../components/data/useFeatureText';

export type IndicatorsText = FeatureText<typeof indicatorsEn>;

/** `t()` for `shared/i18n/features/indicators`, keys checked against its English file. */
export function useIndicatorsText(): IndicatorsText {
  return useFeatureText<typeof indicatorsEn>('indicators');
}
