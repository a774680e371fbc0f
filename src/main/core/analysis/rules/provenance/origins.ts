import type { ProvenanceEventRecord } from '../../../../../shared/domain/provenance';
import { earliest } from '../../../../../shared/domain/time-span';
import {
  eventDate,
  eventLabel,
  eventRef,
  eventsOfObject,
  objectLabel,
  objectRef,
} from '../../context';
import type { FindingDraft, Rule } from '../../registry';
import { certainlyBeforeDay } from './spans';
import {
  credible,
  isAncient,
  isArchaeological,
  LEGAL,
  sharesLotHistory,
  PROVENANCE_RULE_SETTINGS as S,
} from './settings';

/**
 * Archaeological material and ancient art first documented after 17 November 1970 (the AAM/AAMD
 * threshold, REFERENCE.md §7.2): no event of its history is CERTAINLY before that day. An event
 * assessed as forged or contradicted documents nothing and is left out; an item of a lot without
 * events of its own is left to the lot (see sharesLotHistory). Contexts: `dated` (the
 * earliest dated event is named), `undated` (events, none dated), `none` (no history recorded:
 * the object's first appearance is this case).
 */
export const firstAppearanceAfter1970: Rule = {
  id: 'provenance.first-appearance-after-1970',
  domain: 'provenance',
  severity: 'high',
  title: 'First documented appearance after 1970',
  evaluate(ctx) {
    const threshold = LEGAL.unesco1970.date;
    const drafts: FindingDraft[] = [];
    const inScope = new Set(ctx.objects.map((o) => o.id));
    for (const o of ctx.objects) {
      if (!isAncient(o)) continue;
      if (sharesLotHistory(o, eventsOfObject(ctx, o.id).length, inScope)) continue;
      const events = eventsOfObject(ctx, o.id).filter(credible);
      if (events.some((e) => certainlyBeforeDay(e.span, threshold))) continue;
      const dated = events
        .filter((e) => earliest(e.span) !== null)
        .sort((a, b) => (earliest(a.span) as string).localeCompare(earliest(b.span) as string));
      const first: ProvenanceEventRecord | undefined = dated[0];
      if (first) {
        drafts.push({
          objectId: o.id,
          params: {
            context: 'dated',
            threshold,
            position: first.position,
            first: eventDate(first),
          },
          evidence: [objectRef(o), eventRef(ctx, first)],
          message:
            `No event in the history of ${objectLabel(o)} is dated certainly before ${threshold}; ` +
            `the earliest documented is ${eventLabel(ctx, first)}.`,
        });
      } else {
        const context = events.length === 0 ? 'none' : 'undated';
        drafts.push({
          objectId: o.id,
          params: { context, threshold, position: '—', first: '?' },
          evidence: [objectRef(o), ...events.map((e) => eventRef(ctx, e))],
          message:
            context === 'none'
              ? `${objectLabel(o)} is archaeological or ancient and has no recorded history: ` +
                `nothing documents it before ${threshold}.`
              : `No event in the history of ${objectLabel(o)} is dated (${events.length} recorded): ` +
                `nothing documents it before ${threshold}.`,
        });
      }
    }
    return drafts;
  },
};

const hasPlace = (e: ProvenanceEventRecord) =>
  e.place.address.trim() !== '' || e.place.country !== null || e.place.lat !== null;

/**
 * An archaeological object whose find-spot is not documented: no excavation, discovery, find,
 * illegal extraction or field collection event that gives a place or cites a source. Without a
 * find-spot the object's context is lost and its legal origin cannot be established. Contexts:
 * `none` (no such event), `undocumented` (events without place or source, cited).
 */
export const findspotUndocumented: Rule = {
  id: 'provenance.findspot-undocumented',
  domain: 'provenance',
  severity: 'medium',
  title: 'Find-spot undocumented',
  evaluate(ctx) {
    const drafts: FindingDraft[] = [];
    const inScope = new Set(ctx.objects.map((o) => o.id));
    for (const o of ctx.objects) {
      if (!isArchaeological(o)) continue;
      if (sharesLotHistory(o, eventsOfObject(ctx, o.id).length, inScope)) continue;
      const finds = eventsOfObject(ctx, o.id).filter(
        (e) => S.findspotEvents.includes(e.type) && credible(e),
      );
      if (finds.some((e) => hasPlace(e) || e.sources.length > 0)) continue;
      const context = finds.length === 0 ? 'none' : 'undocumented';
      drafts.push({
        objectId: o.id,
        params: { context, exhibit: o.exhibitNumber },
        evidence: [objectRef(o), ...finds.map((e) => eventRef(ctx, e))],
        message:
          context === 'none'
            ? `${objectLabel(o)} is archaeological but its history has no excavation, find or ` +
              `discovery: where it came out of the ground is not documented.`
            : `The find of ${objectLabel(o)} (${finds.map((e) => eventLabel(ctx, e)).join('; ')}) ` +
              `gives no place and cites no source: the find-spot is not documented.`,
      });
    }
    return drafts;
  },
};
