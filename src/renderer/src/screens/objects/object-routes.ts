/** Routes of the Objects area: a case's objects, one object and its parts (each part a route). */
export const OBJECT_TABS = [
  'description',
  'lot',
  'legal',
  'provenance',
  'opinions',
  'indicators',
  'checks',
  'custody',
  'photos',
] as const;
export type ObjectTab = (typeof OBJECT_TABS)[number];

const withQuery = (path: string, query: Record<string, string | undefined>): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const q = params.toString();
  return q ? `${path}?${q}` : path;
};

export const objectRoutes = {
  /** The sidebar area: the objects of one case, picked in the screen (`?case=`). */
  area: (caseId?: string) => withQuery('/case-file/objects', { case: caseId }),
  /** The case page's Objects tab. */
  caseTab: (caseId: string) => `/case-file/cases/${caseId}/objects`,
  /**
   * The case's Objects tab with the form for a new object open, its seizure chosen: the link a
   * seizure's page gives for "New object".
   */
  newInSeizure: (caseId: string, seizureId: string) =>
    withQuery(`/case-file/cases/${caseId}/objects`, { seizure: seizureId, new: '1' }),
  object: (id: string) => `/case-file/objects/${id}`,
  tab: (id: string, tab: ObjectTab) =>
    tab === 'description' ? `/case-file/objects/${id}` : `/case-file/objects/${id}/${tab}`,
};

/** The part an object page path shows: `/case-file/objects/<id>/<tab>`, the description without. */
export function objectTabOfPath(pathname: string): ObjectTab {
  const segment = pathname.split('/')[4] ?? '';
  return (OBJECT_TABS as readonly string[]).includes(segment)
    ? (segment as ObjectTab)
    : 'description';
}
