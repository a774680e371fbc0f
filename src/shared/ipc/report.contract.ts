import { z } from 'zod';
import { Id } from '../domain/common';
import { RequestFields, RequestRecord, RequestStatus } from '../domain/intl-request';
import { ReportParams, ReportRecord, ReportResult, ReportVerification } from '../domain/report';
import { IsoDate, Line, ShortLine, Text } from '../domain/common';
import { channel } from './define';

/**
 * PDF reports (issue #9): generation with progress (task:progress, task 'report') and cancel, the
 * report register, verification of a PDF against it (a chosen file, or the bytes of a file
 * dropped on the screen), and the international requests of a case (guided forms and their
 * tracking). Reports are written only where dialog:save-pdf handed out the path.
 */
const ChosenPath = z.string().min(1).max(4096);
const Version = z.number().int().min(1);
/** Largest PDF accepted for verification by drop (a dossier with 600 photos is ~60 MB). */
export const MAX_VERIFY_BYTES = 512 * 1024 * 1024;

export const reportContract = {
  /**
   * Generates a report into `target` (from dialog:save-pdf) and records it in the register.
   * `jobId` (chosen by the caller) names the run for report:cancel.
   */
  'report:generate': channel(
    z.object({ jobId: Id, target: ChosenPath, params: ReportParams }).strict(),
    ReportResult,
  ),
  /** Asks a running report to stop; it then resolves as `cancelled`, nothing written. */
  'report:cancel': channel(z.object({ jobId: Id }).strict(), z.object({ cancelled: z.boolean() })),
  /** The register: a case's reports (or all), newest first. */
  'report:list': channel(z.object({ caseId: Id.optional() }).strict(), z.array(ReportRecord)),
  /** Checks a PDF chosen with dialog:open-pdf against the register. */
  'report:verify-file': channel(z.object({ path: ChosenPath }).strict(), ReportVerification),
  /** Checks the bytes of a PDF dropped on the Reports screen against the register. */
  'report:verify-bytes': channel(
    z
      .object({
        bytes: z
          .instanceof(Uint8Array)
          .refine((b) => b.byteLength > 0, 'the file is empty')
          .refine((b) => b.byteLength <= MAX_VERIFY_BYTES, 'the file is larger than 512 MB'),
      })
      .strict(),
    ReportVerification,
  ),

  'request:list': channel(z.object({ caseId: Id }).strict(), z.array(RequestRecord)),
  'request:get': channel(z.object({ id: Id }).strict(), RequestRecord),
  'request:create': channel(
    z.object({ caseId: Id, title: Line, fields: RequestFields }).strict(),
    RequestRecord,
  ),
  'request:update': channel(
    z.object({ id: Id, version: Version, title: Line, fields: RequestFields }).strict(),
    RequestRecord,
  ),
  /** Records a step of the request's life (sent, acknowledged…): dated, with references. */
  'request:record-status': channel(
    z
      .object({
        id: Id,
        version: Version,
        status: RequestStatus,
        on: IsoDate,
        reference: ShortLine.default(''),
        note: Text.default(''),
        answerDue: IsoDate.nullable().optional(),
      })
      .strict(),
    RequestRecord,
  ),
};
