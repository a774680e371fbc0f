import type { AppServices } from '../../core/workspace/app-services';
import type { HandlersFor } from '../handle';

const todo = (): never => {
  throw new Error('not yet implemented');
};

/** Documents (evidence items) of a case. */
export function documentHandlers(services: AppServices): HandlersFor<'document'> {
  void services;
  return {
    'document:list': todo,
    'document:get': todo,
    'document:add': todo,
    'document:record': todo,
    'document:update': todo,
    'document:attach-file': todo,
    'document:verify': todo,
    'document:content': todo,
  };
}
