import type { AppServices } from '../../core/workspace/app-services';
import type { HandlersFor } from '../handle';

const todo = (): never => {
  throw new Error('not yet implemented');
};

/** Provenance chains, ownership claims and the case timeline. */
export function provenanceHandlers(
  services: AppServices,
): HandlersFor<'provenance' | 'claim' | 'timeline'> {
  void services;
  return {
    'provenance:chain': todo,
    'provenance:add-event': todo,
    'provenance:update-event': todo,
    'provenance:reorder': todo,
    'provenance:remove-event': todo,
    'claim:add': todo,
    'claim:update': todo,
    'timeline:case': todo,
  };
}
