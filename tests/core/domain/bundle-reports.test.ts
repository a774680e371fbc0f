import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyCaseFile, type CaseFileSession } from '../../../src/main/core';
import { bundleText, exportBundle } from '../../../src/main/core/bundle/export';
import { importBundle } from '../../../src/main/core/bundle/import';
import { populateDemo } from '../../../src/main/core/demo';
import { generateReport } from '../../../src/main/core/reports/engine/run';
import { getReport, verifyReportBytes } from '../../../src/main/core/reports/engine/register';
import { listRequests, updateRequest } from '../../../src/main/core/reports/requests';
import type { CaseBundle } from '../../../src/shared/domain/bundle';
import type { ReportRecord } from '../../../src/shared/domain/report';
import { expectCaseFileError, newCaseFile, tempDir } from '../../helpers/case-files';

const NOWHERE = '00000000-0000-4000-8000-00000000ffff';

const TABLES = [
  'case_record',
  'seized_object',
  'intl_request',
  'report',
  'search_row',
  'audit_log',
] as const;

function counts(session: CaseFileSession) {
  return Object.fromEntries(
    TABLES.map((t) => [t, session.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()]),
  );
}

function issuesOf(e: { details?: Record<string, unknown> }) {
  return (e.details?.['issues'] as Array<{ path: string; message: string }>) ?? [];
}

const audited = (session: CaseFileSession, action: string) =>
  session.db.prepare('SELECT count(*) FROM audit_log WHERE action = ?').pluck().get(action);

/**
 * The demo case file (its transit case holds an MLA request, sent and acknowledged, and a draft
 * return request) with the MLA request generated as PDF; the bundle of all four cases.
 */
async function source() {
  const { session } = await newCaseFile();
  const summary = await populateDemo(session, { photos: false });
  const ids = summary.cases.map((c) => c.id);
  const caseId = summary.cases.find((c) => c.reference === 'ITCG-2026-0007')!.id;
  const mla = listRequests(session, caseId).find((r) => r.fields.kind === 'mla')!;
  const file = path.join(tempDir(), 'mla.pdf');
  const result = await generateReport(session, { caseId, kind: 'mla', requestId: mla.id }, file);
  if (result.status !== 'generated') throw new Error('the MLA report was not generated');
  const text = bundleText(exportBundle(session, ids));
  return { session, ids, caseId, mla, report: result.report, pdf: fs.readFileSync(file), text };
}

describe('case bundle: international requests and the report register', () => {
  it('carries them whole: the requests are the same, and the PDF verifies against the target', async () => {
    const a = await source();
    const bundle = JSON.parse(a.text) as CaseBundle;
    const requests = listRequests(a.session, a.caseId);
    expect(requests.map((r) => r.fields.kind).sort()).toEqual(['mla', 'return']);
    expect(bundle.intlRequests.map((r) => r.id)).toEqual(requests.map((r) => r.id).sort());
    expect(bundle.reports.map((r) => r.id)).toEqual([a.report.id]);
    expect(bundle.reports[0]!.sha256).toBe(a.report.sha256);

    const b = await newCaseFile();
    const outcome = await importBundle(b.session, JSON.parse(a.text), { baseDir: null });
    expect(outcome.created).toMatchObject({ intlRequests: 2, reports: 1 });

    // The requests as the screens list them: fields, status, dates, references, history.
    const imported = listRequests(b.session, a.caseId);
    expect(imported).toEqual(requests);
    const mla = imported.find((r) => r.id === a.mla.id)!;
    expect(mla.status).toBe('acknowledged');
    expect(mla.answerDue).toBe('2026-04-10');
    expect(mla.history.map((h) => [h.status, h.on, h.reference])).toEqual([
      ['sent', '2026-02-18', 'MP RS 712-01-00231/2026 (via the Ministry of Justice)'],
      ['acknowledged', '2026-02-25', 'MJPO 11.10.018/2026/46'],
    ]);

    // The PDF made in the source is recognised by the target, byte for byte, under its ID.
    const verified = verifyReportBytes(b.session.db, a.pdf);
    expect(verified.match).toBe(true);
    expect(verified.report).toEqual(getReport(a.session.db, a.report.id));
    expect(verified.claimedId).toBe(a.report.id);
    // One altered byte: no match, but the claimed report is named.
    const altered = Buffer.from(a.pdf);
    altered[altered.length - 20] ^= 1;
    const tampered = verifyReportBytes(b.session.db, altered);
    expect(tampered.match).toBe(false);
    expect(tampered.claimed?.id).toBe(a.report.id);

    // Audited as imports, in the import's transaction; indexed for search as the services do.
    expect(audited(b.session, 'request.import')).toBe(2);
    expect(audited(b.session, 'report.import')).toBe(1);
    const searchRows = (s: CaseFileSession) =>
      s.db
        .prepare(
          "SELECT entity_id, case_id, title, body FROM search_index WHERE kind = 'request' ORDER BY 1",
        )
        .all();
    expect(searchRows(a.session)).toHaveLength(2);
    expect(searchRows(b.session)).toEqual(searchRows(a.session));

    // Export → import → export gives the same bytes; the case file verifies.
    expect(bundleText(exportBundle(b.session, a.ids))).toBe(a.text);
    expect((await verifyCaseFile(b.session)).ok).toBe(true);

    // A second import writes nothing.
    const before = counts(b.session);
    const again = await importBundle(b.session, JSON.parse(a.text), { baseDir: null });
    expect(again.created).toEqual({});
    expect(again.unchanged).toMatchObject({ intlRequests: 2, reports: 1 });
    expect(counts(b.session)).toEqual(before);
  });

  it('refuses a request or report naming an unknown case or record, with its path, and writes nothing', async () => {
    const a = await source();
    const good = JSON.parse(a.text) as CaseBundle;
    const b = await newCaseFile();
    const before = counts(b.session);
    const mlaAt = good.intlRequests.findIndex((r) => r.id === a.mla.id);
    const returnAt = good.intlRequests.findIndex((r) => r.fields.kind === 'return');
    const otherObject = good.objects.find((o) => o.caseId !== a.caseId)!;

    const refusal = async (bad: CaseBundle) => {
      const e = await expectCaseFileError(
        () => importBundle(b.session, bad, { baseDir: null }),
        'INVALID_INPUT',
      );
      expect(counts(b.session)).toEqual(before);
      return e;
    };

    // An unknown case.
    const noCase = structuredClone(good);
    noCase.intlRequests[returnAt]!.caseId = NOWHERE;
    const e1 = await refusal(noCase);
    expect(issuesOf(e1)).toContainEqual({
      path: `intlRequests[${returnAt}].caseId`,
      message: `refers to case ${NOWHERE}, which is neither in the bundle nor in the case file`,
    });
    expect(e1.message).toContain('The bundle was refused and nothing was imported');

    // An unknown object, an object of another case, a broken history, a report's bad references.
    const bad = structuredClone(good);
    const mla = bad.intlRequests[mlaAt]!;
    if (mla.fields.kind !== 'mla') throw new Error('not the MLA request');
    mla.fields.measures[0]!.objectIds = [NOWHERE];
    mla.fields.annexObjectIds = [otherObject.id];
    mla.status = 'executed';
    const report = bad.reports[0]!;
    report.params.requestId = NOWHERE;
    report.params.disclosure.objectIds = [otherObject.id];
    const e2 = await refusal(bad);
    expect(issuesOf(e2)).toEqual([
      {
        path: `intlRequests[${mlaAt}].fields.measures[0].objectIds[0]`,
        message: `refers to object ${NOWHERE}, which is neither in the bundle nor in the case file`,
      },
      {
        path: `intlRequests[${mlaAt}].fields.annexObjectIds[0]`,
        message: `the object ${otherObject.id} belongs to another case; only records of its own case are named`,
      },
      {
        path: `intlRequests[${mlaAt}].status`,
        message: 'the request is executed but its history ends acknowledged',
      },
      {
        path: 'reports[0].params.requestId',
        message: `refers to request ${NOWHERE}, which is neither in the bundle nor in the case file`,
      },
      {
        path: 'reports[0].params.disclosure.objectIds[0]',
        message: `the object ${otherObject.id} belongs to another case; only records of its own case are named`,
      },
    ]);

    // A history that skips the sending.
    const skipped = structuredClone(good);
    skipped.intlRequests[mlaAt]!.history.shift();
    const e3 = await refusal(skipped);
    expect(issuesOf(e3)).toEqual([
      {
        path: `intlRequests[${mlaAt}].history[0].status`,
        message: 'a request that is draft cannot be recorded as acknowledged',
      },
    ]);
  });

  it('never overwrites a register entry or a request; an older bundle still imports', async () => {
    const a = await source();
    const good = JSON.parse(a.text) as CaseBundle;
    const b = await newCaseFile();
    await importBundle(b.session, good, { baseDir: null });
    const before = counts(b.session);

    // The same entry regenerated more often in the sending case file: the same report, skipped.
    const regenerated = structuredClone(good);
    regenerated.reports[0]!.generations = 3;
    const same = await importBundle(b.session, regenerated, { baseDir: null });
    expect(same.created).toEqual({});
    expect(same.unchanged).toMatchObject({ reports: 1 });
    expect(getReport(b.session.db, a.report.id)?.generations).toBe(1);

    // Another entry under the same ID, and the same bytes under another ID: clashes.
    const changed = structuredClone(good);
    changed.reports[0]!.fileName = 'renamed.pdf';
    const e1 = await expectCaseFileError(
      () => importBundle(b.session, changed, { baseDir: null }),
      'INVALID_INPUT',
    );
    expect(issuesOf(e1)).toEqual([
      {
        path: 'reports[0]',
        message: `the case file's register holds a different report ${a.report.id}; a register entry is never overwritten`,
      },
    ]);
    const renamed = structuredClone(good);
    renamed.reports[0]!.id = 'CR-0000-0000-0000' as ReportRecord['id'];
    const e2 = await expectCaseFileError(
      () => importBundle(b.session, renamed, { baseDir: null }),
      'INVALID_INPUT',
    );
    expect(issuesOf(e2)).toEqual([
      {
        path: 'reports[0].sha256',
        message: `the case file's register holds these bytes as report ${a.report.id}; a register entry is never overwritten`,
      },
    ]);

    // The receiving unit edited the request: the bundle's older version is not written over it.
    const mla = listRequests(b.session, a.caseId).find((r) => r.id === a.mla.id)!;
    updateRequest(b.session, {
      id: mla.id,
      version: mla.version,
      title: `${mla.title} (revised)`,
      fields: mla.fields,
    });
    const edited = counts(b.session);
    const e3 = await expectCaseFileError(
      () => importBundle(b.session, good, { baseDir: null }),
      'INVALID_INPUT',
    );
    const at = good.intlRequests.findIndex((r) => r.id === a.mla.id);
    expect(issuesOf(e3)).toEqual([
      {
        path: `intlRequests[${at}]`,
        message: expect.stringMatching(/different version of this request \(version 4\)/),
      },
    ]);
    expect(counts(b.session)).toEqual(edited);
    expect(edited['report']).toBe(before['report']);

    // A bundle written before requests and reports joined it.
    const { intlRequests: _r, reports: _p, ...old } = good;
    expect(JSON.stringify(old)).not.toMatch(/"intlRequests"|"reports"/);
    const c = await newCaseFile();
    const outcome = await importBundle(c.session, old, { baseDir: null });
    expect(outcome.created).toMatchObject({ cases: 4 });
    expect(outcome.created['intlRequests']).toBeUndefined();
    expect(listRequests(c.session, a.caseId)).toEqual([]);
  });
});
