import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import {
  PaymentFields,
  type PaymentFieldsInput,
  type PaymentRecord,
} from '../../../shared/domain/finance';
import type { PaymentView } from '../../../shared/domain/finance-views';
import { convertMoney, type RateTable } from '../../../shared/finance/convert';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { CASE_SPEC } from '../cases/cases';
import { syncCitations } from '../documents/citations';
import { invalid, requireParty, UpdateInput } from '../objects/references';
import { requireSources } from '../provenance/events';
import { insertRecord, newMeta, requireRecord, updateRecord } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { parseInput } from '../support/validate';
import { eventsCiting } from './event-payments';
import { indexPayment } from './finance-search';
import { PAYMENT_SPEC } from './specs';
import { accountLabels, nameResolver, requireAccountOfCase } from './support';

/**
 * Payments of a case (FtM Payment): who paid whom, from which account to which, how much in
 * which currency, when and how. Typed in here, or brought in by a statement import (which sets
 * the import, the row and the row's fingerprint; an edit keeps them, so a re-import still knows
 * the row). Both accounts must be accounts of the case; each side is named by a party, a name or
 * an account.
 */
const WHAT = 'payment';

function checkFields(db: Sqlite, caseId: string, input: unknown): PaymentFields {
  const fields = parseInput(PaymentFields, input, WHAT);
  requireParty(db, fields.payer.partyId, 'payer.partyId', WHAT);
  requireParty(db, fields.beneficiary.partyId, 'beneficiary.partyId', WHAT);
  requireAccountOfCase(db, caseId, fields.payerAccountId, 'payerAccountId', WHAT);
  requireAccountOfCase(db, caseId, fields.beneficiaryAccountId, 'beneficiaryAccountId', WHAT);
  if (fields.payerAccountId !== null && fields.payerAccountId === fields.beneficiaryAccountId) {
    throw invalid('beneficiaryAccountId', 'a payment cannot go from an account to itself', WHAT);
  }
  const named = (ref: { partyId: string | null; name: string }, account: string | null) =>
    ref.partyId !== null || ref.name !== '' || account !== null;
  if (!named(fields.payer, fields.payerAccountId)) {
    throw invalid('payer', 'name who paid: a person or organisation, or the account', WHAT);
  }
  if (!named(fields.beneficiary, fields.beneficiaryAccountId)) {
    throw invalid(
      'beneficiary',
      'name who was paid: a person or organisation, or the account',
      WHAT,
    );
  }
  if (fields.at !== null && fields.at.slice(0, 10) !== fields.date) {
    throw invalid('at', `the time is of another day than the date (${fields.date})`, WHAT);
  }
  requireSources(db, caseId, fields.sources);
  return fields;
}

/**
 * Payments as the screens show them: names and account labels resolved, the provenance events
 * that cite them and, when `base` and `rates` are given, the amount in the base currency.
 */
export function paymentViews(
  db: Sqlite,
  payments: readonly PaymentRecord[],
  conversion?: { base: string; rates: RateTable },
): PaymentView[] {
  const name = nameResolver(
    db,
    payments.flatMap((p) => [p.payer, p.beneficiary]),
  );
  const labels = accountLabels(
    db,
    payments.flatMap((p) => [p.payerAccountId, p.beneficiaryAccountId].filter((x) => x !== null)),
  );
  const events = eventsCiting(
    db,
    payments.map((p) => p.id),
  );
  return payments.map((p) => {
    const view: PaymentView = {
      ...p,
      payerName: name(p.payer),
      beneficiaryName: name(p.beneficiary),
      payerAccountLabel: p.payerAccountId === null ? null : (labels.get(p.payerAccountId) ?? null),
      beneficiaryAccountLabel:
        p.beneficiaryAccountId === null ? null : (labels.get(p.beneficiaryAccountId) ?? null),
      events: events.get(p.id) ?? [],
      converted: null,
    };
    if (conversion) {
      const c = convertMoney(p.amount, p.date, conversion.base, conversion.rates);
      view.converted = c.ok
        ? { base: conversion.base, amount: c.amount, rate: c.rate, rateDate: c.rateDate }
        : { base: conversion.base, amount: null, rate: null, rateDate: null };
    }
    return view;
  });
}

export function paymentView(db: Sqlite, id: string): PaymentView {
  return paymentViews(db, [requireRecord(db, PAYMENT_SPEC, id)])[0] as PaymentView;
}

export const AddPaymentInput = z.object({ caseId: Id, fields: z.unknown() }).strict();

export function addPayment(
  session: CaseFileSession,
  input: { caseId: string; fields: PaymentFieldsInput },
): PaymentView {
  const { caseId, fields: raw } = parseInput(AddPaymentInput, input, WHAT);
  return write(session, (tx) => {
    requireRecord(tx.db, CASE_SPEC, caseId);
    const fields = checkFields(tx.db, caseId, raw);
    const record: PaymentRecord = {
      ...fields,
      caseId,
      importId: null,
      row: null,
      fingerprint: null,
      ...newMeta(tx),
    };
    insertRecord(tx, PAYMENT_SPEC, record);
    syncCitations(tx.db, 'payment', record.id, record.sources);
    indexPayment(tx.db, record);
    return paymentView(tx.db, record.id);
  });
}

/** Replaces a payment's fields (its import, row and fingerprint stay); EDIT_CONFLICT when stale. */
export function updatePayment(
  session: CaseFileSession,
  input: { id: string; version: number; fields: PaymentFieldsInput },
): PaymentView {
  const { id, version, fields: raw } = parseInput(UpdateInput, input, `${WHAT} change`);
  return write(session, (tx) => {
    const current = requireRecord(tx.db, PAYMENT_SPEC, id);
    const fields = checkFields(tx.db, current.caseId, raw);
    const next = updateRecord(tx, PAYMENT_SPEC, id, version, (c) => ({
      ...fields,
      caseId: c.caseId,
      importId: c.importId,
      row: c.row,
      fingerprint: c.fingerprint,
    }));
    if (next.version !== current.version) {
      syncCitations(tx.db, 'payment', id, next.sources);
      indexPayment(tx.db, next);
    }
    return paymentView(tx.db, id);
  });
}

export function getPayment(session: CaseFileSession, id: string): PaymentView {
  return paymentView(session.db, parseInput(Id, id, 'payment id'));
}
