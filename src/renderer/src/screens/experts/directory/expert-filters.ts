import type { ExpertListQuery } from '../../../../../shared/domain/expert-views';

/** The directory's filters as the bar edits them; kept in the address so "back" returns to them. */
export interface ExpertFilterState {
  /** As typed (main folds case, diacritics and script). */
  text: string;
  field: string | null;
  country: string | null;
  language: string | null;
  includeRetired: boolean;
}

export const NO_EXPERT_FILTERS: ExpertFilterState = {
  text: '',
  field: null,
  country: null,
  language: null,
  includeRetired: false,
};

/** The address parameters: `?q=&field=&country=&lang=&retired=1`, and the open expert. */
export const EXPERT_PARAMS = {
  text: 'q',
  field: 'field',
  country: 'country',
  language: 'lang',
  retired: 'retired',
  expert: 'expert',
} as const;

const COUNTRY = /^[A-Z]{2}$/;
const LANGUAGE = /^[a-z]{2,3}$/;
const CODE = /^[a-z0-9][a-z0-9_.-]{0,63}$/;

/** The filters an address holds; a malformed value is left out rather than refused by main. */
export function filtersFromParams(params: URLSearchParams): ExpertFilterState {
  const valid = (value: string | null, pattern: RegExp) =>
    value !== null && pattern.test(value) ? value : null;
  return {
    text: (params.get(EXPERT_PARAMS.text) ?? '').slice(0, 200),
    field: valid(params.get(EXPERT_PARAMS.field), CODE),
    country: valid(params.get(EXPERT_PARAMS.country)?.toUpperCase() ?? null, COUNTRY),
    language: valid(params.get(EXPERT_PARAMS.language)?.toLowerCase() ?? null, LANGUAGE),
    includeRetired: params.get(EXPERT_PARAMS.retired) === '1',
  };
}

/** The address for these filters, keeping the other parameters (the open expert) as they are. */
export function filtersToParams(
  filters: ExpertFilterState,
  previous: URLSearchParams,
): URLSearchParams {
  const next = new URLSearchParams(previous);
  const put = (key: string, value: string | null) => {
    if (value) next.set(key, value);
    else next.delete(key);
  };
  put(EXPERT_PARAMS.text, filters.text.trim() || null);
  put(EXPERT_PARAMS.field, filters.field);
  put(EXPERT_PARAMS.country, filters.country);
  put(EXPERT_PARAMS.language, filters.language);
  put(EXPERT_PARAMS.retired, filters.includeRetired ? '1' : null);
  return next;
}

/** What expert:list is asked. */
export function expertListQuery(filters: ExpertFilterState): ExpertListQuery {
  const query: ExpertListQuery = {};
  const text = filters.text.trim().slice(0, 200);
  if (text) query.text = text;
  if (filters.field) query.field = filters.field;
  if (filters.country) query.country = filters.country;
  if (filters.language) query.language = filters.language;
  if (filters.includeRetired) query.includeInactive = true;
  return query;
}

/** How many filters are set (the bar's "clear" button shows once one is). */
export function activeFilterCount(filters: ExpertFilterState): number {
  return [
    filters.text.trim() !== '',
    filters.field !== null,
    filters.country !== null,
    filters.language !== null,
    filters.includeRetired,
  ].filter(Boolean).length;
}
