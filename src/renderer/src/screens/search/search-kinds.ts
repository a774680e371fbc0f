import {
  IconBuildingBank,
  IconBuildingMonument,
  IconCash,
  IconFileText,
  IconFolder,
  IconGavel,
  IconNotebook,
  IconUser,
  IconWorld,
  type Icon,
} from '@tabler/icons-react';
import type { SearchHit, SearchKind } from '../../../../shared/domain/search-views';
import { caseRoutes } from '../cases/case-routes';
import { objectRoutes } from '../objects/object-routes';
import { partyRoutes } from '../parties/party-routes';
import { requestRoutes } from '../requests/request-routes';
import { seizureRoutes } from '../seizures/seizure-routes';

export const KIND_ICONS: Record<SearchKind, Icon> = {
  case: IconFolder,
  party: IconUser,
  seizure: IconGavel,
  object: IconBuildingMonument,
  journal: IconNotebook,
  document: IconFileText,
  account: IconBuildingBank,
  payment: IconCash,
  request: IconWorld,
};

/**
 * Where a result opens: its own page, or the part of its case that shows it (accounts and
 * payments: the money tab's view of them; the money screens have no focus on one record).
 */
export function hitRoute(hit: SearchHit): string | null {
  switch (hit.kind) {
    case 'case':
      return caseRoutes.case(hit.entityId);
    case 'party':
      return partyRoutes.party(hit.entityId);
    case 'object':
      return objectRoutes.object(hit.entityId);
    case 'seizure':
      return hit.caseId ? seizureRoutes.seizure(hit.caseId, hit.entityId) : null;
    case 'journal':
      return hit.caseId ? caseRoutes.tab(hit.caseId, 'journal') : null;
    case 'document':
      return hit.caseId
        ? `${caseRoutes.tab(hit.caseId, 'documents')}?document=${hit.entityId}`
        : null;
    case 'account':
      return hit.caseId ? `${caseRoutes.tab(hit.caseId, 'money')}?view=accounts` : null;
    case 'payment':
      return hit.caseId ? caseRoutes.tab(hit.caseId, 'money') : null;
    case 'request':
      return hit.caseId ? requestRoutes.request(hit.caseId, hit.entityId) : null;
  }
}
