import { useMemo } from 'react';
import { useCountries } from '../../parties/countries';
import { useExpertsText } from './experts-text';

/**
 * Kosovo* keeps its asterisk wherever the directory names it (the designation used in the
 * region's agreements), whatever Intl calls it.
 */
const starred = (code: string, name: string) => (code === 'XK' && name ? `${name}*` : name);

/** Country options (the region first) and names in the interface language, as other forms pick them. */
export function useExpertCountries(): {
  options: { group: string; items: { value: string; label: string }[] }[];
  nameOf: (code: string | null | undefined) => string;
} {
  const { options: base, nameOf: baseName } = useCountries();
  const t = useExpertsText();
  return useMemo(() => {
    const nameOf = (code: string | null | undefined) => (code ? starred(code, baseName(code)) : '');
    const [region, all] = base;
    const relabel = (items: { value: string; label: string }[] = []) =>
      items.map((o) => ({ value: o.value, label: `${nameOf(o.value)} (${o.value})` }));
    return {
      options: [
        { group: t('countries.region'), items: relabel(region?.items) },
        { group: t('countries.all'), items: relabel(all?.items) },
      ],
      nameOf,
    };
  }, [base, baseName, t]);
}
