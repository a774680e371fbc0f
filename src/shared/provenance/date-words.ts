/**
 * The words the date reader knows, in English and the languages of the region (Serbian in both
 * scripts, Croatian, Bosnian, Montenegrin, Macedonian, Slovenian, Albanian). All are written as
 * they look after search folding (shared/search/fold.ts): lowercase Latin without diacritics,
 * Cyrillic transliterated (марта → marta, меѓу → megju, пре → pre), đ → dj, ë → e.
 */

const month = (n: number, ...forms: string[]): [string, number][] => forms.map((f) => [f, n]);

/** Month names and their inflected forms (genitive "marta", "ožujka"; Albanian definite "marsi"). */
// prettier-ignore
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...month(1,
    'january', 'jan', 'januar', 'januara', 'januaru', 'januarja', 'januari', 'janar', 'janari',
    'janarit', 'sijecanj', 'sijecnja', 'sijecnju',
  ),
  ...month(2,
    'february', 'feb', 'februar', 'februara', 'februaru', 'februarja', 'fevruari', 'shkurt',
    'shkurti', 'shkurtit', 'veljaca', 'veljace', 'veljaci',
  ),
  ...month(3,
    'march', 'mar', 'mart', 'marta', 'martu', 'marec', 'marca', 'marcu', 'mars', 'marsi', 'marsit',
    'ozujak', 'ozujka', 'ozujku',
  ),
  ...month(4,
    'april', 'apr', 'aprila', 'aprilu', 'prill', 'prilli', 'prillit', 'travanj', 'travnja',
    'travnju',
  ),
  ...month(5, 'may', 'maj', 'maja', 'maju', 'maji', 'majit', 'svibanj', 'svibnja', 'svibnju'),
  ...month(6,
    'june', 'jun', 'juna', 'junu', 'juni', 'junij', 'junija', 'juniju', 'qershor', 'qershori',
    'qershorit', 'lipanj', 'lipnja', 'lipnju',
  ),
  ...month(7,
    'july', 'jul', 'jula', 'julu', 'juli', 'julij', 'julija', 'juliju', 'korrik', 'korriku',
    'korrikut', 'srpanj', 'srpnja', 'srpnju',
  ),
  ...month(8,
    'august', 'aug', 'augusta', 'augustu', 'avgust', 'avgusta', 'avgustu', 'gusht', 'gushti',
    'gushtit', 'kolovoz', 'kolovoza', 'kolovozu',
  ),
  ...month(9,
    'september', 'sep', 'sept', 'septembar', 'septembra', 'septembru', 'septemvri', 'shtator',
    'shtatori', 'shtatorit', 'rujan', 'rujna', 'rujnu',
  ),
  ...month(10,
    'october', 'oct', 'oktobar', 'oktobra', 'oktobru', 'oktober', 'oktomvri', 'tetor', 'tetori',
    'tetorit', 'listopad', 'listopada', 'listopadu',
  ),
  ...month(11,
    'november', 'nov', 'novembar', 'novembra', 'novembru', 'noemvri', 'nentor', 'nentori',
    'nentorit', 'studeni', 'studenoga', 'studenog', 'studenom',
  ),
  ...month(12,
    'december', 'dec', 'decembar', 'decembra', 'decembru', 'dekemvri', 'dhjetor', 'dhjetori',
    'dhjetorit', 'prosinac', 'prosinca', 'prosincu',
  ),
]);

const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** Value of a Roman numeral up to C (centuries "XIX", months "III"); NaN when it is not one. */
export function romanValue(text: string): number {
  if (!/^[ivxlc]+$/.test(text)) return Number.NaN;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN[text.charAt(i)] ?? 0;
    const next = ROMAN[text.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return toRoman(total) === text ? total : Number.NaN;
}

function toRoman(n: number): string {
  const parts: [number, string][] = [
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = n;
  for (const [value, numeral] of parts) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** A regular-expression alternation of phrases, longest first; spaces match any whitespace. */
export function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** "c.", "about", "oko", "око", "rreth", "okoli", "околу"… */
// prettier-ignore
export const APPROXIMATE = [
  'c', 'ca', 'cca', 'circa', 'approx', 'approximately', 'about', 'around', 'roughly',
  'some time around', 'oko', 'okolo', 'otprilike', 'priblizno', 'rreth', 'afersisht', 'okoli',
  'okolu',
];

// prettier-ignore
export const BEFORE = [
  'before', 'prior to', 'earlier than', 'pre', 'prije', 'pred', 'para', 'perpara', 'ranije od',
  'pre nego', 'prije nego',
];
// prettier-ignore
export const AFTER = [
  'after', 'later than', 'posle', 'poslije', 'nakon', 'pas', 'mbas', 'po', 'kasnije od',
  'pozneje od',
];
/** Not later than: the moment falls on or before the end of the date. */
// prettier-ignore
export const BY = [
  'by', 'not later than', 'no later than', 'until', 'till', 'up to', 'do', 'najkasnije',
  'najkasneje', 'najpozneje', 'najdocna', 'ne kasnije od', 'deri ne', 'deri', 'jo me vone se',
];
/** Not earlier than: the moment falls on or after the start of the date. */
// prettier-ignore
export const SINCE = [
  'since', 'from', 'not earlier than', 'no earlier than', 'od', 'nga', 'prej', 'qe nga', 'qe prej',
  'najranije', 'najranije od', 'ne ranije od', 'najzgodneje',
];

/** "from X to Y", "od X do Y", "nga X deri në Y": the words that open a period… */
export const PERIOD_FROM = ['from', 'od', 'nga', 'prej', 'qe nga'];
/** …and the words between its two ends. English ones also make a period without "from". */
export const PERIOD_TO = ['to', 'until', 'till', 'through', 'thru', 'do', 'deri ne', 'deri'];
export const PERIOD_TO_ALONE = ['to', 'until', 'till', 'through', 'thru'];

export const BETWEEN = ['between', 'izmedju', 'medju', 'megju', 'midis', 'ndermjet', 'med'];
export const AND = ['and', 'i', 'dhe', 'in', 'e'];

// prettier-ignore
export const EARLY = [
  'early', 'the early', 'beginning of', 'the beginning of', 'start of', 'the start of', 'pocetkom',
  'pocetak', 'na pocetku', 'pocetku', 'ranih', 'rane', 'ranog', 'v zacetku', 'zacetku', 'zacetek',
  'zacetkom', 'fillimi i', 'fillim te', 'ne fillim te', 'fillimin e', 'pocetokot na',
  'na pocetokot na', 'vo pocetokot na', 'ranite',
];
// prettier-ignore
export const MID = [
  'mid', 'mid-', 'middle of', 'the middle of', 'the mid', 'sredinom', 'sredina', 'polovinom',
  'sredi', 'v sredini', 'sredini', 'sredinata na', 'vo sredinata na', 'mesi i', 'mes te',
  'ne mes te', 'mesin e',
];
// prettier-ignore
export const LATE = [
  'late', 'the late', 'end of', 'the end of', 'krajem', 'kraj', 'koncem', 'konec', 'ob koncu',
  'koncu', 'na kraju', 'kraju', 'kasnih', 'kasne', 'kasnog', 'krajot na', 'na krajot na',
  'docnite', 'fundi i', 'fund te', 'ne fund te', 'fundin e',
];
// prettier-ignore
export const FIRST_HALF = [
  'first half of', 'the first half of', 'prva polovina', 'prve polovine', 'prvoj polovini',
  'prva polovica', 'prve polovice', 'prvi polovici', 'prvata polovina na', 'gjysma e pare e',
  'ne gjysmen e pare te',
];
// prettier-ignore
export const SECOND_HALF = [
  'second half of', 'the second half of', 'druga polovina', 'druge polovine', 'drugoj polovini',
  'druga polovica', 'druge polovice', 'drugi polovici', 'vtorata polovina na', 'gjysma e dyte e',
  'ne gjysmen e dyte te',
];

/** Pairs each of the space-separated words with `value`. */
const each = <T>(value: T, words: string): [string, T][] => words.split(' ').map((w) => [w, value]);

/** Seasons, as the month that opens them (winter opens in December of the year before). */
export const SEASONS: ReadonlyMap<string, 3 | 6 | 9 | 12> = new Map([
  ...each(
    3 as const,
    'spring proljece proljeca prolece proleca pomlad spomladi pranvere pranvera prolet proletta',
  ),
  ...each(6 as const, 'summer ljeto ljeta leto poletje poleti vere vera letoto'),
  ...each(9 as const, 'autumn fall jesen jeseni vjeshte vjeshta esen esenta'),
  ...each(12 as const, 'winter zima zime zimi pozimi dimer dimri zimata'),
]);

/** "century", "vek", "vijek", "stoljeće", "stoletje", with their inflections. */
// prettier-ignore
export const CENTURY = [
  'century', 'c', 'cent', 'vek', 'veka', 'veku', 'vijek', 'vijeka', 'vijeku', 'stoljece',
  'stoljeca', 'stoljecu', 'stoletje', 'stoletja', 'stoletju',
];

/** Suffixes after a decade's digits: "1960-ih", "60-tih", "1960-тих", "1960-тите", "60-e". */
export const DECADE_SUFFIX = ['ih', 'tih', 'te', 'tite', 'ite', 'ti', 'e', 'ta'];

/** Decades as words, by their tens digit ("šezdesetih", "šestdesetih", "шеесеттите", "sixties"). */
export const DECADE_WORDS: ReadonlyMap<string, number> = new Map(
  [
    'twenties thirties forties fifties sixties seventies eighties nineties',
    'dvadeset trideset cetrdeset pedeset sezdeset sedamdeset osamdeset devedeset',
    'dvajset trideset stirideset petdeset sestdeset sedemdeset osemdeset devetdeset',
    'dvaeset trieset cetirieset pedeset seeset sedumdeset osumdeset devedeset',
    'njezet tridhjete dyzet pesedhjete gjashtedhjete shtatedhjete tetedhjete nentedhjete',
  ].flatMap((line) => line.split(' ').map((word, i): [string, number] => [word, i + 2])),
);
/** Endings of decade words: "-ih", "-e", "-ima" (South Slavic), "-a" (Slovenian), "-tite" (Macedonian). */
export const DECADE_WORD_ENDINGS = ['ih', 'e', 'ima', 'a', 'ite', 'tite', ''];

/** Words around a date that say nothing about it: "in", "u", "në vitin", "godine", "г.", "AD". */
// prettier-ignore
export const LEADING_FILLERS = [
  'the', 'in', 'in the year', 'the year', 'year', 'during', 'u', 'v', 'vo', 'ne', 'na', 'tokom',
  'tijekom', 'leta', 'letu', 'v letu', 'godine', 'vitin', 'vitit', 'viti', 'ne vitin', 'godinata',
  'of',
];
// prettier-ignore
export const TRAILING_FILLERS = [
  'godine', 'godina', 'godini', 'godinata', 'god', 'g', 'leta', 'l', 'year', 'vit', 'viti', 'ad',
  'a d', 'ce', 'n e', 'n kr', 'e s', 'nove ere',
];

/** Before Christ in every form: ISO days cannot show these years (see date-parser.ts). */
export const BEFORE_CHRIST =
  /(?:^|[\s\d])(?:b\.?\s?c\.?(?:\s?e\.?)?|pr\.?\s?kr\.?|p\.?\s?n\.?\s?e\.?|pr\.?\s?n\.?\s?e\.?|pr\.?\s?n\.?\s?s\.?|p\.?\s?e\.?\s?s\.?|pne|para krishtit|pred kristom|pre hrista|prije krista|pre nove ere|prije nove ere|pred nasim stetjem|pred nasata era)(?:$|[\s.,])/;

/** Texts that say the date is not known: stored as an unknown span, like an empty field. */
export const UNKNOWN =
  /^(?:\?+|-+|–|n\/?a|unknown|not known|undated|nepoznato|nepoznat|neznano|nepoznata|e panjohur|i panjohur|panjohur|bez datuma|nedatirano)\.?$/;
