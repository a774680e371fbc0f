/**
 * The money side of a case (issue #6): accounts and wallets, payments, relationships between
 * parties, the case file's exchange rates, totals in a base currency, and the payments a
 * provenance event cites. Statement import lives beside these (statement-*).
 */
export { ACCOUNT_SPEC, PAYMENT_SPEC, RELATIONSHIP_SPEC } from './specs';
export { addAccount, updateAccount, getAccount, listAccounts, accountViews } from './accounts';
export { addPayment, updatePayment, getPayment, paymentViews } from './payments';
export { listPayments, queryPayments, paymentTotals, amountKey } from './payment-query';
export {
  addRelationship,
  updateRelationship,
  getRelationship,
  listRelationships,
} from './relationships';
export { RATE_SPEC, addRate, updateRate, removeRate, listRates, ratesInto } from './rates';
export {
  requirePaymentsOfCase,
  syncEventPayments,
  paymentsByIds,
  eventsCiting,
} from './event-payments';
export { requireAccountOfCase, accountLabel } from './support';
