/** Routes inside the Cases area; a case's tabs are routes too, so each can be linked and reloaded. */
export const CASE_TABS = [
  'overview',
  'journal',
  'parties',
  'seizures',
  'objects',
  'documents',
  'findings',
  'timeline',
  'money',
  'links',
  'experts',
  'indicators',
  'reports',
] as const;
export type CaseTab = (typeof CASE_TABS)[number];

export const caseRoutes = {
  list: '/case-file/cases',
  case: (id: string) => `/case-file/cases/${id}`,
  tab: (id: string, tab: CaseTab) =>
    tab === 'overview' ? `/case-file/cases/${id}` : `/case-file/cases/${id}/${tab}`,
};

/** The tab a case page path shows: `/case-file/cases/<id>/<tab>`, the overview without one. */
export function tabOfPath(pathname: string): CaseTab {
  const segment = pathname.split('/')[4] ?? '';
  return (CASE_TABS as readonly string[]).includes(segment) ? (segment as CaseTab) : 'overview';
}
