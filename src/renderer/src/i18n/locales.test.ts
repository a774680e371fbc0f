import { describe, expect, it } from 'vitest';
import { resources } from './index';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');
const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** Texts that may equal the English: names, formats, symbols, and words that really are the same. */
const SAME_AS_ENGLISH = new Set([
  'app.title',
  'backup.sha256',
  'recover.keyPlaceholder',
  'overview.id',
  'cases.data.notGiven',
  'cases.overview.historyEntry',
  'reportPrint.frame.footerGenerated',
  'requestPrint.measure.bic',
  'reports.result.sha256',
  'reports.register.sha256',
  'reportPrint.dossier.documents.sha256',
]);
const STATUS = [
  'cases.columns.status',
  'cases.filters.status',
  'reportPrint.dossier.summary.status',
];
/** Country names spelled as in English (the high-risk jurisdictions list). */
const countries = (...codes: string[]) => codes.map((c) => `vocab.high_risk_jurisdiction.${c}`);
/** …and the conflict-affected countries (indicator A6). */
const conflict = (...codes: string[]) => codes.map((c) => `vocab.conflict_country.${c}`);
const SAME_CONFLICT = conflict('ml', 'bf', 'ne', 'sd');
const SAME_IN: Record<string, string[]> = {
  sl: ['areas.finance.title', ...countries('ir', 'ao', 'ht', 'np', 've', 'vn'), ...SAME_CONFLICT],
  'sr-Latn': [...STATUS, ...countries('ir', 'ao', 'ht', 'np'), ...SAME_CONFLICT],
  bs: [...STATUS, ...countries('ir', 'ao', 'ht', 'np'), ...SAME_CONFLICT],
  hr: [...STATUS, ...countries('ir', 'ao', 'ht', 'np', 've'), ...SAME_CONFLICT],
  sq: [...countries('ao', 'bo', 'ht', 'na', 've'), ...conflict('ml', 'bf', 'so')],
};

const english = flatten(resources.en.translation as Tree);
const englishBases = new Set([...english.keys()].map(base));
const others = Object.entries(resources).filter(([language]) => language !== 'en');

describe.each(others)('locale %s', (language, { translation }) => {
  const texts = flatten(translation as Tree);
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

  it('has every key of en.json and no other', () => {
    expect(new Set([...texts.keys()].map(base))).toEqual(englishBases);
  });

  it('has exactly the plural forms the language uses', () => {
    const plurals = [...english.keys()].filter((k) => PLURAL.test(k)).map(base);
    for (const key of new Set(plurals)) {
      const forms = [...texts.keys()].filter((k) => base(k) === key && PLURAL.test(k));
      expect(forms.map((k) => k.match(PLURAL)?.[1]).sort(), key).toEqual([...categories].sort());
    }
  });

  it('keeps the interpolation variables of each text', () => {
    for (const [key, text] of texts) {
      const reference = english.get(key) ?? english.get(`${base(key)}_other`) ?? '';
      expect(variables(text), key).toEqual(variables(reference));
    }
  });

  it('contains no English left untranslated', () => {
    const allowed = new Set([...SAME_AS_ENGLISH, ...(SAME_IN[language] ?? [])]);
    const same = [...texts].filter(([key, text]) => !allowed.has(key) && english.get(key) === text);
    expect(same.map(([key]) => key)).toEqual([]);
  });
});
