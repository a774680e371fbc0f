/**
 * Recovery keys are printed on paper and typed back in by people, so the encoding is built for
 * that: Crockford base32 (no I, L, O, U; case-insensitive; O→0 and I/L→1 accepted when typed),
 * eight groups of four data characters, each followed by a Luhn mod 32 check character that
 * also covers the group's position. A typo or two swapped groups is caught before any
 * cryptography runs, and the person is told which group to re-read.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const N = ALPHABET.length;

export const RECOVERY_KEY_BYTES = 20;
const GROUPS = 8;
const DATA_CHARS_PER_GROUP = 4;

export type RecoveryKeyDecodeResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'length' | 'character' | 'checksum'; group?: number };

function luhnCheck(codes: readonly number[]): number {
  let factor = 2;
  let sum = 0;
  for (let i = codes.length - 1; i >= 0; i--) {
    let addend = factor * (codes[i] as number);
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / N) + (addend % N);
    sum += addend;
  }
  return (N - (sum % N)) % N;
}

function toBase32(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out.push((buffer >>> (bits - 5)) & 31);
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out.push((buffer << (5 - bits)) & 31);
  return out;
}

function fromBase32(codes: readonly number[]): Uint8Array {
  const out = new Uint8Array(Math.floor((codes.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let i = 0;
  for (const code of codes) {
    buffer = (buffer << 5) | code;
    bits += 5;
    if (bits >= 8) {
      out[i++] = (buffer >>> (bits - 8)) & 0xff;
      bits -= 8;
      buffer &= (1 << bits) - 1;
    }
  }
  return out;
}

/** Formats 20 random bytes as `XXXXX-XXXXX-…` (8 groups of 5 characters). */
export function encodeRecoveryKey(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_KEY_BYTES) {
    throw new RangeError(`a recovery key is ${RECOVERY_KEY_BYTES} bytes`);
  }
  const codes = toBase32(bytes);
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    const data = codes.slice(g * DATA_CHARS_PER_GROUP, (g + 1) * DATA_CHARS_PER_GROUP);
    const check = luhnCheck([g, ...data]);
    groups.push([...data, check].map((c) => ALPHABET[c]).join(''));
  }
  return groups.join('-');
}

function normaliseChar(ch: string): number {
  const up = ch.toUpperCase();
  const mapped = up === 'O' ? '0' : up === 'I' || up === 'L' ? '1' : up;
  return ALPHABET.indexOf(mapped);
}

/** Parses what a person typed; spaces and dashes are ignored. Groups are numbered from 1. */
export function decodeRecoveryKey(typed: string): RecoveryKeyDecodeResult {
  const compact = typed.replace(/[\s-]/g, '');
  const perGroup = DATA_CHARS_PER_GROUP + 1;
  if (compact.length !== GROUPS * perGroup) return { ok: false, reason: 'length' };
  const data: number[] = [];
  for (let g = 0; g < GROUPS; g++) {
    const chunk = compact.slice(g * perGroup, (g + 1) * perGroup);
    const codes = [...chunk].map(normaliseChar);
    if (codes.some((c) => c < 0)) return { ok: false, reason: 'character', group: g + 1 };
    const groupData = codes.slice(0, DATA_CHARS_PER_GROUP);
    if (luhnCheck([g, ...groupData]) !== codes[DATA_CHARS_PER_GROUP]) {
      return { ok: false, reason: 'checksum', group: g + 1 };
    }
    data.push(...groupData);
  }
  return { ok: true, bytes: fromBase32(data) };
}
