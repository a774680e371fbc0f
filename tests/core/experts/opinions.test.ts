import { describe, expect, it } from 'vitest';
import { bytesSource, type CaseFileSession } from '../../../src/main/core';
import { addDocument } from '../../../src/main/core/documents';
import {
  addOpinion,
  caseOpinions,
  objectOpinions,
  updateOpinion,
} from '../../../src/main/core/experts/opinions';
import type { OpinionFieldsInput } from '../../../src/shared/domain/expert';
import { expectCaseFileError, newCaseFile } from '../../helpers/case-files';
import { opinionCase, storeConsultation } from './opinion-fixtures';

const NOWHERE = '00000000-0000-4000-8000-00000000ffff';

function issuePaths(e: { details?: Record<string, unknown> }) {
  return ((e.details?.['issues'] as Array<{ path: string[] }>) ?? []).map((i) => i.path.join('.'));
}

const count = (session: CaseFileSession, table: string) =>
  session.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

const citations = (session: CaseFileSession, id: string) =>
  session.db
    .prepare(
      "SELECT document_id, page FROM document_citation WHERE kind = 'opinion' AND entity_id = ?",
    )
    .all(id);

describe('expert opinions', () => {
  it('keeps two conflicting opinions on one object and summarises them as disputed, naming both', async () => {
    const { session } = await newCaseFile();
    const s = await opinionCase(session);
    const first = addOpinion(session, {
      fields: {
        objectId: s.helmet.id,
        expertId: s.archaeologist.id,
        date: '2026-02-03',
        methods: ['visual_stylistic', 'metallurgy'],
        authenticity: 'authentic',
        dating: { earliest: -450, latest: -350, text: '4th century BC' },
        origin: { text: 'Southern Illyria', country: 'AL' },
        redListCategory: 'see-2021.antiquity',
        value: { amount: '18000', currency: 'EUR' },
        confidence: 'high',
        conclusion: 'An Illyrian helmet of the 4th century BC.',
        reportDocumentId: s.report.id,
      },
    });
    const second = addOpinion(session, {
      fields: {
        objectId: s.helmet.id,
        expertId: s.numismatist.id,
        date: '2026-02-20',
        methods: ['xrf'],
        methodNote: 'Zinc content 18 %: brass of modern manufacture.',
        authenticity: 'not_authentic',
        dating: { earliest: 1950, latest: 2000 },
        value: { amount: '300.00', currency: 'EUR' },
        confidence: 'medium',
        conclusion: 'A modern copy.',
      },
    });

    // The view resolves the expert, the exhibit and the signed report with its file's hash.
    expect(first).toMatchObject({
      caseId: s.caseId,
      version: 1,
      expertName: 'Ana Kovačević',
      expertTitle: 'Dr',
      expertInstitution: 'Narodni muzej Beograd',
      expertCountry: 'RS',
      exhibitNumber: 'E-1',
      report: { id: s.report.id, title: 'Expert report on E-1', sha256: s.report.file?.sha256 },
    });
    expect(first.report?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(second.report).toBeNull();
    expect(citations(session, first.id)).toEqual([{ document_id: s.report.id, page: '' }]);
    expect(citations(session, second.id)).toEqual([]);

    const { opinions, summary } = objectOpinions(session, s.helmet.id);
    expect(opinions.map((o) => o.id)).toEqual([first.id, second.id]);
    const of = (aspect: string) => summary.find((x) => x.aspect === aspect);
    expect(of('authenticity')).toEqual({
      aspect: 'authenticity',
      state: 'disputed',
      positions: [
        { value: 'authentic', opinionIds: [first.id] },
        { value: 'not_authentic', opinionIds: [second.id] },
      ],
    });
    expect(of('dating')).toMatchObject({
      state: 'disputed',
      positions: [
        { value: '-450/-350', opinionIds: [first.id] },
        { value: '1950/2000', opinionIds: [second.id] },
      ],
    });
    expect(of('value')?.state).toBe('disputed');
    expect(of('origin')?.state).toBe('single');
    expect(of('redList')).toMatchObject({
      state: 'single',
      positions: [{ value: 'see-2021.antiquity', opinionIds: [first.id] }],
    });
    // The coin has no opinion yet; the case lists both opinions of the helmet.
    expect(objectOpinions(session, s.coin.id).summary.every((a) => a.state === 'none')).toBe(true);
    expect(caseOpinions(session, s.caseId).map((o) => o.id)).toEqual([first.id, second.id]);

    // Each opinion was audited as created.
    const actions = session.db
      .prepare("SELECT action FROM audit_log WHERE entity_type = 'opinion' ORDER BY seq")
      .pluck()
      .all();
    expect(actions).toEqual(['opinion.create', 'opinion.create']);
  });

  it('accepts a consultation of the case that asked this expert about this object, refuses others', async () => {
    const { session } = await newCaseFile();
    const s = await opinionCase(session);
    const base: OpinionFieldsInput = {
      objectId: s.coin.id,
      expertId: s.numismatist.id,
      consultationId: s.consultation.id,
      date: '2026-02-10',
      methods: ['visual_stylistic'],
      authenticity: 'authentic',
      conclusion: 'A tetradrachm of Damastion.',
    };
    const answered = addOpinion(session, { fields: base });
    expect(answered.consultationId).toBe(s.consultation.id);

    const before = count(session, 'opinion');
    const refusedFor = async (fields: OpinionFieldsInput, message: RegExp) => {
      const e = await expectCaseFileError(() => addOpinion(session, { fields }), 'INVALID_INPUT');
      expect(issuePaths(e)).toEqual(['consultationId']);
      expect(e.message).toMatch(message);
    };
    // The consultation asked about the coin, not the helmet.
    await refusedFor({ ...base, objectId: s.helmet.id }, /did not ask about this object/);
    // It asked the numismatist, not the archaeologist.
    await refusedFor({ ...base, expertId: s.archaeologist.id }, /asked another expert/);
    // A consultation of another case.
    const other = await opinionCase(session, 'ITCG-2026-0702');
    const foreign = storeConsultation(session, other.caseId, {
      expertId: s.numismatist.id,
      objectIds: [other.coin.id],
      questions: [{ kind: 'dating' }],
    });
    await refusedFor({ ...base, consultationId: foreign.id }, /belongs to another case/);
    await refusedFor({ ...base, consultationId: NOWHERE }, /no such consultation/);
    expect(count(session, 'opinion')).toBe(before);

    // Unknown object and expert are refused naming the field.
    for (const [field, value] of [
      ['objectId', NOWHERE],
      ['expertId', NOWHERE],
    ] as const) {
      const e = await expectCaseFileError(
        () => addOpinion(session, { fields: { ...base, consultationId: null, [field]: value } }),
        'INVALID_INPUT',
      );
      expect(issuePaths(e)).toEqual([field]);
    }
  });

  it("refuses a report that is another case's document, and keeps the citation in step on edit", async () => {
    const { session } = await newCaseFile();
    const s = await opinionCase(session);
    const other = await opinionCase(session, 'ITCG-2026-0702');
    const fields: OpinionFieldsInput = {
      objectId: s.helmet.id,
      expertId: s.archaeologist.id,
      date: '2026-02-03',
      methods: ['visual_stylistic'],
      conclusion: 'Authentic.',
      reportDocumentId: other.report.id,
    };
    const citationsBefore = count(session, 'document_citation');
    const e = await expectCaseFileError(() => addOpinion(session, { fields }), 'INVALID_INPUT');
    expect(issuePaths(e)).toEqual(['reportDocumentId']);
    expect(e.message).toMatch(/evidence of another case/);
    expect(count(session, 'opinion')).toBe(0);
    expect(count(session, 'document_citation')).toBe(citationsBefore);

    const added = addOpinion(session, { fields: { ...fields, reportDocumentId: s.report.id } });
    const second = await addDocument(
      session,
      s.caseId,
      bytesSource('nalaz-2.txt', Buffer.from('Dopunski nalaz\n')),
      { type: 'expert-report' },
    );
    const moved = updateOpinion(session, {
      id: added.id,
      version: added.version,
      fields: { ...fields, reportDocumentId: second.id },
    });
    expect(moved.version).toBe(2);
    expect(moved.report).toMatchObject({ id: second.id, title: 'nalaz-2.txt' });
    expect(citations(session, added.id)).toEqual([{ document_id: second.id, page: '' }]);
    const cleared = updateOpinion(session, {
      id: added.id,
      version: moved.version,
      fields: { ...fields, reportDocumentId: null },
    });
    expect(cleared.report).toBeNull();
    expect(citations(session, added.id)).toEqual([]);
    // An opinion stays in its case: moving it to an object of another case is refused.
    const e2 = await expectCaseFileError(
      () =>
        updateOpinion(session, {
          id: added.id,
          version: cleared.version,
          fields: { ...fields, objectId: other.helmet.id, reportDocumentId: null },
        }),
      'INVALID_INPUT',
    );
    expect(issuePaths(e2)).toEqual(['objectId']);
  });

  it('accepts a Red List category, refuses a list, an unknown code and a bad value', async () => {
    const { session } = await newCaseFile();
    const s = await opinionCase(session);
    const base: OpinionFieldsInput = {
      objectId: s.coin.id,
      expertId: s.numismatist.id,
      date: '2026-02-10',
      methods: ['visual_stylistic'],
      conclusion: 'On the Red List.',
    };
    for (const [patch, path, message] of [
      [
        { redListCategory: 'see-2021' },
        'redListCategory',
        /is a Red List; choose one of its categories/,
      ],
      [
        { redListCategory: 'see-2021.nothing' },
        'redListCategory',
        /not in the red list category list/,
      ],
      [{ value: { amount: '-5', currency: 'EUR' } }, 'value.amount', /cannot be negative/],
      [{ value: { amount: '5', currency: 'eur' } }, 'value.currency', /currency code/],
      [{ dating: { earliest: 100, latest: -100 } }, 'dating.latest', /earliest year is after/],
      [{ methods: [] }, 'methods', /name the method/],
    ] as const) {
      const e = await expectCaseFileError(
        () => addOpinion(session, { fields: { ...base, ...patch } as OpinionFieldsInput }),
        'INVALID_INPUT',
      );
      expect(issuePaths(e)).toEqual([path]);
      expect(e.message).toMatch(message);
    }
    expect(count(session, 'opinion')).toBe(0);
    const coins = addOpinion(session, { fields: { ...base, redListCategory: 'see-2021.coins' } });
    expect(coins.redListCategory).toBe('see-2021.coins');
    expect(objectOpinions(session, s.coin.id).summary.find((a) => a.aspect === 'redList')).toEqual({
      aspect: 'redList',
      state: 'single',
      positions: [{ value: 'see-2021.coins', opinionIds: [coins.id] }],
    });
  });

  it('refuses an edit of an outdated version (EDIT_CONFLICT) and audits the field that changed', async () => {
    const { session } = await newCaseFile();
    const s = await opinionCase(session);
    const fields: OpinionFieldsInput = {
      objectId: s.helmet.id,
      expertId: s.archaeologist.id,
      date: '2026-02-03',
      methods: ['visual_stylistic'],
      confidence: 'low',
      conclusion: 'Probably authentic.',
    };
    const v1 = addOpinion(session, { fields });
    const v2 = updateOpinion(session, {
      id: v1.id,
      version: v1.version,
      fields: { ...fields, confidence: 'medium' },
    });
    expect(v2.version).toBe(2);
    const e = await expectCaseFileError(
      () =>
        updateOpinion(session, {
          id: v1.id,
          version: v1.version,
          fields: { ...fields, confidence: 'high' },
        }),
      'EDIT_CONFLICT',
    );
    expect(e.details).toMatchObject({ currentVersion: 2, expectedVersion: 1 });
    expect(objectOpinions(session, s.helmet.id).opinions[0]).toMatchObject({
      version: 2,
      confidence: 'medium',
    });
    const changes = session.db
      .prepare("SELECT changes FROM audit_log WHERE action = 'opinion.update' AND entity_id = ?")
      .pluck()
      .all(v1.id) as string[];
    expect(changes.map((c) => Object.keys(JSON.parse(c) as object))).toEqual([['confidence']]);
    // Saving unchanged writes nothing.
    expect(
      updateOpinion(session, { id: v1.id, version: 2, fields: { ...fields, confidence: 'medium' } })
        .version,
    ).toBe(2);
  });
});
