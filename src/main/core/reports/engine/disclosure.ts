import {
  includesProtected,
  PROTECTED_ROLES,
  type ReportParams,
} from '../../../../shared/domain/report';
import type { Sqlite } from '../../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../../support/errors';

/**
 * Selective disclosure resolved against the case file: which of the case's parties, objects and
 * documents a report may print. A list in the parameters must name records of the case (else
 * INVALID_INPUT, naming the first stranger); witnesses and informants (any protected role in the
 * case) are left out unless the parameters include them (default: only the national dossier).
 * Every collector asks this before printing a record.
 */
export interface ResolvedDisclosure {
  parties: ReadonlySet<string>;
  objects: ReadonlySet<string>;
  documents: ReadonlySet<string>;
  /** Parties left out because of a protected role (for the register and the UI's summary). */
  protectedExcluded: readonly string[];
  /** Whether a record of each kind was withheld (the report then says so). */
  withheld: { parties: boolean; objects: boolean; documents: boolean };
}

function idsOf(db: Sqlite, sql: string, caseId: string): string[] {
  return db.prepare(sql).pluck().all(caseId) as string[];
}

function chosen(all: string[], wanted: string[] | null, what: string, path: string): Set<string> {
  if (wanted === null) return new Set(all);
  const known = new Set(all);
  const stranger = wanted.find((id) => !known.has(id));
  if (stranger !== undefined) {
    throw new CaseFileError(
      CaseFileErrorCode.InvalidInput,
      `The disclosure names ${what} ${stranger}, which is not in this case.`,
      { issues: [{ path, message: `not a ${what} of this case` }] },
    );
  }
  return new Set(wanted);
}

export function resolveDisclosure(db: Sqlite, params: ReportParams): ResolvedDisclosure {
  const { caseId, disclosure } = params;
  const allParties = idsOf(
    db,
    'SELECT DISTINCT party_id FROM case_party WHERE case_id = ? ORDER BY party_id',
    caseId,
  );
  const allObjects = idsOf(
    db,
    'SELECT id FROM seized_object WHERE case_id = ? ORDER BY id',
    caseId,
  );
  const allDocuments = idsOf(db, 'SELECT id FROM document WHERE case_id = ? ORDER BY id', caseId);

  const parties = chosen(allParties, disclosure.partyIds, 'party', 'disclosure.partyIds');
  const objects = chosen(allObjects, disclosure.objectIds, 'object', 'disclosure.objectIds');
  const documents = chosen(
    allDocuments,
    disclosure.documentIds,
    'document',
    'disclosure.documentIds',
  );

  const protectedExcluded: string[] = [];
  if (!includesProtected(params)) {
    const roles = PROTECTED_ROLES.map(() => '?').join(', ');
    const protectedIds = db
      .prepare(`SELECT DISTINCT party_id FROM case_party WHERE case_id = ? AND role IN (${roles})`)
      .pluck()
      .all(caseId, ...PROTECTED_ROLES) as string[];
    for (const id of protectedIds) {
      if (parties.delete(id)) protectedExcluded.push(id);
    }
  }
  return {
    parties,
    objects,
    documents,
    protectedExcluded: protectedExcluded.sort(),
    withheld: {
      parties: parties.size < allParties.length,
      objects: objects.size < allObjects.length,
      documents: documents.size < allDocuments.length,
    },
  };
}
