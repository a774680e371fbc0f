import { useEffect } from 'react';
import { api } from '../api';
import { settle } from '../lib/settle';

/** Main postpones the idle lock on each report; one every 20 s is plenty and cheap. */
const REPORT_INTERVAL_MS = 20_000;
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel'] as const;

/** While a case file is unlocked, tells main that the person is still at work. */
export function useActivityReporter(active: boolean): void {
  useEffect(() => {
    if (!active) return undefined;
    // Unlocking was itself activity, so the first report can wait a full interval.
    let last = Date.now();
    const onInput = () => {
      const now = Date.now();
      if (now - last < REPORT_INTERVAL_MS) return;
      last = now;
      void settle(api.casefile.activity({}));
    };
    const options = { capture: true, passive: true } as const;
    for (const name of INPUT_EVENTS) window.addEventListener(name, onInput, options);
    return () => {
      for (const name of INPUT_EVENTS) window.removeEventListener(name, onInput, options);
    };
  }, [active]);
}
