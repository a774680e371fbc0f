import { describe, expect, it } from 'vitest';
import { CaseFileErrorCode, fixedClock, write, type CaseFileSession } from '../../../src/main/core';
import { createCase } from '../../../src/main/core/cases/cases';
import {
  addConsultation,
  getConsultation,
  listConsultations,
  updateConsultation,
} from '../../../src/main/core/experts/consultations';
import { EXPERT_SPEC } from '../../../src/main/core/experts/specs';
import { createObject } from '../../../src/main/core/objects';
import { insertRecord, newMeta, updateRecord } from '../../../src/main/core/records/record-store';
import {
  ExpertFields,
  type ConsultationFieldsInput,
  type ExpertFieldsInput,
} from '../../../src/shared/domain/expert';
import type { ConsultationView } from '../../../src/shared/domain/expert-views';
import { expectCaseFileError, newCaseFile, type TestCaseFile } from '../../helpers/case-files';

/**
 * Experts are stored straight through their record spec (as the directory stores them), so these
 * tests depend only on the consultation service.
 */
function storeExpert(session: CaseFileSession, input: ExpertFieldsInput) {
  return write(session, (tx) =>
    insertRecord(tx, EXPERT_SPEC, { ...ExpertFields.parse(input), ...newMeta(tx) }),
  );
}

async function setUp() {
  const cf = await newCaseFile();
  const { session } = cf;
  const c = createCase(session, {
    reference: 'ITCG-2026-0702',
    title: 'Helmet and coins',
    openedOn: '2026-01-10',
  });
  const helmet = createObject(session, c.id, {
    exhibitNumber: 'E-1',
    typeL1: 'archaeological',
    typeL2: 'archaeological.metalwork',
    title: 'Illyrian helmet',
  });
  const coin = createObject(session, c.id, {
    exhibitNumber: 'E-2',
    typeL1: 'coins',
    typeL2: 'coins.coin',
    title: 'Tetradrachm of Philip II',
  });
  const other = createCase(session, {
    reference: 'ITCG-2026-0703',
    title: 'Another case',
    openedOn: '2026-01-11',
  });
  const elsewhere = createObject(session, other.id, { exhibitNumber: 'E-1', typeL1: 'coins' });
  const expert = storeExpert(session, {
    name: 'Arben Hoxha',
    title: 'Prof.',
    institution: 'Instituti i Arkeologjisë',
    country: 'AL',
    languages: ['sq', 'en'],
    fields: ['numismatics'],
  });
  const retired = storeExpert(session, {
    name: 'Petar Marković',
    country: 'RS',
    fields: ['classical-archaeology'],
    active: false,
  });
  return { cf, session, caseId: c.id, helmet, coin, elsewhere, expert, retired, otherId: other.id };
}

type Setup = Awaited<ReturnType<typeof setUp>>;

function base(s: Setup, over: Partial<ConsultationFieldsInput> = {}): ConsultationFieldsInput {
  return {
    expertId: s.expert.id,
    objectIds: [s.helmet.id, s.coin.id],
    questions: [{ kind: 'authenticity' }, { kind: 'dating' }, { kind: 'value' }],
    legalBasis: 'ZKP čl. 113',
    orderedBy: 'Osnovno javno tužilaštvo u Beogradu',
    orderReference: 'KT 123/26',
    reference: '01-2345/26',
    ...over,
  };
}

function fieldsOf(v: ConsultationView): ConsultationFieldsInput {
  return {
    expertId: v.expertId,
    objectIds: v.objectIds,
    questions: v.questions,
    legalBasis: v.legalBasis,
    orderedBy: v.orderedBy,
    orderReference: v.orderReference,
    reference: v.reference,
    deadline: v.deadline,
    status: v.status,
    sentOn: v.sentOn,
    receivedOn: v.receivedOn,
    language: v.language,
    secondLanguage: v.secondLanguage,
    signatory: v.signatory,
    notes: v.notes,
  };
}

function linkedObjects(session: CaseFileSession, consultationId: string): string[] {
  return session.db
    .prepare(
      'SELECT object_id FROM consultation_object WHERE consultation_id = ? ORDER BY object_id',
    )
    .pluck()
    .all(consultationId) as string[];
}

function auditOf(session: CaseFileSession, entityId: string) {
  return session.db
    .prepare('SELECT action FROM audit_log WHERE entity_id = ? ORDER BY seq')
    .pluck()
    .all(entityId) as string[];
}

/** Moves the injected clock to `iso` (every later reading starts there). */
function setClock(cf: TestCaseFile, iso: string): void {
  cf.runtime.clock = fixedClock(new Date(iso));
}

async function refusedAt(fn: () => unknown, path: string[]) {
  const error = await expectCaseFileError(fn, CaseFileErrorCode.InvalidInput);
  expect((error.details as { issues: Array<{ path: string[] }> }).issues[0]?.path).toEqual(path);
  return error;
}

describe('consultations', () => {
  it('records a request about two objects, with the expert, case and objects resolved', async () => {
    const s = await setUp();
    const view = addConsultation(s.session, { caseId: s.caseId, fields: base(s) });

    expect(view).toMatchObject({
      caseId: s.caseId,
      caseReference: 'ITCG-2026-0702',
      expertName: 'Arben Hoxha',
      expertInstitution: 'Instituti i Arkeologjisë',
      expertCountry: 'AL',
      status: 'drafted',
      state: 'drafted',
      overdueDays: null,
      turnaroundDays: null,
      opinionCount: 0,
      letters: [],
      version: 1,
      language: 'en',
      secondLanguage: null,
    });
    expect(view.objects).toEqual([
      { id: s.helmet.id, exhibitNumber: 'E-1', title: 'Illyrian helmet' },
      { id: s.coin.id, exhibitNumber: 'E-2', title: 'Tetradrachm of Philip II' },
    ]);
    expect(linkedObjects(s.session, view.id)).toEqual([s.helmet.id, s.coin.id].sort());
    expect(auditOf(s.session, view.id)).toEqual(['consultation.create']);
    expect(getConsultation(s.session, view.id)).toEqual(view);
    expect(listConsultations(s.session, s.caseId).map((c) => c.id)).toEqual([view.id]);
    expect(listConsultations(s.session, s.otherId)).toEqual([]);
  });

  it('rewrites the objects of the request in the same transaction as the record', async () => {
    const s = await setUp();
    const first = addConsultation(s.session, { caseId: s.caseId, fields: base(s) });
    const next = updateConsultation(s.session, {
      id: first.id,
      version: first.version,
      fields: { ...fieldsOf(first), objectIds: [s.coin.id] },
    });
    expect(next.version).toBe(2);
    expect(next.objects.map((o) => o.exhibitNumber)).toEqual(['E-2']);
    expect(linkedObjects(s.session, first.id)).toEqual([s.coin.id]);
    expect(auditOf(s.session, first.id)).toEqual(['consultation.create', 'consultation.update']);

    // Saved unchanged: no new version, no audit entry, the links stay.
    const same = updateConsultation(s.session, {
      id: first.id,
      version: next.version,
      fields: fieldsOf(next),
    });
    expect(same.version).toBe(2);
    expect(linkedObjects(s.session, first.id)).toEqual([s.coin.id]);
    expect(auditOf(s.session, first.id)).toHaveLength(2);
  });

  it('refuses an object of another case, an unknown object or expert, and a retired expert', async () => {
    const s = await setUp();
    const error = await refusedAt(
      () =>
        addConsultation(s.session, {
          caseId: s.caseId,
          fields: base(s, { objectIds: [s.helmet.id, s.elsewhere.id] }),
        }),
      ['objectIds', '1'],
    );
    expect(error.message).toContain('another case');
    await refusedAt(
      () =>
        addConsultation(s.session, {
          caseId: s.caseId,
          fields: base(s, { objectIds: ['00000000-0000-4000-8000-00000000ffff'] }),
        }),
      ['objectIds', '0'],
    );
    await refusedAt(
      () =>
        addConsultation(s.session, {
          caseId: s.caseId,
          fields: base(s, { expertId: '00000000-0000-4000-8000-00000000ffff' }),
        }),
      ['expertId'],
    );
    const retired = await refusedAt(
      () =>
        addConsultation(s.session, {
          caseId: s.caseId,
          fields: base(s, { expertId: s.retired.id }),
        }),
      ['expertId'],
    );
    expect(retired.message).toContain('Petar Marković');
    await refusedAt(
      () => addConsultation(s.session, { caseId: s.caseId, fields: base(s, { objectIds: [] }) }),
      ['objectIds'],
    );
    await refusedAt(
      () =>
        addConsultation(s.session, {
          caseId: s.caseId,
          fields: base(s, { questions: [{ kind: 'custom', text: '  ' }] }),
        }),
      ['questions', '0', 'text'],
    );
    expect(listConsultations(s.session, s.caseId)).toEqual([]);
    expect(s.session.db.prepare('SELECT count(*) FROM consultation_object').pluck().get()).toBe(0);
  });

  it('keeps an expert retired after the request was made editable on that request', async () => {
    const s = await setUp();
    const view = addConsultation(s.session, { caseId: s.caseId, fields: base(s) });
    write(s.session, (tx) =>
      updateRecord(tx, EXPERT_SPEC, s.expert.id, null, (e) => {
        const { id: _i, version: _v, createdAt: _c, updatedAt: _u, ...data } = e;
        return { ...data, active: false };
      }),
    );
    // A new request to the retired expert is refused; the existing one can still be edited.
    await refusedAt(
      () => addConsultation(s.session, { caseId: s.caseId, fields: base(s) }),
      ['expertId'],
    );
    const next = updateConsultation(s.session, {
      id: view.id,
      version: view.version,
      fields: { ...fieldsOf(view), notes: 'expert retired meanwhile' },
    });
    expect(next.notes).toBe('expert retired meanwhile');
  });

  it('refuses dates that do not fit the status, naming the field', async () => {
    const s = await setUp();
    const add = (over: Partial<ConsultationFieldsInput>) => () =>
      addConsultation(s.session, { caseId: s.caseId, fields: base(s, over) });

    await refusedAt(add({ status: 'drafted', sentOn: '2026-02-01' }), ['sentOn']);
    await refusedAt(add({ status: 'drafted', receivedOn: '2026-02-01' }), ['receivedOn']);
    await refusedAt(add({ status: 'sent' }), ['sentOn']);
    await refusedAt(add({ status: 'sent', sentOn: '2026-02-01', receivedOn: '2026-02-10' }), [
      'receivedOn',
    ]);
    await refusedAt(add({ status: 'received', sentOn: '2026-02-01' }), ['receivedOn']);
    await refusedAt(add({ status: 'received', receivedOn: '2026-02-01' }), ['sentOn']);
    const early = await refusedAt(
      add({ status: 'received', sentOn: '2026-02-10', receivedOn: '2026-02-09' }),
      ['receivedOn'],
    );
    expect(early.message).toContain('before the request was sent');
    await refusedAt(add({ status: 'sent', sentOn: '2026-02-10', deadline: '2026-02-09' }), [
      'deadline',
    ]);
    await refusedAt(add({ status: 'withdrawn', receivedOn: '2026-02-09' }), ['sentOn']);
    await refusedAt(add({ sentOn: '2026-02-31' as string, status: 'sent' }), ['sentOn']);

    // What is consistent is accepted: received the day it was sent, deadline on the day sent.
    const ok = addConsultation(s.session, {
      caseId: s.caseId,
      fields: base(s, {
        status: 'received',
        sentOn: '2026-02-10',
        deadline: '2026-02-10',
        receivedOn: '2026-02-10',
      }),
    });
    expect(ok.turnaroundDays).toBe(0);
    expect(listConsultations(s.session, s.caseId)).toHaveLength(1);
  });

  it('does not let a received request go back to being a draft, and says why', async () => {
    const s = await setUp();
    const view = addConsultation(s.session, {
      caseId: s.caseId,
      fields: base(s, { status: 'received', sentOn: '2026-02-01', receivedOn: '2026-02-20' }),
    });
    const error = await refusedAt(
      () =>
        updateConsultation(s.session, {
          id: view.id,
          version: view.version,
          fields: { ...fieldsOf(view), status: 'drafted', sentOn: null, receivedOn: null },
        }),
      ['status'],
    );
    expect(error.message).toContain('already answered');
    // Back to sent (a receipt recorded by mistake) is allowed.
    const back = updateConsultation(s.session, {
      id: view.id,
      version: view.version,
      fields: { ...fieldsOf(view), status: 'sent', receivedOn: null },
    });
    expect(back.state).toBe('sent');
  });

  it('refuses an edit of an outdated version and keeps the newer one', async () => {
    const s = await setUp();
    const view = addConsultation(s.session, { caseId: s.caseId, fields: base(s) });
    updateConsultation(s.session, {
      id: view.id,
      version: 1,
      fields: { ...fieldsOf(view), signatory: 'Insp. Jelena Ilić' },
    });
    const error = await expectCaseFileError(
      () =>
        updateConsultation(s.session, {
          id: view.id,
          version: 1,
          fields: { ...fieldsOf(view), objectIds: [s.helmet.id], signatory: 'Someone else' },
        }),
      CaseFileErrorCode.EditConflict,
    );
    expect(error.details).toMatchObject({ currentVersion: 2, expectedVersion: 1 });
    const now = getConsultation(s.session, view.id);
    expect(now.signatory).toBe('Insp. Jelena Ilić');
    expect(linkedObjects(s.session, view.id)).toHaveLength(2);
  });

  it('flags a sent request overdue from the injected clock, by whole days', async () => {
    const s = await setUp();
    const view = addConsultation(s.session, {
      caseId: s.caseId,
      fields: base(s, { status: 'sent', sentOn: '2026-02-01', deadline: '2026-03-10' }),
    });

    setClock(s.cf, '2026-03-10T23:59:00Z');
    expect(getConsultation(s.session, view.id)).toMatchObject({
      state: 'sent',
      overdueDays: null,
    });

    setClock(s.cf, '2026-03-11T00:00:01Z');
    expect(getConsultation(s.session, view.id)).toMatchObject({
      state: 'overdue',
      overdueDays: 1,
    });
    expect(listConsultations(s.session, s.caseId)[0]).toMatchObject({
      state: 'overdue',
      overdueDays: 1,
    });

    setClock(s.cf, '2026-03-20T12:00:00Z');
    expect(getConsultation(s.session, view.id).overdueDays).toBe(10);
    // Overdue is derived, never stored.
    expect(s.session.db.prepare('SELECT status FROM consultation').pluck().get()).toBe('sent');

    // Received: no longer overdue, and the turnaround is counted from sent to received.
    const received = updateConsultation(s.session, {
      id: view.id,
      version: view.version,
      fields: { ...fieldsOf(view), status: 'received', receivedOn: '2026-03-15' },
    });
    expect(received).toMatchObject({ state: 'received', overdueDays: null, turnaroundDays: 42 });
  });

  it('counts the opinions that answer the request', async () => {
    const s = await setUp();
    const view = addConsultation(s.session, { caseId: s.caseId, fields: base(s) });
    write(s.session, (tx) => {
      const meta = newMeta(tx);
      tx.db
        .prepare(
          `INSERT INTO opinion (id, case_id, object_id, expert_id, consultation_id, date, data, version, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, '2026-02-20', '{}', 1, ?, ?)`,
        )
        .run(meta.id, s.caseId, s.coin.id, s.expert.id, view.id, meta.createdAt, meta.updatedAt);
      tx.audit({ action: 'test.opinion', entityType: 'opinion', entityId: meta.id, changes: {} });
    });
    expect(getConsultation(s.session, view.id).opinionCount).toBe(1);
  });

  it('lists the newest request first and refuses an unknown case', async () => {
    const s = await setUp();
    const a = addConsultation(s.session, { caseId: s.caseId, fields: base(s) });
    const b = addConsultation(s.session, {
      caseId: s.caseId,
      fields: base(s, { objectIds: [s.coin.id] }),
    });
    expect(listConsultations(s.session, s.caseId).map((c) => c.id)).toEqual([b.id, a.id]);
    await expectCaseFileError(
      () => listConsultations(s.session, '00000000-0000-4000-8000-00000000ffff'),
      CaseFileErrorCode.NotFound,
    );
    await expectCaseFileError(
      () =>
        addConsultation(s.session, {
          caseId: '00000000-0000-4000-8000-00000000ffff',
          fields: base(s),
        }),
      CaseFileErrorCode.NotFound,
    );
  });
});
