import type { z } from 'zod';
import {
  AccountFields,
  PaymentFields,
  RelationshipFields,
  type AccountFieldsInput,
  type AccountRecord,
  type ExchangeRateRecord,
  type PaymentFieldsInput,
  type PaymentRecord,
  type RelationshipFieldsInput,
  type RelationshipRecord,
} from '../../../../src/shared/domain/finance';
import type { DocumentRecord } from '../../../../src/shared/domain/document';
import type { ObjectRecord } from '../../../../src/shared/domain/object';
import type { ProvenanceEventRecord } from '../../../../src/shared/domain/provenance';
import { DEFAULT_VOCABULARIES } from '../../../../src/shared/domain/vocabularies';
import type { RateEntry } from '../../../../src/shared/finance/convert';
import { write } from '../../../../src/main/core/audit/write';
import type { CaseFileSession } from '../../../../src/main/core/case-file/session';
import {
  ACCOUNT_SPEC,
  PAYMENT_SPEC,
  RELATIONSHIP_SPEC,
} from '../../../../src/main/core/finance/specs';
import {
  insertRecord,
  newMeta,
  type RecordSpec,
} from '../../../../src/main/core/records/record-store';
import { buildRuleContext, type RuleContext } from '../../../../src/main/core/analysis/context';
import type { HighRiskCountry, PartyFacts } from '../../../../src/main/core/analysis/money-context';
import { CASE, TODAY, uid } from '../fixtures';

/*
 * Money records for the rule tests: in memory (parsed with the real schemas, so defaults are the
 * product's) and, for the tests over a real case file, stored with insertRecord inside write()
 * (audited like any record), without the money services.
 */

const meta = () => ({
  id: uid(),
  version: 1,
  createdAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-01T08:00:00.000Z',
});

export function account(fields: AccountFieldsInput = {}): AccountRecord {
  return { ...AccountFields.parse(fields), caseId: CASE.id, ...meta() };
}

export function payment(fields: PaymentFieldsInput): PaymentRecord {
  return {
    ...PaymentFields.parse(fields),
    caseId: CASE.id,
    importId: null,
    row: null,
    fingerprint: null,
    ...meta(),
  };
}

export function relationship(fields: RelationshipFieldsInput): RelationshipRecord {
  return { ...RelationshipFields.parse(fields), caseId: CASE.id, ...meta() };
}

/** A directory party, as the rules see it. */
export function person(name: string, nationalities: string[] = []): PartyFacts {
  return { id: uid(), kind: 'person', name, jurisdiction: null, nationalities };
}
export function company(name: string, jurisdiction: string | null = null): PartyFacts {
  return { id: uid(), kind: 'organisation', name, jurisdiction, nationalities: [] };
}
/** A reference to a directory party. */
export const ref = (p: PartyFacts) => ({ partyId: p.id, name: '' });
/** A counterparty known only by name. */
export const named = (name: string) => ({ partyId: null, name });

/** The high-risk list as shipped (vocabulary high_risk_jurisdiction). */
export const SHIPPED_HIGH_RISK: HighRiskCountry[] = (() => {
  const entries = DEFAULT_VOCABULARIES.high_risk_jurisdiction;
  const lists = new Map(entries.filter((e) => !e.parent).map((e) => [e.code, e.label]));
  return entries
    .filter((e) => e.parent)
    .map((e) => ({
      country: e.code.toUpperCase(),
      list: e.parent ?? null,
      listLabel: lists.get(e.parent ?? '') ?? e.label,
      label: e.label,
    }));
})();

export function moneyContext(input: {
  accounts?: AccountRecord[];
  payments?: PaymentRecord[];
  relationships?: RelationshipRecord[];
  rates?: RateEntry[];
  parties?: PartyFacts[];
  aliases?: Record<string, string>;
  highRisk?: HighRiskCountry[];
  objects?: ObjectRecord[];
  events?: ProvenanceEventRecord[];
  documents?: DocumentRecord[];
  objectId?: string;
}): RuleContext {
  return buildRuleContext({
    caseRecord: CASE,
    today: TODAY,
    objectId: input.objectId ?? null,
    objects: input.objects ?? [],
    events: input.events ?? [],
    claims: [],
    documents: input.documents ?? [],
    money: {
      accounts: input.accounts ?? [],
      payments: input.payments ?? [],
      relationships: input.relationships ?? [],
      exchangeRates: input.rates ?? [],
      parties: input.parties ?? [],
      partyAliases: input.aliases ?? {},
      highRisk: input.highRisk ?? SHIPPED_HIGH_RISK,
    },
  });
}

/** 1 `currency` = `rate` EUR on `date`. */
export const rate = (currency: string, date: string, value: string): RateEntry => ({
  currency,
  base: 'EUR',
  date,
  rate: value,
});

// ————— Stored in a real case file —————

const RATE_SPEC: RecordSpec<ExchangeRateRecord> = {
  table: 'exchange_rate',
  entity: 'exchange_rate',
  columns: (r) => ({ currency: r.currency, base: r.base, date: r.date }),
};

export function storeAccount(
  session: CaseFileSession,
  caseId: string,
  fields: AccountFieldsInput,
): AccountRecord {
  return write(session, (tx) =>
    insertRecord(tx, ACCOUNT_SPEC, { ...AccountFields.parse(fields), caseId, ...newMeta(tx) }),
  );
}

export function storePayment(
  session: CaseFileSession,
  caseId: string,
  fields: PaymentFieldsInput,
): PaymentRecord {
  return write(session, (tx) =>
    insertRecord(tx, PAYMENT_SPEC, {
      ...PaymentFields.parse(fields),
      caseId,
      importId: null,
      row: null,
      fingerprint: null,
      ...newMeta(tx),
    }),
  );
}

export function storeRelationship(
  session: CaseFileSession,
  caseId: string,
  fields: z.input<typeof RelationshipFields>,
): RelationshipRecord {
  return write(session, (tx) =>
    insertRecord(tx, RELATIONSHIP_SPEC, {
      ...RelationshipFields.parse(fields),
      caseId,
      ...newMeta(tx),
    }),
  );
}

export function storeRate(
  session: CaseFileSession,
  fields: { currency: string; date: string; rate: string },
): ExchangeRateRecord {
  return write(session, (tx) =>
    insertRecord(tx, RATE_SPEC, { ...fields, base: 'EUR', source: 'test', ...newMeta(tx) }),
  );
}
