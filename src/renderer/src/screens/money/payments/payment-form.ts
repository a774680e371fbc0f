import type { PaymentFieldsInput, PaymentMethod } from '../../../../../shared/domain/finance';
import type { PaymentView } from '../../../../../shared/domain/finance-views';
import type { SourceRef } from '../../../../../shared/domain/provenance';
import type { MoneyValue, PartyRefValue } from '../../seizures/seizure-form';
import {
  gradingField,
  gradingValue,
  noGrading,
  noRef,
  orNull,
  refField,
  refOf,
  sourcesField,
  type GradingValue,
} from '../form-values';
import { typedDecimal } from '../money-format';

/**
 * What the payment form edits. Names and nesting follow PaymentFields, so main's issue paths
 * (`amount.amount`, `payer.name`, `sources.0.page`) land on their inputs.
 */
export interface PaymentFormValues {
  date: string;
  valueDate: string;
  amount: MoneyValue;
  payer: PartyRefValue;
  payerAccountId: string | null;
  beneficiary: PartyRefValue;
  beneficiaryAccountId: string | null;
  method: PaymentMethod;
  purpose: string;
  reference: string;
  intermediaries: string[];
  sources: SourceRef[];
  grading: GradingValue;
  notes: string;
}

export function newPaymentValues(today: string): PaymentFormValues {
  return {
    date: today,
    valueDate: '',
    amount: { amount: '', currency: 'EUR' },
    payer: noRef(),
    payerAccountId: null,
    beneficiary: noRef(),
    beneficiaryAccountId: null,
    method: 'wire',
    purpose: '',
    reference: '',
    intermediaries: [],
    sources: [],
    grading: noGrading(),
    notes: '',
  };
}

export function paymentValues(p: PaymentView): PaymentFormValues {
  return {
    date: p.date,
    valueDate: p.valueDate ?? '',
    amount: { amount: p.amount.amount, currency: p.amount.currency },
    payer: refOf(p.payer, p.payerName),
    payerAccountId: p.payerAccountId,
    beneficiary: refOf(p.beneficiary, p.beneficiaryName),
    beneficiaryAccountId: p.beneficiaryAccountId,
    method: p.method,
    purpose: p.purpose,
    reference: p.reference,
    intermediaries: [...p.intermediaries],
    sources: p.sources.map((s) => ({ ...s })),
    grading: gradingValue(p.grading),
    notes: p.notes,
  };
}

/**
 * The fields as main expects them; main checks and explains. An amount typed the local way
 * ("1.234,56") is sent as the exact decimal ("1234.56"); one that is no number is sent as typed
 * so main names it. The time of a stored payment is kept while its date is.
 */
export function paymentFields(
  v: PaymentFormValues,
  stored: PaymentView | null,
): PaymentFieldsInput {
  const typed = v.amount.amount.trim();
  return {
    date: v.date.trim(),
    at: stored && stored.date === v.date.trim() ? stored.at : null,
    valueDate: orNull(v.valueDate),
    amount: { amount: typedDecimal(typed) ?? typed, currency: v.amount.currency ?? '' },
    payer: refField(v.payer),
    payerAccountId: v.payerAccountId,
    beneficiary: refField(v.beneficiary),
    beneficiaryAccountId: v.beneficiaryAccountId,
    method: v.method,
    purpose: v.purpose.trim(),
    reference: v.reference.trim(),
    intermediaries: v.intermediaries.map((i) => i.trim()).filter((i) => i !== ''),
    sources: sourcesField(v.sources),
    grading: gradingField(v.grading),
    notes: v.notes,
  };
}
