export { catalogue, listVersions, saveVersion } from './catalogue';
export { exportCatalogue, importCatalogue } from './catalogue-file';
export { addRedListMatch, listRedListMatches, redLists, updateRedListMatch } from './red-lists';
export { addObservation, listObservations, updateObservation } from './observations';
export { acceptSuggestion, dismissSuggestion, listSuggestions } from './suggestions';
export { riskOverview } from './risk';
