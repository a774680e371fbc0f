import type en from '../../../../../shared/i18n/features/observations/en.json';
import { useFeatureText, type FeatureText } from '../../../components/data/useFeatureText';

export type ObjectIndicatorsText = FeatureText<(typeof en)['object']>;

/** `t()` for `shared/i18n/features/observations` under `object`: the object's Indicators tab. */
export function useObjectIndicatorsText(): ObjectIndicatorsText {
  return useFeatureText<(typeof en)['object']>('observations.object');
}
