import type { ObjectRecord } from '../../../../../shared/domain/object';
import type { ProvenanceEventRecord } from '../../../../../shared/domain/provenance';
import { orderProblems } from '../../../../../shared/provenance/span-compare';
import {
  eventDate,
  eventLabel,
  eventRef,
  eventsOfObject,
  objectLabel,
  type RuleContext,
} from '../../context';
import type { FindingDraft, Rule } from '../../registry';
import { credible, LEGAL } from './settings';
import { gapCovers, holderGap, type HolderGap } from './spans';

interface ChainGap extends HolderGap {
  object: ObjectRecord;
  before: ProvenanceEventRecord;
  after: ProvenanceEventRecord;
}

/**
 * The gaps of each object's chain: two consecutive events (in chain order) where the later one
 * is not a direct transfer from the earlier and their dates leave room between them (or are not
 * known). Events assessed as forged or contradicted are not links of the chain: the gap runs
 * across them (provenance.contradicted-event reports them).
 */
function chainGaps(ctx: RuleContext): ChainGap[] {
  const gaps: ChainGap[] = [];
  for (const object of ctx.objects) {
    const events = eventsOfObject(ctx, object.id).filter(credible);
    for (let i = 1; i < events.length; i++) {
      const before = events[i - 1] as ProvenanceEventRecord;
      const after = events[i] as ProvenanceEventRecord;
      if (after.directTransfer) continue;
      const found = holderGap(before.span, after.span);
      if (found) gaps.push({ ...found, object, before, after });
    }
  }
  return gaps;
}

const gapParams = (g: ChainGap) => ({
  fromPosition: g.before.position,
  toPosition: g.after.position,
  from: eventDate(g.before),
  to: eventDate(g.after),
});

export const gap: Rule = {
  id: 'provenance.gap',
  domain: 'provenance',
  severity: 'low',
  title: 'Gap in the provenance',
  evaluate(ctx) {
    return chainGaps(ctx).map((g) => ({
      objectId: g.object.id,
      params: gapParams(g),
      evidence: [eventRef(ctx, g.before), eventRef(ctx, g.after)],
      message:
        `No direct link between ${eventLabel(ctx, g.before)} and ${eventLabel(ctx, g.after)}: ` +
        `who held ${objectLabel(g.object)} between ${eventDate(g.before)} and ` +
        `${eventDate(g.after)} is not known.`,
    }));
  },
};

/**
 * A gap that covers a threshold day: `certain` when the object was certainly unaccounted for on
 * that day, `possible` when the dates allow it. A gap with no date on either side is left to
 * provenance.gap: "may cover" would be true of every day.
 */
function thresholdRule(spec: {
  id: string;
  title: string;
  day: string;
  meaning: string;
  certain: 'high' | 'medium';
  possible: 'medium' | 'low';
}): Rule {
  return {
    id: spec.id,
    domain: 'provenance',
    severity: spec.certain,
    title: spec.title,
    evaluate(ctx) {
      const drafts: FindingDraft[] = [];
      for (const g of chainGaps(ctx)) {
        if (g.undated) continue;
        const covers = gapCovers(g.gap, spec.day);
        if (covers === 'no') continue;
        const context = covers === 'certainly' ? 'certain' : 'possible';
        drafts.push({
          severity: context === 'certain' ? spec.certain : spec.possible,
          objectId: g.object.id,
          params: { context, ...gapParams(g), threshold: spec.day },
          evidence: [eventRef(ctx, g.before), eventRef(ctx, g.after)],
          message:
            `The gap in the history of ${objectLabel(g.object)} between ${eventLabel(ctx, g.before)} ` +
            `and ${eventLabel(ctx, g.after)} ${context === 'certain' ? 'spans' : 'may span'} ` +
            `${spec.day}, ${spec.meaning}.`,
        });
      }
      return drafts;
    },
  };
}

/** 17 November 1970: the AAM/AAMD threshold for archaeological material and ancient art. */
export const gap1970 = thresholdRule({
  id: 'provenance.gap-1970',
  title: 'Gap across 17 November 1970',
  day: LEGAL.unesco1970.date,
  meaning:
    'the UNESCO 1970 Convention date that museum standards require an object to be documented before',
  certain: 'high',
  possible: 'medium',
});

/**
 * 24 April 1972: the UNESCO 1970 Convention in force, the EU 2019/880 derogation date. Decided:
 * reported for the same gap as the 1970 finding when both dates fall in it, since the two
 * thresholds answer different questions (museum acquisition standards; whether the EU
 * derogation for goods that left their country before 1972 can be evidenced).
 */
export const gap1972 = thresholdRule({
  id: 'provenance.gap-1972',
  title: 'Gap across 24 April 1972',
  day: LEGAL.unesco1970InForce.date,
  meaning:
    'when the UNESCO 1970 Convention entered into force (the date of the EU 2019/880 derogation)',
  certain: 'medium',
  possible: 'low',
});

/**
 * Events whose order in the chain contradicts their dates: a later position that certainly
 * happened before an earlier one. Every event counts here, whatever its assessment.
 */
export const order: Rule = {
  id: 'provenance.order',
  domain: 'provenance',
  severity: 'low',
  title: 'Chain order contradicts the dates',
  evaluate(ctx) {
    const drafts: FindingDraft[] = [];
    for (const o of ctx.objects) {
      const events = eventsOfObject(ctx, o.id);
      for (const [i, j] of orderProblems(events.map((e) => e.span))) {
        const first = events[i] as ProvenanceEventRecord;
        const second = events[j] as ProvenanceEventRecord;
        drafts.push({
          objectId: o.id,
          params: {
            firstPosition: first.position,
            secondPosition: second.position,
            firstDate: eventDate(first),
            secondDate: eventDate(second),
          },
          evidence: [eventRef(ctx, first), eventRef(ctx, second)],
          message:
            `${eventLabel(ctx, second)} comes after ${eventLabel(ctx, first)} in the chain of ` +
            `${objectLabel(o)}, but certainly happened before it.`,
        });
      }
    }
    return drafts;
  },
};
