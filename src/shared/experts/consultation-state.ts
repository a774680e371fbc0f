import type { ConsultationState, ConsultationStatus } from '../domain/expert';

/**
 * A consultation's state as the screens and the letter register show it. "Overdue" is never
 * stored: a request that was sent, has not been answered and whose deadline lies before `today`
 * is overdue from the day after the deadline, counted in whole calendar days. `today` comes from
 * the injected clock (the core passes the clock's UTC date), so tests can move time exactly.
 */
export interface ConsultationDates {
  status: ConsultationStatus;
  deadline: string | null;
  sentOn: string | null;
  receivedOn: string | null;
}

export interface DerivedState {
  state: ConsultationState;
  overdueDays: number | null;
  turnaroundDays: number | null;
}

const DAY_MS = 86_400_000;

/** Whole days from one calendar date (YYYY-MM-DD) to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The calendar date of an instant, in UTC (YYYY-MM-DD). */
export function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function consultationState(c: ConsultationDates, today: string): DerivedState {
  const turnaroundDays =
    c.status === 'received' && c.sentOn !== null && c.receivedOn !== null
      ? Math.max(0, daysBetween(c.sentOn, c.receivedOn))
      : null;
  if (c.status === 'sent' && c.deadline !== null) {
    const late = daysBetween(c.deadline, today);
    if (late >= 1) return { state: 'overdue', overdueDays: late, turnaroundDays: null };
  }
  return { state: c.status, overdueDays: null, turnaroundDays };
}

/** The median of whole-day turnarounds (the mean of the two middle ones for an even count). */
export function medianDays(days: readonly number[]): number | null {
  if (days.length === 0) return null;
  const sorted = [...days].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
