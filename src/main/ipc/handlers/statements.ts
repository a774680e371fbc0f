import {
  getImport,
  importStatement,
  listImports,
  previewStatement,
  rowErrorsOf,
  writeRowErrors,
} from '../../core/finance/statement-import';
import {
  createMapping,
  deleteMapping,
  getMapping,
  listMappings,
  updateMapping,
} from '../../core/finance/statement-mappings';
import { readStatementBytes } from '../../core/finance/statement-read';
import { CaseFileError, CaseFileErrorCode } from '../../core/support/errors';
import type { AppServices } from '../../core/workspace/app-services';
import type { StatementMappingFieldsInput } from '../../../shared/domain/statement';
import { MAX_IPC_ROW_ERRORS } from '../../../shared/ipc/statement.contract';
import type { HandlersFor } from '../handle';

/**
 * Statement import (issue #6 point 2). The statement is read only when it was chosen with
 * dialog:open-statement (purpose 'statement'): a preview leaves it chosen, an import spends the
 * grant only once it has imported (a refusal or a cancel keeps the file chosen for the next
 * attempt). Row errors are written only to a file chosen with dialog:save-csv. Progress goes out
 * as task:progress events (task 'statement-import'); statement:cancel stops a running import by
 * the jobId its caller gave it.
 */
export function statementHandlers(services: AppServices): HandlersFor<'statement'> {
  const session = () => services.workspace.session();
  const jobs = new Map<string, AbortController>();

  /** Reads a chosen statement without spending the grant (a preview is no use of the file). */
  const peek = (path: string) => {
    const resolved = services.chosen.take(path, 'statement');
    services.chosen.grant([resolved], 'statement');
    return readStatementBytes(resolved);
  };

  return {
    'statement:mappings': () => listMappings(session()),
    'statement:mapping-get': ({ id }) => getMapping(session(), id),
    'statement:mapping-create': ({ fields }) =>
      createMapping(session(), fields as StatementMappingFieldsInput),
    'statement:mapping-update': ({ id, version, fields }) =>
      updateMapping(session(), { id, version, fields: fields as StatementMappingFieldsInput }),
    'statement:mapping-delete': ({ id, version }) => {
      deleteMapping(session(), { id, version });
      return { deleted: true as const };
    },

    'statement:preview': ({ path, mapping, caseId, accountId, limit }) =>
      previewStatement(session(), peek(path), {
        ...(mapping !== undefined ? { mapping } : {}),
        ...(caseId !== undefined ? { caseId } : {}),
        ...(accountId !== undefined ? { accountId } : {}),
        ...(limit !== undefined ? { limit } : {}),
      }),

    'statement:import': async ({ jobId, path, ...input }) => {
      if (jobs.size > 0) {
        throw new CaseFileError(
          CaseFileErrorCode.Busy,
          'Another statement import is running; wait for it to finish or cancel it.',
        );
      }
      const s = session();
      const controller = new AbortController();
      jobs.set(jobId, controller);
      try {
        const result = await services.chosen.spendOnSuccess(path, 'statement', (resolved) =>
          importStatement(s, readStatementBytes(resolved), input, {
            signal: controller.signal,
            onProgress: ({ step, done, total }) =>
              services.notify.send('task:progress', {
                task: 'statement-import',
                step,
                done,
                total,
              }),
          }),
        );
        // Refused or cancelled: nothing was imported, so the file stays chosen.
        if (result.status !== 'imported') services.chosen.grant([path], 'statement');
        return { ...result, errors: result.errors.slice(0, MAX_IPC_ROW_ERRORS) };
      } finally {
        jobs.delete(jobId);
      }
    },
    'statement:cancel': ({ jobId }) => {
      const controller = jobs.get(jobId);
      controller?.abort();
      return { cancelled: controller !== undefined };
    },

    'statement:imports': ({ caseId }) => listImports(session(), caseId),
    'statement:import-get': ({ id }) => getImport(session(), id),
    'statement:export-errors': async ({ target, from }) => {
      const errors =
        from.kind === 'import'
          ? getImport(session(), from.importId).errors
          : await rowErrorsOf(peek(from.path), from.mapping);
      return services.chosen.spendOnSuccess(target, 'csv-export', async (resolved) =>
        writeRowErrors(resolved, errors),
      );
    },
  };
}
