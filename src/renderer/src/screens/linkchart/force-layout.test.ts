import { describe, expect, it } from 'vitest';
import { paymentWidth } from './chart-style';
import { forceLayout } from './force-layout';

const dist = (p: Float64Array, a: number, b: number) =>
  Math.hypot(p[2 * a]! - p[2 * b]!, p[2 * a + 1]! - p[2 * b + 1]!);

describe('forceLayout', () => {
  it('spreads the nodes, keeps linked ones close and is repeatable', () => {
    // Two groups of 40 nodes, each a ring with chords, joined by one link.
    const source: number[] = [];
    const target: number[] = [];
    for (const base of [0, 40]) {
      for (let i = 0; i < 40; i++) {
        source.push(base + i, base + i);
        target.push(base + ((i + 1) % 40), base + ((i + 7) % 40));
      }
    }
    source.push(0);
    target.push(40);
    const p = forceLayout(80, source, target, { iterations: 150, length: 40 });
    expect(forceLayout(80, source, target, { iterations: 150, length: 40 })).toEqual(p);
    let closest = Infinity;
    for (let a = 0; a < 80; a++)
      for (let b = a + 1; b < 80; b++) closest = Math.min(closest, dist(p, a, b));
    expect(closest).toBeGreaterThan(5);
    const mean = (pairs: [number, number][]) =>
      pairs.reduce((s, [a, b]) => s + dist(p, a, b), 0) / pairs.length;
    const linked = mean(source.map((s, i) => [s, target[i]!]));
    const across = mean(Array.from({ length: 40 }, (_, i) => [i, 40 + ((i + 20) % 40)]));
    expect(linked).toBeLessThan(across / 2);
    expect([...p].every(Number.isFinite)).toBe(true);
  });

  it('copes with no links, one node and coincident ends', () => {
    expect(forceLayout(1, [], [])).toHaveLength(2);
    const p = forceLayout(5, [0, 1, 1], [0, 2, 2], { iterations: 20 });
    expect([...p].every(Number.isFinite)).toBe(true);
  });
});

describe('paymentWidth', () => {
  it('grows with the tenfold of the total, between 1 and 9 px', () => {
    expect(paymentWidth('50.00')).toBe(1);
    expect(paymentWidth('1000')).toBeCloseTo(2.5);
    expect(paymentWidth('100000')).toBeCloseTo(5.5);
    expect(paymentWidth('1000000000000')).toBe(9);
    expect(paymentWidth('not a number')).toBe(1);
  });
});
