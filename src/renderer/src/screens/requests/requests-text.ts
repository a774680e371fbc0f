import type requestsEn from '../../../../shared/i18n/features/requests/en.json';
import { useFeatureText, type FeatureText } from '../../components/data/useFeatureText';

export type RequestsText = FeatureText<typeof requestsEn>;

/** `t()` for `shared/i18n/features/requests`, keys checked against its English file. */
export function useRequestsText(): RequestsText {
  return useFeatureText<typeof requestsEn>('requests');
}
