import type en from '../../../../shared/i18n/features/timeline/en.json';
import { useFeatureText, type FeatureText } from '../../components/data/useFeatureText';

export type TimelineText = FeatureText<typeof en>;

/** `t()` for `shared/i18n/features/timeline`, keys checked against its English file. */
export function useTimelineText(): TimelineText {
  return useFeatureText<typeof en>('timeline');
}
