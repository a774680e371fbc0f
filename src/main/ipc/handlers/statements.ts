import type { AppServices } from '../../core/workspace/app-services';

/** Issue #6: filled in with the channels of its contract. */
export function statementHandlers(_services: AppServices) {
  return {};
}
