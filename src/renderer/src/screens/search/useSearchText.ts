import type en from '../../../../shared/i18n/features/globalSearch/en.json';
import { useFeatureText, type FeatureText } from '../../components/data/useFeatureText';

export type SearchText = FeatureText<typeof en>;

/**
 * `t()` for `shared/i18n/features/globalSearch`, keys checked against its English file. (Not
 * `search`: that name is taken by a key of the base locale files.)
 */
export function useSearchText(): SearchText {
  return useFeatureText<typeof en>('globalSearch');
}
