import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CaseFileSummary } from '../../../shared/ipc/schemas';
import { api } from '../api';
import type { LockReason } from '../lib/routes';
import { settle } from '../lib/settle';
import { SessionContext, type LockedCaseFile, type SessionValue } from './session-context';

/** Which case file is unlocked, as main last told us. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [loaded, setLoaded] = useState(false);
  const [summary, setSummary] = useState<CaseFileSummary | null>(null);
  const [lastLocked, setLastLocked] = useState<LockedCaseFile | null>(null);
  // A lock event and the Lock button can race; the ref makes `closed` answer only once.
  const current = useRef<CaseFileSummary | null>(null);

  useEffect(() => {
    let live = true;
    void settle(api.casefile.status({})).then((result) => {
      if (!live) return;
      if (result.ok && result.value.state === 'unlocked') {
        current.current = result.value.summary;
        setSummary(result.value.summary);
      }
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, []);

  const opened = useCallback((next: CaseFileSummary) => {
    current.current = next;
    setSummary(next);
    setLastLocked(null);
  }, []);

  const closed = useCallback((reason: LockReason) => {
    const was = current.current;
    if (!was) return null;
    current.current = null;
    setSummary(null);
    setLastLocked({ path: was.path, reason });
    return was;
  }, []);

  const value = useMemo<SessionValue>(
    () => ({ loaded, summary, lastLocked, opened, closed }),
    [loaded, summary, lastLocked, opened, closed],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}
