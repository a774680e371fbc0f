import { caseRoutes } from '../../cases/case-routes';

/** Routes of a case's consultations: its Experts tab, and one consultation (a child route). */
export const consultationRoutes = {
  list: (caseId: string) => caseRoutes.tab(caseId, 'experts'),
  consultation: (caseId: string, id: string) =>
    `${caseRoutes.tab(caseId, 'experts')}/${encodeURIComponent(id)}`,
  /** The directory of experts with one expert's row picked. */
  expert: (expertId: string) => `/case-file/experts?expert=${encodeURIComponent(expertId)}`,
};
