import type { CaseRecord } from '../../../../../shared/domain/case';
import type { Finding } from '../../../../../shared/domain/finding';
import type { PartyRef } from '../../../../../shared/domain/seizure';
import type { ReportParams } from '../../../../../shared/domain/report';
import { caseFindings } from '../../../analysis/findings';
import type { CaseFileSession } from '../../../case-file/session';
import { CASE_SPEC } from '../../../cases/cases';
import { partyNamesOf } from '../../../provenance/chain';
import { requireRecord } from '../../../records/record-store';
import type { Sqlite } from '../../../store/sqlite';
import type { ResolvedDisclosure } from '../../engine/disclosure';
import type { PhotoRequest } from '../../engine/model';
import { collectIndicators, collectOpinions } from './analysis-collect-experts';
import { collectFinance } from './analysis-collect-finance';
import { collectProvenance } from './analysis-collect-provenance';
import {
  WITHHELD,
  type AnalysisSection,
  type DossierAnalysis,
  type FindingItem,
  type ObjectHead,
  type PrintName,
} from './analysis-types';

/**
 * The dossier's analytical sections (collect side): provenance per object, financial analysis,
 * expert opinions, indicators and risk. Reads the case file through the modules that own the data
 * (provenance, finance, linkchart, experts, indicators, analysis) and applies the disclosure:
 * parties not disclosed are never named, objects not disclosed are left out, documents not
 * disclosed are counted but not named. The print side is analysis-doc.ts.
 */
export type { AnalysisSection, DossierAnalysis } from './analysis-types';

/** What every section's collector needs: the case, the disclosure and the shared look-ups. */
export interface AnalysisContext {
  session: CaseFileSession;
  db: Sqlite;
  caseId: string;
  disclosure: ResolvedDisclosure;
  /** Is this party withheld (a party of the case that the disclosure leaves out)? */
  withheld(partyId: string | null): boolean;
  /** A party reference as printed: its directory name, the name typed, or null (withheld). */
  name(ref: PartyRef): PrintName;
  /** A text of the analysis with every withheld party's name replaced by WITHHELD. */
  mask(text: string): string;
  /** The disclosed objects of the case, in exhibit order. */
  objects(): ObjectHead[];
  /** The findings of the analysis rules over the case (run once), masked. */
  findings(): FindingItem[];
  /** A document's label when disclosed, else null. */
  documentLabel(documentId: string): string | null;
}

function contextFor(
  session: CaseFileSession,
  caseId: string,
  disclosure: ResolvedDisclosure,
): AnalysisContext {
  const db = session.db;
  const caseParties = new Set(
    db
      .prepare('SELECT DISTINCT party_id FROM case_party WHERE case_id = ?')
      .pluck()
      .all(caseId) as string[],
  );
  const withheldIds = [...caseParties].filter((id) => !disclosure.parties.has(id));
  const withheld = (partyId: string | null) =>
    partyId !== null && caseParties.has(partyId) && !disclosure.parties.has(partyId);
  // Longest first, so that a name containing another is replaced whole.
  const withheldNames = [...new Set(Object.values(partyNamesOf(db, withheldIds)))]
    .filter((n) => n.trim().length > 1)
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
  const mask = (text: string): string =>
    withheldNames.reduce((t, n) => t.split(n).join(WITHHELD), text);
  const names = new Map<string, string>();
  const name = (ref: PartyRef): PrintName => {
    if (ref.partyId === null) return ref.name === '' ? '' : mask(ref.name);
    if (withheld(ref.partyId)) return null;
    if (!names.has(ref.partyId)) {
      names.set(ref.partyId, partyNamesOf(db, [ref.partyId])[ref.partyId] ?? ref.name);
    }
    return mask(names.get(ref.partyId) ?? ref.name);
  };

  let objects: ObjectHead[] | undefined;
  let findings: FindingItem[] | undefined;
  const docRead = db.prepare(
    `SELECT coalesce(json_extract(data, '$.number'), '') AS number,
            coalesce(json_extract(data, '$.title'), '') AS title, type
     FROM document WHERE id = ?`,
  );
  return {
    session,
    db,
    caseId,
    disclosure,
    withheld,
    name,
    mask,
    objects() {
      objects ??= (
        db
          .prepare(
            `SELECT id, exhibit_number, title, type_l1 FROM seized_object
             WHERE case_id = ? ORDER BY exhibit_sort, id`,
          )
          .all(caseId) as Array<{
          id: string;
          exhibit_number: string;
          title: string;
          type_l1: string;
        }>
      )
        .filter((o) => disclosure.objects.has(o.id))
        .map((o) => ({
          objectId: o.id,
          exhibitNumber: o.exhibit_number,
          title: o.title,
          typeCode: o.type_l1,
        }));
      return objects;
    },
    findings() {
      findings ??= maskedFindings(session, caseId, disclosure, mask);
      return findings;
    },
    documentLabel(documentId) {
      if (!disclosure.documents.has(documentId)) return null;
      const d = docRead.get(documentId) as
        { number: string; title: string; type: string } | undefined;
      if (!d) return null;
      const label = [d.number, d.title].filter((s) => s.trim() !== '').join(' — ');
      return mask(label === '' ? d.type : label);
    },
  };
}

function maskedFindings(
  session: CaseFileSession,
  caseId: string,
  disclosure: ResolvedDisclosure,
  mask: (text: string) => string,
): FindingItem[] {
  const report = caseFindings(session, { caseId });
  const titles = new Map(report.rules.map((r) => [r.id, r.title]));
  return report.findings
    .filter((f: Finding) => f.objectId === null || disclosure.objects.has(f.objectId))
    .map((f) => ({
      ruleId: f.ruleId,
      domain: f.domain,
      severity: f.severity,
      objectId: f.objectId,
      params: Object.fromEntries(
        Object.entries(f.params).map(([k, v]) => [k, typeof v === 'string' ? mask(v) : v]),
      ),
      message: mask(f.message),
      title: titles.get(f.ruleId) ?? f.ruleId,
    }));
}

export function collectAnalysis(
  session: CaseFileSession,
  params: ReportParams,
  disclosure: ResolvedDisclosure,
  sections: readonly AnalysisSection[],
): { body: DossierAnalysis; photos: PhotoRequest[] } {
  const kase = requireRecord<CaseRecord>(session.db, CASE_SPEC, params.caseId);
  const ctx = contextFor(session, params.caseId, disclosure);
  const body: DossierAnalysis = { handlingCode: kase.handlingCode };
  if (sections.includes('provenance')) body.provenance = collectProvenance(ctx);
  if (sections.includes('finance')) body.finance = collectFinance(ctx);
  if (sections.includes('opinions')) body.opinions = collectOpinions(ctx);
  if (sections.includes('indicators')) body.indicators = collectIndicators(ctx);
  return { body, photos: [] };
}
