import { z } from 'zod';

/**
 * Building blocks of the domain schemas. Every record that crosses a boundary (IPC, CLI, bundle
 * file) is parsed with these, so limits and formats are the same everywhere.
 */

export const Id = z.string().uuid({ message: 'not an identifier (UUID)' });
export type Id = z.infer<typeof Id>;

/** Short single-line text (names, numbers, references). Trimmed; empty means "not given". */
export const Line = z.string().trim().max(500);
export const ShortLine = z.string().trim().max(120);
/** Free text and Markdown (descriptions, summaries, journal notes). */
export const Text = z.string().max(100_000);

/** A code from a vocabulary (built in or added by the unit). Checked against the case file's list. */
export const Code = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9_.-]*$/, 'not a vocabulary code (lower-case letters, digits, _ . -)');

/** Calendar date, as precise as known: "2024", "2024-03" or "2024-03-12". */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'not a date like 2024-03-12');
export const IsoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'not a date like 2024-03-12');
/** Local date and time as recorded on the form, optionally with its UTC offset. */
export const DateTime = z
  .string()
  .regex(
    /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?$/,
    'not a date and time like 2024-03-12T14:30',
  );

/** ISO 3166-1 alpha-2 (and XK, the code in use for Kosovo*). */
export const Country = z
  .string()
  .regex(/^[A-Z]{2}$/, 'not a two-letter country code such as RS or DE');
/** ISO 4217. */
export const Currency = z.string().regex(/^[A-Z]{3}$/, 'not a currency code such as EUR');
/** An exact decimal amount, kept as text so no cent is ever lost to floating point. */
export const DecimalAmount = z
  .string()
  .regex(/^-?\d{1,15}(\.\d{1,6})?$/, 'not an amount like 1250.00');
export const Money = z.object({ amount: DecimalAmount, currency: Currency }).strict();
export type Money = z.infer<typeof Money>;

export const Latitude = z.number().min(-90).max(90);
export const Longitude = z.number().min(-180).max(180);
export const Place = z
  .object({
    address: Line.default(''),
    country: Country.nullable().default(null),
    lat: Latitude.nullable().default(null),
    lon: Longitude.nullable().default(null),
  })
  .strict();
export type Place = z.infer<typeof Place>;

/** What every stored record carries besides its own fields. */
export const RecordMeta = z.object({
  id: Id,
  /** Increments on every change; an update names the version it edits, so none is lost. */
  version: z.number().int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RecordMeta = z.infer<typeof RecordMeta>;

export const HANDLING_CODES = ['H0', 'H1', 'H2', 'H3'] as const;
export const HandlingCode = z.enum(HANDLING_CODES);
export type HandlingCode = z.infer<typeof HandlingCode>;

export const CERTAINTY = [
  'certain',
  'probable',
  'possible',
  'claimed',
  'disputed',
  'unknown',
] as const;
export const Certainty = z.enum(CERTAINTY);

/** Items of a list are trimmed and empty ones dropped. */
export const Lines = (max = 50) =>
  z
    .array(Line)
    .max(max)
    .transform((xs) => xs.filter((x) => x.length > 0));
