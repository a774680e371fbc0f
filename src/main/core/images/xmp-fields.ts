import { sidecar } from 'exifr';
import { toPlainJson, type JsonValue } from './plain-json';

const MAX_XMP_BYTES = 512 * 1024;
const MAX_XMP_KEYS = 200;

/**
 * XMP properties keyed "prefix:Name" (`dc:description`, `xmp:CreatorTool`), values as plain JSON.
 * Oversized packets (editing history can run to megabytes) and unparseable XML are skipped
 * rather than refused: XMP is a courtesy, not part of what makes the file a photo.
 */
export async function readXmpFields(
  xmp: Buffer | undefined,
): Promise<Record<string, JsonValue> | null> {
  if (!xmp || xmp.length === 0 || xmp.length > MAX_XMP_BYTES) return null;
  let parsed: unknown;
  try {
    // A Buffer, never a string: exifr treats a string as a path or URL to fetch.
    parsed = await sidecar(xmp, { translateValues: false, reviveValues: false }, 'xmp');
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object') return null;
  const fields: Record<string, JsonValue> = {};
  let count = 0;
  for (const [prefix, block] of Object.entries(parsed as Record<string, unknown>)) {
    if (prefix === 'xmlns') continue;
    const entries =
      block && typeof block === 'object' && !Array.isArray(block)
        ? Object.entries(block as Record<string, unknown>).map(
            ([k, v]) => [`${prefix}:${k}`, v] as const,
          )
        : [[prefix, block] as const];
    for (const [key, value] of entries) {
      if (count >= MAX_XMP_KEYS) return fields;
      const plain = toPlainJson(value);
      if (plain === undefined) continue;
      fields[key] = plain;
      count++;
    }
  }
  return count > 0 ? fields : null;
}
