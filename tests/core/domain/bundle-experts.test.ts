import { describe, expect, it } from 'vitest';
import { verifyCaseFile, type CaseFileSession } from '../../../src/main/core';
import { bundleText, exportBundle } from '../../../src/main/core/bundle/export';
import { importBundle } from '../../../src/main/core/bundle/import';
import { write } from '../../../src/main/core/audit/write';
import { EXPERT_SPEC } from '../../../src/main/core/experts/specs';
import { addOpinion, caseOpinions, objectOpinions } from '../../../src/main/core/experts/opinions';
import { updateRecord } from '../../../src/main/core/records/record-store';
import type { CaseBundle } from '../../../src/shared/domain/bundle';
import type { ExpertRecord } from '../../../src/shared/domain/expert';
import { expectCaseFileError, newCaseFile } from '../../helpers/case-files';
import { opinionCase, storeExpert } from '../experts/opinion-fixtures';

const NOWHERE = '00000000-0000-4000-8000-00000000ffff';

const TABLES = [
  'expert',
  'consultation',
  'consultation_object',
  'opinion',
  'document_citation',
  'audit_log',
] as const;

function counts(session: CaseFileSession) {
  return Object.fromEntries(
    TABLES.map((t) => [t, session.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()]),
  );
}

const rows = (session: CaseFileSession, sql: string) => session.db.prepare(sql).all();

function pathsOf(e: { details?: Record<string, unknown> }) {
  return (e.details?.['issues'] as Array<{ path: string; message: string }>) ?? [];
}

/**
 * The opinion case with two conflicting opinions on the helmet (one with its signed report),
 * the numismatist's answer to the consultation about the coin, and an expert the case never
 * consulted (who must stay at home).
 */
async function expertCase(session: CaseFileSession) {
  const s = await opinionCase(session);
  const authentic = addOpinion(session, {
    fields: {
      objectId: s.helmet.id,
      expertId: s.archaeologist.id,
      date: '2026-02-03',
      methods: ['visual_stylistic'],
      authenticity: 'authentic',
      dating: { earliest: -450, latest: -350 },
      redListCategory: 'see-2021.antiquity',
      conclusion: 'Illyrian, 4th century BC.',
      reportDocumentId: s.report.id,
    },
  });
  const copy = addOpinion(session, {
    fields: {
      objectId: s.helmet.id,
      expertId: s.numismatist.id,
      date: '2026-02-20',
      methods: ['xrf'],
      authenticity: 'not_authentic',
      conclusion: 'A modern copy.',
    },
  });
  const answer = addOpinion(session, {
    fields: {
      objectId: s.coin.id,
      expertId: s.numismatist.id,
      consultationId: s.consultation.id,
      date: '2026-02-25',
      methods: ['visual_stylistic'],
      value: { amount: '450', currency: 'EUR' },
      conclusion: 'A tetradrachm of Damastion.',
    },
  });
  const stranger = storeExpert(session, {
    name: 'Marko Novak',
    country: 'SI',
    fields: ['paintings'],
  });
  return { ...s, authentic, copy, answer, stranger };
}

describe('case bundle: experts, consultations and opinions', () => {
  it('round-trips them byte for byte, with the same views and derived rows', async () => {
    const a = await newCaseFile();
    const s = await expertCase(a.session);
    const first = bundleText(exportBundle(a.session, [s.caseId]));
    const bundle = JSON.parse(first) as CaseBundle;
    expect(bundle.experts.map((e) => e.id).sort()).toEqual(
      [s.archaeologist.id, s.numismatist.id].sort(),
    );
    expect(first).not.toContain(s.stranger.id);
    expect(bundle.consultations.map((c) => c.id)).toEqual([s.consultation.id]);
    expect(bundle.opinions.map((o) => o.id).sort()).toEqual(
      [s.authentic.id, s.copy.id, s.answer.id].sort(),
    );
    expect(first).not.toMatch(/consultation_object|document_citation/);

    const b = await newCaseFile();
    const report = await importBundle(b.session, JSON.parse(first), { baseDir: null });
    expect(report.created).toMatchObject({ experts: 2, consultations: 1, opinions: 3 });
    expect(bundleText(exportBundle(b.session, [s.caseId]))).toBe(first);

    // The same views: opinions with expert and report resolved, the summary naming both.
    expect(objectOpinions(b.session, s.helmet.id)).toEqual(objectOpinions(a.session, s.helmet.id));
    expect(caseOpinions(b.session, s.caseId)).toEqual(caseOpinions(a.session, s.caseId));
    const authenticity = objectOpinions(b.session, s.helmet.id).summary[0];
    expect(authenticity).toMatchObject({ aspect: 'authenticity', state: 'disputed' });
    expect(authenticity?.positions.flatMap((p) => p.opinionIds)).toEqual([
      s.authentic.id,
      s.copy.id,
    ]);
    for (const sql of [
      'SELECT * FROM consultation_object ORDER BY consultation_id, object_id',
      "SELECT * FROM document_citation WHERE kind = 'opinion' ORDER BY entity_id",
    ]) {
      expect(rows(b.session, sql)).toEqual(rows(a.session, sql));
    }
    expect(rows(b.session, 'SELECT * FROM consultation_object')).toHaveLength(1);
    const verified = await verifyCaseFile(b.session);
    expect(verified.firstProblem).toBeUndefined();

    // A second import writes nothing.
    const before = counts(b.session);
    const again = await importBundle(b.session, JSON.parse(first), { baseDir: null });
    expect(again.created).toEqual({});
    expect(again.unchanged).toMatchObject({ experts: 2, consultations: 1, opinions: 3 });
    expect(counts(b.session)).toEqual(before);
  });

  it('reuses an expert already in the directory, and refuses one that differs', async () => {
    const a = await newCaseFile();
    const s = await expertCase(a.session);
    const bundle = exportBundle(a.session, [s.caseId]);
    const b = await newCaseFile();
    // The receiving unit has the archaeologist already (from an earlier bundle), identical.
    const archaeologist = bundle.experts.find((e) => e.id === s.archaeologist.id) as ExpertRecord;
    await importBundle(
      b.session,
      { ...bundle, experts: [archaeologist], consultations: [], opinions: [] },
      { baseDir: null },
    );
    expect(b.session.db.prepare('SELECT count(*) FROM expert').pluck().get()).toBe(1);
    const report = await importBundle(b.session, bundle, { baseDir: null });
    expect(report.unchanged).toMatchObject({ experts: 1 });
    expect(report.created).toMatchObject({ experts: 1, opinions: 3 });

    // A third unit edited the numismatist's record: the bundle's is not written over it.
    const c = await newCaseFile();
    const numismatist = bundle.experts.find((e) => e.id === s.numismatist.id) as ExpertRecord;
    await importBundle(
      c.session,
      { ...bundle, experts: [numismatist], consultations: [], opinions: [] },
      { baseDir: null },
    );
    write(c.session, (tx) =>
      updateRecord<ExpertRecord>(tx, EXPERT_SPEC, s.numismatist.id, 1, (e) => {
        const { id: _i, version: _v, createdAt: _c, updatedAt: _u, ...data } = e;
        return { ...data, phone: '+355 4 222 0000' };
      }),
    );
    const before = counts(c.session);
    const e = await expectCaseFileError(
      () => importBundle(c.session, bundle, { baseDir: null }),
      'INVALID_INPUT',
    );
    const at = bundle.experts.findIndex((x) => x.id === s.numismatist.id);
    expect(pathsOf(e)).toEqual([
      {
        path: `experts[${at}]`,
        message: expect.stringMatching(/different version of this expert \(version 2\)/),
      },
    ]);
    expect(counts(c.session)).toEqual(before);
  });

  it('refuses tampered references with their paths, and writes nothing', async () => {
    const a = await newCaseFile();
    const s = await expertCase(a.session);
    const good = exportBundle(a.session, [s.caseId]);
    const b = await newCaseFile();
    const before = counts(b.session);

    const bad = structuredClone(good);
    const at = (id: string) => bad.opinions.findIndex((o) => o.id === id);
    const expertAt = bad.experts.findIndex((x) => x.id === s.numismatist.id);
    bad.opinions[at(s.copy.id)]!.expertId = NOWHERE;
    // The consultation asked about the coin, not the helmet.
    bad.opinions[at(s.authentic.id)]!.consultationId = s.consultation.id;
    bad.opinions[at(s.answer.id)]!.reportDocumentId = NOWHERE;
    bad.opinions[at(s.answer.id)]!.redListCategory = 'see-2021';
    bad.consultations[0]!.objectIds = [s.coin.id, NOWHERE];
    bad.experts[expertAt]!.fields = ['numismatics', 'astrology'];
    const e = await expectCaseFileError(
      () => importBundle(b.session, bad, { baseDir: null }),
      'INVALID_INPUT',
    );
    expect(
      pathsOf(e)
        .map((i) => i.path)
        .sort(),
    ).toEqual(
      [
        `opinions[${at(s.copy.id)}].expertId`,
        `opinions[${at(s.authentic.id)}].consultationId`,
        `opinions[${at(s.answer.id)}].reportDocumentId`,
        `opinions[${at(s.answer.id)}].redListCategory`,
        'consultations[0].objectIds[1]',
        `experts[${expertAt}].fields[1]`,
      ].sort(),
    );
    const message = (p: string) => pathsOf(e).find((i) => i.path === p)?.message;
    expect(message(`opinions[${at(s.copy.id)}].expertId`)).toMatch(
      /refers to expert .* neither in the bundle nor in the case file/,
    );
    expect(message(`opinions[${at(s.authentic.id)}].consultationId`)).toBe(
      'the consultation asked another expert',
    );
    // The answer's consultation no longer asks about the coin alone, but still about it; the
    // object list now names an object that does not exist.
    expect(message(`opinions[${at(s.answer.id)}].consultationId`)).toBeUndefined();
    expect(counts(b.session)).toEqual(before);
  });

  it('still imports a bundle written before experts joined it', async () => {
    const a = await newCaseFile();
    const s = await opinionCase(a.session);
    const {
      experts: _e,
      consultations: _c,
      opinions: _o,
      ...old
    } = exportBundle(a.session, [s.caseId]);
    expect(JSON.stringify(old)).not.toMatch(/"experts"|"opinions"/);
    const b = await newCaseFile();
    const report = await importBundle(b.session, old, { baseDir: null });
    expect(report.created).toMatchObject({ cases: 1, objects: 2, documents: 1 });
    expect(report.created['experts']).toBeUndefined();
  });
});
