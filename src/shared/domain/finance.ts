import { z } from 'zod';
import {
  Country,
  Currency,
  DateTime,
  DecimalAmount,
  Id,
  IsoDate,
  Line,
  Money,
  PartialDate,
  RecordMeta,
  ShortLine,
  Text,
} from './common';
import { Grading } from './document';
import { SourceRef } from './provenance';
import { PartyRef } from './seizure';

/**
 * The money side of a case (issue #6, REFERENCE.md §8), modelled compatibly with the
 * FollowTheMoney schemata so data can be exchanged with tools that use it:
 * - Account ↔ FtM BankAccount / CryptoWallet;
 * - Payment ↔ FtM Payment (payer, beneficiary, their accounts, amount, date, purpose);
 * - Relationship ↔ FtM Ownership, Directorship, Representation, Family, Associate, Employment
 *   (plus "control" and "signatory", REFERENCE §8.2).
 * Amounts are exact decimals in their own currency (text, never floating point); conversion to a
 * base currency uses the user-maintained exchange-rate table and never guesses a missing rate.
 * Every record can cite documents (with page) and carry the Europol 4x4 grading.
 */

export const ACCOUNT_KINDS = ['bank', 'card', 'e_wallet', 'crypto', 'escrow', 'other'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/** Chains whose addresses the app knows how to check (others are kept as typed). */
export const CRYPTO_CHAINS = [
  'bitcoin',
  'ethereum',
  'tron',
  'litecoin',
  'monero',
  'solana',
  'other',
] as const;

const Evidence = {
  sources: z.array(SourceRef).max(100).default([]),
  grading: Grading.nullable().default(null),
  notes: Text.default(''),
};

export const AccountFields = z
  .object({
    kind: z.enum(ACCOUNT_KINDS).default('bank'),
    /** IBAN in electronic form (no spaces, upper case); checked by its mod-97 checksum. */
    iban: z.string().trim().max(42).default(''),
    /** BIC / SWIFT code, 8 or 11 characters. */
    bic: z.string().trim().max(11).default(''),
    /** National account number, card number (masked) or e-wallet id, when there is no IBAN. */
    accountNumber: ShortLine.default(''),
    /** The bank, payment institution or exchange (a party, or a name). */
    institution: PartyRef.default({ partyId: null, name: '' }),
    /** Country of the institution (from the IBAN when there is one). */
    country: Country.nullable().default(null),
    holder: PartyRef.default({ partyId: null, name: '' }),
    currency: Currency.nullable().default(null),
    openedOn: PartialDate.nullable().default(null),
    closedOn: PartialDate.nullable().default(null),
    /** Crypto wallets: the chain and the address. */
    chain: z.enum(CRYPTO_CHAINS).nullable().default(null),
    address: z.string().trim().max(200).default(''),
    ...Evidence,
  })
  .strict();
export type AccountFields = z.infer<typeof AccountFields>;
export type AccountFieldsInput = z.input<typeof AccountFields>;

export const AccountRecord = AccountFields.extend({ caseId: Id }).extend(RecordMeta.shape);
export type AccountRecord = z.infer<typeof AccountRecord>;

export const PAYMENT_METHODS = [
  'wire',
  'cash',
  'card',
  'cheque',
  'crypto',
  'in_kind',
  'e_wallet',
  'other',
] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const PaymentFields = z
  .object({
    /** Booking date; `at` adds the time when the record has it. */
    date: IsoDate,
    at: DateTime.nullable().default(null),
    valueDate: IsoDate.nullable().default(null),
    /** Positive: what the payer paid the beneficiary. */
    amount: Money.refine((m) => !m.amount.startsWith('-') && Number(m.amount) > 0, {
      message: 'a payment is a positive amount; the direction is payer → beneficiary',
      path: ['amount'],
    }),
    payer: PartyRef.default({ partyId: null, name: '' }),
    payerAccountId: Id.nullable().default(null),
    beneficiary: PartyRef.default({ partyId: null, name: '' }),
    beneficiaryAccountId: Id.nullable().default(null),
    method: z.enum(PAYMENT_METHODS).default('wire'),
    purpose: Line.default(''),
    reference: Line.default(''),
    /** Correspondent or intermediary banks, by BIC or name, in order. */
    intermediaries: z.array(ShortLine).max(20).default([]),
    ...Evidence,
  })
  .strict();
export type PaymentFields = z.infer<typeof PaymentFields>;
export type PaymentFieldsInput = z.input<typeof PaymentFields>;

export const PaymentRecord = PaymentFields.extend({
  caseId: Id,
  /** The statement import that brought it in, and the row of that file; null when typed in. */
  importId: Id.nullable(),
  row: z.number().int().min(1).nullable(),
  /**
   * What makes a statement row the same row on re-import: SHA-256 of account, date, amount,
   * currency, counterparty and reference (and the bank's own transaction id when there is one).
   */
  fingerprint: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
}).extend(RecordMeta.shape);
export type PaymentRecord = z.infer<typeof PaymentRecord>;

export const RELATIONSHIP_TYPES = [
  'ownership',
  'directorship',
  'representation',
  'family',
  'associate',
  'employment',
  'control',
  'signatory',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/**
 * A link between two parties (or a party and an account, for "signatory"): who owns, directs,
 * represents, employs or is related to whom, from when to when. Direction: `subject` owns /
 * directs / represents / employs-as-employee… `object` (FtM: owner → asset, director →
 * organization, agent → client, employee → employer, person → relative / associate).
 */
export const RelationshipFields = z
  .object({
    type: z.enum(RELATIONSHIP_TYPES),
    subject: PartyRef,
    /** The other party; for "signatory" the account is named in `accountId` instead. */
    object: PartyRef.default({ partyId: null, name: '' }),
    accountId: Id.nullable().default(null),
    /** Ownership share in percent, exact decimal ("25", "33.33"). */
    percentage: DecimalAmount.nullable().default(null),
    /** The role as stated: "director", "nominee shareholder", "brother", "lawyer". */
    role: Line.default(''),
    startDate: PartialDate.nullable().default(null),
    endDate: PartialDate.nullable().default(null),
    ...Evidence,
  })
  .strict()
  .refine((r) => r.subject.partyId !== null || r.subject.name !== '', {
    message: 'name who the link starts from',
    path: ['subject'],
  })
  .refine(
    (r) =>
      r.type === 'signatory'
        ? r.accountId !== null
        : r.object.partyId !== null || r.object.name !== '',
    { message: 'name the other side of the link', path: ['object'] },
  )
  .refine((r) => r.percentage === null || r.type === 'ownership', {
    message: 'only an ownership has a percentage',
    path: ['percentage'],
  })
  .refine(
    (r) => r.percentage === null || (Number(r.percentage) > 0 && Number(r.percentage) <= 100),
    { message: 'a share is more than 0 and at most 100 percent', path: ['percentage'] },
  );
export type RelationshipFields = z.infer<typeof RelationshipFields>;
export type RelationshipFieldsInput = z.input<typeof RelationshipFields>;

export const RelationshipRecord = z
  .object({ caseId: Id })
  .extend(RelationshipFields.shape)
  .extend(RecordMeta.shape);
export type RelationshipRecord = z.infer<typeof RelationshipRecord>;

/**
 * One exchange rate, kept by the unit: 1 unit of `currency` = `rate` units of `base` on `date`
 * (e.g. 1 RSD = 0.008532 EUR). A conversion uses the rate of the payment's date or, failing
 * that, the latest earlier rate within `MAX_RATE_AGE_DAYS`; otherwise the amount is reported as
 * not convertible, never guessed.
 */
export const ExchangeRateFields = z
  .object({
    date: IsoDate,
    currency: Currency,
    base: Currency.default('EUR'),
    rate: DecimalAmount.refine((r) => Number(r) > 0, 'a rate is more than 0'),
    source: Line.default(''),
  })
  .strict()
  .refine((r) => r.currency !== r.base, {
    message: 'a currency has no rate to itself',
    path: ['currency'],
  });
export type ExchangeRateFields = z.infer<typeof ExchangeRateFields>;
export const ExchangeRateRecord = z
  .object({ id: Id })
  .extend(ExchangeRateFields.shape)
  .extend({ createdAt: z.string(), updatedAt: z.string(), version: z.number().int().min(1) });
export type ExchangeRateRecord = z.infer<typeof ExchangeRateRecord>;
export const MAX_RATE_AGE_DAYS = 7;
export const DEFAULT_BASE_CURRENCY = 'EUR';

/** A currency total: exact sum of what converted, and what could not (missing rates). */
export const ConvertedTotal = z.object({
  base: Currency,
  amount: DecimalAmount,
  /** Amounts that had no rate, per currency, with how many payments. */
  missing: z.array(z.object({ currency: Currency, amount: DecimalAmount, count: z.number() })),
});
export type ConvertedTotal = z.infer<typeof ConvertedTotal>;
