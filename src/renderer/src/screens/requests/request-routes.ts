import { caseRoutes } from '../cases/case-routes';

/** Routes of a case's international requests: the Reports tab, and one request. */
export const requestRoutes = {
  list: (caseId: string) => caseRoutes.tab(caseId, 'reports'),
  request: (caseId: string, id: string) =>
    `${caseRoutes.tab(caseId, 'reports')}/requests/${encodeURIComponent(id)}`,
};
