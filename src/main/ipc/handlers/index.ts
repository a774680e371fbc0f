import type { AppServices } from '../../core/workspace/app-services';
import type { Handlers } from '../handle';
import { bundleHandlers } from './bundle';
import { caseFileHandlers } from './case-file';
import { caseHandlers } from './cases';
import { documentHandlers } from './documents';
import { expertHandlers } from './experts';
import { indicatorHandlers } from './indicators';
import { reportHandlers } from './reports';
import { financeHandlers } from './finance';
import { findingsHandlers } from './findings';
import { linkChartHandlers } from './linkchart';
import { objectHandlers } from './objects';
import { partyHandlers } from './parties';
import { photoSearchHandlers } from './photos-search';
import { provenanceHandlers } from './provenance';
import { statementHandlers } from './statements';

/**
 * What each channel does, in terms of core services, one file per feature. Validation and errors:
 * see handle.ts. TypeScript refuses a channel of the contract without its handler.
 */
export function buildHandlers(services: AppServices): Handlers {
  return {
    ...caseFileHandlers(services),
    ...caseHandlers(services),
    ...objectHandlers(services),
    ...partyHandlers(services),
    ...bundleHandlers(services),
    ...photoSearchHandlers(services),
    ...documentHandlers(services),
    ...provenanceHandlers(services),
    ...findingsHandlers(services),
    ...financeHandlers(services),
    ...statementHandlers(services),
    ...linkChartHandlers(services),
    ...expertHandlers(services),
    ...indicatorHandlers(services),
    ...reportHandlers(services),
  };
}
