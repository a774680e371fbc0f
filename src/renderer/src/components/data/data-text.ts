import type en from '../../../../shared/i18n/features/cases/en.json';
import { useFeatureText, type FeatureText } from './useFeatureText';

/** Texts of the reusable data blocks (tables, filters, Markdown, form errors). */
export function useDataText(): FeatureText<(typeof en)['data']> {
  return useFeatureText<(typeof en)['data']>('cases.data');
}
