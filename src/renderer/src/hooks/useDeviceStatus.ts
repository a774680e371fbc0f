import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { settle } from '../lib/settle';

export interface DeviceStatus {
  available: boolean;
  remembered: { operatorName: string } | null;
}

/** Whether this workstation can remember case files, and what it remembers for `path`. */
export function useDeviceStatus(path: string | null): [DeviceStatus | null, () => void] {
  const [status, setStatus] = useState<DeviceStatus | null>(null);
  const refresh = useCallback(() => {
    if (!path) return;
    void settle(api.device.status({ path })).then((r) => setStatus(r.ok ? r.value : null));
  }, [path]);
  useEffect(refresh, [refresh]);
  return [status, refresh];
}
