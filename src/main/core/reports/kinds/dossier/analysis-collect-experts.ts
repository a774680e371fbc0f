import { summariseOpinions } from '../../../../../shared/experts/opinion-summary';
import { caseOpinions } from '../../../experts/opinions';
import { listObservations } from '../../../indicators/observations';
import { riskOverview } from '../../../indicators/risk';
import type { AnalysisContext } from './analysis';
import type { IndicatorsData, OpinionObject, OpinionsData, PrintName } from './analysis-types';

/**
 * Expert opinions per disclosed object with the summary of agreements and disputes
 * (shared/experts/opinion-summary.ts), and the indicators: the risk overview and the
 * observations (collect side). Experts are not parties of the case and are named; a signed
 * report that is not disclosed is counted, not named.
 */
export function collectOpinions(ctx: AnalysisContext): OpinionsData {
  const all = caseOpinions(ctx.session, ctx.caseId);
  const objects: OpinionObject[] = ctx.objects().flatMap((object) => {
    const views = all.filter((o) => o.objectId === object.objectId);
    if (views.length === 0) return [];
    return [
      {
        ...object,
        opinions: views.map((o) => {
          const report = o.reportDocumentId === null ? null : ctx.documentLabel(o.reportDocumentId);
          return {
            id: o.id,
            expertName: o.expertName,
            expertTitle: o.expertTitle,
            expertInstitution: o.expertInstitution,
            expertCountry: o.expertCountry,
            date: o.date,
            methods: [...o.methods],
            methodNote: ctx.mask(o.methodNote),
            authenticity: o.authenticity,
            dating: { ...o.dating },
            origin: { ...o.origin },
            value: o.value,
            redListCategory: o.redListCategory,
            confidence: o.confidence,
            conclusion: ctx.mask(o.conclusion),
            report,
            reportWithheld: o.reportDocumentId !== null && report === null,
          };
        }),
        summary: summariseOpinions(views),
      },
    ];
  });
  const codes = [
    ...new Set(objects.flatMap((o) => o.opinions.flatMap((p) => p.redListCategory ?? []))),
  ];
  const label = ctx.db.prepare(
    "SELECT label FROM vocabulary WHERE kind = 'red_list_category' AND code = ?",
  );
  const redListLabels: Record<string, string> = {};
  for (const code of codes) {
    const found = label.pluck().get(code) as string | undefined;
    if (found !== undefined) redListLabels[code] = found;
  }
  return { objects, redListLabels };
}

export function collectIndicators(ctx: AnalysisContext): IndicatorsData {
  const risk = riskOverview(ctx.session, { caseId: ctx.caseId });
  const observations = listObservations(ctx.session, { caseId: ctx.caseId }).flatMap((o) => {
    const { kind, id } = o.subject;
    if (kind === 'object' && !ctx.disclosure.objects.has(id)) return [];
    let subject: PrintName = ctx.mask(o.subjectLabel);
    if (kind === 'party' && ctx.withheld(id)) subject = null;
    if (kind === 'document' && ctx.documentLabel(id) === null) subject = null;
    return [
      {
        code: o.indicator.code,
        text: o.indicator.text,
        versionNumber: o.versionNumber,
        versionCurrent: o.versionCurrent,
        status: o.status,
        subjectKind: kind,
        subject,
        observedBy: o.observedBy,
        observedOn: o.observedOn,
        evidence: o.evidence.length,
      },
    ];
  });
  return {
    asOf: risk.asOf,
    score: risk.score,
    statusFactors: risk.statusFactors,
    themes: risk.themes.map((t) => ({
      theme: t.theme,
      score: t.score,
      confirmed: t.confirmed,
      suspected: t.suspected,
    })),
    pendingSuggestions: risk.pendingSuggestions,
    observations,
  };
}
