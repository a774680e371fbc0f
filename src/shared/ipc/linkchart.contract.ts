/** The money side (issue #6): the link chart's graph (linkchart:*). */
export const linkChartContract = {};
