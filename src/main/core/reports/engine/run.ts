import fs from 'node:fs';
import path from 'node:path';
import type { CaseRecord } from '../../../../shared/domain/case';
import {
  ReportParams,
  type ReportParamsInput,
  type ReportRecord,
  type ReportResult,
  type ReportStep,
} from '../../../../shared/domain/report';
import type { CaseFileSession } from '../../case-file/session';
import { CASE_SPEC } from '../../cases/cases';
import { requireRecord } from '../../records/record-store';
import { writeFileAtomic } from '../../support/durable-fs';
import { parseInput } from '../../support/validate';
import { COLLECTORS } from '../kinds/collectors';
import { resolveDisclosure } from './disclosure';
import { prepareImages } from './images';
import type { ReportMeta, ReportModel } from './model';
import { canonicalJson } from '../../support/canonical-json';
import { registerReport, reportIdFor, sha256Hex } from './register';
import { renderReport, ReportCancelled } from './render';

export interface ReportProgress {
  step: ReportStep;
  done: number;
  total: number;
}

export interface ReportRunOptions {
  onProgress?: (p: ReportProgress) => void;
  signal?: AbortSignal;
}

function classificationLabel(session: CaseFileSession, code: string): string {
  return (
    (session.db
      .prepare("SELECT label FROM vocabulary WHERE kind = 'classification' AND code = ?")
      .pluck()
      .get(code) as string | undefined) ?? code
  );
}

/**
 * Collects, lays out and renders a report, without writing or registering it: the model (plain
 * data), its SHA-256, the report's ID and the PDF. Used by `generateReport` and by tests that
 * check determinism. The clock is read once (the generation time printed and recorded).
 */
export async function buildReport(
  session: CaseFileSession,
  input: ReportParamsInput,
  opts: ReportRunOptions = {},
): Promise<{
  params: ReportParams;
  model: ReportModel;
  modelSha256: string;
  pdf: Uint8Array;
  pages: number;
  headings: string[];
  title: string;
}> {
  const params = parseInput(ReportParams, input, 'report');
  const progress = (step: ReportStep, done: number, total: number) =>
    opts.onProgress?.({ step, done, total });
  progress('collect', 0, 1);
  const kase = requireRecord<CaseRecord>(session.db, CASE_SPEC, params.caseId);
  const disclosure = resolveDisclosure(session.db, params);
  const collected = await COLLECTORS[params.kind](session, params, disclosure);
  progress('collect', 1, 1);
  if (opts.signal?.aborted) throw new ReportCancelled();

  const images = await prepareImages(session, collected.photos, {
    onProgress: (done, total) => progress('images', done, total),
    ...(opts.signal ? { signal: opts.signal } : {}),
  });

  const generatedAt = session.runtime.clock.now().toISOString();
  const operator = session.actor.operatorName;
  const meta: Omit<ReportMeta, 'reportId'> = {
    kind: params.kind,
    language: params.language,
    secondLanguage: params.secondLanguage,
    caseFileId: session.caseFileId,
    caseReference: kase.reference,
    caseTitle: kase.title,
    classification: kase.classification,
    classificationLabel: classificationLabel(session, kase.classification),
    handlingCode: kase.handlingCode,
    unit: kase.unit,
    prosecutor: kase.prosecutor,
    prosecutionReference: kase.prosecutionReference,
    operator,
    generatedAt,
  };
  const modelSha256 = sha256Hex(
    Buffer.from(
      canonicalJson({
        meta,
        body: collected.body,
        images: Object.fromEntries(Object.entries(images).map(([k, v]) => [k, sha256Hex(v.jpeg)])),
      }),
    ),
  );
  const reportId = reportIdFor({
    caseFileId: session.caseFileId,
    kind: params.kind,
    params,
    modelSha256,
    generatedAt,
    operator,
  });
  const model: ReportModel = { meta: { ...meta, reportId }, body: collected.body, images };

  const LAYOUT_STEPS = 1000;
  progress('layout', 0, LAYOUT_STEPS);
  const laid = await renderReport(model, {
    onProgress: (f) => progress('layout', Math.round(f * LAYOUT_STEPS), LAYOUT_STEPS),
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  return { params, model, modelSha256, ...laid };
}

/**
 * Generates a report into `target` (a path the person chose; replaced atomically if it exists)
 * and records it in the report register (audited), reporting progress by step (collect →
 * images → layout → record → done). Cancelled (`signal`): nothing is written or recorded and the
 * result says `cancelled`. A failure to record removes the file written, so no PDF goes out that
 * the register does not know.
 */
export async function generateReport(
  session: CaseFileSession,
  input: ReportParamsInput,
  target: string,
  opts: ReportRunOptions = {},
): Promise<ReportResult> {
  let built: Awaited<ReturnType<typeof buildReport>>;
  try {
    built = await buildReport(session, input, opts);
  } catch (e) {
    if (e instanceof ReportCancelled) return { status: 'cancelled' };
    throw e;
  }
  if (opts.signal?.aborted) return { status: 'cancelled' };
  opts.onProgress?.({ step: 'record', done: 0, total: 1 });
  const { params, model, modelSha256, pdf, pages, headings, title } = built;
  writeFileAtomic(target, pdf);
  let report: ReportRecord;
  try {
    report = registerReport(session, {
      id: model.meta.reportId,
      caseId: params.caseId,
      caseReference: model.meta.caseReference,
      kind: params.kind,
      title,
      params,
      sha256: sha256Hex(pdf),
      bytes: pdf.byteLength,
      pages,
      fileName: path.basename(target),
      modelSha256,
      sections: headings,
      generatedAt: model.meta.generatedAt,
      generatedBy: model.meta.operator,
    });
  } catch (e) {
    fs.rmSync(target, { force: true });
    throw e;
  }
  opts.onProgress?.({ step: 'done', done: 1, total: 1 });
  return { status: 'generated', report, path: target };
}
