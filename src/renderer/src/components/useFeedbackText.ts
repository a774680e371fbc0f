import { translations } from '@zxcvbn-ts/language-en';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import en from '../../../shared/i18n/locales/en.json';

type Kind = 'warnings' | 'suggestions';
type WarningKey = keyof typeof en.strength.warnings;
type SuggestionKey = keyof typeof en.strength.suggestions;

/**
 * zxcvbn hands back its English sentences; mapping each back to its key lets the interface show
 * it in the current language. A sentence we do not know is shown as zxcvbn wrote it.
 */
const WARNING_KEYS = new Map<string, WarningKey>(
  (Object.keys(en.strength.warnings) as WarningKey[]).map((key) => [
    translations.warnings[key],
    key,
  ]),
);
const SUGGESTION_KEYS = new Map<string, SuggestionKey>(
  (Object.keys(en.strength.suggestions) as SuggestionKey[]).map((key) => [
    translations.suggestions[key],
    key,
  ]),
);

export function useFeedbackText(): (kind: Kind, text: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (kind: Kind, text: string) => {
      if (kind === 'warnings') {
        const key = WARNING_KEYS.get(text);
        return key ? t(`strength.warnings.${key}`) : text;
      }
      const key = SUGGESTION_KEYS.get(text);
      return key ? t(`strength.suggestions.${key}`) : text;
    },
    [t],
  );
}
