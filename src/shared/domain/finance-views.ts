import { z } from 'zod';
import { Currency, DecimalAmount, Id, IsoDate } from './common';
import {
  AccountRecord,
  ConvertedTotal,
  DEFAULT_BASE_CURRENCY,
  PAYMENT_METHODS,
  PaymentRecord,
  RelationshipRecord,
} from './finance';

/**
 * What the money side's services return to the screens (issue #6): records with the names they
 * point to resolved from the directory, pages of payments, totals in a base currency.
 */

export const AccountView = AccountRecord.extend({
  /** The holder's and the institution's names as the directory has them now, or as typed. */
  holderName: z.string(),
  institutionName: z.string(),
  /** How lists show the account: the IBAN in groups of four, the number or the address. */
  label: z.string(),
  /** Payments of the case from or to the account. */
  paymentCount: z.number().int().min(0),
});
export type AccountView = z.infer<typeof AccountView>;

/** A provenance event that cites a payment (what it paid for). */
export const PaidEvent = z.object({ id: Id, objectId: Id, type: z.string() });

/** An amount in the base currency; `amount` null when no rate was within the limit. */
export const Converted = z.object({
  base: Currency,
  amount: DecimalAmount.nullable(),
  rate: DecimalAmount.nullable(),
  rateDate: IsoDate.nullable(),
});
export type Converted = z.infer<typeof Converted>;

export const PaymentView = PaymentRecord.extend({
  payerName: z.string(),
  beneficiaryName: z.string(),
  payerAccountLabel: z.string().nullable(),
  beneficiaryAccountLabel: z.string().nullable(),
  /** Provenance events that cite the payment. */
  events: z.array(PaidEvent),
  /** In the base currency the list asked for; null when it asked for none. */
  converted: Converted.nullable(),
});
export type PaymentView = z.infer<typeof PaymentView>;

export const PAYMENT_LIST_SORTS = ['date', 'amount', 'updated'] as const;
export const PAYMENT_LIST_MAX = 500;

/**
 * Filters of a payment list (all optional, combined with AND). `accountId` / `partyId` match
 * either side (payer or beneficiary); amounts compare exactly, in each payment's own currency.
 */
export const PaymentFilters = z
  .object({
    accountId: Id.optional(),
    partyId: Id.optional(),
    dateFrom: IsoDate.optional(),
    dateTo: IsoDate.optional(),
    amountMin: DecimalAmount.optional(),
    amountMax: DecimalAmount.optional(),
    methods: z.array(z.enum(PAYMENT_METHODS)).max(PAYMENT_METHODS.length).optional(),
    currency: Currency.optional(),
    importId: Id.optional(),
    /**
     * Text in the reference, the purpose, a name typed on the payment, or the name of a party
     * of the directory on either side (for those, case, diacritics and script do not matter).
     */
    text: z.string().trim().max(200).optional(),
  })
  .strict();
export type PaymentFilters = z.infer<typeof PaymentFilters>;

export const PaymentListQuery = z
  .object({
    caseId: Id,
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(PAYMENT_LIST_MAX).default(100),
    sort: z.enum(PAYMENT_LIST_SORTS).default('date'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    filters: PaymentFilters.default({}),
    /** Convert each row's amount to this currency with the rate table. */
    base: Currency.optional(),
  })
  .strict();
export type PaymentListQuery = z.input<typeof PaymentListQuery>;

export const PaymentPage = z.object({
  total: z.number().int().min(0),
  rows: z.array(PaymentView),
});
export type PaymentPage = z.infer<typeof PaymentPage>;

export const PaymentTotalsQuery = z
  .object({
    caseId: Id,
    base: Currency.default(DEFAULT_BASE_CURRENCY),
    filters: PaymentFilters.default({}),
  })
  .strict();
export type PaymentTotalsQuery = z.input<typeof PaymentTotalsQuery>;

/** The matching payments' total in the base currency, and how many payments it counts. */
export const PaymentTotals = ConvertedTotal.extend({ count: z.number().int().min(0) });
export type PaymentTotals = z.infer<typeof PaymentTotals>;

export const RelationshipView = RelationshipRecord.extend({
  subjectName: z.string(),
  objectName: z.string(),
  accountLabel: z.string().nullable(),
  /** The link has ended (it has an end date); it stays on record as evidence. */
  ended: z.boolean(),
});
export type RelationshipView = z.infer<typeof RelationshipView>;

export const RateListQuery = z
  .object({
    currency: Currency.optional(),
    base: Currency.optional(),
    dateFrom: IsoDate.optional(),
    dateTo: IsoDate.optional(),
  })
  .strict();
export type RateListQuery = z.input<typeof RateListQuery>;
