/** Provenance chains (events, Art Tracks rules), ownership claims and the case timeline. */
export {
  addEvent,
  updateEvent,
  removeEvent,
  reorderEvents,
  readDate,
  checkChainRules,
  DATE_FORMS,
} from './events';
export { addClaim, updateClaim } from './claims';
export { provenanceChain, chainOf, partyNamesOf, orderProblemsOf } from './chain';
export { caseTimeline, timelineOf, partialDateSpan } from './timeline';
export { EVENT_SPEC, CLAIM_SPEC, eventsOf, claimsOf } from './specs';
