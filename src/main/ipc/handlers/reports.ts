import fs from 'node:fs';
import {
  createRequest,
  generateReport,
  getRequest,
  listReports,
  listRequests,
  recordRequestStatus,
  updateRequest,
  verifyReportBytes,
} from '../../core/reports';
import { CaseFileError, CaseFileErrorCode } from '../../core/support/errors';
import type { AppServices } from '../../core/workspace/app-services';
import { MAX_VERIFY_BYTES } from '../../../shared/ipc/report.contract';
import type { HandlersFor } from '../handle';

/**
 * Reports: generated only into a path dialog:save-pdf handed out (the grant is spent once the
 * report is written; a cancelled run keeps it), with progress as task:progress (task 'report')
 * and cancel by job id. One report runs at a time.
 */
export function reportHandlers(services: AppServices): HandlersFor<'report' | 'request'> {
  const session = () => services.workspace.session();
  const jobs = new Map<string, AbortController>();

  return {
    'report:generate': async ({ jobId, target, params }) => {
      if (jobs.size > 0) {
        throw new CaseFileError(
          CaseFileErrorCode.Busy,
          'Another report is being generated; wait for it to finish or cancel it.',
        );
      }
      const s = session();
      const controller = new AbortController();
      jobs.set(jobId, controller);
      try {
        const result = await services.chosen.spendOnSuccess(target, 'pdf-export', (resolved) =>
          generateReport(s, params, resolved, {
            signal: controller.signal,
            onProgress: ({ step, done, total }) =>
              services.notify.send('task:progress', {
                task: 'report',
                step,
                done,
                total: Math.max(1, total),
              }),
          }),
        );
        if (result.status === 'cancelled') services.chosen.grant([target], 'pdf-export');
        return result;
      } finally {
        jobs.delete(jobId);
      }
    },
    'report:cancel': ({ jobId }) => {
      const controller = jobs.get(jobId);
      controller?.abort();
      return { cancelled: controller !== undefined };
    },
    'report:list': ({ caseId }) => listReports(session().db, caseId),
    'report:verify-file': ({ path }) =>
      services.chosen.spendOnSuccess(path, 'report-verify', async (resolved) => {
        const size = fs.statSync(resolved).size;
        if (size > MAX_VERIFY_BYTES) {
          throw new CaseFileError(CaseFileErrorCode.TooLarge, 'The file is larger than 512 MB.');
        }
        return verifyReportBytes(session().db, fs.readFileSync(resolved));
      }),
    'report:verify-bytes': ({ bytes }) => verifyReportBytes(session().db, bytes),

    'request:list': ({ caseId }) => listRequests(session(), caseId),
    'request:get': ({ id }) => getRequest(session(), id),
    'request:create': (input) => createRequest(session(), input),
    'request:update': (input) => updateRequest(session(), input),
    'request:record-status': (input) => recordRequestStatus(session(), input),
  };
}
