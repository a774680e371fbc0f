import { useEffect, useState } from 'react';
import { partyDisplayName } from '../../../../shared/domain/party';
import type { PartySummary } from '../../../../shared/domain/party-views';
import { api } from '../../api';
import { useIpc } from '../../lib/useIpc';

/**
 * The parties a record refers to by id (a seizure's holder, consignor, consignee), by id; null
 * until all are read. A party that no longer exists is left out.
 */
export function usePartySummaries(
  ids: readonly string[],
): ReadonlyMap<string, PartySummary> | null {
  const call = useIpc();
  const key = [...ids].sort().join(',');
  const [loaded, setLoaded] = useState<{ key: string; map: Map<string, PartySummary> } | null>(
    null,
  );

  useEffect(() => {
    let live = true;
    const wanted = key ? key.split(',') : [];
    void Promise.all(wanted.map((id) => call(api.party.get({ id }), () => true))).then((views) => {
      if (!live) return;
      const map = new Map<string, PartySummary>();
      for (const v of views) {
        if (!v) continue;
        const r = v.record;
        map.set(r.id, { id: r.id, kind: r.kind, name: partyDisplayName(r), flags: r.flags });
      }
      setLoaded({ key, map });
    });
    return () => {
      live = false;
    };
  }, [call, key]);

  return loaded?.key === key ? loaded.map : null;
}
