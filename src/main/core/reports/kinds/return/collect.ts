import type { ReportCollector } from '../collect-context';

/** STUB (issue #9 foundation): collects nothing yet. */
export const collectReturn: ReportCollector = (_session, params) => ({
  kind: params.kind,
  body: {},
  photos: [],
});
