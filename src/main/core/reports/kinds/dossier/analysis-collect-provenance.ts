import type { ProvenanceEventRecord } from '../../../../../shared/domain/provenance';
import type { PartyRef } from '../../../../../shared/domain/seizure';
import { eventsOf } from '../../../provenance/specs';
import type { AnalysisContext } from './analysis';
import type { ProvenanceData } from './analysis-types';

/**
 * Provenance per disclosed object (collect side): the chain's events with their parties made
 * printable (withheld ones keep only their id, so the AAM line can still tell them apart), the
 * labels of the disclosed documents they cite, and the object's findings. An object is included
 * when it has events, or when the rules found something about its (missing) history.
 */
export function collectProvenance(ctx: AnalysisContext): ProvenanceData {
  const findings = ctx.findings();
  const printable = (ref: PartyRef): PartyRef => {
    if (ref.partyId !== null && ctx.withheld(ref.partyId))
      return { partyId: ref.partyId, name: '' };
    return { partyId: null, name: ctx.name(ref) ?? '' };
  };
  const objects = ctx.objects().flatMap((object) => {
    const own = findings.filter((f) => f.objectId === object.objectId);
    const events: ProvenanceEventRecord[] = eventsOf(ctx.db, object.objectId).map((e) => ({
      ...e,
      fromParty: printable(e.fromParty),
      toParty: printable(e.toParty),
      agent: printable(e.agent),
      saleReference: ctx.mask(e.saleReference),
      notes: '',
    }));
    if (events.length === 0 && !own.some((f) => f.domain === 'provenance')) return [];
    const documents: Record<string, string> = {};
    for (const source of events.flatMap((e) => e.sources)) {
      const label = ctx.documentLabel(source.documentId);
      if (label !== null) documents[source.documentId] = label;
    }
    return [{ ...object, events, documents, findings: own }];
  });
  return { objects };
}
