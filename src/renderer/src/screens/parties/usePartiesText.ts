import type en from '../../../../shared/i18n/features/parties/en.json';
import { useFeatureText, type FeatureText } from '../../components/data/useFeatureText';

export type PartiesText = FeatureText<typeof en>;

/** `t()` for `shared/i18n/features/parties`, keys checked against its English file. */
export function usePartiesText(): PartiesText {
  return useFeatureText<typeof en>('parties');
}
