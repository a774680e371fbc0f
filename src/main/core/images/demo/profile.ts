import type { Point } from './svg';

/**
 * A classical head in profile facing right, in a 100 × 100 box (crown at the top, neck cut at
 * y = 100). Shared by the coin portrait and the marble head.
 */
export const PROFILE: readonly Point[] = [
  [34, 100],
  [31, 88],
  [26, 76],
  [19, 65],
  [15, 53],
  [15, 40],
  [20, 27],
  [30, 16],
  [43, 9],
  [57, 8],
  [68, 13],
  [75, 22],
  [77, 31],
  [78, 37],
  [76, 41],
  [79, 46],
  [83, 53],
  [84, 56],
  [80, 58],
  [78, 59],
  [79, 62],
  [77, 64],
  [79, 67],
  [75, 70],
  [77, 74],
  [75, 79],
  [68, 82],
  [62, 85],
  [62, 92],
  [63, 100],
];

/** Key points of the face, in the same box. */
export const FACE = {
  eye: [68, 37] as Point,
  ear: [43, 47] as Point,
  nose: [83, 55] as Point,
  mouth: [77, 64] as Point,
  chin: [75, 78] as Point,
};

export function scalePoints(points: readonly Point[], s: number, dx: number, dy: number): Point[] {
  return points.map(([x, y]) => [x * s + dx, y * s + dy]);
}
