import { useCallback, useEffect, useState } from 'react';
import type { ObservationView, Suggestion } from '../../../../../shared/domain/indicator';
import { api } from '../../../api';
import { useIpc } from '../../../lib/useIpc';

/**
 * One object's answer from main, asked again when `refreshKey` changes or `reload` is called;
 * null until the first answer for this object.
 */
function useObjectQuery<T>(
  objectId: string,
  ask: () => Promise<T | undefined>,
  refreshKey: number,
): { data: T | null; reload: () => Promise<void> } {
  const [loaded, setLoaded] = useState<{ objectId: string; data: T } | null>(null);
  const reload = useCallback(async () => {
    const data = await ask();
    if (data !== undefined) setLoaded({ objectId, data });
  }, [ask, objectId]);
  useEffect(() => {
    let live = true;
    void ask().then((data) => {
      if (live && data !== undefined) setLoaded({ objectId, data });
    });
    return () => {
      live = false;
    };
  }, [ask, objectId, refreshKey]);
  return { data: loaded?.objectId === objectId ? loaded.data : null, reload };
}

/** The observations on an object (observation:list with the object). */
export function useObjectObservations(caseId: string, objectId: string, refreshKey: number) {
  const call = useIpc();
  const ask = useCallback(
    () => call(api.observation.list({ caseId, objectId })),
    [call, caseId, objectId],
  );
  return useObjectQuery<ObservationView[]>(objectId, ask, refreshKey);
}

/** The suggestions concerning an object (suggestion:list with the object), every state. */
export function useObjectSuggestions(caseId: string, objectId: string, refreshKey: number) {
  const call = useIpc();
  const ask = useCallback(
    () => call(api.suggestion.list({ caseId, objectId })),
    [call, caseId, objectId],
  );
  return useObjectQuery<Suggestion[]>(objectId, ask, refreshKey);
}
