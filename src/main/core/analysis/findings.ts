import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import type { FindingsReport } from '../../../shared/domain/finding';
import type { ObjectRecord } from '../../../shared/domain/object';
import type { CaseFileSession } from '../case-file/session';
import { objectSpec } from '../objects/object-specs';
import { listRecords } from '../records/record-store';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';
import { loadRuleContext } from './context';
import { RULES, ruleInfo, runRules } from './registry';

export const FindingsQuery = z.object({ caseId: Id, objectId: Id.optional() }).strict();
export type FindingsQuery = z.input<typeof FindingsQuery>;

/**
 * Every rule of the registry run over a case, or over one object of it (then without the
 * findings about the case as a whole). Reads only; "today" (for ages and dates) is the session's
 * clock, in UTC.
 */
export function caseFindings(session: CaseFileSession, query: FindingsQuery): FindingsReport {
  const { caseId, objectId } = parseInput(FindingsQuery, query, 'findings query');
  const now = session.runtime.clock.now();
  const today = now.toISOString().slice(0, 10);
  const ctx = loadRuleContext(session.db, caseId, { objectId: objectId ?? null, today });
  return {
    caseId,
    generatedAt: now.toISOString(),
    rules: ruleInfo(RULES),
    findings: runRules(ctx, RULES),
  };
}

/** The case's object with this exhibit number (as the CLI's --object names it). */
export function findObjectByExhibit(
  session: CaseFileSession,
  caseId: string,
  exhibitNumber: string,
): ObjectRecord {
  const [object] = listRecords(
    session.db,
    objectSpec(session.db),
    'case_id = ? AND exhibit_number = ?',
    [caseId, exhibitNumber.trim()],
  );
  if (!object) {
    throw new CaseFileError(
      CaseFileErrorCode.NotFound,
      `There is no object with exhibit number ${exhibitNumber} in this case.`,
      { entity: 'object', exhibitNumber },
    );
  }
  return object;
}
