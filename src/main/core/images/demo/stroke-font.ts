import { n, type Point } from './svg';

/**
 * A tiny single-stroke alphabet (Latin and Greek capitals, digits, a few lower-case letters),
 * drawn as paths so that demo photos never depend on which fonts the machine has.
 * Glyphs are designed 140 units tall, baseline at y = 140, with absolute M/L/C/Z commands only.
 */
const GLYPHS: Record<string, { w: number; d: string }> = {
  A: { w: 100, d: 'M0 140L50 0L100 140M20 85L80 85' },
  B: { w: 85, d: 'M0 0L0 140M0 0L45 0C88 0 88 68 45 68L0 68M45 68C96 68 96 140 45 140L0 140' },
  C: { w: 92, d: 'M92 28C78 -6 22 -8 6 40C-6 82 12 142 52 140C74 140 86 128 92 112' },
  D: { w: 88, d: 'M0 0L0 140L38 140C104 140 104 0 38 0Z' },
  E: { w: 80, d: 'M80 0L0 0L0 140L80 140M0 70L62 70' },
  F: { w: 78, d: 'M78 0L0 0L0 140M0 70L60 70' },
  G: { w: 95, d: 'M92 28C78 -6 22 -8 6 40C-6 82 12 142 52 140C82 140 94 118 94 82L56 82' },
  H: { w: 85, d: 'M0 0L0 140M85 0L85 140M0 70L85 70' },
  I: { w: 8, d: 'M4 0L4 140' },
  K: { w: 85, d: 'M0 0L0 140M82 0L0 86M30 58L86 140' },
  L: { w: 76, d: 'M0 0L0 140L76 140' },
  M: { w: 110, d: 'M0 140L0 0L55 112L110 0L110 140' },
  N: { w: 88, d: 'M0 140L0 0L88 140L88 0' },
  O: { w: 100, d: 'M50 0C-17 0 -17 140 50 140C117 140 117 0 50 0Z' },
  P: { w: 80, d: 'M0 140L0 0L45 0C94 0 94 76 45 76L0 76' },
  R: { w: 85, d: 'M0 140L0 0L45 0C94 0 94 76 45 76L0 76M42 76L86 140' },
  S: { w: 84, d: 'M82 22C68 -6 8 -6 6 34C4 72 84 64 84 104C84 146 14 146 0 116' },
  T: { w: 90, d: 'M0 0L90 0M45 0L45 140' },
  U: { w: 86, d: 'M0 0L0 94C0 150 86 150 86 94L86 0' },
  V: { w: 92, d: 'M0 0L46 140L92 0' },
  W: { w: 130, d: 'M0 0L30 140L65 30L100 140L130 0' },
  X: { w: 88, d: 'M0 0L88 140M88 0L0 140' },
  Y: { w: 92, d: 'M0 0L46 70L92 0M46 70L46 140' },
  Z: { w: 86, d: 'M0 0L86 0L0 140L86 140' },
  Γ: { w: 76, d: 'M0 140L0 0L76 0' },
  Δ: { w: 100, d: 'M0 140L50 0L100 140Z' },
  Θ: { w: 100, d: 'M50 0C-17 0 -17 140 50 140C117 140 117 0 50 0ZM26 70L74 70' },
  Λ: { w: 100, d: 'M0 140L50 0L100 140' },
  Ξ: { w: 88, d: 'M4 0L84 0M14 70L74 70M0 140L88 140' },
  Π: { w: 86, d: 'M0 140L0 0L86 0L86 140' },
  Σ: { w: 84, d: 'M84 0L0 0L46 70L0 140L84 140' },
  Φ: { w: 100, d: 'M50 0L50 140M50 26C-12 26 -12 114 50 114C112 114 112 26 50 26Z' },
  Ψ: { w: 100, d: 'M50 0L50 140M0 10C0 90 100 90 100 10' },
  Ω: { w: 110, d: 'M0 140L32 140C-10 108 -6 0 55 0C116 0 120 108 78 140L110 140' },
  0: { w: 80, d: 'M40 0C-13 0 -13 140 40 140C93 140 93 0 40 0Z' },
  1: { w: 50, d: 'M8 26L42 0L42 140' },
  2: { w: 82, d: 'M4 32C12 -10 80 -10 80 36C80 74 0 100 0 140L82 140' },
  3: {
    w: 80,
    d: 'M4 16C28 -10 80 0 76 36C74 60 52 68 34 68C92 68 92 140 42 140C20 140 6 132 0 118',
  },
  4: { w: 86, d: 'M62 140L62 0L0 96L86 96' },
  5: { w: 80, d: 'M76 0L14 0L8 64C30 50 80 52 80 96C80 146 18 148 0 120' },
  6: { w: 82, d: 'M76 10C50 -10 4 4 2 70C0 150 80 150 80 96C80 52 18 46 2 88' },
  7: { w: 80, d: 'M0 0L80 0L28 140' },
  8: { w: 82, d: 'M41 68C0 68 4 0 41 0C78 0 82 68 41 68C-4 68 -4 140 41 140C86 140 86 68 41 68Z' },
  9: { w: 82, d: 'M80 54C78 94 4 94 4 48C4 -10 80 -10 80 56C80 120 46 146 8 132' },
  '.': { w: 0, d: 'M0 136L0 140' },
  '/': { w: 56, d: 'M56 0L0 140' },
  '-': { w: 46, d: 'M0 78L46 78' },
  ':': { w: 0, d: 'M0 52L0 56M0 136L0 140' },
  c: { w: 60, d: 'M58 70C44 48 0 50 0 96C0 146 48 146 60 124' },
  f: { w: 44, d: 'M44 6C24 -6 14 10 14 32L14 140M0 58L40 58' },
  m: { w: 92, d: 'M0 140L0 52M0 80C4 50 46 44 46 80L46 140M46 80C50 50 92 44 92 80L92 140' },
  r: { w: 50, d: 'M0 140L0 52M0 86C10 56 34 50 50 54' },
  v: { w: 62, d: 'M0 52L31 140L62 52' },
};

/** Greek capitals that look like Latin ones reuse them. */
const ALIASES: Record<string, string> = {
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
};

const SPACE = 60;
const TRACKING = 34;

interface Command {
  op: string;
  points: Point[];
}

const parsed = new Map<string, { w: number; commands: Command[] }>();

function glyph(char: string): { w: number; commands: Command[] } | undefined {
  const key = ALIASES[char] ?? char;
  const cached = parsed.get(key);
  if (cached) return cached;
  const source = GLYPHS[key];
  if (!source) return undefined;
  const commands: Command[] = [];
  for (const [, op, args] of source.d.matchAll(/([MLCZ])([^MLCZ]*)/g)) {
    const numbers = (args ?? '')
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    const points: Point[] = [];
    for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i]!, numbers[i + 1]!]);
    commands.push({ op: op!, points });
  }
  const result = { w: source.w, commands };
  parsed.set(key, result);
  return result;
}

/** Width of the text in glyph units (multiply by height / 140 for drawing units). */
export function textWidth(text: string): number {
  let w = 0;
  for (const char of text) {
    const g = char === ' ' ? undefined : glyph(char);
    w += (g ? g.w : SPACE) + TRACKING;
  }
  return Math.max(0, w - TRACKING);
}

/**
 * Path data for the text. `place` maps a point in text space (x along the baseline from 0,
 * y upwards negative, both already scaled to `height`) to the drawing, so the same glyphs can
 * run straight, rotated, or round the rim of a coin.
 */
export function textPath(
  text: string,
  height: number,
  place: (x: number, y: number) => Point,
): string {
  const s = height / 140;
  let advance = 0;
  let d = '';
  for (const char of text) {
    const g = char === ' ' ? undefined : glyph(char);
    if (g) {
      for (const { op, points } of g.commands) {
        d += op;
        d += points
          .map(([x, y]) => {
            const [px, py] = place((advance + x) * s, (y - 140) * s);
            return `${n(px)} ${n(py)}`;
          })
          .join(' ');
      }
    }
    advance += (g ? g.w : SPACE) + TRACKING;
  }
  return d;
}

export interface StraightText {
  x: number;
  y: number;
  height: number;
  anchor?: 'start' | 'middle' | 'end';
  /** Degrees, clockwise. */
  rotate?: number;
}

export function straightTextPath(
  text: string,
  { x, y, height, anchor = 'start', rotate = 0 }: StraightText,
): string {
  const width = (textWidth(text) * height) / 140;
  const shift = anchor === 'middle' ? width / 2 : anchor === 'end' ? width : 0;
  const a = (rotate * Math.PI) / 180;
  const [cos, sin] = [Math.cos(a), Math.sin(a)];
  return textPath(text, height, (tx, ty) => {
    const u = tx - shift;
    return [x + u * cos - ty * sin, y + u * sin + ty * cos];
  });
}

/** Stroke attributes that make a path look like lettering. */
export function lettering(color: string, width: number, extra = ''): string {
  return `fill="none" stroke="${color}" stroke-width="${n(width)}" stroke-linecap="round" stroke-linejoin="round"${extra ? ` ${extra}` : ''}`;
}
