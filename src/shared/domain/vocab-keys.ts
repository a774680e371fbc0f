/**
 * Translation keys for vocabulary entries and fixed enumerations. Every screen builds these keys
 * here, so the encoding lives in one place.
 *
 * The labels are in `shared/i18n/features/vocab/<language>.json`, merged in under `vocab`:
 * - vocabulary entry → `vocab.<kind>.<code>`, e.g. `vocab.offence_type.nicosia-3`;
 * - fixed enumeration value → `vocab.enum.<enumName>.<value>`, e.g. `vocab.enum.caseStatus.open`.
 *
 * i18next splits keys at '.' (the default keySeparator, which initI18n keeps), but codes may
 * contain dots themselves (`archaeological.pottery`). Nesting them is not possible because the
 * level-1 code is an entry of its own (`archaeological` has a label and children). So each '.'
 * inside a code or value is written as '/' — a character that a vocabulary code can never contain
 * (see `Code` in common.ts: lower-case letters, digits, `_ . -`), so the encoding cannot collide.
 * In the JSON files the key is therefore `"archaeological/pottery"`.
 *
 * Entries a unit added itself have no translation; fall back to the stored label:
 * `t(vocabKey(kind, entry.code), { defaultValue: entry.label })`.
 */

/** The i18n feature (folder under shared/i18n/features) holding these labels. */
export const VOCAB_FEATURE = 'vocab';

/** The group inside the vocab feature holding the fixed enumerations. */
export const ENUM_GROUP = 'enum';

/** One key segment for a code or value: '.' becomes '/', so the code stays one segment. */
export function vocabKeySegment(code: string): string {
  return code.replaceAll('.', '/');
}

/** The translation key of a vocabulary entry: `vocab.<kind>.<code with '.' → '/'>`. */
export function vocabKey(kind: string, code: string): string {
  return `${VOCAB_FEATURE}.${kind}.${vocabKeySegment(code)}`;
}

/** The translation key of a fixed enumeration value: `vocab.enum.<enumName>.<value>`. */
export function enumKey(enumName: string, value: string): string {
  return `${VOCAB_FEATURE}.${ENUM_GROUP}.${enumName}.${vocabKeySegment(value)}`;
}
