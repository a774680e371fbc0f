import { useEffect, useState } from 'react';
import { OBJECT_LIST_MAX, type ObjectSummary } from '../../../../shared/domain/object-views';
import { api } from '../../api';
import { useIpc } from '../../lib/useIpc';

/**
 * The first objects of a case in exhibit order (at most one page, OBJECT_LIST_MAX): enough to
 * pick related objects or a photo to compare with, and to name the ones a record points to.
 */
export function useCaseObjects(caseId: string, enabled = true): readonly ObjectSummary[] | null {
  const call = useIpc();
  const [loaded, setLoaded] = useState<{ caseId: string; rows: readonly ObjectSummary[] } | null>(
    null,
  );
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void call(api.object.list({ caseId, limit: OBJECT_LIST_MAX })).then((page) => {
      if (live && page) setLoaded({ caseId, rows: page.rows });
    });
    return () => {
      live = false;
    };
  }, [call, caseId, enabled]);
  return loaded?.caseId === caseId ? loaded.rows : null;
}
