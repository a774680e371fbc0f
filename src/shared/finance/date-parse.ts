/**
 * Dates as bank statements write them, read strictly into ISO dates ("2024-03-12"): the text
 * must follow the chosen format exactly and name a day that exists (31.02.2024 and 29.02.2023
 * are refused, never rolled over into March).
 *
 * Tokens: DD and MM are two digits, D and M one or two, YYYY four digits, YY two (00–69 →
 * 2000–2069, 70–99 → 1970–1999, the POSIX pivot). Everything else is literal. A time of day may
 * follow the date after a space (or a T): "12.03.2024 14:35" or "…14:35:10"; it is returned apart.
 *
 * Regional conventions: sr, hr, bs, mk, sl (12.03.2024 and, in hr/sr, 12.03.2024. with the final
 * dot), de (12.03.2024), sq (12.03.2024 or 12/03/2024), en-GB (12/03/2024), en-US (03/12/2024),
 * ISO 8601 (2024-03-12), and compact exports (20240312).
 */

export const DATE_FORMATS = [
  'DD.MM.YYYY',
  'D.M.YYYY',
  'DD.MM.YYYY.',
  'D.M.YYYY.',
  'DD.MM.YY',
  'D.M.YY',
  'YYYY-MM-DD',
  'DD/MM/YYYY',
  'D/M/YYYY',
  'DD/MM/YY',
  'MM/DD/YYYY',
  'M/D/YYYY',
  'MM/DD/YY',
  'DD-MM-YYYY',
  'YYYY.MM.DD',
  'YYYY/MM/DD',
  'YYYYMMDD',
] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** Years outside this range are taken for typing errors (12.03.2204), not for dates. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export type DateProblem = 'empty' | 'date-format' | 'no-such-day' | 'year-range';

export type DateParse =
  | { ok: true; date: string; time: string | null }
  | { ok: false; problem: DateProblem; message: string };

interface Compiled {
  regex: RegExp;
  order: ('Y' | 'y' | 'M' | 'D')[];
}

const compiled = new Map<string, Compiled>();

function compile(format: DateFormat): Compiled {
  const known = compiled.get(format);
  if (known) return known;
  const order: Compiled['order'] = [];
  let pattern = '';
  for (let i = 0; i < format.length;) {
    const rest = format.slice(i);
    const token = ['YYYY', 'YY', 'MM', 'DD', 'M', 'D'].find((t) => rest.startsWith(t));
    if (token) {
      pattern += {
        YYYY: '(\\d{4})',
        YY: '(\\d{2})',
        MM: '(\\d{2})',
        DD: '(\\d{2})',
        M: '(\\d{1,2})',
        D: '(\\d{1,2})',
      }[token];
      order.push(token === 'YYYY' ? 'Y' : token === 'YY' ? 'y' : (token[0] as 'M' | 'D'));
      i += token.length;
    } else {
      pattern += (format[i] as string).replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
      i += 1;
    }
  }
  const time = '(?:(?:\\s+|T)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?';
  const result = { regex: new RegExp(`^${pattern}${time}$`), order };
  compiled.set(format, result);
  return result;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Reads `text` as a date in `format`; see the module comment for the rules. */
export function parseDate(text: string, format: DateFormat): DateParse {
  const s = text.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (s === '') return { ok: false, problem: 'empty', message: 'no date' };
  const { regex, order } = compile(format);
  const match = regex.exec(s);
  if (!match) {
    return { ok: false, problem: 'date-format', message: `not a date like ${format}` };
  }
  let year = 0;
  let month = 0;
  let day = 0;
  order.forEach((part, i) => {
    const n = Number(match[i + 1]);
    if (part === 'Y') year = n;
    else if (part === 'y') year = n < 70 ? 2000 + n : 1900 + n;
    else if (part === 'M') month = n;
    else day = n;
  });
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return {
      ok: false,
      problem: 'year-range',
      message: `year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}`,
    };
  }
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
    return { ok: false, problem: 'no-such-day', message: `there is no such day (${s})` };
  }
  const [hh, mm, ss] = match.slice(order.length + 1, order.length + 4);
  let time: string | null = null;
  if (hh !== undefined && mm !== undefined) {
    const h = Number(hh);
    const m = Number(mm);
    const sec = ss === undefined ? null : Number(ss);
    if (h > 23 || m > 59 || (sec !== null && sec > 59)) {
      return { ok: false, problem: 'date-format', message: `not a time of day (${s})` };
    }
    time = `${pad(h)}:${pad(m)}${sec === null ? '' : `:${pad(sec)}`}`;
  }
  return { ok: true, date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, time };
}

/**
 * The formats that read every sample (empty samples ignored), in the order of DATE_FORMATS, with
 * the strict two-digit forms before the lenient ones when both fit. "03/04/2024" fits both
 * DD/MM/YYYY and MM/DD/YYYY: the mapping screen shows the choice rather than guess.
 */
export function guessDateFormats(samples: readonly string[]): DateFormat[] {
  const texts = samples.map((s) => s.trim()).filter((s) => s !== '');
  if (texts.length === 0) return [];
  return DATE_FORMATS.filter((f) => texts.every((t) => parseDate(t, f).ok));
}
