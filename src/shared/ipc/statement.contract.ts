/** The money side (issue #6): statement import: mappings, preview, import with progress and cancel (statement:*). */
export const statementContract = {};
