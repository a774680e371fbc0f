import type { AppServices } from '../../core/workspace/app-services';
import type { HandlersFor } from '../handle';

/** The findings registry: every analysis rule of the product, run over a case. */
export function findingsHandlers(services: AppServices): HandlersFor<'findings'> {
  void services;
  return {
    'findings:list': () => {
      throw new Error('not yet implemented');
    },
  };
}
