import { useCallback, useEffect, useState } from 'react';
import type { DocumentView } from '../../../../shared/domain/document';
import { api } from '../../api';
import { useIpc } from '../../lib/useIpc';

/**
 * The documents of a case (document:list), with `reload` after a change. `documents` is null
 * until the first answer (and again when the case changes).
 */
export function useCaseDocuments(
  caseId: string,
  enabled = true,
): { documents: readonly DocumentView[] | null; reload: () => Promise<void> } {
  const call = useIpc();
  const [loaded, setLoaded] = useState<{ caseId: string; rows: readonly DocumentView[] } | null>(
    null,
  );
  const reload = useCallback(async () => {
    const rows = await call(api.document.list({ caseId }));
    if (rows) setLoaded({ caseId, rows });
  }, [call, caseId]);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void call(api.document.list({ caseId })).then((rows) => {
      if (live && rows) setLoaded({ caseId, rows });
    });
    return () => {
      live = false;
    };
  }, [call, caseId, enabled]);
  return { documents: loaded?.caseId === caseId ? loaded.rows : null, reload };
}
