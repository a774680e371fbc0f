import type { TFunction } from 'i18next';
import { enumKey, vocabKey } from '../../../shared/domain/vocab-keys';

/**
 * Labels of vocabulary entries and enumeration values in the interface language. The keys are
 * computed (shared/domain/vocab-keys.ts), so they step outside i18next's typed keys here, once.
 * A unit's own vocabulary entries have no translation and show the label they were stored with.
 */
type LooseT = (key: string, options?: { defaultValue?: string }) => string;

export function vocabLabel(t: TFunction, kind: string, code: string, stored?: string): string {
  return (t as unknown as LooseT)(vocabKey(kind, code), { defaultValue: stored ?? code });
}

export function enumLabel(t: TFunction, enumName: string, value: string): string {
  return (t as unknown as LooseT)(enumKey(enumName, value), { defaultValue: value });
}
