import { useCallback, useEffect, useState } from 'react';
import type {
  ConsultationView,
  ExpertView,
  ObjectOpinions,
} from '../../../../shared/domain/expert-views';
import { api } from '../../api';
import { useIpc } from '../../lib/useIpc';

/**
 * An object's opinions and their summary (opinion:for-object), with `reload` after a change;
 * null until the first answer (and again when the object changes).
 */
export function useObjectOpinions(objectId: string): {
  data: ObjectOpinions | null;
  reload: () => Promise<void>;
} {
  const call = useIpc();
  const [loaded, setLoaded] = useState<{ objectId: string; data: ObjectOpinions } | null>(null);
  const reload = useCallback(async () => {
    const data = await call(api.opinion.forObject({ objectId }));
    if (data) setLoaded({ objectId, data });
  }, [call, objectId]);
  useEffect(() => {
    let live = true;
    void call(api.opinion.forObject({ objectId })).then((data) => {
      if (live && data) setLoaded({ objectId, data });
    });
    return () => {
      live = false;
    };
  }, [call, objectId]);
  return { data: loaded?.objectId === objectId ? loaded.data : null, reload };
}

/** The consultations of a case (consultation:list), null until the answer. */
export function useCaseConsultations(caseId: string): readonly ConsultationView[] | null {
  const call = useIpc();
  const [loaded, setLoaded] = useState<{
    caseId: string;
    rows: readonly ConsultationView[];
  } | null>(null);
  useEffect(() => {
    let live = true;
    void call(api.consultation.list({ caseId })).then((rows) => {
      if (live && rows) setLoaded({ caseId, rows });
    });
    return () => {
      live = false;
    };
  }, [call, caseId]);
  return loaded?.caseId === caseId ? loaded.rows : null;
}

/** The whole directory, retired experts included (an earlier opinion may name one). */
export function useExperts(): readonly ExpertView[] | null {
  const call = useIpc();
  const [experts, setExperts] = useState<readonly ExpertView[] | null>(null);
  useEffect(() => {
    let live = true;
    void call(api.expert.list({ includeInactive: true })).then((rows) => {
      if (live && rows) setExperts(rows);
    });
    return () => {
      live = false;
    };
  }, [call]);
  return experts;
}
