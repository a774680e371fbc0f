import { useOutletContext } from 'react-router';
import type { ChannelOutput } from '../../../../shared/ipc/contract';

/** What case:get answers: the record, its dated status changes, its links to other cases. */
export type CaseView = ChannelOutput<'case:get'>;

/**
 * What a tab of the case page receives (the tabs are child routes rendered in the page's
 * <Outlet />): the case as loaded, and `reload` after a change that touches the case itself.
 */
export interface CaseContext {
  view: CaseView;
  reload: () => Promise<void>;
  /** Opens the case form (the Edit button). */
  edit: () => void;
}

export function useCaseContext(): CaseContext {
  return useOutletContext<CaseContext>();
}
