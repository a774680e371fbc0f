import type { ObjectRecord } from '../../../../../shared/domain/object';
import type { ProvenanceEventRecord } from '../../../../../shared/domain/provenance';
import { isEuMemberState } from '../../../../../shared/domain/thresholds';
import { compareAmounts, formatAmount } from '../../decimal';
import {
  documentsOfObject,
  eventDate,
  eventLabel,
  eventRef,
  eventsOfObject,
  objectLabel,
  objectRef,
  type RuleContext,
} from '../../context';
import type { FindingDraft, Rule } from '../../registry';
import { certainlyBeforeDay } from './spans';
import {
  certainAge,
  credible,
  isEuPartB,
  isEuPartC,
  LEGAL,
  PROVENANCE_RULE_SETTINGS as S,
} from './settings';

/**
 * EU Regulation 2019/880 (REFERENCE.md §4.3). The licence and statement are required on IMPORT
 * into the Union (release for free circulation or a special procedure), from the day the ICG
 * system became mandatory (28 June 2025). Decided:
 * - only an import event recorded in the chain, into a member state (its place's country), that
 *   is not certainly before that day counts (an undated import may be after it). An object merely
 *   seized in the EU is not enough: when it came in is exactly what is unknown, and goods that
 *   entered before the obligations applied need neither document;
 * - the age is the certain age, from the latest year of the object's dating; no latest year, no
 *   finding;
 * - a document of the required type that is assessed as forged does not count (and
 *   provenance.forged-document reports it); a doubtful one does.
 */
function euImports(ctx: RuleContext, o: ObjectRecord): ProvenanceEventRecord[] {
  return eventsOfObject(ctx, o.id).filter(
    (e) =>
      e.type === 'import' &&
      credible(e) &&
      isEuMemberState(e.place.country) &&
      !certainlyBeforeDay(e.span, LEGAL.eu2019880Obligations.date),
  );
}

function hasDocument(ctx: RuleContext, o: ObjectRecord, type: string): boolean {
  return documentsOfObject(ctx, o.id).some(
    (d) => d.type === type && d.assessment.status !== 'forged',
  );
}

function importParams(e: ProvenanceEventRecord, age: number) {
  return { position: e.position, date: eventDate(e), country: e.place.country ?? '?', age };
}

/** Part B: archaeological objects and monument elements over 250 years need an import licence. */
export const euImportLicence: Rule = {
  id: 'provenance.eu-import-licence',
  domain: 'provenance',
  severity: 'medium',
  title: 'EU import licence missing (Reg. 2019/880, Part B)',
  evaluate(ctx) {
    const drafts: FindingDraft[] = [];
    const limit = LEGAL.eu2019880PartBAge.years;
    for (const o of ctx.objects) {
      const age = certainAge(o, ctx.today);
      if (!isEuPartB(o) || age === null || age <= limit) continue;
      if (hasDocument(ctx, o, S.importLicenceType)) continue;
      for (const e of euImports(ctx, o)) {
        drafts.push({
          objectId: o.id,
          params: importParams(e, age),
          evidence: [objectRef(o), eventRef(ctx, e)],
          message:
            `${objectLabel(o)} is archaeological and at least ${age} years old (over ${limit}), and ` +
            `was imported into ${e.place.country} (event ${eventLabel(ctx, e)}), but no import ` +
            `licence is recorded for it (Regulation (EU) 2019/880, Art. 4).`,
        });
      }
    }
    return drafts;
  },
};

/**
 * Part C: other cultural goods over 200 years with a value of at least EUR 18,000 need an
 * importer statement. The value is the object's recorded valuation (the customs value is not
 * recorded separately). A valuation in another currency gives no finding: exchange rates are
 * never guessed; record the value in EUR to have the check made.
 */
export const euImporterStatement: Rule = {
  id: 'provenance.eu-importer-statement',
  domain: 'provenance',
  severity: 'medium',
  title: 'EU importer statement missing (Reg. 2019/880, Part C)',
  evaluate(ctx) {
    const drafts: FindingDraft[] = [];
    const limit = LEGAL.eu2019880PartCAge.years;
    const threshold = LEGAL.eu2019880PartCValue;
    for (const o of ctx.objects) {
      const age = certainAge(o, ctx.today);
      const value = o.valuation?.value;
      if (!isEuPartC(o) || age === null || age <= limit || !value) continue;
      if (value.currency !== threshold.currency) continue;
      if (compareAmounts(value.amount, threshold.amount) < 0) continue;
      if (hasDocument(ctx, o, S.importerStatementType)) continue;
      for (const e of euImports(ctx, o)) {
        const valueText = `${value.amount} ${value.currency}`;
        drafts.push({
          objectId: o.id,
          params: { ...importParams(e, age), value: valueText },
          evidence: [objectRef(o), eventRef(ctx, e)],
          message:
            `${objectLabel(o)} is at least ${age} years old (over ${limit}) and valued at ` +
            `${formatAmount(value.amount)} ${value.currency} (EUR ${formatAmount(threshold.amount)} ` +
            `or more), and was imported into ${e.place.country} (event ` +
            `${eventLabel(ctx, e)}), but no importer statement is recorded for it ` +
            `(Regulation (EU) 2019/880, Art. 5).`,
        });
      }
    }
    return drafts;
  },
};
