/** The money side (issue #6): accounts, payments, relationships and exchange rates (account:*, payment:*, relationship:*, rate:*). */
export const financeContract = {};
