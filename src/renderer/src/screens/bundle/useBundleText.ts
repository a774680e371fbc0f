import type en from '../../../../shared/i18n/features/bundle/en.json';
import { useFeatureText, type FeatureText } from '../../components/data/useFeatureText';

export type BundleText = FeatureText<typeof en>;

/** `t()` for `shared/i18n/features/bundle`, keys checked against its English file. */
export function useBundleText(): BundleText {
  return useFeatureText<typeof en>('bundle');
}
