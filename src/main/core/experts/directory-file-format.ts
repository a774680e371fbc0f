import { ExpertFields } from '../../../shared/domain/expert';

/**
 * The directory file's format, shared by reading and writing it, so that units can exchange
 * their directories of experts:
 * - JSON `{ "format": "custodia-experts", "version": 1, "experts": [ExpertFields…] }` (a bare
 *   array of experts is read too), keys in the order of ExpertFields;
 * - CSV with a header row naming ExpertFields keys, lists (`languages`, `fields`) separated by
 *   `;`, `active` as true/false; UTF-8 with or without BOM, comma, semicolon or tab delimited.
 *   Text a spreadsheet would run as a formula is written with a leading `'`, taken off on import.
 */

export const EXPERTS_FORMAT = 'custodia-experts';
export const EXPERTS_FORMAT_VERSION = 1;

/** The columns of a directory file, in the order of ExpertFields. */
export const EXPERT_FILE_KEYS = Object.keys(ExpertFields.shape) as Array<keyof ExpertFields>;
/** The columns holding lists, `;`-separated in a CSV cell. */
export const LIST_KEYS = new Set<string>(['languages', 'fields']);

/** Text a spreadsheet would run as a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;
/** A cell written with the formula guard: one leading ' before what looks like a formula. */
export const GUARDED = /^'+[=+\-@\t\r]/;
