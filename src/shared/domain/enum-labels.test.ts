import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import bs from '../i18n/features/vocab/bs.json';
import en from '../i18n/features/vocab/en.json';
import hr from '../i18n/features/vocab/hr.json';
import mk from '../i18n/features/vocab/mk.json';
import sl from '../i18n/features/vocab/sl.json';
import sq from '../i18n/features/vocab/sq.json';
import srCyrl from '../i18n/features/vocab/sr-Cyrl.json';
import srLatn from '../i18n/features/vocab/sr-Latn.json';
import { CASE_LINK_RELATIONS, CASE_STATUSES } from './case';
import { CERTAINTY, HANDLING_CODES } from './common';
import {
  AUTHENTICITY_FINDINGS,
  CONFIDENCE_LEVELS,
  CONSULTATION_STATES,
  OPINION_METHODS,
  QUESTION_KINDS,
} from './expert';
import {
  CATALOGUE_ORIGINS,
  INDICATOR_SUBJECTS,
  INDICATOR_THEMES,
  OBSERVATION_STATUSES,
} from './indicator';
import {
  AUTHENTICITY,
  CHECK_RESULTS,
  CONDITION_GRADES,
  CUSTODY_ACTIONS,
  DIMENSIONS,
  ExternalCheckFields,
  INSCRIPTION_KINDS,
  LEGAL_STATUSES,
  PhotoRole,
  SEAL_CHECKS,
  UNITS,
  VALUATION_BASES,
} from './object';
import { CONTACT_KINDS, PartyFields, PersonFields } from './party';
import { TRANSPORT_DOCUMENT_KINDS, TRANSPORT_MODES } from './seizure';
import { ENUM_GROUP, VOCAB_FEATURE, enumKey, vocabKey, vocabKeySegment } from './vocab-keys';
import {
  DEFAULT_VOCABULARIES,
  EU_2019_880_PARTS,
  UNESCO_1970_CATEGORIES,
  VOCABULARY_KINDS,
} from './vocabularies';

type Tree = { [key: string]: string | Tree };

const FILES: Record<string, Tree> = {
  en,
  sq,
  'sr-Latn': srLatn,
  'sr-Cyrl': srCyrl,
  mk,
  bs,
  hr,
  sl,
};
const OTHERS = Object.entries(FILES).filter(([language]) => language !== 'en');

/** Every fixed enumeration that has interface labels, with the values the schemas accept. */
const ENUMS: Record<string, readonly string[]> = {
  caseStatus: CASE_STATUSES,
  caseLinkRelation: CASE_LINK_RELATIONS,
  handlingCode: HANDLING_CODES,
  handlingCodeHelp: HANDLING_CODES,
  certainty: CERTAINTY,
  partyKind: PartyFields.options.map((o) => o.shape.kind.value),
  partyFlag: PersonFields.shape.flags.unwrap().element.options,
  sex: PersonFields.shape.sex.unwrap().options,
  contactKind: CONTACT_KINDS,
  transportMode: TRANSPORT_MODES,
  transportDocumentKind: TRANSPORT_DOCUMENT_KINDS,
  dimension: DIMENSIONS,
  unit: UNITS,
  inscriptionKind: INSCRIPTION_KINDS,
  photoRole: PhotoRole.options,
  legalStatus: LEGAL_STATUSES,
  authenticity: AUTHENTICITY,
  conditionGrade: CONDITION_GRADES,
  valuationBasis: VALUATION_BASES,
  checkResult: CHECK_RESULTS,
  queryKind: ExternalCheckFields.shape.queryKind.options,
  custodyAction: CUSTODY_ACTIONS,
  sealCheck: SEAL_CHECKS,
  unesco1970: UNESCO_1970_CATEGORIES,
  eu2019880Part: EU_2019_880_PARTS,
  questionKind: QUESTION_KINDS,
  consultationState: CONSULTATION_STATES,
  opinionMethod: OPINION_METHODS,
  authenticityFinding: AUTHENTICITY_FINDINGS,
  confidenceLevel: CONFIDENCE_LEVELS,
  indicatorTheme: INDICATOR_THEMES,
  indicatorSubject: INDICATOR_SUBJECTS,
  observationStatus: OBSERVATION_STATUSES,
  catalogueOrigin: CATALOGUE_ORIGINS,
};

/**
 * Texts that may be identical to the English one, by key. Empty on purpose: codes and
 * abbreviations (H0, AWB, CMR, mm…) always come with translated words around them, and the
 * renderer's locale test (src/renderer/src/i18n/locales.test.ts) refuses untranslated texts too.
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = (() => {
  // Country names spelled as in English (high-risk jurisdictions).
  const countries = (codes: string[]) => codes.map((c) => vocabKey('high_risk_jurisdiction', c));
  // …and conflict-affected countries (indicator A6).
  const conflict = (codes: string[]) => codes.map((c) => vocabKey('conflict_country', c));
  const sameInSlavic = conflict(['ml', 'bf', 'ne', 'sd']);
  return {
    'sr-Latn': [...countries(['ir', 'ao', 'ht', 'np']), ...sameInSlavic],
    hr: [...countries(['ir', 'ao', 'ht', 'np', 've']), ...sameInSlavic],
    bs: [...countries(['ir', 'ao', 'ht', 'np']), ...sameInSlavic],
    sl: [...countries(['ir', 'ao', 'ht', 'np', 've', 'vn']), ...sameInSlavic],
    sq: [...countries(['ao', 'bo', 'ht', 'na', 've']), ...conflict(['ml', 'bf', 'so'])],
  };
})();

/** The texts of one file as translation key → text (keys as i18next sees them, `vocab.` first). */
function flatten(tree: Tree, prefix = VOCAB_FEATURE): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Follows a translation key through the JSON the way i18next does: one level per '.'. */
function resolve(tree: Tree, key: string): string | undefined {
  const [feature, ...path] = key.split('.');
  if (feature !== VOCAB_FEATURE) return undefined;
  let node: string | Tree | undefined = tree;
  for (const part of path) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const vocabularyKeys = VOCABULARY_KINDS.flatMap((kind) =>
  DEFAULT_VOCABULARIES[kind].map((entry) => ({ key: vocabKey(kind, entry.code), entry })),
);
const enumKeys = Object.entries(ENUMS).flatMap(([name, values]) =>
  values.map((value) => enumKey(name, value)),
);
const expectedKeys = [...vocabularyKeys.map((v) => v.key), ...enumKeys].sort();

describe('vocabKey / enumKey', () => {
  it('puts vocabulary entries under vocab.<kind> and enumerations under vocab.enum', () => {
    expect(vocabKey('offence_type', 'nicosia-3')).toBe('vocab.offence_type.nicosia-3');
    expect(enumKey('caseStatus', 'under_investigation')).toBe(
      'vocab.enum.caseStatus.under_investigation',
    );
    expect(enumKey('handlingCode', 'H0')).toBe('vocab.enum.handlingCode.H0');
  });

  it('keeps a code with dots as one key segment, and codes without dots unchanged', () => {
    expect(vocabKey('object_type', 'archaeological.pottery')).toBe(
      'vocab.object_type.archaeological/pottery',
    );
    expect(vocabKey('object_type', 'archaeological.pottery').split('.')).toHaveLength(3);
    expect(vocabKeySegment('money-laundering')).toBe('money-laundering');
    expect(vocabKeySegment('a.b.c')).toBe('a/b/c');
  });

  it('gives different codes different keys (the replacement cannot occur in a code)', () => {
    const keys = vocabularyKeys.map((v) => v.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const { entry } of vocabularyKeys) expect(entry.code).not.toContain('/');
  });

  it('no vocabulary kind collides with the group of the enumerations', () => {
    expect(VOCABULARY_KINDS as readonly string[]).not.toContain(ENUM_GROUP);
  });

  it('resolves through i18next itself with its default key separator', () => {
    const instance = i18next.createInstance();
    void instance.init({
      lng: 'en',
      initAsync: false,
      resources: { en: { translation: { [VOCAB_FEATURE]: en } } },
    });
    // The renderer types t() with the keys of the base en.json; computed keys are plain strings.
    const t = instance.t as unknown as (key: string, options?: { defaultValue: string }) => string;
    expect(t(vocabKey('object_type', 'archaeological.pottery'))).toBe('Pottery, vessel');
    expect(t(vocabKey('object_type', 'archaeological'))).toBe('Archaeological object');
    expect(t(enumKey('handlingCode', 'H2'))).toBe(en.enum.handlingCode.H2);
    // The unencoded code does not resolve: i18next would look for object_type.archaeological.pottery.
    const raw = `${VOCAB_FEATURE}.object_type.archaeological.pottery`;
    expect(t(raw)).toBe(raw);
    // A code the unit added itself has no text: the stored label is the fallback.
    expect(t(vocabKey('object_type', 'unit-added'), { defaultValue: 'Own label' })).toBe(
      'Own label',
    );
  });
});

describe('English labels', () => {
  it('are the labels of DEFAULT_VOCABULARIES', () => {
    for (const { key, entry } of vocabularyKeys) expect(resolve(en, key), key).toBe(entry.label);
  });

  it('detect a label that differs from DEFAULT_VOCABULARIES', () => {
    const changed: Tree = { ...en, offence_type: { ...en.offence_type, 'nicosia-3': 'Theft' } };
    const key = vocabKey('offence_type', 'nicosia-3');
    expect(resolve(changed, key)).not.toBe(DEFAULT_VOCABULARIES.offence_type[0]?.label);
  });
});

describe.each(Object.entries(FILES))('vocab labels in %s', (_language, tree) => {
  const texts = flatten(tree);

  it('has a label for every vocabulary entry and every enumeration value', () => {
    const missing = expectedKeys.filter((key) => resolve(tree, key) === undefined);
    expect(missing).toEqual([]);
  });

  it('has no other keys', () => {
    expect([...texts.keys()].sort()).toEqual(expectedKeys);
  });

  it('has no empty texts and nothing i18next would interpolate or nest', () => {
    for (const [key, text] of texts) {
      expect(text.trim(), key).not.toBe('');
      expect(text, key).toBe(text.trim());
      expect(text, key).not.toMatch(/\{\{|\$t\(/);
    }
  });
});

describe.each(OTHERS)('vocab labels in %s', (language, tree) => {
  it('translates every text', () => {
    const allowed = new Set(SAME_AS_ENGLISH[language] ?? []);
    const english = flatten(en);
    const same = [...flatten(tree)].filter(
      ([key, text]) => !allowed.has(key) && english.get(key) === text,
    );
    expect(same.map(([key]) => key)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('notice a missing label, an extra key, an empty text and an untranslated text', () => {
    const broken: Tree = {
      ...hr,
      extra: 'x',
      enum: { ...hr.enum, sex: { female: '', male: hr.enum.sex.male } },
      legal_basis: { ...hr.legal_basis, other: en.legal_basis.other },
    };
    const texts = flatten(broken);
    expect(resolve(broken, enumKey('sex', 'unknown'))).toBeUndefined();
    expect([...texts.keys()]).toContain('vocab.extra');
    expect(texts.get(enumKey('sex', 'female'))).toBe('');
    expect(texts.get(vocabKey('legal_basis', 'other'))).toBe(
      flatten(en).get('vocab.legal_basis.other'),
    );
  });
});

/** International codes, symbols and names the Cyrillic files keep in Latin script. */
const LATIN_IN_CYRILLIC = new Set([
  ...HANDLING_CODES,
  ...UNITS,
  ...UNESCO_1970_CATEGORIES,
  ...EU_2019_880_PARTS,
  ...DEFAULT_VOCABULARIES.reg116_category.map((e) => e.code.toUpperCase()),
  'AWB',
  'B/L',
  'CMR',
  'CN',
  'CIM',
  'TPC',
  // Laboratory methods: X-ray fluorescence, thermoluminescence, radiocarbon.
  'XRF',
  'TL',
  'C14',
  'Art',
  'Loss',
  'Register',
  'in',
  'In',
  'situ',
  'flagranti',
]);

/** Serbian Cyrillic → Latin (unambiguous in this direction). */
const CYRILLIC = [...'абвгдђежзијклљмнњопрстћуфхцчџш'];
const LATIN = 'a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š'.split(' ');
const CYR_TO_LAT: Record<string, string> = Object.fromEntries(
  CYRILLIC.map((c, i) => [c, LATIN[i] as string]),
);
function latinise(text: string): string {
  return [...text.replaceAll('ИКОМ', 'ICOM')]
    .map((c) => {
      const lower = c.toLowerCase();
      const latin = CYR_TO_LAT[lower];
      if (latin === undefined) return c;
      return c === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    })
    .join('');
}

describe('Serbian', () => {
  it('has the same wording in Cyrillic and Latin script', () => {
    const latin = flatten(srLatn);
    const different = [...flatten(srCyrl)].filter(
      ([key, text]) => latinise(text) !== latin.get(key),
    );
    expect(different).toEqual([]);
  });

  it('notices Cyrillic wording that differs from the Latin', () => {
    expect(latinise('Привремено одузето')).toBe('Privremeno oduzeto');
    expect(latinise('Привремено одузет')).not.toBe(srLatn.enum.legalStatus.seized);
  });

  it('writes Cyrillic files in Cyrillic, apart from codes and names kept in Latin script', () => {
    for (const tree of [srCyrl, mk]) {
      for (const [key, text] of flatten(tree)) {
        const latinWords = text.match(/[A-Za-z][A-Za-z0-9/-]*/g) ?? [];
        const unexpected = latinWords.filter((w) => !LATIN_IN_CYRILLIC.has(w));
        expect(unexpected, key).toEqual([]);
      }
    }
  });
});
