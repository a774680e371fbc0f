import type { DocumentRecord } from '../../../../../shared/domain/document';
import type { EvidenceRef } from '../../../../../shared/domain/finding';
import {
  documentName,
  documentRef,
  documentsOfObject,
  claimRef,
  claimsOfObject,
  eventRef,
  eventsOfObject,
  objectLabel,
  type RuleContext,
} from '../../context';
import type { FindingDraft, Rule } from '../../registry';
import { PROVENANCE_RULE_SETTINGS as S } from './settings';

/** The object's events and claims that cite the document. */
function citing(ctx: RuleContext, objectId: string, documentId: string): EvidenceRef[] {
  const cites = (r: { sources: readonly { documentId: string }[] }) =>
    r.sources.some((s) => s.documentId === documentId);
  return [
    ...eventsOfObject(ctx, objectId)
      .filter(cites)
      .map((e) => eventRef(ctx, e)),
    ...claimsOfObject(ctx, objectId)
      .filter(cites)
      .map((c) => claimRef(ctx, c)),
  ];
}

/**
 * An export licence issued by a country other than the object's country of origin: the classic
 * "transit country" licence, which shows at best that the object left the transit country, not
 * that it left its country of origin lawfully (UNESCO 1970 Art. 6; EU 2019/880 Art. 4(4)).
 * Both countries must be known; nothing is guessed.
 */
export const exportLicenceTransit: Rule = {
  id: 'provenance.export-licence-transit',
  domain: 'provenance',
  severity: 'high',
  title: 'Export licence from a country other than the country of origin',
  evaluate(ctx) {
    const drafts: FindingDraft[] = [];
    for (const o of ctx.objects) {
      const origin = o.countryOfOrigin;
      if (origin === null) continue;
      for (const d of documentsOfObject(ctx, o.id)) {
        if (d.type !== S.exportLicenceType || d.issuerCountry === null) continue;
        if (d.issuerCountry === origin) continue;
        drafts.push({
          objectId: o.id,
          params: {
            document: documentName(d),
            issuerCountry: d.issuerCountry,
            countryOfOrigin: origin,
            exhibit: o.exhibitNumber,
          },
          evidence: [documentRef(ctx, d), ...citing(ctx, o.id, d.id)],
          message:
            `Export licence ${documentName(d)} was issued by ${d.issuerCountry}, but the country of origin ` +
            `of ${objectLabel(o)} is ${origin}: a licence from a country the object passed through ` +
            `does not show that it left ${origin} lawfully.`,
        });
      }
    }
    return drafts;
  },
};

const REJECTED = ['forged', 'doubtful'] as const;
const isRejected = (d: DocumentRecord) =>
  (REJECTED as readonly string[]).includes(d.assessment.status);

function forgedDraft(
  ctx: RuleContext,
  d: DocumentRecord,
  objectId: string | null,
  subject: string,
  evidence: EvidenceRef[],
): FindingDraft {
  const status = d.assessment.status as (typeof REJECTED)[number];
  // The sentence supplies its own full stop: a reason typed with one would read "..".
  const reason = d.assessment.reason.trim().replace(/[.。]+$/u, '');
  return {
    severity: status === 'forged' ? 'high' : 'medium',
    objectId,
    params: { context: status, document: documentName(d), reason: reason || '—' },
    evidence: [documentRef(ctx, d), ...evidence],
    message:
      `${documentRef(ctx, d).label}, ${subject}, is assessed as ${status}` +
      `${reason ? `: ${reason}` : ''}.`,
  };
}

/**
 * A document assessed as forged (high) or doubtful (medium) that concerns the object (linked to
 * it, or cited by one of its events or claims), with the events and claims that rest on it. For
 * the whole case, such a document that concerns no object is reported for the case.
 */
export const forgedDocument: Rule = {
  id: 'provenance.forged-document',
  domain: 'provenance',
  severity: 'high',
  title: 'Forged or doubtful document',
  evaluate(ctx) {
    const drafts: FindingDraft[] = [];
    const concerned = new Set<string>();
    for (const o of ctx.objects) {
      for (const d of documentsOfObject(ctx, o.id)) {
        concerned.add(d.id);
        if (!isRejected(d)) continue;
        drafts.push(
          forgedDraft(ctx, d, o.id, `concerning ${objectLabel(o)}`, citing(ctx, o.id, d.id)),
        );
      }
    }
    if (ctx.objectId === null) {
      for (const d of ctx.documents) {
        if (concerned.has(d.id) || d.objectIds.length > 0 || !isRejected(d)) continue;
        drafts.push(forgedDraft(ctx, d, null, `evidence in case ${ctx.caseReference}`, []));
      }
    }
    return drafts;
  },
};
