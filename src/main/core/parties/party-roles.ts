import { z } from 'zod';
import { Code, Id, Line } from '../../../shared/domain/common';
import type { CaseParty } from '../../../shared/domain/party';
import type { CasePartyRow, CaseRoles, PartyRoleView } from '../../../shared/domain/party-views';
import { fold } from '../../../shared/search';
import { diffFields } from '../audit/audit-log';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { CASE_SPEC } from '../cases/cases';
import { requireRecord, translateConstraint } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';
import { requireCode } from '../vocab/vocabulary';
import {
  casePartyFields,
  getCaseParty,
  insertCaseParty,
  PARTY_SPEC,
  refuseMerged,
  toCaseParty,
  toSummary,
  type CasePartyRowDb,
  type SummaryRowDb,
} from './party-store';

/** The roles parties play in cases (suspect, witness, owner…): rows of `case_party`. */

const ROLE_COLUMNS = 'r.id, r.case_id, r.party_id, r.role, r.note, r.created_at';

export const AssignRoleInput = z
  .object({ caseId: Id, partyId: Id, role: Code, note: Line.default('') })
  .strict();

export function assignRole(
  session: CaseFileSession,
  input: z.input<typeof AssignRoleInput>,
): CaseParty {
  const r = parseInput(AssignRoleInput, input, 'role');
  return write(session, (tx) => {
    requireRecord(tx.db, CASE_SPEC, r.caseId);
    refuseMerged(requireRecord(tx.db, PARTY_SPEC, r.partyId), 'give the role to that party');
    requireCode(tx.db, 'party_role', r.role, 'role', { allowRetired: false });
    const exists = tx.db
      .prepare('SELECT 1 FROM case_party WHERE case_id = ? AND party_id = ? AND role = ?')
      .get(r.caseId, r.partyId, r.role);
    if (exists) {
      throw new CaseFileError(
        CaseFileErrorCode.AlreadyExists,
        'The party already has this role in this case. Nothing was saved.',
        { caseId: r.caseId, partyId: r.partyId, role: r.role },
      );
    }
    const row: CaseParty = { ...r, id: tx.newId(), createdAt: tx.now.toISOString() };
    try {
      insertCaseParty(tx.db, row);
    } catch (error) {
      throw translateConstraint(error, 'role');
    }
    tx.audit({
      action: 'party.assign-role',
      entityType: 'case_party',
      entityId: row.id,
      changes: diffFields(null, casePartyFields(row)),
    });
    return row;
  });
}

export function removeRole(session: CaseFileSession, casePartyId: string): CaseParty {
  const id = parseInput(Id, casePartyId, 'role id');
  return write(session, (tx) => {
    const row = getCaseParty(tx.db, id);
    if (!row) {
      throw new CaseFileError(CaseFileErrorCode.NotFound, 'There is no such role.', {
        entity: 'case_party',
        id,
      });
    }
    tx.db.prepare('DELETE FROM case_party WHERE id = ?').run(id);
    tx.audit({
      action: 'party.remove-role',
      entityType: 'case_party',
      entityId: id,
      changes: diffFields(casePartyFields(row), null),
    });
    return row;
  });
}

/** Every role of a party, by case reference. */
export function rolesOfParty(db: Sqlite, partyId: string): PartyRoleView[] {
  const rows = db
    .prepare(
      `SELECT ${ROLE_COLUMNS}, c.reference, c.title
       FROM case_party r JOIN case_record c ON c.id = r.case_id
       WHERE r.party_id = ? ORDER BY c.reference COLLATE NOCASE, r.role, r.created_at`,
    )
    .all(partyId) as Array<CasePartyRowDb & { reference: string; title: string }>;
  return rows.map((r) => ({ caseParty: toCaseParty(r), reference: r.reference, title: r.title }));
}

/** The roles of `partyIds` in the cases other than `caseId`, grouped by party and case. */
function otherCasesOf(db: Sqlite, caseId: string, partyIds: string[]): Map<string, CaseRoles[]> {
  const byParty = new Map<string, CaseRoles[]>();
  if (partyIds.length === 0) return byParty;
  const rows = db
    .prepare(
      `SELECT r.party_id, r.case_id, r.role, c.reference, c.title
       FROM case_party r JOIN case_record c ON c.id = r.case_id
       WHERE r.case_id <> ? AND r.party_id IN (SELECT value FROM json_each(?))
       ORDER BY c.reference COLLATE NOCASE, r.role`,
    )
    .all(caseId, JSON.stringify(partyIds)) as Array<{
    party_id: string;
    case_id: string;
    role: string;
    reference: string;
    title: string;
  }>;
  for (const r of rows) {
    const cases = byParty.get(r.party_id) ?? [];
    const last = cases.at(-1);
    if (last?.caseId === r.case_id) last.roles.push(r.role);
    else cases.push({ caseId: r.case_id, reference: r.reference, title: r.title, roles: [r.role] });
    byParty.set(r.party_id, cases);
  }
  return byParty;
}

/** One row per role in the case, with the other cases each party appears in. */
export function partiesOfCase(session: CaseFileSession, caseId: string): CasePartyRow[] {
  const id = parseInput(Id, caseId, 'case id');
  const db = session.db;
  requireRecord(db, CASE_SPEC, id);
  const rows = db
    .prepare(
      `SELECT ${ROLE_COLUMNS}, p.kind, p.name, json_extract(p.data, '$.flags') AS flags
       FROM case_party r JOIN party p ON p.id = r.party_id WHERE r.case_id = ?`,
    )
    .all(id) as Array<CasePartyRowDb & Omit<SummaryRowDb, 'id'>>;
  const others = otherCasesOf(db, id, [...new Set(rows.map((r) => r.party_id))]);
  return rows
    .map((r) => ({
      caseParty: toCaseParty(r),
      party: toSummary({ ...r, id: r.party_id }),
      otherCases: others.get(r.party_id) ?? [],
      key: fold(r.name),
    }))
    .sort(
      (a, b) =>
        a.key.localeCompare(b.key) ||
        a.party.name.localeCompare(b.party.name) ||
        a.party.id.localeCompare(b.party.id) ||
        a.caseParty.role.localeCompare(b.caseParty.role),
    )
    .map(({ key: _key, ...row }) => row);
}
