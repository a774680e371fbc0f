/** Seizures, seized objects and lots, legal status, external checks and chain of custody. */
export { createSeizure, updateSeizure, getSeizure, listSeizures } from './seizures';
export { createObject, updateObject, getObject, getObjectRecord } from './objects';
export { listObjects } from './object-list';
export { splitFromLot, SplitInput } from './lots';
export { changeLegalStatus, legalStatusHistory } from './legal-status';
export { addCheck, updateCheck, listChecks } from './external-checks';
export { addCustodyEntry, custodyOf } from './custody';
export { exhibitSortKey } from './exhibit-number';
