import { z } from 'zod';
import { Id } from '../domain/common';
import {
  MAX_PREVIEW_ROWS,
  StatementImportRecord,
  StatementImportResult,
  StatementImportSummary,
  StatementMappingRecord,
  StatementPreview,
} from '../domain/statement';
import { channel, NoInput } from './define';

/**
 * The money side (issue #6): statement import: saved mappings, preview, import with progress
 * (task:progress, task 'statement-import') and cancel, the imports of a case, and the export of
 * row errors. The statement file is one chosen with dialog:open-statement; the errors file one
 * chosen with dialog:save-csv. Mappings are checked in full by the core (StatementMapping): a
 * preview accepts an incomplete one and says what is missing.
 */

/** A file chosen in a dialog: a full path (POSIX, drive letter or UNC). */
const PickedFile = z
  .string()
  .min(2)
  .max(4096)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'not a full path');
const Mapping = z.record(z.string(), z.unknown());
const Fields = z.record(z.string(), z.unknown());
const Version = z.number().int().min(1);

/** Row errors sent back at most: the counts are complete, the export writes them all. */
export const MAX_IPC_ROW_ERRORS = 10_000;

export const statementContract = {
  'statement:mappings': channel(NoInput, z.array(StatementMappingRecord)),
  'statement:mapping-get': channel(z.object({ id: Id }).strict(), StatementMappingRecord),
  'statement:mapping-create': channel(
    z.object({ fields: Fields }).strict(),
    StatementMappingRecord,
  ),
  'statement:mapping-update': channel(
    z.object({ id: Id, version: Version, fields: Fields }).strict(),
    StatementMappingRecord,
  ),
  'statement:mapping-delete': channel(
    z.object({ id: Id, version: Version }).strict(),
    z.object({ deleted: z.literal(true) }),
  ),
  /**
   * Reads the chosen statement with a mapping however incomplete: first rows, headers and, once
   * the mapping fits, the rows as they would be imported, with errors and counts. Writes nothing
   * and keeps the file chosen.
   */
  'statement:preview': channel(
    z
      .object({
        path: PickedFile,
        mapping: Mapping.optional(),
        caseId: Id.optional(),
        accountId: Id.optional(),
        limit: z.number().int().min(1).max(MAX_PREVIEW_ROWS).optional(),
      })
      .strict(),
    StatementPreview,
  ),
  /**
   * Imports the chosen statement: one transaction, all or nothing. `jobId` (chosen by the caller)
   * names the run for statement:cancel. Malformed rows: nothing is imported unless
   * `acceptValidRows`. The file stays chosen until an import succeeds.
   */
  'statement:import': channel(
    z
      .object({
        jobId: Id,
        caseId: Id,
        path: PickedFile,
        mapping: Mapping.optional(),
        mappingId: Id.optional(),
        accountId: Id.optional(),
        acceptValidRows: z.boolean(),
      })
      .strict()
      .refine((i) => (i.mapping === undefined) !== (i.mappingId === undefined), {
        message: 'give either a mapping or the id of a saved mapping',
        path: ['mapping'],
      }),
    StatementImportResult,
  ),
  /** Asks a running import to stop; it then rolls back and resolves as `cancelled`. */
  'statement:cancel': channel(
    z.object({ jobId: Id }).strict(),
    z.object({ cancelled: z.boolean() }),
  ),
  /** The imports of a case, newest first (without their row errors). */
  'statement:imports': channel(z.object({ caseId: Id }).strict(), z.array(StatementImportSummary)),
  /** One import with its mapping and row errors. */
  'statement:import-get': channel(z.object({ id: Id }).strict(), StatementImportRecord),
  /**
   * Writes row errors as CSV to `target` (chosen with dialog:save-csv): those of a recorded
   * import, or those of the chosen statement read with a mapping (before any import).
   */
  'statement:export-errors': channel(
    z
      .object({
        target: PickedFile,
        from: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('import'), importId: Id }).strict(),
          z.object({ kind: z.literal('file'), path: PickedFile, mapping: Mapping }).strict(),
        ]),
      })
      .strict(),
    z.object({ path: z.string(), rows: z.number().int().min(0) }),
  ),
};
