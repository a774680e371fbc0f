import { createContext } from 'react';
import type { CaseFileSummary } from '../../../shared/ipc/schemas';
import type { LockReason } from '../lib/routes';

export interface LockedCaseFile {
  path: string;
  reason: LockReason;
}

export interface SessionValue {
  /** The first casefile:status call has answered (or failed). */
  loaded: boolean;
  /** The unlocked case file, or null when none is open. */
  summary: CaseFileSummary | null;
  /** The case file locked last in this window, so screens can offer to unlock it again. */
  lastLocked: LockedCaseFile | null;
  /** A case file was created, unlocked or recovered. */
  opened: (summary: CaseFileSummary) => void;
  /** The case file was locked; returns what was open, or null if it was already closed. */
  closed: (reason: LockReason) => CaseFileSummary | null;
}

export const SessionContext = createContext<SessionValue | null>(null);
