import { describe, expect, it } from 'vitest';
import { decodeRecoveryKey, encodeRecoveryKey, RECOVERY_KEY_BYTES } from './recovery-key';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const FORMAT = /^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){7}$/;

/** Web Crypto, not node:crypto: src/shared stays free of Node imports. */
function randomBytes(n: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function randomKey(): { bytes: Uint8Array; key: string } {
  const bytes = randomBytes(RECOVERY_KEY_BYTES);
  return { bytes, key: encodeRecoveryKey(bytes) };
}

function expectDecodesTo(typed: string, bytes: Uint8Array): void {
  const decoded = decodeRecoveryKey(typed);
  expect(decoded.ok).toBe(true);
  if (decoded.ok) expect(sameBytes(decoded.bytes, bytes)).toBe(true);
}

describe('recovery key encoding', () => {
  it('round-trips many random keys', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const { bytes, key } = randomKey();
      seen.add(key);
      const decoded = decodeRecoveryKey(key);
      expect(decoded).toEqual({ ok: true, bytes });
    }
    // Different keys encode differently (1000 random 160-bit keys never collide).
    expect(seen.size).toBe(1000);
  });

  it('round-trips the extreme keys (all zero bits, all one bits)', () => {
    for (const fill of [0x00, 0xff, 0xa5]) {
      const bytes = new Uint8Array(RECOVERY_KEY_BYTES).fill(fill);
      const key = encodeRecoveryKey(bytes);
      expect(key).toMatch(FORMAT);
      expectDecodesTo(key, bytes);
    }
  });

  it('is 8 groups of 5 Crockford base32 characters separated by dashes', () => {
    for (let i = 0; i < 200; i++) {
      const { key } = randomKey();
      expect(key).toMatch(FORMAT);
      expect(key).toHaveLength(8 * 5 + 7);
      const groups = key.split('-');
      expect(groups).toHaveLength(8);
      for (const g of groups) expect(g).toHaveLength(5);
      // No characters that people confuse: I, L, O, U never appear.
      expect(key).not.toMatch(/[ILOU]/);
    }
  });

  it('gives the same group a different check character in a different position', () => {
    // All-zero data: every group's data is "0000", so only the position changes the check.
    const key = encodeRecoveryKey(new Uint8Array(RECOVERY_KEY_BYTES));
    const groups = key.split('-');
    for (const g of groups) expect(g.slice(0, 4)).toBe('0000');
    expect(new Set(groups.map((g) => g[4])).size).toBe(8);
  });

  it('refuses to encode anything but 20 bytes', () => {
    expect(() => encodeRecoveryKey(new Uint8Array(19))).toThrow(RangeError);
    expect(() => encodeRecoveryKey(new Uint8Array(21))).toThrow(RangeError);
    expect(() => encodeRecoveryKey(new Uint8Array(0))).toThrow(RangeError);
  });
});

describe('recovery key as typed by a person', () => {
  it('accepts lower case', () => {
    for (let i = 0; i < 50; i++) {
      const { bytes, key } = randomKey();
      expectDecodesTo(key.toLowerCase(), bytes);
    }
  });

  it('accepts spaces instead of dashes, no separators at all, and stray whitespace', () => {
    const { bytes, key } = randomKey();
    expectDecodesTo(key.replaceAll('-', ' '), bytes);
    expectDecodesTo(key.replaceAll('-', ''), bytes);
    expectDecodesTo(`  ${key.replaceAll('-', '  ')}\n`, bytes);
    expectDecodesTo(key.replaceAll('-', '\t- '), bytes);
  });

  it('reads O as 0 and I, L as 1, in either case', () => {
    let checked = 0;
    for (let i = 0; i < 500 && checked < 20; i++) {
      const { bytes, key } = randomKey();
      if (!key.includes('0') || !key.includes('1')) continue;
      let ones = 0;
      const typed = key
        .replaceAll('0', 'O')
        .replace(/1/g, () => ['I', 'L', 'i', 'l'][ones++ % 4] as string);
      expect(typed).not.toMatch(/[01]/);
      expectDecodesTo(typed, bytes);
      expectDecodesTo(key.replaceAll('0', 'o'), bytes);
      checked += 1;
    }
    expect(checked).toBe(20);
  });

  it('detects every single-character substitution, naming the group', () => {
    for (let k = 0; k < 5; k++) {
      const { key } = randomKey();
      const compact = key.replaceAll('-', '');
      for (let pos = 0; pos < compact.length; pos++) {
        const group = Math.floor(pos / 5) + 1;
        for (const ch of ALPHABET) {
          if (ch === compact[pos]) continue;
          const typed = compact.slice(0, pos) + ch + compact.slice(pos + 1);
          expect(decodeRecoveryKey(typed), `${typed} (position ${pos})`).toEqual({
            ok: false,
            reason: 'checksum',
            group,
          });
        }
        for (const ch of ['U', 'u', '*', '#', 'Ж', 'é']) {
          const typed = compact.slice(0, pos) + ch + compact.slice(pos + 1);
          expect(decodeRecoveryKey(typed), `${typed} (position ${pos})`).toEqual({
            ok: false,
            reason: 'character',
            group,
          });
        }
      }
    }
  });

  it('detects two swapped groups, naming the first of them', () => {
    for (let k = 0; k < 5; k++) {
      const { key } = randomKey();
      const groups = key.split('-');
      for (let i = 0; i < 8; i++) {
        for (let j = i + 1; j < 8; j++) {
          if (groups[i] === groups[j]) continue;
          const swapped = [...groups];
          [swapped[i], swapped[j]] = [groups[j] as string, groups[i] as string];
          expect(decodeRecoveryKey(swapped.join('-'))).toEqual({
            ok: false,
            reason: 'checksum',
            group: i + 1,
          });
        }
      }
    }
  });

  it('rejects a wrong length', () => {
    const { key } = randomKey();
    const compact = key.replaceAll('-', '');
    for (const typed of [
      '',
      '   ',
      compact.slice(0, -1),
      `${compact}A`,
      key.split('-').slice(0, 7).join('-'),
      `${key}-${key.split('-')[0]}`,
      compact.slice(0, 20),
    ]) {
      expect(decodeRecoveryKey(typed), JSON.stringify(typed)).toEqual({
        ok: false,
        reason: 'length',
      });
    }
  });
});
