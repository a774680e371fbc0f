import type en from '../../../../shared/i18n/features/provenance/en.json';
import { useFeatureText, type FeatureText } from '../../components/data/useFeatureText';

export type ProvenanceText = FeatureText<typeof en>;

/** `t()` for `shared/i18n/features/provenance`, keys checked against its English file. */
export function useProvenanceText(): ProvenanceText {
  return useFeatureText<typeof en>('provenance');
}
