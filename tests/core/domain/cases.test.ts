import { describe, expect, it } from 'vitest';
import {
  caseStatusHistory,
  changeCaseStatus,
  createCase,
  findCaseByReference,
  listCases,
  setCaseReferencePattern,
  suggestCaseReference,
  updateCase,
} from '../../../src/main/core/cases/cases';
import { caseLinks, linkCases } from '../../../src/main/core/cases/case-links';
import { addJournalEntry, listJournal } from '../../../src/main/core/cases/journal';
import { nextReference, patternProblem } from '../../../src/main/core/cases/reference-pattern';
import type { CaseFileSession } from '../../../src/main/core';
import { expectCaseFileError, newCaseFile } from '../../helpers/case-files';

function auditOf(session: CaseFileSession, entityId: string) {
  return (
    session.db
      .prepare('SELECT action, changes FROM audit_log WHERE entity_id = ? ORDER BY seq')
      .all(entityId) as Array<{ action: string; changes: string }>
  ).map((r) => ({ action: r.action, changes: JSON.parse(r.changes) as Record<string, unknown> }));
}

const ICON_CASE = {
  reference: 'ITCG-2026-0001',
  title: 'Икона Св. Николе — crkva u Prizrenu',
  offences: ['nicosia-3', 'nicosia-9'],
  openedOn: '2026-02-14',
  unit: 'Odsek za kulturna dobra',
  summary: 'Icon stolen in **2019**, offered at auction in Munich with a forged export licence.',
  tags: ['icon', ' ', 'auction'],
};

describe('cases', () => {
  it('creates a case, opens it in the "open" status, and audits every field', async () => {
    const { session } = await newCaseFile();
    const c = createCase(session, ICON_CASE);
    expect(c).toMatchObject({ status: 'open', closedOn: null, version: 1, handlingCode: 'H1' });
    expect(c.tags).toEqual(['icon', 'auction']);
    expect(findCaseByReference(session, 'ITCG-2026-0001').id).toBe(c.id);
    const [created] = auditOf(session, c.id);
    expect(created?.action).toBe('case.create');
    expect(created?.changes['title']).toEqual({ before: null, after: ICON_CASE.title });
    expect(caseStatusHistory(session, c.id)).toMatchObject([
      { from: null, to: 'open', on: '2026-02-14' },
    ]);
  });

  it('refuses a duplicate reference, an unknown offence and an empty title, changing nothing', async () => {
    const { session } = await newCaseFile();
    createCase(session, ICON_CASE);
    await expectCaseFileError(
      () => createCase(session, { ...ICON_CASE, reference: 'itcg-2026-0001' }),
      'ALREADY_EXISTS',
    );
    const unknown = await expectCaseFileError(
      () =>
        createCase(session, {
          ...ICON_CASE,
          reference: 'X-1',
          offences: ['nicosia-3', 'smuggling'],
        }),
      'INVALID_INPUT',
    );
    expect(unknown.message).toContain('offences.1');
    await expectCaseFileError(
      () => createCase(session, { ...ICON_CASE, reference: 'X-2', title: '  ' }),
      'INVALID_INPUT',
    );
    expect(listCases(session)).toHaveLength(1);
  });

  it('updates with field-level audit and refuses an edit of an outdated version', async () => {
    const { session } = await newCaseFile();
    const c = createCase(session, ICON_CASE);
    const {
      id: _id,
      version: _v,
      createdAt: _c,
      updatedAt: _u,
      status: _s,
      closedOn: _d,
      ...fields
    } = c;
    const next = updateCase(session, {
      id: c.id,
      version: 1,
      fields: { ...fields, prosecutor: 'Јелена Марковић' },
    });
    expect(next.version).toBe(2);
    const last = auditOf(session, c.id).at(-1);
    expect(last).toEqual({
      action: 'case.update',
      changes: { prosecutor: { before: '', after: 'Јелена Марковић' } },
    });
    await expectCaseFileError(
      () =>
        updateCase(session, { id: c.id, version: 1, fields: { ...fields, prosecutor: 'Other' } }),
      'EDIT_CONFLICT',
    );
    // Saving the same values again writes nothing.
    const same = updateCase(session, {
      id: c.id,
      version: 2,
      fields: { ...fields, prosecutor: 'Јелена Марковић' },
    });
    expect(same.version).toBe(2);
    expect(auditOf(session, c.id).map((e) => e.action)).toEqual(['case.create', 'case.update']);
  });

  it('follows the status workflow with dated transitions, and refuses a jump', async () => {
    const { session } = await newCaseFile();
    const c = createCase(session, ICON_CASE);
    await expectCaseFileError(
      () => changeCaseStatus(session, { id: c.id, version: 1, to: 'referred', on: '2026-03-01' }),
      'NOT_ALLOWED',
    );
    let v = changeCaseStatus(session, {
      id: c.id,
      version: 1,
      to: 'under_investigation',
      on: '2026-02-20',
    });
    v = changeCaseStatus(session, {
      id: c.id,
      version: v.version,
      to: 'referred',
      on: '2026-05-02',
      note: 'KT 112/26',
    });
    v = changeCaseStatus(session, { id: c.id, version: v.version, to: 'closed', on: '2026-09-30' });
    expect(v).toMatchObject({ status: 'closed', closedOn: '2026-09-30' });
    v = changeCaseStatus(session, {
      id: c.id,
      version: v.version,
      to: 'under_investigation',
      on: '2026-10-03',
    });
    expect(v.closedOn).toBeNull();
    await expectCaseFileError(
      () =>
        changeCaseStatus(session, { id: c.id, version: v.version, to: 'closed', on: '2025-01-01' }),
      'INVALID_INPUT',
    );
    expect(caseStatusHistory(session, c.id).map((h) => `${h.from}→${h.to}@${h.on}`)).toEqual([
      'null→open@2026-02-14',
      'open→under_investigation@2026-02-20',
      'under_investigation→referred@2026-05-02',
      'referred→closed@2026-09-30',
      'closed→under_investigation@2026-10-03',
    ]);
    // The history is append-only.
    expect(() => session.db.prepare('DELETE FROM case_status_change').run()).toThrow(/append-only/);
  });

  it('lists with filters and sorting', async () => {
    const { session } = await newCaseFile();
    createCase(session, ICON_CASE);
    const b = createCase(session, {
      ...ICON_CASE,
      reference: 'ITCG-2026-0002',
      title: 'Coin hoard',
      offences: ['nicosia-4'],
      openedOn: '2026-01-05',
    });
    changeCaseStatus(session, { id: b.id, version: 1, to: 'closed', on: '2026-02-01' });
    expect(listCases(session).map((c) => c.reference)).toEqual([
      'ITCG-2026-0001',
      'ITCG-2026-0002',
    ]);
    expect(
      listCases(session, { sort: 'openedOn', direction: 'asc' }).map((c) => c.reference)[0],
    ).toBe('ITCG-2026-0002');
    expect(listCases(session, { status: ['closed'] }).map((c) => c.title)).toEqual(['Coin hoard']);
    expect(listCases(session, { offence: 'nicosia-9' }).map((c) => c.reference)).toEqual([
      'ITCG-2026-0001',
    ]);
    expect(listCases(session, { openedFrom: '2026-02-01' })).toHaveLength(1);
  });

  it('follows the unit reference format and suggests the next number', async () => {
    expect(
      nextReference('ITCG-{YYYY}-{NNNN}', 2026, ['ITCG-2026-0007', 'ITCG-2025-0040', 'x']),
    ).toBe('ITCG-2026-0008');
    expect(nextReference('KU-{NNN}/{YY}', 2026, [])).toBe('KU-001/26');
    expect(patternProblem('ITCG-{YYYY}')).toMatch(/number/);
    expect(patternProblem('{FOO}-{NN}')).toMatch(/placeholder/);
    const { session } = await newCaseFile();
    setCaseReferencePattern(session, 'ITCG-{YYYY}-{NNNN}');
    createCase(session, ICON_CASE);
    expect(suggestCaseReference(session)).toBe('ITCG-2026-0002');
    const e = await expectCaseFileError(
      () => createCase(session, { ...ICON_CASE, reference: '2026/17' }),
      'INVALID_INPUT',
    );
    expect(e.message).toContain('ITCG-{YYYY}-{NNNN}');
  });

  it('links cases both ways and keeps a journal of dated notes', async () => {
    const { session } = await newCaseFile();
    const a = createCase(session, ICON_CASE);
    const b = createCase(session, {
      ...ICON_CASE,
      reference: 'ITCG-2026-0002',
      title: 'Auction house Munich',
    });
    linkCases(session, { caseId: a.id, otherCaseId: b.id, relation: 'same_objects' });
    await expectCaseFileError(
      () => linkCases(session, { caseId: a.id, otherCaseId: b.id, relation: 'same_objects' }),
      'ALREADY_EXISTS',
    );
    await expectCaseFileError(
      () => linkCases(session, { caseId: a.id, otherCaseId: a.id }),
      'INVALID_INPUT',
    );
    expect(caseLinks(session, b.id).map((l) => l.other.reference)).toEqual(['ITCG-2026-0001']);
    addJournalEntry(session, {
      caseId: a.id,
      at: '2026-02-15T09:30',
      body: 'Called the **parish priest**.',
    });
    addJournalEntry(session, {
      caseId: a.id,
      at: '2026-02-16T11:00',
      body: 'Request to INTERPOL NCB.',
    });
    await expectCaseFileError(
      () => addJournalEntry(session, { caseId: a.id, at: '2026-02-16T11:00', body: '  ' }),
      'INVALID_INPUT',
    );
    expect(listJournal(session, a.id).map((j) => j.at)).toEqual([
      '2026-02-16T11:00',
      '2026-02-15T09:30',
    ]);
  });
});
