import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkEdge, LinkNode } from '../../../../shared/ipc/linkchart.contract';
import type en from '../../../../shared/i18n/features/linkChart/en.json';
import { useFeatureText, type FeatureText } from '../../components/data/useFeatureText';
import { intlLocale } from '../../i18n';
import type { ChartLabels } from './chart-elements';

export type LinkChartText = FeatureText<typeof en>;

/** `t()` for `shared/i18n/features/linkChart`, keys checked against its English file. */
export function useLinkChartText(): LinkChartText {
  return useFeatureText<typeof en>('linkChart');
}

/**
 * An exact decimal amount ("65000.50") with the interface language's separators, digit for digit
 * (never through a float, so no cent is lost on a large total).
 */
export function useAmount(): (amount: string) => string {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const { group, decimal } = useMemo(() => {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    return {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
  }, [locale]);
  return useCallback(
    (amount: string) => {
      const negative = amount.startsWith('-');
      const [whole = '', fraction] = amount.replace('-', '').split('.');
      const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
      return `${negative ? '−' : ''}${grouped}${fraction !== undefined ? `${decimal}${fraction}` : ''}`;
    },
    [group, decimal],
  );
}

/** The words drawn on the chart: node names (unknown sides named), link labels. */
export function useChartLabels(): ChartLabels {
  const t = useLinkChartText();
  const amount = useAmount();
  return useMemo(
    () => ({
      node: (n: LinkNode) => nodeName(t, n),
      edge: (e: LinkEdge) => {
        // Figures and symbols only: "65,000.50 EUR (2×)" reads the same in every language.
        if (e.flow) return `${amount(e.flow.total)} ${e.flow.currency} (${e.flow.count}×)`;
        if (e.type === 'ownership' && e.percentage) {
          return t('edgeLabel.ownership', { percentage: e.percentage });
        }
        return t(`types.${e.type}`);
      },
    }),
    [t, amount],
  );
}

const METHODS = [
  'wire',
  'cash',
  'card',
  'cheque',
  'crypto',
  'in_kind',
  'e_wallet',
  'other',
] as const;
type Method = (typeof METHODS)[number];

/** A node's name as a person reads it; an unknown side says which side and how it was paid. */
export function nodeName(t: LinkChartText, n: LinkNode): string {
  if (n.kind !== 'unknown') return n.label;
  const side = n.detail === 'beneficiary' ? 'beneficiary' : 'payer';
  return t(`unknownSide.${side}`, { method: methodLabel(t, n.label) });
}

/** A payment method's word ("cash", "transfer"); an unexpected code as it is. */
export function methodLabel(t: LinkChartText, method: string): string {
  return (METHODS as readonly string[]).includes(method)
    ? t(`methods.${method as Method}`)
    : method;
}
