import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/domain/finding';
import type en from '../../../../shared/i18n/features/findings/en.json';
import { useCalendarDate } from '../../components/data/dates';
import { useFeatureText, type FeatureText } from '../../components/data/useFeatureText';

export type FindingsText = FeatureText<typeof en>;

/** `t()` for `shared/i18n/features/findings`, keys checked against its English file. */
export function useFindingsText(): FindingsText {
  return useFeatureText<typeof en>('findings');
}

/** An ISO day ("1970-11-17") among a finding's values: shown as the interface language writes it. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface RuleText {
  /** The rule's title in the interface language; `english` (the registry's title) when missing. */
  title: (ruleId: string, english: string) => string;
  /** The finding explained with its values; the finding's English message when missing. */
  explanation: (finding: Finding) => string;
}

/**
 * The wording of the analysis rules lives in the `rules` feature (`rules.<ruleId>.title`,
 * `rules.<ruleId>.explanation` with the finding's `params`). A rule added without its wording
 * still reads: the English from the core.
 */
export function useRuleText(): RuleText {
  const { t, i18n } = useTranslation();
  const day = useCalendarDate();
  const loose = t as unknown as (key: string, options?: Record<string, unknown>) => string;

  const title = useCallback(
    (ruleId: string, english: string) => {
      const key = `rules.${ruleId}.title`;
      return i18n.exists(key) ? loose(key) : english || ruleId;
    },
    [i18n, loose],
  );

  const explanation = useCallback(
    (finding: Finding) => {
      const key = `rules.${finding.ruleId}.explanation`;
      if (!i18n.exists(key)) return finding.message;
      const values: Record<string, string | number> = {};
      for (const [name, value] of Object.entries(finding.params)) {
        values[name] = typeof value === 'string' && ISO_DAY.test(value) ? day(value) : value;
      }
      return loose(key, { ...values, interpolation: { escapeValue: false } });
    },
    [i18n, loose, day],
  );

  return { title, explanation };
}
