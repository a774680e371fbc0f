import type { RedList } from '../domain/indicator';
import { DEFAULT_VOCABULARIES } from '../domain/vocabularies';

/**
 * The ICOM Red Lists Custodia knows (REFERENCE.md §3.2): each is a level-1 code of the
 * `red_list_category` vocabulary, whose level-2 entries are its categories. Titles are the
 * vocabulary's English labels (a case file may have renamed them: the core reads its own).
 */
const title = (code: string): string =>
  DEFAULT_VOCABULARIES.red_list_category.find((e) => e.code === code && !e.parent)?.label ?? code;

export const RED_LISTS: readonly RedList[] = [
  {
    code: 'see-2021',
    title: title('see-2021'),
    countries: ['AL', 'BA', 'BG', 'HR', 'ME', 'MK', 'MD', 'RO', 'RS', 'SI'],
    year: 2021,
    emergency: false,
  },
  {
    code: 'ukraine-2022',
    title: title('ukraine-2022'),
    countries: ['UA'],
    year: 2022,
    emergency: true,
  },
  {
    code: 'syria-2013',
    title: title('syria-2013'),
    countries: ['SY'],
    year: 2013,
    emergency: true,
  },
];
