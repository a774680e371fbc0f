import {
  countrySpecs,
  electronicFormatIBAN,
  extractBIC,
  extractIBAN,
  validateBIC,
  validateIBAN,
  ValidationErrorsIBAN,
} from 'ibantools';

/**
 * IBAN and BIC checks, with the well-kept `ibantools` library (the ISO 13616 / SWIFT registry of
 * countries, lengths and BBAN formats, including the national check digits of the countries that
 * have them, e.g. RS, ME, BA, MK, SI, HR). An IBAN is kept in its electronic form: no spaces,
 * upper case.
 */

export type IbanProblem =
  'empty' | 'country' | 'length' | 'format' | 'checksum' | 'national_checksum';

export type IbanCheck =
  | {
      ok: true;
      /** Electronic form: "RS35260005601001611379". */
      iban: string;
      country: string;
      /** The bank's code inside the IBAN, when the country's format names one. */
      bankCode: string | null;
    }
  | { ok: false; iban: string; problem: IbanProblem; message: string };

/** "rs35 2600-0560 1001 6113 79" → "RS35260005601001611379" (letters and digits only). */
export function normalizeIban(text: string): string {
  return electronicFormatIBAN(text.replace(/^\s*IBAN[:\s]*/i, '')) ?? '';
}

/** The IBAN in groups of four, as printed on statements. */
export function formatIban(iban: string): string {
  return normalizeIban(iban).replace(/(.{4})(?=.)/g, '$1 ');
}

/** How long an IBAN of `country` is, or null when the country does not use IBANs. */
export function ibanLength(country: string): number | null {
  const spec = countrySpecs[country.toUpperCase()];
  return spec && spec.chars ? spec.chars : null;
}

/**
 * Normalises and checks an IBAN: a country that uses IBANs, that country's length and format,
 * the mod-97 check digits (ISO 7064) and, where the country has them, the national check digits.
 */
export function checkIban(text: string): IbanCheck {
  const iban = normalizeIban(text);
  const fail = (problem: IbanProblem, message: string): IbanCheck => ({
    ok: false,
    iban,
    problem,
    message,
  });
  if (iban === '') return fail('empty', 'there is no IBAN');
  const country = iban.slice(0, 2);
  const length = /^[A-Z]{2}$/.test(country) ? ibanLength(country) : null;
  if (length === null) {
    return fail(
      'country',
      `${country} is not a country that uses IBANs (an IBAN begins with its country's code, e.g. RS, DE)`,
    );
  }
  if (iban.length !== length) {
    return fail(
      'length',
      `an IBAN of ${country} has ${length} characters; this one has ${iban.length}`,
    );
  }
  const { errorCodes } = validateIBAN(iban, { allowQRIBAN: true });
  if (errorCodes.includes(ValidationErrorsIBAN.WrongBBANFormat)) {
    return fail('format', `this is not the format of an IBAN of ${country}`);
  }
  if (
    errorCodes.includes(ValidationErrorsIBAN.ChecksumNotNumber) ||
    errorCodes.includes(ValidationErrorsIBAN.WrongIBANChecksum)
  ) {
    return fail(
      'checksum',
      'the check digits do not match (mod 97): a character is wrong or two are swapped',
    );
  }
  if (errorCodes.includes(ValidationErrorsIBAN.WrongAccountBankBranchChecksum)) {
    return fail(
      'national_checksum',
      `the account number's own check digits (${country}) do not match: a digit is wrong`,
    );
  }
  if (errorCodes.length > 0) return fail('format', `this is not a valid IBAN of ${country}`);
  const parts = extractIBAN(iban);
  return { ok: true, iban, country, bankCode: parts.bankIdentifier ?? null };
}

export type BicCheck =
  | {
      ok: true;
      bic: string;
      bank: string;
      country: string;
      location: string;
      branch: string | null;
    }
  | { ok: false; bic: string; message: string };

/** "aikb rs 22" → "AIKBRS22". */
export function normalizeBic(text: string): string {
  return text.replace(/[\s-]+/g, '').toUpperCase();
}

/** Checks a BIC (ISO 9362): 8 or 11 characters, bank code, a real country, location, branch. */
export function checkBic(text: string): BicCheck {
  const bic = normalizeBic(text);
  if (bic.length !== 8 && bic.length !== 11) {
    return { ok: false, bic, message: `a BIC has 8 or 11 characters; this one has ${bic.length}` };
  }
  const result = validateBIC(bic);
  if (!result.valid) {
    const country = bic.slice(4, 6);
    return {
      ok: false,
      bic,
      message:
        /^[A-Z]{4}[A-Z]{2}/.test(bic) && !countrySpecs[country]
          ? `${country} (characters 5–6) is not a country code`
          : 'a BIC is 4 letters (bank), 2 letters (country), 2 letters or digits (place) and an optional 3 (branch)',
    };
  }
  const parts = extractBIC(bic);
  return {
    ok: true,
    bic,
    bank: parts.bankCode ?? '',
    country: parts.countryCode ?? '',
    location: parts.locationCode ?? '',
    branch: parts.branchCode,
  };
}
