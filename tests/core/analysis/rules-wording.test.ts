import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { RULES, runRules } from '../../../src/main/core/analysis/registry';
import bs from '../../../src/shared/i18n/features/rules/bs.json';
import en from '../../../src/shared/i18n/features/rules/en.json';
import hr from '../../../src/shared/i18n/features/rules/hr.json';
import mk from '../../../src/shared/i18n/features/rules/mk.json';
import sl from '../../../src/shared/i18n/features/rules/sl.json';
import sq from '../../../src/shared/i18n/features/rules/sq.json';
import srCyrl from '../../../src/shared/i18n/features/rules/sr-Cyrl.json';
import srLatn from '../../../src/shared/i18n/features/rules/sr-Latn.json';
import { kitchenSink } from './kitchen-sink';

/* The interface explains a finding with `rules.<ruleId>.explanation` filled with its params (and
 * the `context` param picking a variant, i18next's context feature, as the findings panel calls
 * it). Every rule has its wording in every language, and every placeholder is a param. */

type Texts = Record<string, Record<string, Record<string, string>>>;
const LANGUAGES: Record<string, Texts> = {
  en,
  'sr-Cyrl': srCyrl,
  'sr-Latn': srLatn,
  hr,
  bs,
  mk,
  sl,
  sq,
};

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);

function wordingOf(texts: Texts, ruleId: string): Record<string, string> | undefined {
  const [domain, name] = [
    ruleId.slice(0, ruleId.indexOf('.')),
    ruleId.slice(ruleId.indexOf('.') + 1),
  ];
  return texts[domain]?.[name];
}

describe.each(Object.entries(LANGUAGES))('rule wording in %s', (language, texts) => {
  const findings = runRules(kitchenSink());

  it('has a title and an explanation for every registered rule', () => {
    for (const rule of RULES) {
      const wording = wordingOf(texts, rule.id);
      expect(wording?.['title'], rule.id).toBeTruthy();
      expect(wording?.['explanation'], rule.id).toBeTruthy();
    }
  });

  it('uses only the params of the rule in every variant', () => {
    for (const rule of RULES) {
      const params = new Set(
        findings.filter((f) => f.ruleId === rule.id).flatMap((f) => Object.keys(f.params)),
      );
      for (const [key, text] of Object.entries(wordingOf(texts, rule.id) ?? {})) {
        for (const name of placeholders(text)) {
          expect(params.has(name), `${rule.id}.${key} uses {{${name}}}`).toBe(true);
        }
      }
    }
  });

  it('fills every finding of the kitchen-sink case, in the variant its context names', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: language,
      fallbackLng: false,
      resources: { [language]: { translation: { rules: texts } } },
    });
    for (const f of findings) {
      const key = `rules.${f.ruleId}.explanation`;
      expect(i18n.exists(key), key).toBe(true);
      const text = i18n.t(key, { ...f.params, interpolation: { escapeValue: false } });
      expect(text, key).not.toMatch(/\{\{|\}\}|rules\./);
      const context = f.params['context'];
      const variant = wordingOf(texts, f.ruleId)?.[`explanation_${String(context)}`];
      if (context !== undefined && variant !== undefined) {
        // The variant was chosen: its first words are there.
        expect(text.startsWith(variant.split('{{')[0]!), `${key} (${String(context)})`).toBe(true);
      }
    }
  });
});

describe('English wording', () => {
  it('names the variants the rules produce', () => {
    const contexts = new Set(
      runRules(kitchenSink()).flatMap((f) =>
        f.params['context'] === undefined ? [] : [`${f.ruleId}:${String(f.params['context'])}`],
      ),
    );
    expect([...contexts].sort()).toEqual(
      [
        'provenance.contradicted-event:contradicted',
        'provenance.findspot-undocumented:none',
        'provenance.findspot-undocumented:undocumented',
        'provenance.first-appearance-after-1970:dated',
        'provenance.first-appearance-after-1970:none',
        'provenance.first-appearance-after-1970:undated',
        'provenance.forged-document:doubtful',
        'provenance.forged-document:forged',
        'provenance.gap-1970:certain',
        'provenance.gap-1972:certain',
        'provenance.holder-statement-only:claimed',
        'provenance.holder-statement-only:statement',
        'provenance.holder-statement-only:unsourced',
        'finance.structuring:account',
        'finance.high-risk-jurisdiction:call-for-action',
        'finance.high-risk-jurisdiction:increased-monitoring',
        'object.similar-lot:lot',
        'object.similar-lot:seizure',
      ].sort(),
    );
    // Every variant of the money rules' wording is one they produce.
    const financeVariants = Object.entries(en.finance).flatMap(([name, keys]) =>
      Object.keys(keys)
        .filter((k) => k.startsWith('explanation_'))
        .map((k) => `finance.${name}:${k.slice('explanation_'.length)}`),
    );
    expect(financeVariants.filter((v) => !contexts.has(v))).toEqual([]);
    // Every variant key in the English file is one a rule can produce.
    const variants = Object.entries(en.provenance).flatMap(([name, keys]) =>
      Object.keys(keys)
        .filter((k) => k.startsWith('explanation_'))
        .map((k) => `provenance.${name}:${k.slice('explanation_'.length)}`),
    );
    expect(variants.sort()).toEqual(
      [
        'provenance.gap-1970:certain',
        'provenance.gap-1972:certain',
        'provenance.first-appearance-after-1970:undated',
        'provenance.first-appearance-after-1970:none',
        'provenance.findspot-undocumented:undocumented',
        'provenance.holder-statement-only:statement',
        'provenance.holder-statement-only:unsourced',
        'provenance.forged-document:doubtful',
        'provenance.contradicted-event:forged',
      ].sort(),
    );
  });
});
