import type en from '../../../../../shared/i18n/features/observations/en.json';
import { useFeatureText, type FeatureText } from '../../../components/data/useFeatureText';

export type ObservationsText = FeatureText<typeof en>;

/** `t()` for `shared/i18n/features/observations`, keys checked against its English file. */
export function useObservationsText(): ObservationsText {
  return useFeatureText<typeof en>('observations');
}
