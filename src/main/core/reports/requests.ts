import type {
  RequestFieldsInput,
  RequestRecord,
  RequestStatus,
} from '../../../shared/domain/intl-request';
import type { CaseFileSession } from '../case-file/session';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';

/**
 * International requests of a case (MLA, return): guided forms, tracked once sent.
 * STUB (issue #9 foundation): the signatures the IPC handlers call.
 */
const notYet = (): never => {
  throw new CaseFileError(
    CaseFileErrorCode.NotAllowed,
    'International requests are not built yet.',
  );
};

export function listRequests(_session: CaseFileSession, _caseId: string): RequestRecord[] {
  return notYet();
}

export function getRequest(_session: CaseFileSession, _id: string): RequestRecord {
  return notYet();
}

export function createRequest(
  _session: CaseFileSession,
  _input: { caseId: string; title: string; fields: RequestFieldsInput },
): RequestRecord {
  return notYet();
}

export function updateRequest(
  _session: CaseFileSession,
  _input: { id: string; version: number; title: string; fields: RequestFieldsInput },
): RequestRecord {
  return notYet();
}

export function recordRequestStatus(
  _session: CaseFileSession,
  _input: {
    id: string;
    version: number;
    status: RequestStatus;
    on: string;
    reference?: string;
    note?: string;
    answerDue?: string | null;
  },
): RequestRecord {
  return notYet();
}
