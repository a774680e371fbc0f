import type { z } from 'zod';
import {
  addClaim,
  addEvent,
  caseTimeline,
  provenanceChain,
  removeEvent,
  reorderEvents,
  updateClaim,
  updateEvent,
} from '../../core/provenance';
import type { AppServices } from '../../core/workspace/app-services';
import type { ClaimFields, ProvenanceEventFieldsInput } from '../../../shared/domain/provenance';
import type { HandlersFor } from '../handle';

type ClaimInput = z.input<typeof ClaimFields>;

/** Provenance chains, ownership claims and the case timeline. */
export function provenanceHandlers(
  services: AppServices,
): HandlersFor<'provenance' | 'claim' | 'timeline'> {
  const session = () => services.workspace.session();
  return {
    'provenance:chain': ({ objectId }) => provenanceChain(session(), objectId),
    'provenance:add-event': ({ objectId, position, fields }) =>
      addEvent(session(), { objectId, position, fields: fields as ProvenanceEventFieldsInput }),
    'provenance:update-event': ({ id, version, fields }) =>
      updateEvent(session(), { id, version, fields: fields as ProvenanceEventFieldsInput }),
    'provenance:reorder': (input) => reorderEvents(session(), input),
    'provenance:remove-event': (input) => removeEvent(session(), input),
    'claim:add': ({ objectId, fields }) =>
      addClaim(session(), { objectId, fields: fields as ClaimInput }),
    'claim:update': ({ id, version, fields }) =>
      updateClaim(session(), { id, version, fields: fields as ClaimInput }),
    'timeline:case': ({ caseId }) => caseTimeline(session(), caseId),
  };
}
