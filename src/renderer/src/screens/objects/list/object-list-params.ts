import { LEGAL_STATUSES, type LegalStatus } from '../../../../../shared/domain/object';
import { OBJECT_LIST_SORTS } from '../../../../../shared/domain/object-views';
import type { SortState } from '../../../components/data/VirtualTable';

export type ObjectSort = (typeof OBJECT_LIST_SORTS)[number];

export interface ObjectFilters {
  typeL1: string | null;
  legalStatus: LegalStatus[];
  seizureId: string | null;
}

export const NO_FILTERS: ObjectFilters = { typeL1: null, legalStatus: [], seizureId: null };
export const DEFAULT_SORT: SortState = { key: 'exhibit', direction: 'asc' };

const isStatus = (s: string): s is LegalStatus => (LEGAL_STATUSES as readonly string[]).includes(s);
export const isObjectSort = (s: string): s is ObjectSort =>
  (OBJECT_LIST_SORTS as readonly string[]).includes(s);

export function activeFilterCount(f: ObjectFilters): number {
  return (f.typeL1 ? 1 : 0) + (f.legalStatus.length > 0 ? 1 : 0) + (f.seizureId ? 1 : 0);
}

/**
 * Filters and sort live in the URL (`?type=coins&status=seized,frozen&seizure=<id>&sort=type:asc`),
 * so going back from an object returns to the same view; `case` and `new` are left alone.
 */
export function readObjectParams(params: URLSearchParams): {
  filters: ObjectFilters;
  sort: SortState;
} {
  const [key = '', direction = ''] = (params.get('sort') ?? '').split(':');
  return {
    filters: {
      typeL1: params.get('type') || null,
      legalStatus: (params.get('status') ?? '').split(',').filter(isStatus),
      seizureId: params.get('seizure') || null,
    },
    sort:
      isObjectSort(key) && (direction === 'asc' || direction === 'desc')
        ? { key, direction }
        : DEFAULT_SORT,
  };
}

export function writeObjectParams(
  params: URLSearchParams,
  filters: ObjectFilters,
  sort: SortState,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string | null) =>
    value ? next.set(name, value) : next.delete(name);
  set('type', filters.typeL1);
  set('status', filters.legalStatus.join(','));
  set('seizure', filters.seizureId);
  const custom = sort.key !== DEFAULT_SORT.key || sort.direction !== DEFAULT_SORT.direction;
  set('sort', custom ? `${sort.key}:${sort.direction}` : null);
  return next;
}
