import { useContext } from 'react';
import { SettingsContext, type SettingsValue } from '../app/settings-context';

export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings outside SettingsProvider');
  return value;
}
