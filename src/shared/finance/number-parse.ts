/**
 * Amounts as bank statements write them, read exactly: the result is a decimal string
 * ("-1234.56"), never a floating-point number, so no cent is lost on the way in.
 *
 * The reading is strict on purpose. A statement read with the wrong format must fail loudly
 * rather than turn 1.234 (one thousand two hundred thirty-four, in Serbian) into 1.234: a
 * thousands separator is accepted only in groups of three digits, a decimal separator only once,
 * and nothing else but a sign may stand beside the digits.
 *
 * Regional conventions covered (the mapping names the two separators):
 * - sr, hr, bs, mk, sl, de, it, tr:  1.234,56      (decimal comma, dot thousands)
 * - sq, fr, cs, pl, ru, sv, fi:      1 234,56      (decimal comma, space / no-break space)
 * - en, mt, ga, zh, ja:               1,234.56      (decimal point, comma thousands)
 * - de-CH, li:                        1'234.56      (decimal point, apostrophe thousands)
 * - machine exports:                  1234.56 or 1234,56 (no grouping)
 * Signs: a leading + or −/-, a trailing minus ("1.234,56-", SAP and some banks), or accounting
 * parentheses ("(1.234,56)").
 */

export const DECIMAL_SEPARATORS = [',', '.'] as const;
export type DecimalSeparator = (typeof DECIMAL_SEPARATORS)[number];
/** 'none': the file never groups digits; ' ' also matches the no-break spaces (U+00A0, U+202F). */
export const THOUSANDS_SEPARATORS = ['none', '.', ',', ' ', "'"] as const;
export type ThousandsSeparator = (typeof THOUSANDS_SEPARATORS)[number];

export interface NumberFormat {
  decimal: DecimalSeparator;
  thousands: ThousandsSeparator;
}

/** The formats a mapping screen offers, each with how 1234.56 looks in it. */
export const NUMBER_FORMAT_PRESETS: readonly { format: NumberFormat; example: string }[] = [
  { format: { decimal: ',', thousands: '.' }, example: '1.234,56' },
  { format: { decimal: '.', thousands: ',' }, example: '1,234.56' },
  { format: { decimal: ',', thousands: ' ' }, example: '1 234,56' },
  { format: { decimal: '.', thousands: "'" }, example: "1'234.56" },
  { format: { decimal: '.', thousands: ' ' }, example: '1 234.56' },
  { format: { decimal: ',', thousands: 'none' }, example: '1234,56' },
  { format: { decimal: '.', thousands: 'none' }, example: '1234.56' },
];

/** At most this many decimals (the domain's DecimalAmount) and whole digits. */
export const MAX_DECIMALS = 6;
export const MAX_WHOLE_DIGITS = 15;

export type NumberProblem =
  'empty' | 'not-a-number' | 'separators' | 'grouping' | 'too-many-decimals' | 'too-large';

export type NumberParse =
  { ok: true; value: string } | { ok: false; problem: NumberProblem; message: string };

const SPACES = /[\u00a0\u202f\u2007]/g;
const MINUS = /[\u2212\u2012\u2013]/g;

function fail(problem: NumberProblem, message: string): NumberParse {
  return { ok: false, problem, message };
}

function describe(format: NumberFormat): string {
  const group = format.thousands === 'none' ? '' : format.thousands;
  return `1${group}234${format.decimal}56`;
}

/**
 * Reads `text` as an amount written in `format`. Returns the canonical decimal: optional minus,
 * whole digits without leading zeros, and the decimals exactly as written ("1.234,50" → "1234.50").
 */
export function parseDecimal(text: string, format: NumberFormat): NumberParse {
  if (format.decimal === format.thousands) {
    return fail('separators', 'the decimal and thousands separators must differ');
  }
  let s = text.replace(SPACES, ' ').replace(MINUS, '-').trim();
  if (s === '') return fail('empty', 'no amount');
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1).trim();
  } else if (s.startsWith('-') || s.startsWith('+')) {
    negative = s.startsWith('-');
    s = s.slice(1);
  } else if (s.endsWith('-')) {
    negative = true;
    s = s.slice(0, -1);
  }
  if (s === '' || !/^\d/.test(s) || !/\d$/.test(s)) {
    return fail('not-a-number', `not an amount like ${describe(format)}`);
  }
  const parts = s.split(format.decimal);
  if (parts.length > 2) {
    return fail('separators', `more than one decimal separator "${format.decimal}"`);
  }
  const [whole = '', fraction] = parts;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) {
    return /^[\d.,' ]+$/.test(fraction)
      ? fail('separators', 'a thousands separator after the decimal separator')
      : fail('not-a-number', `not an amount like ${describe(format)}`);
  }
  let digits: string;
  if (/^\d+$/.test(whole)) {
    digits = whole;
  } else if (!/^[\d.,' ]+$/.test(whole)) {
    return fail('not-a-number', `not an amount like ${describe(format)}`);
  } else {
    const sep = format.thousands;
    const grouped = sep !== 'none' && GROUPED[sep].test(whole);
    if (!grouped) {
      return fail(
        'grouping',
        sep === 'none'
          ? `digits grouped with a separator the format does not use (expected ${describe(format)})`
          : `digits not grouped in threes by "${sep}" (expected ${describe(format)})`,
      );
    }
    digits = whole.split(sep).join('');
  }
  if (fraction !== undefined && fraction.length > MAX_DECIMALS) {
    return fail('too-many-decimals', `more than ${MAX_DECIMALS} decimal places`);
  }
  digits = digits.replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_WHOLE_DIGITS) {
    return fail('too-large', `more than ${MAX_WHOLE_DIGITS} digits before the decimal separator`);
  }
  const zero = /^0+$/.test(digits) && (fraction === undefined || /^0+$/.test(fraction));
  const value = `${negative && !zero ? '-' : ''}${digits}${fraction !== undefined ? `.${fraction}` : ''}`;
  return { ok: true, value };
}

/** Whole digits grouped in threes by each separator ("1.234.567"). */
const GROUPED: Record<Exclude<ThousandsSeparator, 'none'>, RegExp> = {
  '.': /^\d{1,3}(\.\d{3})+$/,
  ',': /^\d{1,3}(,\d{3})+$/,
  ' ': /^\d{1,3}( \d{3})+$/,
  "'": /^\d{1,3}('\d{3})+$/,
};

/** Changes the sign of a canonical decimal ("12.50" ↔ "-12.50"; "0" stays "0"). */
export function negateDecimal(value: string): string {
  if (value.startsWith('-')) return value.slice(1);
  return /^0+(\.0+)?$/.test(value) ? value : `-${value}`;
}

/** The absolute value of a canonical decimal. */
export function absDecimal(value: string): string {
  return value.startsWith('-') ? value.slice(1) : value;
}

/** Whether a canonical decimal is zero ("0", "0.00"). */
export function isZeroDecimal(value: string): boolean {
  return /^-?0+(\.0+)?$/.test(value);
}

/**
 * The same decimal written one way only, for comparing and fingerprinting: trailing zeros of the
 * decimals dropped ("1234.50" → "1234.5", "12.00" → "12").
 */
export function normalizeDecimal(value: string): string {
  if (!value.includes('.')) return value;
  const trimmed = value.replace(/0+$/, '').replace(/\.$/, '');
  return trimmed === '-0' ? '0' : trimmed;
}

/**
 * A spreadsheet's number (a binary double) as a decimal string: rounded to the 15 significant
 * digits a spreadsheet shows, so 1234.56 (stored as 1234.5599999999999) reads "1234.56".
 * Null when it is not a finite number.
 */
export function decimalFromNumber(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const rounded = Number(n.toPrecision(15));
  let s = String(rounded);
  if (/e/i.test(s)) {
    // Very small or very large: write it out in full, then trim.
    if (Math.abs(rounded) >= 1e21) return BigInt(rounded).toString();
    s = rounded.toFixed(Math.min(20, Math.max(0, -Math.floor(Math.log10(Math.abs(rounded))) + 15)));
    if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  }
  return s === '-0' ? '0' : s;
}

/**
 * The formats among NUMBER_FORMAT_PRESETS that read every sample (empty samples ignored), best
 * first: a format that had to group or split decimals in the samples is preferred over one that
 * merely tolerates them. The mapping screen offers the first as its guess.
 */
export function guessNumberFormats(samples: readonly string[]): NumberFormat[] {
  const texts = samples.map((s) => s.trim()).filter((s) => s !== '');
  if (texts.length === 0) return [];
  const scored: { format: NumberFormat; score: number; order: number }[] = [];
  NUMBER_FORMAT_PRESETS.forEach(({ format }, order) => {
    let score = 0;
    for (const t of texts) {
      const r = parseDecimal(t, format);
      if (!r.ok) return;
      const sep = format.thousands === ' ' ? /[ \u00a0\u202f]/ : format.thousands;
      if (t.includes(format.decimal)) score += 2;
      if (format.thousands !== 'none' && (typeof sep === 'string' ? t.includes(sep) : sep.test(t)))
        score += 1;
    }
    scored.push({ format, score, order });
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.format);
}
