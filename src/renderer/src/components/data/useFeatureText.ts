import type { TOptions } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Base<K extends string> = K extends `${infer B}_${PluralSuffix}` ? B : K;
type Join<P extends string, K extends string> = P extends '' ? K : `${P}.${K}`;

/** Every key path of a texts file, plural forms folded into their base ("count_one" → "count"). */
export type TextKey<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? Join<P, Base<K>> : TextKey<T[K], Join<P, K>>;
}[keyof T & string];

export type FeatureText<T> = (key: TextKey<T>, options?: TOptions) => string;

/**
 * `t()` for the texts of one feature (`shared/i18n/features/<feature>/<language>.json`), with the
 * keys checked against the feature's English file. The app's i18next types cover only the base
 * files (i18n/i18next.d.ts), so this is where the feature's key paths get their type.
 */
export function useFeatureText<T>(prefix: string): FeatureText<T> {
  const { t } = useTranslation();
  const translate = t as unknown as (key: string, options?: TOptions) => string;
  return useCallback(
    (key: TextKey<T>, options?: TOptions) => translate(`${prefix}.${key}`, options),
    [translate, prefix],
  );
}
