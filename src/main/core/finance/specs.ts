import type {
  AccountRecord,
  PaymentRecord,
  RelationshipRecord,
} from '../../../shared/domain/finance';
import type { RecordSpec } from '../records/record-store';

/**
 * How the money side is kept (tables of migration 0060). Plain columns carry the keys the
 * services, the analysis and the link chart query by; everything else is the record's JSON.
 */
export const ACCOUNT_SPEC: RecordSpec<AccountRecord> = {
  table: 'account',
  entity: 'account',
  columns: (a) => ({
    case_id: a.caseId,
    kind: a.kind,
    iban: a.iban === '' ? null : a.iban,
    holder_party_id: a.holder.partyId,
  }),
};

export const PAYMENT_SPEC: RecordSpec<PaymentRecord> = {
  table: 'payment',
  entity: 'payment',
  columns: (p) => ({
    case_id: p.caseId,
    date: p.date,
    currency: p.amount.currency,
    payer_party_id: p.payer.partyId,
    payer_account_id: p.payerAccountId,
    beneficiary_party_id: p.beneficiary.partyId,
    beneficiary_account_id: p.beneficiaryAccountId,
    import_id: p.importId,
    fingerprint: p.fingerprint,
  }),
};

export const RELATIONSHIP_SPEC: RecordSpec<RelationshipRecord> = {
  table: 'relationship',
  entity: 'relationship',
  columns: (r) => ({
    case_id: r.caseId,
    type: r.type,
    subject_party_id: r.subject.partyId,
    object_party_id: r.object.partyId,
    account_id: r.accountId,
  }),
};
