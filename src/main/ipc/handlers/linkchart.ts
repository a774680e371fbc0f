import {
  expandLinkChart,
  linkChart,
  linkChartEdgePayments,
  linkChartPaths,
  locateOnLinkChart,
} from '../../core/linkchart';
import type { AppServices } from '../../core/workspace/app-services';
import type { HandlersFor } from '../handle';

/** The case's link chart: the graph, expansions, paths, a link's payments, a finding's place. */
export function linkChartHandlers(services: AppServices): HandlersFor<'linkchart'> {
  const session = () => services.workspace.session();
  return {
    'linkchart:graph': (input) => linkChart(session(), input),
    'linkchart:expand': (input) => expandLinkChart(session(), input),
    'linkchart:paths': (input) => linkChartPaths(session(), input),
    'linkchart:edge-payments': (input) => linkChartEdgePayments(session(), input),
    'linkchart:locate': (input) => locateOnLinkChart(session(), input),
  };
}
