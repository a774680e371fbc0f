import type { PaymentMethod } from '../../../../../shared/domain/finance';
import type { PaymentFilters } from '../../../../../shared/domain/finance-views';
import type { PartySummary } from '../../../../../shared/domain/party-views';
import { typedDecimal } from '../money-format';

/** The payment list's filters as the bar edits them (amounts as typed). */
export interface PaymentFilterState {
  from: string | null;
  to: string | null;
  accountId: string | null;
  party: PartySummary | null;
  amountMin: string;
  amountMax: string;
  methods: PaymentMethod[];
  /** The payments one statement import brought in (from the Imports view). */
  importId: string | null;
}

export const NO_PAYMENT_FILTERS: PaymentFilterState = {
  from: null,
  to: null,
  accountId: null,
  party: null,
  amountMin: '',
  amountMax: '',
  methods: [],
  importId: null,
};

export type AmountBound = 'amountMin' | 'amountMax';

/** An amount bound as main takes it, or null with `bad` when what was typed is no amount. */
function bound(text: string): { value: string | null; bad: boolean } {
  if (text.trim() === '') return { value: null, bad: false };
  const value = typedDecimal(text);
  return value === null || value.startsWith('-')
    ? { value: null, bad: true }
    : { value, bad: false };
}

/**
 * The filters payment:list and payment:totals take. An amount bound that is not an amount is left
 * out and named in `invalid`, so the bar can say so while the list stays as it was.
 */
export function paymentFilters(s: PaymentFilterState): {
  filters: PaymentFilters;
  invalid: AmountBound[];
} {
  const min = bound(s.amountMin);
  const max = bound(s.amountMax);
  const filters: PaymentFilters = {};
  if (s.from) filters.dateFrom = s.from;
  if (s.to) filters.dateTo = s.to;
  if (s.accountId) filters.accountId = s.accountId;
  if (s.party) filters.partyId = s.party.id;
  if (min.value !== null) filters.amountMin = min.value;
  if (max.value !== null) filters.amountMax = max.value;
  if (s.methods.length > 0) filters.methods = [...s.methods];
  if (s.importId) filters.importId = s.importId;
  const invalid: AmountBound[] = [];
  if (min.bad) invalid.push('amountMin');
  if (max.bad) invalid.push('amountMax');
  return { filters, invalid };
}

/** How many filters are set (for the bar's "clear" button). */
export function activeFilterCount(s: PaymentFilterState): number {
  return [
    s.from !== null || s.to !== null,
    s.accountId !== null,
    s.party !== null,
    s.amountMin.trim() !== '' || s.amountMax.trim() !== '',
    s.methods.length > 0,
    s.importId !== null,
  ].filter(Boolean).length;
}
