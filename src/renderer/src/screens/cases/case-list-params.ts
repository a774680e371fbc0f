import { CASE_STATUSES, type CaseStatus } from '../../../../shared/domain/case';
import type { SortState } from '../../components/data/VirtualTable';

export interface CaseFilters {
  status: CaseStatus[];
  offence: string | null;
  openedFrom: string | null;
  openedTo: string | null;
}

export const NO_FILTERS: CaseFilters = {
  status: [],
  offence: null,
  openedFrom: null,
  openedTo: null,
};
export const DEFAULT_SORT: SortState = { key: 'openedOn', direction: 'desc' };

const isStatus = (s: string): s is CaseStatus => (CASE_STATUSES as readonly string[]).includes(s);
const isDate = (s: string | null): s is string => s !== null && /^\d{4}-\d{2}-\d{2}$/.test(s);

export function activeFilterCount(f: CaseFilters): number {
  return (
    (f.status.length > 0 ? 1 : 0) +
    (f.offence ? 1 : 0) +
    (f.openedFrom ? 1 : 0) +
    (f.openedTo ? 1 : 0)
  );
}

/**
 * The list's filters and sort live in the URL (`?status=open,referred&sort=title:asc`), so going
 * back from a case returns to the same view and a reload keeps it.
 */
export function readListParams(
  params: URLSearchParams,
  sortKeys: readonly string[],
): { filters: CaseFilters; sort: SortState } {
  const status = (params.get('status') ?? '').split(',').filter(isStatus);
  const from = params.get('from');
  const to = params.get('to');
  const [key = '', direction = ''] = (params.get('sort') ?? '').split(':');
  return {
    filters: {
      status,
      offence: params.get('offence') || null,
      openedFrom: isDate(from) ? from : null,
      openedTo: isDate(to) ? to : null,
    },
    sort:
      sortKeys.includes(key) && (direction === 'asc' || direction === 'desc')
        ? { key, direction }
        : DEFAULT_SORT,
  };
}

export function listParams(filters: CaseFilters, sort: SortState): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status.length > 0) params.set('status', filters.status.join(','));
  if (filters.offence) params.set('offence', filters.offence);
  if (filters.openedFrom) params.set('from', filters.openedFrom);
  if (filters.openedTo) params.set('to', filters.openedTo);
  if (sort.key !== DEFAULT_SORT.key || sort.direction !== DEFAULT_SORT.direction) {
    params.set('sort', `${sort.key}:${sort.direction}`);
  }
  return params;
}
