import { describe, expect, it } from 'vitest';
import {
  checkBic,
  checkIban,
  formatIban,
  ibanLength,
  normalizeIban,
} from '../../../src/shared/finance/iban';
import { walletAddressProblem } from '../../../src/shared/finance/wallet';

/** Real-format IBANs (the examples of the SWIFT IBAN registry), as printed on statements. */
const VALID: Array<[country: string, printed: string, length: number]> = [
  ['RS', 'RS35 2600 0560 1001 6113 79', 22],
  ['ME', 'ME25 5050 0001 2345 6789 51', 22],
  ['BA', 'BA39 1290 0794 0102 8494', 20],
  ['HR', 'HR12 1001 0051 8630 0016 0', 21],
  ['SI', 'SI56 2633 0001 2039 086', 19],
  ['MK', 'MK07 2501 2000 0058 984', 19],
  ['AL', 'AL47 2121 1009 0000 0002 3569 8741', 28],
  ['XK', 'XK05 1212 0123 4567 8906', 20],
  ['DE', 'DE89 3704 0044 0532 0130 00', 22],
  ['AT', 'AT61 1904 3002 3457 3201', 20],
  ['CY', 'CY17 0020 0128 0000 0012 0052 7600', 28],
  ['LB', 'LB62 0999 0000 0001 0019 0122 9114', 28],
];

describe('IBAN validation', () => {
  it.each(VALID)(
    'accepts an IBAN of %s, in electronic form, with its country',
    (country, printed, length) => {
      const checked = checkIban(printed);
      expect(checked).toMatchObject({ ok: true, country, iban: printed.replaceAll(' ', '') });
      expect(checked.iban).toHaveLength(length);
      expect(ibanLength(country)).toBe(length);
      expect(formatIban(checked.iban)).toBe(printed);
    },
  );

  it('normalises spaces, dashes, lower case and an "IBAN" prefix', () => {
    expect(normalizeIban(' iban: rs35-2600-0560-1001-6113-79 ')).toBe('RS35260005601001611379');
    expect(checkIban('de89 3704 0044 0532 0130 00')).toMatchObject({
      ok: true,
      iban: 'DE89370400440532013000',
      bankCode: '37040044',
    });
  });

  it('refuses a wrong check digit, a swapped pair, a wrong length and a wrong country', () => {
    expect(checkIban('DE89370400440532013001')).toMatchObject({ ok: false, problem: 'checksum' });
    // Two digits swapped: mod 97 catches it.
    expect(checkIban('RS35260005601001611397')).toMatchObject({ ok: false });
    expect(checkIban('AT611904300234573210')).toMatchObject({ ok: false, problem: 'checksum' });
    const short = checkIban('DE8937040044053201300');
    expect(short).toMatchObject({ ok: false, problem: 'length' });
    expect(!short.ok && short.message).toBe('an IBAN of DE has 22 characters; this one has 21');
    expect(checkIban('BA3912900794010284941')).toMatchObject({ ok: false, problem: 'length' });
    expect(checkIban('QQ89370400440532013000')).toMatchObject({ ok: false, problem: 'country' });
    // The United States do not use IBANs.
    expect(checkIban('US64SVBKUS6S3300958879')).toMatchObject({ ok: false, problem: 'country' });
    expect(checkIban('')).toMatchObject({ ok: false, problem: 'empty' });
    // Letters where the country's format has digits.
    expect(checkIban('RS35260005601001611A79')).toMatchObject({ ok: false, problem: 'format' });
  });

  it('refuses an IBAN whose mod 97 is right but whose national check digits are wrong', () => {
    // ME: the BBAN's last two digits are its own mod-97 check; recompute the IBAN's check digits
    // for a BBAN with a wrong national check so that only the national check fails.
    const bban = '505000012345678952';
    const digits = (bban + 'ME00')
      .split('')
      .map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c))
      .join('');
    const check = String(98n - (BigInt(digits) % 97n)).padStart(2, '0');
    expect(checkIban(`ME${check}${bban}`)).toMatchObject({
      ok: false,
      problem: 'national_checksum',
    });
  });
});

describe('BIC validation', () => {
  it('accepts 8- and 11-character BICs and tells their parts', () => {
    expect(checkBic('aikb rs 22')).toMatchObject({
      ok: true,
      bic: 'AIKBRS22',
      bank: 'AIKB',
      country: 'RS',
      branch: null,
    });
    expect(checkBic('DEUTDEFF500')).toMatchObject({ ok: true, country: 'DE', branch: '500' });
    expect(checkBic('RZBAATWW')).toMatchObject({ ok: true, country: 'AT' });
  });

  it('refuses a wrong length, a digit in the bank code and an unknown country', () => {
    expect(checkBic('DEUTDEF')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/8 or 11/),
    });
    expect(checkBic('ABN4NL2A')).toMatchObject({ ok: false });
    expect(checkBic('ABCDQQ22')).toMatchObject({
      ok: false,
      message: 'QQ (characters 5–6) is not a country code',
    });
  });
});

describe('wallet addresses', () => {
  it('checks the shape of addresses of known chains and keeps others as typed', () => {
    expect(
      walletAddressProblem('bitcoin', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'),
    ).toBeNull();
    expect(walletAddressProblem('bitcoin', '1BoatSLRHtKNngkdXEeobR76b53LETtpyT')).toBeNull();
    expect(
      walletAddressProblem('ethereum', '0x52908400098527886E0F7030069857D2E4169EE7'),
    ).toBeNull();
    expect(walletAddressProblem('ethereum', '0x5290840009852788')).toMatch(/not the shape/);
    expect(walletAddressProblem('bitcoin', '0x52908400098527886E0F7030069857D2E4169EE7')).toMatch(
      /bitcoin/,
    );
    expect(walletAddressProblem('other', 'anything-at-all')).toBeNull();
    expect(walletAddressProblem(null, 'anything')).toBeNull();
  });
});
