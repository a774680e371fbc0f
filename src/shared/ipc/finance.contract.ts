import { z } from 'zod';
import { Id } from '../domain/common';
import { ExchangeRateRecord } from '../domain/finance';
import {
  AccountView,
  PaymentFilters,
  PaymentPage,
  PaymentTotals,
  PaymentView,
  PAYMENT_LIST_MAX,
  PAYMENT_LIST_SORTS,
  RateListQuery,
  RelationshipView,
} from '../domain/finance-views';
import { channel } from './define';

/**
 * The money side (issue #6): accounts, payments, relationships and exchange rates. The contract
 * checks the envelope; the core parses the fields in full (AccountFields, PaymentFields,
 * RelationshipFields, ExchangeRateFields) and names each refused field.
 */
const Fields = z.record(z.string(), z.unknown());
const Version = z.number().int().min(1);
const Currency3 = z.string().regex(/^[A-Z]{3}$/, 'not a currency code such as EUR');

export const financeContract = {
  'account:list': channel(z.object({ caseId: Id }).strict(), z.array(AccountView)),
  'account:get': channel(z.object({ id: Id }).strict(), AccountView),
  'account:add': channel(z.object({ caseId: Id, fields: Fields }).strict(), AccountView),
  'account:update': channel(
    z.object({ id: Id, version: Version, fields: Fields }).strict(),
    AccountView,
  ),

  /** One page of the case's payments, filtered and sorted; amounts converted when `base` is given. */
  'payment:list': channel(
    z
      .object({
        caseId: Id,
        offset: z.number().int().min(0).max(10_000_000).optional(),
        limit: z.number().int().min(1).max(PAYMENT_LIST_MAX).optional(),
        sort: z.enum(PAYMENT_LIST_SORTS).optional(),
        direction: z.enum(['asc', 'desc']).optional(),
        filters: PaymentFilters.optional(),
        base: Currency3.optional(),
      })
      .strict(),
    PaymentPage,
  ),
  'payment:get': channel(z.object({ id: Id }).strict(), PaymentView),
  'payment:add': channel(z.object({ caseId: Id, fields: Fields }).strict(), PaymentView),
  'payment:update': channel(
    z.object({ id: Id, version: Version, fields: Fields }).strict(),
    PaymentView,
  ),
  /** The matching payments' total in `base` (EUR by default), and what has no rate. */
  'payment:totals': channel(
    z
      .object({ caseId: Id, base: Currency3.optional(), filters: PaymentFilters.optional() })
      .strict(),
    PaymentTotals,
  ),

  /** The case's links (never deleted: an ended link has its end date). */
  'relationship:list': channel(
    z.object({ caseId: Id, partyId: Id.optional() }).strict(),
    z.array(RelationshipView),
  ),
  'relationship:add': channel(z.object({ caseId: Id, fields: Fields }).strict(), RelationshipView),
  'relationship:update': channel(
    z.object({ id: Id, version: Version, fields: Fields }).strict(),
    RelationshipView,
  ),

  /** The case file's exchange rates (shared by all its cases). */
  'rate:list': channel(RateListQuery, z.array(ExchangeRateRecord)),
  'rate:add': channel(z.object({ fields: Fields }).strict(), ExchangeRateRecord),
  'rate:update': channel(
    z.object({ id: Id, version: Version, fields: Fields }).strict(),
    ExchangeRateRecord,
  ),
  /** Removes a rate entered by mistake (audited with its content). */
  'rate:remove': channel(z.object({ id: Id, version: Version }).strict(), z.object({})),
};
