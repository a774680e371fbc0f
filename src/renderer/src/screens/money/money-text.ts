import type moneyEn from '../../../../shared/i18n/features/money/en.json';
import type statementsEn from '../../../../shared/i18n/features/statements/en.json';
import { useFeatureText, type FeatureText } from '../../components/data/useFeatureText';

export type MoneyText = FeatureText<typeof moneyEn>;
export type StatementsText = FeatureText<typeof statementsEn>;

/** `t()` for `shared/i18n/features/money`, keys checked against its English file. */
export function useMoneyText(): MoneyText {
  return useFeatureText<typeof moneyEn>('money');
}

/** `t()` for `shared/i18n/features/statements` (the statement import wizard). */
export function useStatementsText(): StatementsText {
  return useFeatureText<typeof statementsEn>('statements');
}
