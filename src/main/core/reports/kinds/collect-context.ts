import type { ReportParams } from '../../../../shared/domain/report';
import type { CaseFileSession } from '../../case-file/session';
import type { ResolvedDisclosure } from '../engine/disclosure';
import type { CollectedReport } from '../engine/model';

/**
 * A report kind's collector: reads what the kind prints from the case file (read-only), applying
 * the resolved disclosure, into plain data (`body`) and the photos to prepare. Refusals (an
 * essential section empty, a record of another case) throw CaseFileError with a clear message.
 */
export type ReportCollector<B = unknown> = (
  session: CaseFileSession,
  params: ReportParams,
  disclosure: ResolvedDisclosure,
) => CollectedReport<B> | Promise<CollectedReport<B>>;
