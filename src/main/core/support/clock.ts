import { randomUUID } from 'node:crypto';

/** Core services take time and identifiers from here, so tests can make them exact. */
export interface Clock {
  now(): Date;
}
export interface IdGenerator {
  next(): string;
}

export const systemClock: Clock = { now: () => new Date() };
export const randomIds: IdGenerator = { next: () => randomUUID() };

/** A clock that starts at `start` and advances by `stepMs` on every reading. */
export function fixedClock(start: Date, stepMs = 1000): Clock {
  let t = start.getTime();
  return {
    now: () => {
      const d = new Date(t);
      t += stepMs;
      return d;
    },
  };
}

/** Deterministic UUID-shaped identifiers: `00000000-0000-4000-8000-000000000001`, … */
export function sequentialIds(prefix = '00000000'): IdGenerator {
  let n = 0;
  return {
    next: () => {
      n += 1;
      return `${prefix}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
    },
  };
}

export interface Runtime {
  clock: Clock;
  ids: IdGenerator;
}

export const defaultRuntime: Runtime = { clock: systemClock, ids: randomIds };
