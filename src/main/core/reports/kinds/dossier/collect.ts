import type { CaseRecord } from '../../../../../shared/domain/case';
import { DOSSIER_SECTIONS, type DossierSection } from '../../../../../shared/domain/report';
import { CASE_SPEC } from '../../../cases/cases';
import { requireRecord } from '../../../records/record-store';
import type { PhotoRequest } from '../../engine/model';
import type { ReportCollector } from '../collect-context';
import { collectAnalysis, type AnalysisSection } from './analysis';
import {
  collectAudit,
  collectDocuments,
  collectObjects,
  collectParties,
  collectSeizures,
  collectSummary,
} from './core-collect';
import type { DossierBody } from './core-types';

const ANALYSIS_SECTIONS: readonly AnalysisSection[] = [
  'provenance',
  'finance',
  'opinions',
  'indicators',
];

/**
 * The prosecution dossier (collect side): the sections asked for (all when none are named), in
 * print order, each read with the disclosure applied. The analytical sections (provenance,
 * finance, opinions, indicators) come from collectAnalysis.
 */
export const collectDossier: ReportCollector<DossierBody> = (session, params, disclosure) => {
  const db = session.db;
  const kase = requireRecord<CaseRecord>(db, CASE_SPEC, params.caseId);
  const wanted = new Set<DossierSection>(params.sections ?? DOSSIER_SECTIONS);
  const sections = DOSSIER_SECTIONS.filter((s) => wanted.has(s));
  const photos: PhotoRequest[] = [];
  const analysisSections = ANALYSIS_SECTIONS.filter((s) => wanted.has(s));
  const analysis = collectAnalysis(session, params, disclosure, analysisSections);

  const body: DossierBody = { sections, analysis: analysis.body };
  if (wanted.has('summary')) body.summary = collectSummary(db, kase, disclosure);
  if (wanted.has('parties')) body.parties = collectParties(db, kase.id, disclosure);
  if (wanted.has('seizures')) body.seizures = collectSeizures(db, kase.id, disclosure);
  if (wanted.has('objects')) {
    const objects = collectObjects(session, kase.id, disclosure);
    const all = db
      .prepare('SELECT count(*) FROM seized_object WHERE case_id = ?')
      .pluck()
      .get(kase.id) as number;
    body.objects = { entries: objects.entries, withheld: all - objects.entries.length };
    photos.push(...objects.photos);
  }
  photos.push(...analysis.photos);
  if (wanted.has('documents')) {
    const all = db
      .prepare('SELECT count(*) FROM document WHERE case_id = ?')
      .pluck()
      .get(kase.id) as number;
    const { rows } = collectDocuments(db, kase.id, disclosure);
    body.documents = { rows, withheld: all - rows.length };
  }
  if (wanted.has('audit')) body.audit = collectAudit(session, kase.id, disclosure);
  return { kind: params.kind, body, photos };
};
