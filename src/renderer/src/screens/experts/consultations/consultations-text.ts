import type consultationsEn from '../../../../../shared/i18n/features/consultations/en.json';
import { useFeatureText, type FeatureText } from '../../../components/data/useFeatureText';

export type ConsultationsText = FeatureText<typeof consultationsEn>;

/** `t()` for `shared/i18n/features/consultations`, keys checked against its English file. */
export function useConsultationsText(): ConsultationsText {
  return useFeatureText<typeof consultationsEn>('consultations');
}
