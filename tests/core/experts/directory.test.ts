import { describe, expect, it } from 'vitest';
import { fixedClock, type CaseFileSession } from '../../../src/main/core';
import { write } from '../../../src/main/core/audit/write';
import { createCase } from '../../../src/main/core/cases/cases';
import {
  addExpert,
  getExpert,
  listExperts,
  updateExpert,
} from '../../../src/main/core/experts/directory';
import { CONSULTATION_SPEC, OPINION_SPEC } from '../../../src/main/core/experts/specs';
import { createObject } from '../../../src/main/core/objects';
import { insertRecord, newMeta } from '../../../src/main/core/records/record-store';
import {
  ConsultationRecord,
  OpinionRecord,
  type ConsultationFieldsInput,
  type ExpertFieldsInput,
} from '../../../src/shared/domain/expert';
import type { ExpertView } from '../../../src/shared/domain/expert-views';
import { expectCaseFileError, newCaseFile } from '../../helpers/case-files';

const issuesOf = (e: { details?: Record<string, unknown> }) =>
  e.details?.['issues'] as Array<{ path: string[]; message: string }>;

function auditOf(session: CaseFileSession, entityId: string) {
  return (
    session.db
      .prepare('SELECT action, changes FROM audit_log WHERE entity_id = ? ORDER BY seq')
      .all(entityId) as Array<{ action: string; changes: string }>
  ).map((r) => ({ action: r.action, changes: JSON.parse(r.changes) as Record<string, unknown> }));
}

function fieldsOf(v: ExpertView): ExpertFieldsInput {
  const {
    id: _i,
    version: _v,
    createdAt: _c,
    updatedAt: _u,
    consultationCount: _n,
    openCount: _o,
    overdueCount: _d,
    opinionCount: _p,
    medianTurnaroundDays: _m,
    lastConsultedOn: _l,
    ...fields
  } = v;
  return fields;
}

const PETROVIC: ExpertFieldsInput = {
  name: 'Milica Petrović',
  title: 'Dr',
  institution: 'Narodni muzej Srbije (Beograd)',
  country: 'RS',
  languages: ['sr', 'en', 'de'],
  fields: ['numismatics', 'classical-archaeology'],
  accreditation: 'Stalni sudski veštak, Viši sud u Beogradu',
  email: 'm.petrovic@example.rs',
};
const HOXHA: ExpertFieldsInput = {
  name: 'Arben Hoxha',
  title: 'Prof.',
  institution: 'Instituti i Arkeologjisë (Tiranë)',
  country: 'AL',
  languages: ['sq', 'it', 'en'],
  fields: ['classical-archaeology', 'ceramics'],
};
const NIKOLOVSKA: ExpertFieldsInput = {
  name: 'Елена Николовска',
  institution: 'Музеј на Македонија',
  country: 'MK',
  languages: ['mk', 'en'],
  fields: ['icons-church-art'],
  notes: 'Икони од Охридскиот регион',
};
const WEBER: ExpertFieldsInput = {
  name: 'Klaus Weber',
  institution: 'Curt-Engelhorn-Zentrum Archäometrie (Mannheim)',
  country: 'DE',
  languages: ['de', 'en'],
  fields: ['dating-laboratory', 'metals-analysis'],
  active: false,
};

describe('directory of experts', () => {
  it('adds, updates with a version check and audits field by field', async () => {
    const { session } = await newCaseFile();
    const added = addExpert(session, {
      fields: { ...PETROVIC, fields: ['numismatics', 'numismatics'], languages: ['SR', 'sr'] },
    });
    expect(added).toMatchObject({
      name: 'Milica Petrović',
      country: 'RS',
      fields: ['numismatics'],
      languages: ['sr'],
      active: true,
      version: 1,
      consultationCount: 0,
      openCount: 0,
      overdueCount: 0,
      opinionCount: 0,
      medianTurnaroundDays: null,
      lastConsultedOn: null,
    });
    expect(auditOf(session, added.id)[0]).toMatchObject({
      action: 'expert.create',
      changes: { name: { before: null, after: 'Milica Petrović' } },
    });

    const updated = updateExpert(session, {
      id: added.id,
      version: 1,
      fields: {
        ...fieldsOf(added),
        phone: '+381 11 3306 000',
        fields: ['numismatics', 'valuation'],
      },
    });
    expect(updated).toMatchObject({ version: 2, phone: '+381 11 3306 000' });
    expect(auditOf(session, added.id)[1]).toMatchObject({
      action: 'expert.update',
      changes: { phone: { before: '', after: '+381 11 3306 000' } },
    });
    const stale = await expectCaseFileError(
      () => updateExpert(session, { id: added.id, version: 1, fields: fieldsOf(added) }),
      'EDIT_CONFLICT',
    );
    expect(stale.details).toMatchObject({ currentVersion: 2, expectedVersion: 1 });
    // Unchanged fields: no new version, no audit entry.
    expect(
      updateExpert(session, { id: added.id, version: 2, fields: fieldsOf(updated) }).version,
    ).toBe(2);
    expect(auditOf(session, added.id)).toHaveLength(2);
  });

  it('refuses unknown fields of expertise and invalid fields, naming them', async () => {
    const { session } = await newCaseFile();
    const unknown = await expectCaseFileError(
      () => addExpert(session, { fields: { ...PETROVIC, fields: ['numismatics', 'astrology'] } }),
      'INVALID_INPUT',
    );
    expect(issuesOf(unknown)[0]?.path).toEqual(['fields', '1']);
    expect(unknown.message).toContain('astrology');
    const none = await expectCaseFileError(
      () => addExpert(session, { fields: { ...PETROVIC, fields: [] } }),
      'INVALID_INPUT',
    );
    expect(issuesOf(none)[0]?.path).toEqual(['fields']);
    const language = await expectCaseFileError(
      () => addExpert(session, { fields: { ...PETROVIC, languages: ['serbian'] } }),
      'INVALID_INPUT',
    );
    expect(issuesOf(language)[0]?.path).toEqual(['languages', '0']);
    expect(session.db.prepare('SELECT count(*) FROM expert').pluck().get()).toBe(0);
  });

  it('refuses a second entry for the same person, institution and country in any spelling', async () => {
    const { session } = await newCaseFile();
    const first = addExpert(session, { fields: PETROVIC });
    const cyrillic = await expectCaseFileError(
      () =>
        addExpert(session, {
          fields: {
            ...PETROVIC,
            name: 'Милица  Петровић',
            institution: 'Народни музеј Србије (Београд)',
            email: '',
          },
        }),
      'ALREADY_EXISTS',
    );
    expect(cyrillic.details).toMatchObject({ entity: 'expert', id: first.id });
    expect(cyrillic.message).toContain('Dr Milica Petrović, Narodni muzej Srbije (Beograd) (RS)');
    await expectCaseFileError(
      () => addExpert(session, { fields: { ...PETROVIC, name: 'MILICA PETROVIC' } }),
      'ALREADY_EXISTS',
    );
    // The same name elsewhere is another person.
    const namesake = addExpert(session, {
      fields: { ...PETROVIC, institution: 'Muzej grada Novog Sada' },
    });
    const other = addExpert(session, { fields: { ...PETROVIC, country: 'BA' } });
    expect(new Set([first.id, namesake.id, other.id]).size).toBe(3);
    // …and an edit cannot turn one entry into a copy of another.
    const clash = await expectCaseFileError(
      () =>
        updateExpert(session, {
          id: namesake.id,
          version: 1,
          fields: { ...fieldsOf(namesake), institution: 'Narodni muzej Srbije (Beograd)' },
        }),
      'ALREADY_EXISTS',
    );
    expect(clash.details).toMatchObject({ id: first.id });
    // A stale edit is an edit conflict before anything else.
    updateExpert(session, {
      id: namesake.id,
      version: 1,
      fields: { ...fieldsOf(namesake), phone: '021 451 240' },
    });
    await expectCaseFileError(
      () =>
        updateExpert(session, {
          id: namesake.id,
          version: 1,
          fields: { ...fieldsOf(namesake), institution: 'Narodni muzej Srbije (Beograd)' },
        }),
      'EDIT_CONFLICT',
    );
  });

  it('searches by field, country, language and folded text, by name, active experts unless asked', async () => {
    const { session } = await newCaseFile();
    const [petrovic, hoxha, nikolovska, weber] = [PETROVIC, HOXHA, NIKOLOVSKA, WEBER].map(
      (fields) => addExpert(session, { fields }),
    ) as ExpertView[];
    const ids = (query: unknown) => listExperts(session, query).map((e) => e.name);

    // By name whatever the script: Елена sorts as Elena.
    expect(ids({})).toEqual(['Arben Hoxha', 'Елена Николовска', 'Milica Petrović']);
    expect(ids({ includeInactive: true })).toEqual([
      'Arben Hoxha',
      'Елена Николовска',
      'Klaus Weber',
      'Milica Petrović',
    ]);
    expect(ids({ field: 'classical-archaeology' })).toEqual(['Arben Hoxha', 'Milica Petrović']);
    expect(ids({ field: 'metals-analysis' })).toEqual([]);
    expect(ids({ field: 'metals-analysis', includeInactive: true })).toEqual(['Klaus Weber']);
    expect(ids({ country: 'AL' })).toEqual(['Arben Hoxha']);
    expect(ids({ language: 'EN' })).toEqual(['Arben Hoxha', 'Елена Николовска', 'Milica Petrović']);
    expect(ids({ language: 'de', includeInactive: true })).toEqual([
      'Klaus Weber',
      'Milica Petrović',
    ]);
    expect(ids({ language: 'it', field: 'ceramics', country: 'AL' })).toEqual(['Arben Hoxha']);

    // Script, case and diacritics do not matter, in either direction.
    expect(ids({ text: 'Петровић' })).toEqual(['Milica Petrović']);
    expect(ids({ text: 'nikolovska' })).toEqual(['Елена Николовска']);
    expect(ids({ text: 'ohridskiot' })).toEqual(['Елена Николовска']);
    expect(ids({ text: 'arkeologjise tirane' })).toEqual(['Arben Hoxha']);
    expect(ids({ text: 'sudski veštak' })).toEqual(['Milica Petrović']);
    expect(ids({ text: 'example.rs' })).toEqual(['Milica Petrović']);
    expect(ids({ text: 'archaometrie' })).toEqual([]);
    expect(ids({ text: 'archäometrie', includeInactive: true })).toEqual(['Klaus Weber']);
    expect(ids({ text: 'petrovic hoxha' })).toEqual([]);

    await expectCaseFileError(() => listExperts(session, { country: 'Serbia' }), 'INVALID_INPUT');
    expect([petrovic, hoxha, nikolovska, weber].every((e) => e.consultationCount === 0)).toBe(true);
  });

  it('counts consultations, open and overdue ones from the injected clock, opinions and turnaround', async () => {
    const { session } = await newCaseFile();
    const expert = addExpert(session, { fields: PETROVIC });
    const other = addExpert(session, { fields: HOXHA });
    const caseA = createCase(session, {
      reference: 'ITCG-2026-0101',
      title: 'Coins from Viminacium',
      openedOn: '2026-01-05',
    });
    const caseB = createCase(session, {
      reference: 'ITCG-2026-0102',
      title: 'Krater',
      openedOn: '2026-01-20',
    });
    const coin = createObject(session, caseA.id, {
      exhibitNumber: 'E-1',
      typeL1: 'coins',
      title: 'Tetradrachm',
    });
    const krater = createObject(session, caseB.id, {
      exhibitNumber: 'P-7',
      typeL1: 'archaeological',
      title: 'Apulian krater',
    });
    const consult = (caseId: string, fields: Partial<ConsultationFieldsInput>) =>
      write(session, (tx) => {
        const record = ConsultationRecord.parse({
          expertId: expert.id,
          objectIds: [caseId === caseA.id ? coin.id : krater.id],
          questions: [{ kind: 'authenticity' }],
          ...fields,
          caseId,
          letters: [],
          ...newMeta(tx),
        });
        return insertRecord(tx, CONSULTATION_SPEC, record);
      });
    const received = consult(caseA.id, {
      status: 'received',
      sentOn: '2026-01-10',
      receivedOn: '2026-01-24',
      deadline: '2026-01-31',
    });
    consult(caseB.id, {
      status: 'received',
      sentOn: '2026-01-22',
      receivedOn: '2026-02-01',
    });
    const late = consult(caseB.id, {
      status: 'sent',
      sentOn: '2026-02-10',
      deadline: '2026-02-25',
    });
    consult(caseA.id, { status: 'sent', sentOn: '2026-02-20', deadline: '2026-03-20' });
    consult(caseA.id, { status: 'drafted' });
    consult(caseA.id, { status: 'withdrawn' });
    consult(caseA.id, { expertId: other.id, status: 'sent', sentOn: '2026-02-27' });
    write(session, (tx) =>
      insertRecord(
        tx,
        OPINION_SPEC,
        OpinionRecord.parse({
          objectId: coin.id,
          expertId: expert.id,
          consultationId: received.id,
          date: '2026-01-24',
          methods: ['visual_stylistic'],
          authenticity: 'authentic',
          conclusion: 'Authentic tetradrachm of Philip II.',
          caseId: caseA.id,
          ...newMeta(tx),
        }),
      ),
    );

    // The test clock reads 2026-03-01: the deadline of 25 February has passed.
    const now = listExperts(session, {}).find((e) => e.id === expert.id);
    expect(now).toMatchObject({
      consultationCount: 4,
      openCount: 2,
      overdueCount: 1,
      opinionCount: 1,
      medianTurnaroundDays: 12, // 14 and 10 days
      lastConsultedOn: '2026-02-20',
    });
    expect(listExperts(session, { country: 'AL' })[0]).toMatchObject({
      consultationCount: 1,
      openCount: 1,
      overdueCount: 0,
      medianTurnaroundDays: null,
    });

    const detail = getExpert(session, expert.id);
    expect(detail.expert.id).toBe(expert.id);
    expect(detail.consultations.map((c) => [c.sentOn, c.state])).toEqual([
      [null, 'withdrawn'],
      [null, 'drafted'],
      ['2026-02-20', 'sent'],
      ['2026-02-10', 'overdue'],
      ['2026-01-22', 'received'],
      ['2026-01-10', 'received'],
    ]);
    const overdue = detail.consultations.find((c) => c.id === late.id);
    expect(overdue).toMatchObject({
      caseReference: 'ITCG-2026-0102',
      expertName: 'Milica Petrović',
      expertCountry: 'RS',
      objects: [{ id: krater.id, exhibitNumber: 'P-7', title: 'Apulian krater' }],
      overdueDays: 4,
    });
    expect(detail.consultations.find((c) => c.id === received.id)).toMatchObject({
      turnaroundDays: 14,
      opinionCount: 1,
    });

    // Move the clock: on the deadline day the request is not overdue yet; later, both are.
    session.runtime.clock = fixedClock(new Date('2026-02-25T23:59:00Z'));
    expect(getExpert(session, expert.id).expert.overdueCount).toBe(0);
    session.runtime.clock = fixedClock(new Date('2026-03-21T06:00:00Z'));
    const later = getExpert(session, expert.id);
    expect(later.expert).toMatchObject({ overdueCount: 2, openCount: 2 });
    expect(later.consultations.find((c) => c.id === late.id)?.overdueDays).toBe(24);

    await expectCaseFileError(
      () => getExpert(session, '00000000-0000-4000-8000-00000000ffff'),
      'NOT_FOUND',
    );
  });
});
