/**
 * Exhibit numbers sort the way people read them ("E-2" before "E-10", "12/3" before "12/10"):
 * the stored sort key lower-cases the number and pads every run of digits to a fixed width, so
 * the (case_id, exhibit_sort) index gives the list order without sorting in JavaScript.
 */
const WIDTH = 20;

export function exhibitSortKey(exhibitNumber: string): string {
  const padded = exhibitNumber
    .trim()
    .toLowerCase()
    .replace(/\d+/g, (run) => {
      const digits = run.replace(/^0+(?=\d)/, '');
      return digits.length >= WIDTH ? digits : digits.padStart(WIDTH, '0');
    });
  // "E-2" and "E-02" pad alike; the original text after a separator keeps their order stable.
  return `${padded}\u0001${exhibitNumber.trim().toLowerCase()}`;
}

/** "<lot>/<n>" numbers already used after `lotNumber`, e.g. 3 for "M-7/1", "M-7/3". */
export function highestItemNumber(lotNumber: string, existing: readonly string[]): number {
  const prefix = `${lotNumber.trim().toLowerCase()}/`;
  let highest = 0;
  for (const number of existing) {
    const lower = number.toLowerCase();
    if (!lower.startsWith(prefix)) continue;
    const rest = lower.slice(prefix.length);
    if (/^\d{1,9}$/.test(rest)) highest = Math.max(highest, Number(rest));
  }
  return highest;
}
