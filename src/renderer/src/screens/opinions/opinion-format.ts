import { useMemo } from 'react';
import type { OpinionAspect } from '../../../../shared/domain/expert-views';
import type { Money } from '../../../../shared/domain/common';
import { useEnumLabel, useVocabulary } from '../../hooks/useVocabulary';
import { useObjectFormat } from '../objects/description/object-format';
import { useCountries } from '../objects/fields/countries';
import { isCountryCode, parseMoney, parseYearRange, redListOf } from './opinion-positions';

/**
 * How an opinion's findings read in the interface language: authenticity from its enumeration,
 * years BC/AD as the object's description writes them, countries (Intl), amounts with their
 * currency, Red List categories with the list they belong to.
 */
export function useOpinionFormat() {
  const label = useEnumLabel();
  const f = useObjectFormat();
  const countries = useCountries();
  const redList = useVocabulary('red_list_category');
  return useMemo(() => {
    const years = (earliest: number | null, latest: number | null) => f.years(earliest, latest);
    const money = (m: Money) => f.money(m.amount, m.currency);
    const category = (code: string) => redList.labelOf(code);
    const list = (code: string) => {
      const parent = redListOf(code, redList.options.find((o) => o.value === code)?.parent);
      return parent && parent !== code ? redList.labelOf(parent) : '';
    };
    const position = (aspect: OpinionAspect, value: string): string => {
      switch (aspect) {
        case 'authenticity':
          return label('authenticityFinding', value);
        case 'dating': {
          const range = parseYearRange(value);
          return range ? years(range.earliest, range.latest) || value : value;
        }
        case 'origin':
          // A country code when the opinion names one, else the place as worded.
          return isCountryCode(value) ? countries.nameOf(value) : value;
        case 'value': {
          const m = parseMoney(value);
          return m ? money(m) : value;
        }
        case 'redList':
          return category(value);
      }
    };
    return {
      position,
      years,
      money,
      country: countries.nameOf,
      category,
      /** The Red List a category belongs to ("" for a list itself or an unknown code). */
      list,
      authenticity: (v: string) => label('authenticityFinding', v),
      method: (v: string) => label('opinionMethod', v),
      confidence: (v: string) => label('confidenceLevel', v),
    };
  }, [f, countries, redList, label]);
}

export type OpinionFormat = ReturnType<typeof useOpinionFormat>;
