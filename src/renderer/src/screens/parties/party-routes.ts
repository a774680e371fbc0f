/** Routes of the Parties area: the directory of the case file's parties and one party's page. */
export const partyRoutes = {
  directory: '/case-file/parties',
  party: (id: string) => `/case-file/parties/${id}`,
};
