import { caseFindings } from '../../core/analysis';
import type { AppServices } from '../../core/workspace/app-services';
import type { HandlersFor } from '../handle';

/** The findings registry: every analysis rule of the product, run over a case. */
export function findingsHandlers(services: AppServices): HandlersFor<'findings'> {
  const session = () => services.workspace.session();
  return {
    'findings:list': (input) => caseFindings(session(), input),
  };
}
