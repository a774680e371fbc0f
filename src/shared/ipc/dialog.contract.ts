import { z } from 'zod';
import { channel, NoInput } from './define';

/** Native dialogs; each returns the chosen path, or null when the person cancelled. */
const Chosen = z.object({ path: z.string().nullable() });

export const dialogContract = {
  'dialog:open-case-file': channel(NoInput, Chosen),
  'dialog:new-case-file': channel(NoInput, Chosen),
  'dialog:backup-destination': channel(NoInput, Chosen),
  'dialog:save-pdf': channel(
    z.object({ suggestedName: z.string().trim().min(1).max(200) }).strict(),
    Chosen,
  ),
  'dialog:open-images': channel(NoInput, z.object({ paths: z.array(z.string()) })),
  'dialog:open-documents': channel(NoInput, z.object({ paths: z.array(z.string()) })),
  'dialog:open-bundle': channel(NoInput, Chosen),
  /** A bank statement (CSV or XLSX) to preview and import. */
  'dialog:open-statement': channel(NoInput, Chosen),
  /** Where to write a CSV export (e.g. a statement's row errors). */
  'dialog:save-csv': channel(
    z.object({ suggestedName: z.string().trim().min(1).max(200) }).strict(),
    Chosen,
  ),
  /** A directory of experts (JSON or CSV) to import. */
  'dialog:open-experts': channel(NoInput, Chosen),
  /** Where to write the directory of experts. */
  'dialog:save-experts': channel(
    z
      .object({
        suggestedName: z.string().trim().min(1).max(200),
        format: z.enum(['json', 'csv']),
      })
      .strict(),
    Chosen,
  ),
  /** An indicator catalogue (JSON or CSV) to import as a new version. */
  'dialog:open-indicators': channel(NoInput, Chosen),
  /** Where to write an indicator catalogue. */
  'dialog:save-indicators': channel(
    z
      .object({
        suggestedName: z.string().trim().min(1).max(200),
        format: z.enum(['json', 'csv']),
      })
      .strict(),
    Chosen,
  ),
  /** A PDF to check against the report register. */
  'dialog:open-pdf': channel(NoInput, Chosen),
  'dialog:save-bundle': channel(
    z.object({ suggestedName: z.string().trim().min(1).max(200) }).strict(),
    Chosen,
  ),
};
