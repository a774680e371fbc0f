import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../i18n';
import { usePartiesText } from './usePartiesText';

/**
 * ISO 3166-1 alpha-2 codes, and XK (the code in use for Kosovo*), as `Country` in
 * shared/domain/common.ts accepts them. Names come from Intl in the interface language.
 */
const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR ' +
  'BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ ' +
  'EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW ' +
  'GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY ' +
  'KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV ' +
  'MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY ' +
  'QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG ' +
  'TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ' +
  'ZM ZW'
).split(' ');

/** Listed first: the region the app is made for. */
const NEAR = [
  'AL',
  'BA',
  'HR',
  'XK',
  'ME',
  'MK',
  'RS',
  'SI',
  'BG',
  'GR',
  'HU',
  'RO',
  'AT',
  'DE',
  'IT',
];

export interface CountryOption {
  value: string;
  label: string;
}

/** Country options for Select / MultiSelect (the region first) and a code → name function. */
export function useCountries(): {
  options: { group: string; items: CountryOption[] }[];
  nameOf: (code: string | null | undefined) => string;
} {
  const { i18n } = useTranslation();
  const t = usePartiesText();
  const locale = intlLocale(i18n.language);
  const names = useMemo(() => new Intl.DisplayNames([locale, 'en'], { type: 'region' }), [locale]);
  const nameOf = useCallback(
    (code: string | null | undefined) => (code ? (names.of(code) ?? code) : ''),
    [names],
  );
  const options = useMemo(() => {
    const item = (code: string) => ({ value: code, label: `${nameOf(code)} (${code})` });
    const collator = new Intl.Collator(locale);
    const rest = COUNTRY_CODES.filter((c) => !NEAR.includes(c))
      .map(item)
      .sort((a, b) => collator.compare(a.label, b.label));
    const near = NEAR.map(item).sort((a, b) => collator.compare(a.label, b.label));
    return [
      { group: t('countries.region'), items: near },
      { group: t('countries.all'), items: rest },
    ];
  }, [nameOf, locale, t]);
  return { options, nameOf };
}
