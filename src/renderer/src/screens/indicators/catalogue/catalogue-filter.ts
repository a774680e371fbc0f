import {
  INDICATOR_THEMES,
  type Indicator,
  type IndicatorDefinition,
  type IndicatorTheme,
} from '../../../../../shared/domain/indicator';
import { fold } from '../../../../../shared/search/fold';

/** The indicators whose code, text or source holds every word typed (case, diacritics and Cyrillic or Latin ignored), of one theme or all. */
export function filterIndicators<T extends IndicatorDefinition>(
  indicators: readonly T[],
  text: string,
  theme: IndicatorTheme | 'all',
): T[] {
  const words = fold(text).split(/\s+/).filter(Boolean);
  return indicators.filter((ind) => {
    if (theme !== 'all' && ind.theme !== theme) return false;
    if (words.length === 0) return true;
    const hay = fold(`${ind.code} ${ind.text} ${ind.source}`);
    return words.every((w) => hay.includes(w));
  });
}

/** The indicators by theme, in the order of INDICATOR_THEMES, catalogue order inside; empty themes left out. */
export function groupByTheme<T extends Pick<Indicator, 'theme'>>(
  indicators: readonly T[],
): { theme: IndicatorTheme; items: T[] }[] {
  return INDICATOR_THEMES.map((theme) => ({
    theme,
    items: indicators.filter((i) => i.theme === theme),
  })).filter((g) => g.items.length > 0);
}
