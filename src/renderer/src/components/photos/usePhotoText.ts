import type en from '../../../../shared/i18n/features/objects/en.json';
import { useFeatureText, type FeatureText } from '../data/useFeatureText';

/** Texts of the photo viewer and comparison (kept with the Objects feature's texts). */
export function usePhotoText(): FeatureText<(typeof en)['viewer']> {
  return useFeatureText<(typeof en)['viewer']>('objects.viewer');
}
