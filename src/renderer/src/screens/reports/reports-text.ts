import type reportsEn from '../../../../shared/i18n/features/reports/en.json';
import { useFeatureText, type FeatureText } from '../../components/data/useFeatureText';

export type ReportsText = FeatureText<typeof reportsEn>;

/** `t()` for `shared/i18n/features/reports` (generation dialog, register, verification). */
export function useReportsText(): ReportsText {
  return useFeatureText<typeof reportsEn>('reports');
}
