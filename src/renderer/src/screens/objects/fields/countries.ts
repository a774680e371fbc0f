import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../i18n';
import { useObjectsText } from '../useObjectsText';

/** ISO 3166-1 alpha-2, and XK (the code in use for Kosovo*), as `Country` in common.ts allows. */
const CODES =
  `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC
NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB
SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW`.split(/\s+/);

/** Countries of the region first: most objects and parties of the unit's cases come from there. */
const NEAR = ['AL', 'BA', 'HR', 'XK', 'ME', 'MK', 'RS', 'SI', 'BG', 'GR', 'IT', 'AT', 'DE', 'TR'];

export interface CountryOption {
  value: string;
  label: string;
}

/** Country names in the interface language (Intl), the region's countries first. */
export function useCountries(): {
  options: { group: string; items: CountryOption[] }[];
  nameOf: (code: string | null) => string;
} {
  const { i18n } = useTranslation();
  const t = useObjectsText();
  const locale = intlLocale(i18n.language);
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    const collator = new Intl.Collator(locale, { sensitivity: 'base' });
    const nameOf = (code: string | null) => (code ? (names.of(code) ?? code) : '');
    const option = (code: string) => ({ value: code, label: `${nameOf(code)} (${code})` });
    const near = NEAR.map(option).sort((a, b) => collator.compare(a.label, b.label));
    const rest = CODES.filter((c) => !NEAR.includes(c))
      .map(option)
      .sort((a, b) => collator.compare(a.label, b.label));
    return {
      options: [
        { group: t('country.near'), items: near },
        { group: t('country.all'), items: rest },
      ],
      nameOf,
    };
  }, [locale, t]);
}

/** Currency codes Intl knows, the ones a unit in the region meets first. */
const COMMON_CURRENCIES = ['EUR', 'USD', 'CHF', 'GBP', 'RSD', 'BAM', 'MKD', 'ALL', 'TRY'];

export function useCurrencies(): { value: string; label: string }[] {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'currency', fallback: 'code' });
    const all = Intl.supportedValuesOf('currency');
    const ordered = [...COMMON_CURRENCIES, ...all.filter((c) => !COMMON_CURRENCIES.includes(c))];
    return ordered.map((code) => ({ value: code, label: `${code} — ${names.of(code) ?? code}` }));
  }, [locale]);
}
