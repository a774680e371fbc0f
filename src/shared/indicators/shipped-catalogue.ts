import type { CatalogueFile } from '../domain/indicator';

/**
 * The indicator catalogue Custodia ships (version 1 of every case file), compiled from
 * REFERENCE.md §2.1 (themes A–F; sources: FATF 2023 [M], RAM/Basel [R], UNESCO/ICOM/INTERPOL [U],
 * customs practice/WCO [C], EU study/Europol [E]). The regional "Common List of Indicators" is not
 * public: a unit loads it as a new version (Indicators → Import), which keeps this one for the
 * observations made under it. (Foundation: the full list is filled in by the catalogue task.)
 */
export const SHIPPED_CATALOGUE: CatalogueFile = {
  format: 'custodia-indicators',
  version: 1,
  name: 'Custodia compiled catalogue (REFERENCE §2.1)',
  source: 'Compiled from FATF 2023, RAM/Basel, UNESCO/ICOM/INTERPOL, WCO and EU sources',
  indicators: [
    {
      code: 'A1',
      theme: 'object',
      text: 'Object matches a category on an ICOM Red List (country or region at risk).',
      source: 'UNESCO/ICOM/INTERPOL',
      weight: 3,
      appliesTo: ['object'],
    },
  ],
};

/** Fixed ids of the shipped version and its indicators, so every case file agrees on them. */
export const SHIPPED_VERSION_ID = '1d1ca702-0000-4000-8000-000000000000';
export function shippedIndicatorId(index: number): string {
  return `1d1ca702-0000-4000-8000-${(index + 1).toString(16).padStart(12, '0')}`;
}
/** The edition date of the shipped catalogue, recorded as its version's creation time. */
export const SHIPPED_AT = '2026-11-28T00:00:00.000Z';
