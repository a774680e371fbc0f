import type en from '../../../../shared/i18n/features/documents/en.json';
import { useFeatureText, type FeatureText } from '../../components/data/useFeatureText';

export type DocumentsText = FeatureText<typeof en>;

/** `t()` for `shared/i18n/features/documents`, keys checked against its English file. */
export function useDocumentsText(): DocumentsText {
  return useFeatureText<typeof en>('documents');
}
