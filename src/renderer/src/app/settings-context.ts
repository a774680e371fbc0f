import { createContext } from 'react';
import type { Settings } from '../../../shared/ipc/schemas';

export interface SettingsValue {
  loaded: boolean;
  /** null until main answers (or when it could not). */
  settings: Settings | null;
  /** Saves a change; resolves to false when main refused it (the error was shown). */
  update: (change: Partial<Settings>) => Promise<boolean>;
}

export const SettingsContext = createContext<SettingsValue | null>(null);
