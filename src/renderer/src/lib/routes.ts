import type { EventPayload } from '../../../shared/ipc/events';

export type LockReason = EventPayload<'casefile:locked'>['reason'];

const withQuery = (path: string, query: Record<string, string | undefined>): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const q = params.toString();
  return q ? `${path}?${q}` : path;
};

/** Every route of the app; the case file's path travels in the query, so a reload keeps it. */
export const routes = {
  welcome: '/',
  create: (path: string) => withQuery('/create', { path }),
  unlock: (path: string, reason?: LockReason) =>
    withQuery('/unlock', { path, reason: reason === 'user' ? undefined : reason }),
  recover: (path: string) => withQuery('/recover', { path }),
  overview: '/case-file/overview',
  area: (area: string) => `/case-file/${area}`,
  search: (query: string) => withQuery('/case-file/search', { q: query }),
};
