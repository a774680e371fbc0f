import type { ProvenanceEventRecord } from '../../../../../shared/domain/provenance';
import type { PartyRef } from '../../../../../shared/domain/seizure';
import {
  documentName,
  documentRef,
  eventDate,
  eventLabel,
  eventRef,
  eventsOfObject,
  partyName,
  sourcesOf,
  type RuleContext,
} from '../../context';
import type { FindingDraft, Rule } from '../../registry';
import { credible, PROVENANCE_RULE_SETTINGS as S } from './settings';

/** An event the investigator found contradicted by other evidence, or forged. */
export const contradictedEvent: Rule = {
  id: 'provenance.contradicted-event',
  domain: 'provenance',
  severity: 'high',
  title: 'Provenance event contradicted or forged',
  evaluate(ctx) {
    const drafts: FindingDraft[] = [];
    for (const o of ctx.objects) {
      for (const e of eventsOfObject(ctx, o.id)) {
        if (credible(e)) continue;
        drafts.push({
          objectId: o.id,
          params: { context: e.assessment, position: e.position, date: eventDate(e) },
          evidence: [eventRef(ctx, e), ...sourcesOf(ctx, e).map((d) => documentRef(ctx, d))],
          message:
            `Event ${eventLabel(ctx, e)} is assessed as ${e.assessment}` +
            `${e.notes.trim() ? ` (${e.notes.trim()})` : ''}: the history cannot rest on it.`,
        });
      }
    }
    return drafts;
  },
};

function sameParty(ctx: RuleContext, a: PartyRef, b: PartyRef): boolean {
  if (a.partyId !== null && b.partyId !== null) return a.partyId === b.partyId;
  const name = (r: PartyRef) => partyName(ctx, r).trim().toLocaleLowerCase();
  return name(a) !== '' && name(a) === name(b);
}

/**
 * Who holds the object now, as its history tells: the receiving party of the last credible
 * event that gave someone ownership or possession. Null when no such event names one.
 */
function currentHolder(events: readonly ProvenanceEventRecord[]): PartyRef | null {
  for (const e of [...events].reverse()) {
    if (!S.holdingEvents.includes(e.type) || !credible(e)) continue;
    const to = e.toParty;
    if (to.partyId !== null || to.name.trim() !== '') return to;
  }
  return null;
}

/**
 * An ownership or possession link that rests only on the holder's own word. Decided:
 * - the event's certainty is "claimed by the holder" (context `claimed`), or
 * - it cites documents and every one of them is a holder's or seller's own statement
 *   (context `statement`), or
 * - it cites nothing at all and involves the current holder (the party the history leaves the
 *   object with): the holder's account of their own acquisition (context `unsourced`).
 *   An unsourced link between two earlier parties is not reported: that is a gap in the research,
 *   not the holder's word.
 * Events assessed as verified are left out (someone checked them), and so are contradicted or
 * forged ones (provenance.contradicted-event reports them).
 */
export const holderStatementOnly: Rule = {
  id: 'provenance.holder-statement-only',
  domain: 'provenance',
  severity: 'medium',
  title: "Link supported only by the holder's own statement",
  evaluate(ctx) {
    const drafts: FindingDraft[] = [];
    for (const o of ctx.objects) {
      const events = eventsOfObject(ctx, o.id);
      const holder = currentHolder(events);
      for (const e of events) {
        if (!S.holdingEvents.includes(e.type) || e.assessment !== 'unverified') continue;
        const sources = sourcesOf(ctx, e);
        const statementsOnly =
          sources.length > 0 && sources.every((d) => S.holderStatementTypes.includes(d.type));
        const involvesHolder =
          holder !== null &&
          (sameParty(ctx, e.toParty, holder) || sameParty(ctx, e.fromParty, holder));
        const context =
          e.certainty === 'claimed'
            ? 'claimed'
            : statementsOnly
              ? 'statement'
              : sources.length === 0 && involvesHolder
                ? 'unsourced'
                : null;
        if (context === null) continue;
        const holderName = holder ? partyName(ctx, holder) || '?' : '?';
        const documents = sources.map(documentName).join(', ') || '—';
        const why = {
          claimed: 'is recorded as claimed by the holder',
          statement: `is supported only by the holder's own statements (${documents})`,
          unsourced: `involves the current holder, ${holderName}, and cites no document`,
        }[context];
        drafts.push({
          objectId: o.id,
          params: {
            context,
            position: e.position,
            date: eventDate(e),
            holder: holderName,
            documents,
          },
          evidence: [eventRef(ctx, e), ...sources.map((d) => documentRef(ctx, d))],
          message: `Event ${eventLabel(ctx, e)} ${why}: it rests on the holder's word alone.`,
        });
      }
    }
    return drafts;
  },
};
