import type en from '../../../../shared/i18n/features/objects/en.json';
import { useFeatureText, type FeatureText } from '../../components/data/useFeatureText';

export type ObjectsText = FeatureText<typeof en>;

/** `t()` for `shared/i18n/features/objects`, keys checked against its English file. */
export function useObjectsText(): ObjectsText {
  return useFeatureText<typeof en>('objects');
}
