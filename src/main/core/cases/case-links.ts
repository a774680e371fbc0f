import { z } from 'zod';
import { CASE_LINK_RELATIONS, type CaseLink, type CaseLinkView } from '../../../shared/domain/case';
import { Id, Line } from '../../../shared/domain/common';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { requireRecord } from '../records/record-store';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';
import { CASE_SPEC } from './cases';

/** Links between cases (same suspects, same objects, split from…), seen from both ends. */
export const LinkCasesInput = z
  .object({
    caseId: Id,
    otherCaseId: Id,
    relation: z.enum(CASE_LINK_RELATIONS).default('related'),
    note: Line.default(''),
  })
  .strict()
  .refine((l) => l.caseId !== l.otherCaseId, {
    message: 'a case cannot be linked to itself',
    path: ['otherCaseId'],
  });

export function linkCases(
  session: CaseFileSession,
  input: z.input<typeof LinkCasesInput>,
): CaseLink {
  const l = parseInput(LinkCasesInput, input, 'case link');
  return write(session, (tx) => {
    requireRecord(tx.db, CASE_SPEC, l.caseId);
    requireRecord(tx.db, CASE_SPEC, l.otherCaseId);
    const link: CaseLink = { ...l, id: tx.newId(), createdAt: tx.now.toISOString() };
    try {
      tx.db
        .prepare(
          'INSERT INTO case_link (id, case_id, other_case_id, relation, note, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(link.id, link.caseId, link.otherCaseId, link.relation, link.note, link.createdAt);
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
        throw new CaseFileError(
          CaseFileErrorCode.AlreadyExists,
          'These cases are already linked this way.',
        );
      }
      throw error;
    }
    tx.audit({
      action: 'case.link',
      entityType: 'case_link',
      entityId: link.id,
      changes: {
        caseId: { before: null, after: link.caseId },
        otherCaseId: { before: null, after: link.otherCaseId },
        relation: { before: null, after: link.relation },
        note: { before: null, after: link.note },
      },
    });
    return link;
  });
}

export function unlinkCases(session: CaseFileSession, linkId: string): void {
  const id = parseInput(Id, linkId, 'case link id');
  write(session, (tx) => {
    const link = tx.db.prepare('SELECT * FROM case_link WHERE id = ?').get(id) as
      Record<string, string> | undefined;
    if (!link) throw new CaseFileError(CaseFileErrorCode.NotFound, 'There is no such case link.');
    tx.db.prepare('DELETE FROM case_link WHERE id = ?').run(id);
    tx.audit({
      action: 'case.unlink',
      entityType: 'case_link',
      entityId: id,
      changes: {
        caseId: { before: link['case_id'], after: null },
        otherCaseId: { before: link['other_case_id'], after: null },
        relation: { before: link['relation'], after: null },
        note: { before: link['note'], after: null },
      },
    });
  });
}

/** Links in both directions, seen from `caseId`. */
export function caseLinks(session: CaseFileSession, caseId: string): CaseLinkView[] {
  const rows = session.db
    .prepare(
      `SELECT l.id, l.case_id, l.other_case_id, l.relation, l.note, l.created_at, o.id AS oid, o.reference, o.title
       FROM case_link l JOIN case_record o ON o.id = CASE WHEN l.case_id = ? THEN l.other_case_id ELSE l.case_id END
       WHERE l.case_id = ? OR l.other_case_id = ? ORDER BY l.created_at`,
    )
    .all(caseId, caseId, caseId) as Array<Record<string, string>>;
  return rows.map((r) => ({
    id: r['id'] as string,
    caseId: r['case_id'] as string,
    otherCaseId: r['other_case_id'] as string,
    relation: r['relation'] as CaseLink['relation'],
    note: r['note'] as string,
    createdAt: r['created_at'] as string,
    other: {
      id: r['oid'] as string,
      reference: r['reference'] as string,
      title: r['title'] as string,
    },
  }));
}
