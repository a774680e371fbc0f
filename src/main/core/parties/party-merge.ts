import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import { CaseParty, type PartyRecord } from '../../../shared/domain/party';
import type { MergeResult, UnmergeResult } from '../../../shared/domain/party-views';
import { diffFields, type FieldChanges } from '../audit/audit-log';
import { write, type WriteTx } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { requireRecord, updateRecord } from '../records/record-store';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';
import {
  CASE_PARTY_COLUMNS,
  casePartyFields,
  getCaseParty,
  indexParty,
  insertCaseParty,
  PARTY_SPEC,
  partyNames,
  toCaseParty,
  type CasePartyRowDb,
} from './party-store';

/**
 * Merging a duplicate party into the one that stays, and undoing it. The merged party keeps its
 * own data untouched (marked `mergedInto`); only its roles move. The 'party.merge' audit entry
 * records every role row moved or dropped with its full values, which is what the undo reads.
 */

export const MergePartiesInput = z
  .object({
    keepId: Id,
    mergeId: Id,
    keepVersion: z.number().int().min(1),
    mergeVersion: z.number().int().min(1),
  })
  .strict()
  .refine((m) => m.keepId !== m.mergeId, {
    message: 'a party cannot be merged into itself',
    path: ['mergeId'],
  });

/** What a merge leaves in its audit entry (besides `mergedInto`), index for index. */
const MergeTrail = z.object({
  mergedInto: z.object({ before: z.null(), after: Id }),
  /** before: the merged party's rows; after: the same rows, now the kept party's. */
  movedRoles: z.object({ before: z.array(CaseParty), after: z.array(CaseParty) }),
  /** before: the merged party's rows that were removed; after: the kept party's rows that stand for them. */
  droppedRoles: z.object({ before: z.array(CaseParty), after: z.array(CaseParty) }),
});

function requireVersion(party: PartyRecord, expected: number): void {
  if (party.version !== expected) {
    throw new CaseFileError(
      CaseFileErrorCode.EditConflict,
      `This party was changed (version ${party.version}) after you opened version ${expected}. Nothing was merged; reload it and try again.`,
      { entity: 'party', id: party.id, currentVersion: party.version, expectedVersion: expected },
    );
  }
}

/**
 * Sets `mergedInto` through the record store (version, times) but returns its field changes
 * instead of auditing them, so the merge or unmerge is one audit entry with the roles it moved.
 */
function setMergedInto(
  tx: WriteTx,
  id: string,
  version: number,
  mergedInto: string | null,
): { record: PartyRecord; changes: FieldChanges } {
  let changes: FieldChanges = {};
  const record = updateRecord(
    { ...tx, audit: (entry) => (changes = entry.changes) },
    PARTY_SPEC,
    id,
    version,
    ({ id: _id, version: _v, createdAt: _c, updatedAt: _u, ...data }) => ({ ...data, mergedInto }),
  );
  return { record, changes };
}

function rolesOf(tx: WriteTx, partyId: string): CaseParty[] {
  const rows = tx.db
    .prepare(
      `SELECT ${CASE_PARTY_COLUMNS} FROM case_party WHERE party_id = ? ORDER BY created_at, id`,
    )
    .all(partyId) as CasePartyRowDb[];
  return rows.map(toCaseParty);
}

function moveRole(tx: WriteTx, row: CaseParty, to: string, action: string): CaseParty {
  tx.db.prepare('UPDATE case_party SET party_id = ? WHERE id = ?').run(to, row.id);
  tx.audit({
    action,
    entityType: 'case_party',
    entityId: row.id,
    changes: { partyId: { before: row.partyId, after: to } },
  });
  return { ...row, partyId: to };
}

export function mergeParties(
  session: CaseFileSession,
  input: z.input<typeof MergePartiesInput>,
): MergeResult {
  const m = parseInput(MergePartiesInput, input, 'merge');
  return write(session, (tx) => {
    const kept = requireRecord(tx.db, PARTY_SPEC, m.keepId);
    const merged = requireRecord(tx.db, PARTY_SPEC, m.mergeId);
    requireVersion(kept, m.keepVersion);
    requireVersion(merged, m.mergeVersion);
    for (const p of [kept, merged]) {
      if (p.mergedInto !== null) {
        throw new CaseFileError(
          CaseFileErrorCode.NotAllowed,
          'One of these parties was already merged into another one. Nothing was merged.',
          { partyId: p.id, mergedInto: p.mergedInto },
        );
      }
    }
    if (kept.kind !== merged.kind) {
      throw new CaseFileError(
        CaseFileErrorCode.NotAllowed,
        'A person and an organisation cannot be merged. Nothing was merged.',
        { keepKind: kept.kind, mergeKind: merged.kind },
      );
    }
    const keptRoles = new Map(rolesOf(tx, kept.id).map((r) => [`${r.caseId} ${r.role}`, r]));
    const moved = { before: [] as CaseParty[], after: [] as CaseParty[] };
    const dropped = { before: [] as CaseParty[], after: [] as CaseParty[] };
    for (const row of rolesOf(tx, merged.id)) {
      const same = keptRoles.get(`${row.caseId} ${row.role}`);
      if (same) {
        tx.db.prepare('DELETE FROM case_party WHERE id = ?').run(row.id);
        tx.audit({
          action: 'party.merge',
          entityType: 'case_party',
          entityId: row.id,
          changes: diffFields(casePartyFields(row), null),
        });
        dropped.before.push(row);
        dropped.after.push(same);
      } else {
        moved.before.push(row);
        moved.after.push(moveRole(tx, row, kept.id, 'party.merge'));
      }
    }
    const { record, changes } = setMergedInto(tx, merged.id, m.mergeVersion, kept.id);
    tx.audit({
      action: 'party.merge',
      entityType: 'party',
      entityId: merged.id,
      changes: { ...changes, movedRoles: moved, droppedRoles: dropped },
    });
    indexParty(tx, merged.id);
    indexParty(tx, kept.id);
    const keptNames = new Set(partyNames(kept).map((n) => n.toLocaleLowerCase()));
    return {
      kept,
      merged: record,
      moved: moved.after,
      dropped: dropped.before,
      suggestedAliases: partyNames(merged).filter((n) => !keptNames.has(n.toLocaleLowerCase())),
    };
  });
}

function notUndoable(message: string, details: Record<string, unknown> = {}): CaseFileError {
  return new CaseFileError(
    CaseFileErrorCode.NotAllowed,
    `This merge cannot be undone: ${message} Nothing was changed.`,
    details,
  );
}

/** Is `row` still there as the merge left it? */
function unchanged(tx: WriteTx, row: CaseParty): boolean {
  const now = getCaseParty(tx.db, row.id);
  return (
    now !== null &&
    (Object.keys(row) as Array<keyof CaseParty>).every((field) => now[field] === row[field])
  );
}

/**
 * Reverses the latest merge of `partyId`, from its audit entry: its moved roles go back to it,
 * its dropped roles come back with their original ids, and it is no longer merged. Refused when a
 * role the merge touched has changed since, because then what to give back is no longer clear.
 */
export function unmergeParty(session: CaseFileSession, input: { partyId: string }): UnmergeResult {
  const { partyId } = parseInput(z.object({ partyId: Id }).strict(), input, 'unmerge');
  return write(session, (tx) => {
    const party = requireRecord(tx.db, PARTY_SPEC, partyId);
    if (party.mergedInto === null) throw notUndoable('this party is not merged.');
    const entry = tx.db
      .prepare(
        `SELECT seq, changes FROM audit_log WHERE action = 'party.merge' AND entity_type = 'party'
         AND entity_id = ? ORDER BY seq DESC LIMIT 1`,
      )
      .get(partyId) as { seq: number; changes: string } | undefined;
    const trail = entry ? MergeTrail.safeParse(JSON.parse(entry.changes)) : null;
    if (!entry || !trail?.success || trail.data.mergedInto.after !== party.mergedInto) {
      throw notUndoable('the audit log holds no record of it.');
    }
    const { movedRoles, droppedRoles } = trail.data;
    for (const row of [...movedRoles.after, ...droppedRoles.after]) {
      if (!unchanged(tx, row)) {
        throw notUndoable(
          'a role it moved or kept was removed or given to another party since (see the audit log).',
          { casePartyId: row.id, caseId: row.caseId, role: row.role },
        );
      }
    }
    const movedBack = movedRoles.after.map((row) => moveRole(tx, row, partyId, 'party.unmerge'));
    for (const row of droppedRoles.before) {
      insertCaseParty(tx.db, row);
      tx.audit({
        action: 'party.unmerge',
        entityType: 'case_party',
        entityId: row.id,
        changes: diffFields(null, casePartyFields(row)),
      });
    }
    const { record, changes } = setMergedInto(tx, partyId, party.version, null);
    tx.audit({
      action: 'party.unmerge',
      entityType: 'party',
      entityId: partyId,
      changes: {
        ...changes,
        movedRoles: { before: movedRoles.after, after: movedBack },
        restoredRoles: { before: [], after: droppedRoles.before },
        undoes: { before: null, after: entry.seq },
      },
    });
    indexParty(tx, partyId);
    indexParty(tx, party.mergedInto);
    return {
      party: record,
      kept: requireRecord(tx.db, PARTY_SPEC, party.mergedInto),
      movedBack,
      restored: droppedRoles.before,
    };
  });
}
