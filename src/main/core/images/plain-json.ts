/** Metadata comes from the file, so it is treated as hostile: bounded, and plain JSON only. */
export const MAX_TEXT_LENGTH = 2000;
const MAX_ARRAY_ITEMS = 100;
const MAX_OBJECT_KEYS = 50;
const MAX_DEPTH = 4;

export type JsonValue = string | number | boolean | JsonValue[] | { [key: string]: JsonValue };

/**
 * Text without NULs or control characters (a camera pads fields with NULs and spaces), or
 * undefined when nothing is left or the text is longer than {@link MAX_TEXT_LENGTH}.
 */
export function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
  return text.length > 0 && text.length <= MAX_TEXT_LENGTH ? text : undefined;
}

export function finiteNumber(value: unknown): number | undefined {
  const n = Array.isArray(value) ? value[0] : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

/**
 * A JSON-safe copy of a parsed metadata value: binary values (Buffers, typed arrays) and
 * anything that is not data are dropped, dates become ISO strings, an XMP language alternative
 * with only the default language becomes its text.
 */
export function toPlainJson(value: unknown, depth = 0): JsonValue | undefined {
  if (typeof value === 'string') return cleanText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  }
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return undefined;
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return undefined;
  if (Array.isArray(value)) {
    const items = value
      .slice(0, MAX_ARRAY_ITEMS)
      .map((item) => toPlainJson(item, depth + 1))
      .filter((item): item is JsonValue => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  const record = value as Record<string, unknown>;
  if (isDefaultLanguageText(record)) return cleanText(record.value);
  const out: Record<string, JsonValue> = {};
  let kept = 0;
  for (const [key, item] of Object.entries(record)) {
    if (kept >= MAX_OBJECT_KEYS) break;
    const plain = toPlainJson(item, depth + 1);
    if (plain === undefined || key.length > 200) continue;
    out[key] = plain;
    kept++;
  }
  return kept > 0 ? out : undefined;
}

function isDefaultLanguageText(record: Record<string, unknown>): boolean {
  const keys = Object.keys(record);
  return keys.length === 2 && record.lang === 'x-default' && 'value' in record;
}
