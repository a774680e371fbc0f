/**
 * The shape of crypto wallet addresses on the chains the app knows (CRYPTO_CHAINS). A format
 * check only (alphabet and length), not the chain's own checksum: it catches a truncated or
 * mistyped address and one pasted into the wrong chain; "other" chains are kept as typed.
 */
const BASE58 = '[1-9A-HJ-NP-Za-km-z]';

const FORMATS: Record<string, { pattern: RegExp; example: string }> = {
  bitcoin: {
    pattern: new RegExp(`^(?:[13]${BASE58}{25,34}|bc1[02-9ac-hj-np-z]{11,71})$`),
    example: 'bc1q… or 1… / 3…',
  },
  ethereum: { pattern: /^0x[0-9a-fA-F]{40}$/, example: '0x followed by 40 hexadecimal digits' },
  tron: { pattern: new RegExp(`^T${BASE58}{33}$`), example: 'T followed by 33 characters' },
  litecoin: {
    pattern: new RegExp(`^(?:[LM3]${BASE58}{26,33}|ltc1[02-9ac-hj-np-z]{11,71})$`),
    example: 'ltc1… or L… / M…',
  },
  monero: { pattern: new RegExp(`^[48]${BASE58}{94}$`), example: '95 characters beginning 4 or 8' },
  solana: { pattern: new RegExp(`^${BASE58}{32,44}$`), example: '32 to 44 base58 characters' },
};

/** Null when the address has the chain's shape (or the chain is not one the app knows). */
export function walletAddressProblem(chain: string | null, address: string): string | null {
  const format = chain === null ? undefined : FORMATS[chain];
  if (!format || format.pattern.test(address)) return null;
  return `this is not the shape of a ${chain} address (${format.example})`;
}
