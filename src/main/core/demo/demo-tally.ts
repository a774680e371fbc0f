/** What the demo wrote: one count per kind of record, for the CLI, the tests and the README. */
export interface DemoTally {
  cases: number;
  /** Moves after opening (a new case's "open" is part of creating it). */
  statusChanges: number;
  journalEntries: number;
  caseLinks: number;
  parties: number;
  roles: number;
  /** Duplicates merged into the party that stays. */
  mergedParties: number;
  seizures: number;
  objects: number;
  legalStatusChanges: number;
  checks: number;
  custodyEntries: number;
  photos: number;
  documents: number;
  provenanceEvents: number;
  claims: number;
  accounts: number;
  payments: number;
  relationships: number;
  rates: number;
  experts: number;
  consultations: number;
  opinions: number;
  observations: number;
  /** Observations moved to another status after they were recorded. */
  observationChanges: number;
  redListMatches: number;
  suggestionDecisions: number;
  /** International requests (MLA, return). */
  requests: number;
}

export function emptyTally(): DemoTally {
  return {
    cases: 0,
    statusChanges: 0,
    journalEntries: 0,
    caseLinks: 0,
    parties: 0,
    roles: 0,
    mergedParties: 0,
    seizures: 0,
    objects: 0,
    legalStatusChanges: 0,
    checks: 0,
    custodyEntries: 0,
    photos: 0,
    documents: 0,
    provenanceEvents: 0,
    claims: 0,
    accounts: 0,
    payments: 0,
    relationships: 0,
    rates: 0,
    experts: 0,
    consultations: 0,
    opinions: 0,
    observations: 0,
    observationChanges: 0,
    redListMatches: 0,
    suggestionDecisions: 0,
    requests: 0,
  };
}
