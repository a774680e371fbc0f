/**
 * A unit's format for case reference numbers, e.g. "ITCG-{YYYY}-{NNNN}" or "KU-{NNN}/{YY}".
 * Placeholders: {YYYY} year, {YY} two-digit year, {N…} a sequence number of at least that many
 * digits. Everything else is literal. An empty pattern accepts any reference.
 */
const TOKEN = /\{(YYYY|YY|N+)\}/g;

export function patternProblem(pattern: string): string | null {
  if (pattern === '') return null;
  const tokens = [...pattern.matchAll(TOKEN)].map((m) => m[1] as string);
  if (!tokens.some((t) => t.startsWith('N'))) return 'the pattern needs a number, e.g. {NNNN}';
  if (/[{}]/.test(pattern.replace(TOKEN, '')))
    return 'unknown placeholder: use {YYYY}, {YY}, {NNNN}';
  if (pattern.length > 60) return 'the pattern is too long';
  return null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function patternRegex(pattern: string): RegExp {
  let source = '';
  let last = 0;
  for (const m of pattern.matchAll(TOKEN)) {
    source += escape(pattern.slice(last, m.index));
    const t = m[1] as string;
    source += t === 'YYYY' ? '(\\d{4})' : t === 'YY' ? '(\\d{2})' : `(\\d{${t.length},})`;
    last = (m.index ?? 0) + m[0].length;
  }
  source += escape(pattern.slice(last));
  return new RegExp(`^${source}$`, 'i');
}

/** The next free reference for `year`, after the highest sequence number already used that year. */
export function nextReference(pattern: string, year: number, existing: readonly string[]): string {
  if (pattern === '') return '';
  const regex = patternRegex(pattern);
  const tokens = [...pattern.matchAll(TOKEN)].map((m) => m[1] as string);
  let highest = 0;
  for (const ref of existing) {
    const m = regex.exec(ref);
    if (!m) continue;
    const values = m.slice(1);
    const sameYear = tokens.every((t, i) => {
      if (t === 'YYYY') return Number(values[i]) === year;
      if (t === 'YY') return Number(values[i]) === year % 100;
      return true;
    });
    if (!sameYear) continue;
    const n = Number(values[tokens.findIndex((t) => t.startsWith('N'))]);
    highest = Math.max(highest, n);
  }
  return pattern.replace(TOKEN, (_, t: string) => {
    if (t === 'YYYY') return String(year);
    if (t === 'YY') return String(year % 100).padStart(2, '0');
    return String(highest + 1).padStart(t.length, '0');
  });
}
