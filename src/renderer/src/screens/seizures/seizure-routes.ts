/** A seizure's page lives under its case's Seizures tab, so the case stays in view. */
export const seizureRoutes = {
  seizure: (caseId: string, seizureId: string) =>
    `/case-file/cases/${caseId}/seizures/${seizureId}`,
};
