import {
  addAccount,
  addPayment,
  addRate,
  addRelationship,
  getAccount,
  getPayment,
  listAccounts,
  listPayments,
  listRates,
  listRelationships,
  paymentTotals,
  removeRate,
  updateAccount,
  updatePayment,
  updateRate,
  updateRelationship,
} from '../../core/finance';
import type { AppServices } from '../../core/workspace/app-services';
import type {
  AccountFieldsInput,
  ExchangeRateFields,
  PaymentFieldsInput,
  RelationshipFieldsInput,
} from '../../../shared/domain/finance';
import type { HandlersFor } from '../handle';
import type { z } from 'zod';

type RateInput = z.input<typeof ExchangeRateFields>;

/** Accounts, payments, relationships and exchange rates: the core checks every field. */
export function financeHandlers(
  services: AppServices,
): HandlersFor<'account' | 'payment' | 'relationship' | 'rate'> {
  const session = () => services.workspace.session();
  return {
    'account:list': ({ caseId }) => listAccounts(session(), caseId),
    'account:get': ({ id }) => getAccount(session(), id),
    'account:add': ({ caseId, fields }) =>
      addAccount(session(), { caseId, fields: fields as AccountFieldsInput }),
    'account:update': ({ id, version, fields }) =>
      updateAccount(session(), { id, version, fields: fields as AccountFieldsInput }),

    'payment:list': (query) => listPayments(session(), query),
    'payment:get': ({ id }) => getPayment(session(), id),
    'payment:add': ({ caseId, fields }) =>
      addPayment(session(), { caseId, fields: fields as PaymentFieldsInput }),
    'payment:update': ({ id, version, fields }) =>
      updatePayment(session(), { id, version, fields: fields as PaymentFieldsInput }),
    'payment:totals': (query) => paymentTotals(session(), query),

    'relationship:list': (query) => listRelationships(session(), query),
    'relationship:add': ({ caseId, fields }) =>
      addRelationship(session(), { caseId, fields: fields as RelationshipFieldsInput }),
    'relationship:update': ({ id, version, fields }) =>
      updateRelationship(session(), { id, version, fields: fields as RelationshipFieldsInput }),

    'rate:list': (query) => listRates(session(), query),
    'rate:add': ({ fields }) => addRate(session(), { fields: fields as RateInput }),
    'rate:update': ({ id, version, fields }) =>
      updateRate(session(), { id, version, fields: fields as RateInput }),
    'rate:remove': (input) => {
      removeRate(session(), input);
      return {};
    },
  };
}
