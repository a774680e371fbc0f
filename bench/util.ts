import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function benchDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'custodia-bench-'));
}

export function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Runs `fn` `times` times and returns the median duration in ms. */
export async function timeMedian(
  times: number,
  fn: () => unknown | Promise<unknown>,
): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = process.hrtime.bigint();
    await fn();
    runs.push(ms(t));
  }
  return median(runs);
}

export function removeDbFiles(file: string): void {
  for (const s of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + s, { force: true });
}

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** Human statement of the target, e.g. "≤ 1.30". */
  target?: string;
  pass?: boolean;
}
