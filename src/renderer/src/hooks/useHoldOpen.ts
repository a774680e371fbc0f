import { useEffect } from 'react';
import { api } from '../api';
import { settle } from '../lib/settle';

/**
 * Keeps the case file from idle-locking while `hold` is true, by reporting activity halfway to
 * each idle deadline main announces. Used while the recovery key is on screen: it is shown only
 * once, and an idle lock there would lose it before it was written down.
 */
export function useHoldOpen(hold: boolean): void {
  useEffect(() => {
    if (!hold) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const ping = async () => {
      const r = await settle(api.casefile.activity({}));
      if (stopped || !r.ok || !r.value.idleLockAt) return;
      const wait = Math.max(250, (new Date(r.value.idleLockAt).getTime() - Date.now()) / 2);
      timer = setTimeout(() => void ping(), wait);
    };
    void ping();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [hold]);
}
