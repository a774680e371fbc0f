import type { Money } from '../../../../shared/domain/common';
import type { PaymentFilters, PaymentView } from '../../../../shared/domain/finance-views';
import type {
  CitedPayment,
  ProvenanceChain,
  ProvenanceEventType,
} from '../../../../shared/domain/provenance';
import { compareAmounts, sumAmounts } from '../../../../shared/finance/decimal';
import { CURRENCIES } from '../seizures/money';

/**
 * Where the object's chain meets the money chain (issue #6): which events offer "Paid by", how the
 * payments an event cites compare with its price, how the form's search box becomes a payment
 * list filter, and the money column beside the chain.
 */

/**
 * Events that are paid for: the sales and exchanges of ownership, and a consignment (the
 * consignee's fee or advance). Other events show "Paid by" only when they already cite payments.
 */
export const PAID_EVENT_TYPES: ReadonlySet<ProvenanceEventType> = new Set([
  'acquisition',
  'sale',
  'private_sale',
  'auction_purchase',
  'exchange',
  'forced_sale',
  'consignment',
]);

export function offersPayments(type: string | null, cited: number): boolean {
  return cited > 0 || (type !== null && PAID_EVENT_TYPES.has(type as ProvenanceEventType));
}

/** A payment as the chain shows it, from a page of the payment list (names resolved there). */
export function citedOf(p: PaymentView): CitedPayment {
  return {
    id: p.id,
    date: p.date,
    amount: p.amount,
    method: p.method,
    payer: p.payerName,
    beneficiary: p.beneficiaryName,
    reference: p.reference,
  };
}

/**
 * The price against the payments the event cites, never converted:
 * - none: no price, or no payment;
 * - match / differs: every payment is in the price's currency, and their exact sum is or is not
 *   the price;
 * - currency: some payment is in another currency (the currencies listed, the price's last).
 */
export type PriceCheck =
  | { kind: 'none' }
  | { kind: 'match'; total: Money }
  | { kind: 'differs'; total: Money; price: Money }
  | { kind: 'currency'; price: Money; currencies: string[] };

export function priceCheck(
  price: Money | null,
  payments: readonly Pick<CitedPayment, 'amount'>[],
): PriceCheck {
  // A price still being typed ("3.2.") is not compared.
  if (price === null || payments.length === 0 || !/^\d+(\.\d{1,6})?$/.test(price.amount)) {
    return { kind: 'none' };
  }
  const currencies = [...new Set(payments.map((p) => p.amount.currency))];
  if (currencies.some((c) => c !== price.currency)) {
    return { kind: 'currency', price, currencies: currencies.sort() };
  }
  const total = {
    amount: sumAmounts(payments.map((p) => p.amount.amount)),
    currency: price.currency,
  };
  return compareAmounts(total.amount, price.amount) === 0
    ? { kind: 'match', total }
    : { kind: 'differs', total, price };
}

const CURRENCY_WORDS: Readonly<Record<string, string>> = { '€': 'EUR', $: 'USD', '£': 'GBP' };

/**
 * An amount typed into the search box ("3200", "3.200,00", "3,200.00", "220 EUR", "€ 220"), or
 * null. A single separator before exactly three digits groups thousands ("3.200" is 3200: no
 * currency of a sale has three decimals); otherwise the last separator is the decimal one.
 */
export function searchedAmount(text: string): { amount: string; currency?: string } | null {
  let s = text.replace(/[\s\u00a0\u202f']/g, '');
  let currency: string | undefined;
  const code = /^([A-Za-z]{3}|[€$£])?([\d.,]+)([A-Za-z]{3}|[€$£])?$/.exec(s);
  if (!code) return null;
  const [, before, digits = '', after] = code;
  if (before !== undefined && after !== undefined) return null;
  const word = before ?? after;
  if (word !== undefined) {
    currency = CURRENCY_WORDS[word] ?? word.toUpperCase();
    // "ref123" is a reference, not an amount in the currency REF.
    if (!(CURRENCIES as readonly string[]).includes(currency)) return null;
  }
  s = digits;
  if (!/\d/.test(s)) return null;
  let whole = s;
  let fraction = '';
  const separators = s.replace(/\d/g, '');
  const single = separators.length > 0 && new Set(separators).size === 1;
  if (single && /^\d{1,3}([.,]\d{3})+$/.test(s)) {
    whole = s.replace(/[.,]/g, '');
  } else if (separators.length > 0) {
    const at = Math.max(s.lastIndexOf(','), s.lastIndexOf('.'));
    whole = s.slice(0, at).replace(/[.,]/g, '');
    fraction = s.slice(at + 1);
    // Grouping before the decimal separator must be the other character, in threes.
    const groups = s.slice(0, at);
    if (/[.,]/.test(groups) && !/^\d{1,3}([.,]\d{3})+$/.test(groups)) return null;
    if (groups.includes(s[at] as string)) return null;
  }
  if (!/^\d{1,15}$/.test(whole) || !/^\d{0,6}$/.test(fraction)) return null;
  const amount = `${whole.replace(/^0+(?=\d)/, '')}${fraction ? `.${fraction}` : ''}`;
  return currency === undefined ? { amount } : { amount, currency };
}

/**
 * The payment list filters for what was typed: an amount is looked up exactly (with its currency
 * when one was typed), anything else as text in the reference, purpose and names.
 */
export function searchFilters(text: string): PaymentFilters {
  const typed = text.trim();
  if (typed === '') return {};
  const amount = searchedAmount(typed);
  if (amount) {
    const filters: PaymentFilters = { amountMin: amount.amount, amountMax: amount.amount };
    if (amount.currency) filters.currency = amount.currency;
    return filters;
  }
  return { text: typed.slice(0, 200) };
}

/** One payment of the money column, with the events (position and type) that cite it. */
export interface MoneyStep {
  payment: CitedPayment;
  events: Array<{ id: string; position: number; type: ProvenanceEventType }>;
}

/** The money chain beside the object's chain: the cited payments in date order (then by amount). */
export function moneySteps(chain: Pick<ProvenanceChain, 'events' | 'payments'>): MoneyStep[] {
  const steps = new Map<string, MoneyStep>();
  for (const e of chain.events) {
    for (const id of e.payments) {
      const payment = chain.payments[id];
      if (!payment) continue;
      const step = steps.get(id) ?? { payment, events: [] };
      step.events.push({ id: e.id, position: e.position, type: e.type });
      steps.set(id, step);
    }
  }
  return [...steps.values()].sort(
    (a, b) =>
      a.payment.date.localeCompare(b.payment.date) ||
      a.payment.amount.currency.localeCompare(b.payment.amount.currency) ||
      compareAmounts(a.payment.amount.amount, b.payment.amount.amount) ||
      a.payment.id.localeCompare(b.payment.id),
  );
}

/** The Money tab of the case, on the payment when the tab can show one. */
export function moneyTabPath(caseId: string, paymentId?: string): string {
  const base = `/case-file/cases/${caseId}/money`;
  return paymentId ? `${base}?payment=${encodeURIComponent(paymentId)}` : base;
}
