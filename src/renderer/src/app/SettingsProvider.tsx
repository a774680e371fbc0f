import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Settings } from '../../../shared/ipc/schemas';
import { api } from '../api';
import { setLanguage } from '../i18n';
import { settle } from '../lib/settle';
import { useIpc } from '../lib/useIpc';
import { SettingsContext, type SettingsValue } from './settings-context';

/** The device's settings (language, idle lock, recent list); the language applies at once. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const call = useIpc();
  const [loaded, setLoaded] = useState(false);
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    let live = true;
    void settle(api.settings.get({})).then(async (result) => {
      if (!live) return;
      if (result.ok) {
        setSettings(result.value);
        await setLanguage(result.value.language);
      }
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, []);

  const update = useCallback(
    async (change: Partial<Settings>) => {
      const saved = await call(api.settings.set(change));
      if (!saved) return false;
      setSettings(saved);
      await setLanguage(saved.language);
      return true;
    },
    [call],
  );

  const value = useMemo<SettingsValue>(
    () => ({ loaded, settings, update }),
    [loaded, settings, update],
  );
  return <SettingsContext value={value}>{children}</SettingsContext>;
}
