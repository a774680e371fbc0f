import { useOutletContext } from 'react-router';
import type { ObjectView } from '../../../../shared/domain/object-views';

/**
 * What a part of the object page receives (each is a child route rendered in the page's
 * <Outlet />): the object as loaded with its histories, `reload` after a change, and the case.
 */
export interface ObjectContext {
  view: ObjectView;
  reload: () => Promise<void>;
  caseReference: string;
  /** Called with a record main returned after a change, before the reload brings the rest. */
  replaceRecord: (record: ObjectView['record']) => void;
}

export function useObjectContext(): ObjectContext {
  return useOutletContext<ObjectContext>();
}
