/**
 * Slows down guessing through the UI: after three wrong attempts on a case file, each further
 * attempt waits 2, 4, 8 … up to 60 seconds. (The memory-hard KDF is what stops offline guessing.)
 */
const FREE_ATTEMPTS = 3;
const MAX_DELAY_MS = 60_000;

export class UnlockThrottle {
  private readonly failures = new Map<string, { count: number; lastAt: number }>();

  /** Milliseconds to wait before the next attempt on `key` is accepted (0: go ahead). */
  waitMs(key: string, now: number): number {
    const f = this.failures.get(key);
    if (!f || f.count < FREE_ATTEMPTS) return 0;
    const delay = Math.min(MAX_DELAY_MS, 2000 * 2 ** (f.count - FREE_ATTEMPTS));
    return Math.max(0, f.lastAt + delay - now);
  }

  failed(key: string, now: number): void {
    const f = this.failures.get(key);
    this.failures.set(key, { count: (f?.count ?? 0) + 1, lastAt: now });
  }

  succeeded(key: string): void {
    this.failures.delete(key);
  }
}
