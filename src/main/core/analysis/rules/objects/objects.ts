import type { ObjectRecord } from '../../../../../shared/domain/object';
import {
  documentRef,
  eventsOfObject,
  objectLabel,
  objectRef,
  sourcesOf,
  type RuleContext,
} from '../../context';
import type { FindingDraft, Rule } from '../../registry';
import { credible, sharesLotHistory } from '../provenance/settings';
import { OBJECT_RULE_SETTINGS as S } from './settings';

/**
 * An object whose country of origin is on the unit's list of countries affected by armed
 * conflict or controlled by terrorist groups (vocabulary `conflict_country`, editable; FATF 2023,
 * REFERENCE.md §2.1 A6). High when the origin is certain or probable, else medium.
 */
export const conflictCountry: Rule = {
  id: 'object.conflict-country',
  domain: 'object',
  severity: 'high',
  title: 'Origin in a conflict-affected country',
  evaluate(ctx) {
    const drafts: FindingDraft[] = [];
    for (const o of ctx.objects) {
      const country = o.countryOfOrigin?.toUpperCase() ?? null;
      if (country === null) continue;
      const label = ctx.conflictCountries.get(country);
      if (label === undefined) continue;
      const firm = ['certain', 'probable'].includes(o.countryOfOriginCertainty);
      drafts.push({
        severity: firm ? 'high' : 'medium',
        objectId: o.id,
        params: { country, countryName: label, exhibit: o.exhibitNumber },
        evidence: [objectRef(o)],
        message:
          `The country of origin of ${objectLabel(o)} is ${label} (${country}), on the list of ` +
          `countries affected by armed conflict.`,
      });
    }
    return drafts;
  },
};

/**
 * An object matched to a category of an ICOM Red List: a match recorded for it (who assessed
 * it, when), or an expert opinion placing it in a category (REFERENCE.md §3, §2.1 A1). One
 * finding per object, naming every category; cites the object and the opinions' signed reports.
 */
export const redList: Rule = {
  id: 'object.red-list',
  domain: 'object',
  severity: 'high',
  title: 'Object matches an ICOM Red List category',
  evaluate(ctx) {
    const drafts: FindingDraft[] = [];
    for (const o of ctx.objects) {
      const matches = ctx.redListMatchesByObject.get(o.id) ?? [];
      const opinions = (ctx.opinionsByObject.get(o.id) ?? []).filter(
        (op) => op.redListCategory !== null,
      );
      if (matches.length === 0 && opinions.length === 0) continue;
      const codes = [
        ...new Set([
          ...matches.map((m) => m.category),
          ...opinions.map((op) => op.redListCategory as string),
        ]),
      ];
      const categories = codes.map((c) => ctx.redListLabels[c] ?? c).join('; ');
      const reports = opinions.flatMap((op) => {
        const d =
          op.reportDocumentId === null ? undefined : ctx.documentById.get(op.reportDocumentId);
        return d ? [documentRef(ctx, d)] : [];
      });
      const by = [
        ...matches.map((m) => `${m.assessedBy} (${m.assessedOn})`),
        ...opinions.map((op) => `expert opinion of ${op.date}`),
      ].join('; ');
      drafts.push({
        objectId: o.id,
        params: { categories, assessments: matches.length + opinions.length, by },
        evidence: [objectRef(o), ...reports],
        message:
          `${objectLabel(o)} matches the Red List categor${codes.length === 1 ? 'y' : 'ies'} ` +
          `${categories} (${by}).`,
      });
    }
    return drafts;
  },
};

/**
 * Numerous similar items (REFERENCE.md §2.1 A5): a lot of 10 or more items (its lot count), or
 * 10 or more objects of the same type (level 2) in one seizure. Items of a lot that is reported
 * itself are not counted again in their seizure.
 */
export const similarLot: Rule = {
  id: 'object.similar-lot',
  domain: 'object',
  severity: 'medium',
  title: 'Many similar items',
  evaluate(ctx) {
    const drafts: FindingDraft[] = [];
    const min = S.similarLotMin;
    const reportedLots = new Set<string>();
    for (const o of ctx.objects) {
      if (o.lotCount === null || o.lotCount < min) continue;
      reportedLots.add(o.id);
      drafts.push({
        objectId: o.id,
        params: { context: 'lot', count: o.lotCount, type: o.typeL2 ?? o.typeL1, min },
        evidence: [objectRef(o)],
        message: `${objectLabel(o)} is a lot of ${o.lotCount} similar items (${min} or more).`,
      });
    }
    if (ctx.objectId !== null) return drafts;
    const groups = new Map<string, ObjectRecord[]>();
    for (const o of ctx.objects) {
      if (o.seizureId === null || o.typeL2 === null) continue;
      if (o.lotId !== null && reportedLots.has(o.lotId)) continue;
      if (reportedLots.has(o.id)) continue;
      const key = `${o.seizureId}|${o.typeL2}`;
      const list = groups.get(key);
      if (list) list.push(o);
      else groups.set(key, [o]);
    }
    for (const objects of groups.values()) {
      if (objects.length < min) continue;
      const first = objects[0] as ObjectRecord;
      drafts.push({
        objectId: null,
        params: {
          context: 'seizure',
          count: objects.length,
          type: first.typeL2 ?? first.typeL1,
          min,
        },
        evidence: objects.map(objectRef),
        message:
          `${objects.length} objects of the same type (${first.typeL2}) were seized together ` +
          `(${min} or more).`,
      });
    }
    return drafts;
  },
};

/**
 * A "no hit" certificate is not provenance (REFERENCE.md §2.1 B2): the object's only due
 * diligence is checks against stolen-art databases, all "no hit", and no event of its history
 * cites a document (nor did an expert research its provenance).
 */
export const noHitOnly: Rule = {
  id: 'object.no-hit-only',
  domain: 'object',
  severity: 'medium',
  title: '“No hit” database checks are the only due diligence',
  evaluate(ctx: RuleContext) {
    const drafts: FindingDraft[] = [];
    const inScope = new Set(ctx.objects.map((o) => o.id));
    for (const o of ctx.objects) {
      const checks = ctx.checksByObject.get(o.id) ?? [];
      if (checks.length === 0 || checks.some((c) => c.result !== 'no_hit')) continue;
      const events = eventsOfObject(ctx, o.id);
      if (sharesLotHistory(o, events.length, inScope)) continue;
      if (events.some((e) => credible(e) && sourcesOf(ctx, e).length > 0)) continue;
      const researched = (ctx.opinionsByObject.get(o.id) ?? []).some((op) =>
        op.methods.some((m) => S.originResearchMethods.includes(m)),
      );
      if (researched) continue;
      const databases = [...new Set(checks.map((c) => c.database))].join(', ');
      drafts.push({
        objectId: o.id,
        params: { checks: checks.length, databases, exhibit: o.exhibitNumber },
        evidence: [objectRef(o)],
        message:
          `The only due diligence on ${objectLabel(o)} is ${checks.length} database check(s) ` +
          `(${databases}) with no hit, and no event of its history cites a document: a “no hit” ` +
          `does not show a licit origin.`,
      });
    }
    return drafts;
  },
};
