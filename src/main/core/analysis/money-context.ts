import type {
  AccountRecord,
  PaymentRecord,
  RelationshipRecord,
} from '../../../shared/domain/finance';
import { partyDisplayName, type PartyRecord } from '../../../shared/domain/party';
import type { PartyRef } from '../../../shared/domain/seizure';
import type { RateEntry } from '../../../shared/finance/convert';
import { ACCOUNT_SPEC, PAYMENT_SPEC, RELATIONSHIP_SPEC } from '../finance/specs';
import { PARTY_SPEC } from '../parties/party-store';
import { getRecord, listRecords } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';

/**
 * What the money rules (rules/finance) read besides the provenance: the case's accounts,
 * payments and relationships, the case file's exchange rates, facts about the parties they name,
 * and the unit's list of high-risk jurisdictions. Plain data, read once (see context.ts).
 */

/** What the rules need to know about a directory party (a merged one: the party it joined). */
export interface PartyFacts {
  id: string;
  kind: 'person' | 'organisation';
  name: string;
  /** Organisations: the country of registration. */
  jurisdiction: string | null;
  /** People: their nationalities. */
  nationalities: readonly string[];
}

/** A country on the unit's high-risk list (vocabulary `high_risk_jurisdiction`). */
export interface HighRiskCountry {
  /** Upper-case ISO 3166 code, as records keep countries ("IR"). */
  country: string;
  /** The list it is on: the entry's parent code ("call-for-action"), or null for none. */
  list: string | null;
  /** The list's label as stored in the case file ("FATF: …"), or the country's own. */
  listLabel: string;
  /** The country's label as stored ("Iran"). */
  label: string;
}

export interface MoneyInput {
  accounts: readonly AccountRecord[];
  payments: readonly PaymentRecord[];
  relationships: readonly RelationshipRecord[];
  exchangeRates: readonly RateEntry[];
  parties: readonly PartyFacts[];
  /** Merged party id → the party it now lives on as. */
  partyAliases: Readonly<Record<string, string>>;
  highRisk: readonly HighRiskCountry[];
}

export const NO_MONEY: MoneyInput = {
  accounts: [],
  payments: [],
  relationships: [],
  exchangeRates: [],
  parties: [],
  partyAliases: {},
  highRisk: [],
};

/** Reads parties by id, following merges; returns the facts and the aliases of merged ids. */
function partiesOf(
  db: Sqlite,
  ids: Iterable<string>,
): { parties: PartyFacts[]; aliases: Record<string, string> } {
  const facts = new Map<string, PartyFacts>();
  const aliases: Record<string, string> = {};
  for (const id of new Set(ids)) {
    let record = getRecord<PartyRecord>(db, PARTY_SPEC, id);
    const seen = new Set([id]);
    while (record?.mergedInto && !seen.has(record.mergedInto)) {
      seen.add(record.mergedInto);
      const next = getRecord<PartyRecord>(db, PARTY_SPEC, record.mergedInto);
      if (!next) break;
      record = next;
    }
    if (!record) continue;
    if (record.id !== id) aliases[id] = record.id;
    if (facts.has(record.id)) continue;
    facts.set(record.id, {
      id: record.id,
      kind: record.kind,
      name: partyDisplayName(record),
      jurisdiction: record.kind === 'organisation' ? record.jurisdiction : null,
      nationalities: record.kind === 'person' ? record.nationalities : [],
    });
  }
  return { parties: [...facts.values()], aliases };
}

/** The high-risk countries: two-letter entries not retired, under a list not retired. */
export function highRiskCountries(db: Sqlite): HighRiskCountry[] {
  const rows = db
    .prepare(
      `SELECT code, parent, label, retired FROM vocabulary
       WHERE kind = 'high_risk_jurisdiction' ORDER BY position`,
    )
    .all() as Array<{ code: string; parent: string | null; label: string; retired: number }>;
  const lists = new Map(rows.map((r) => [r.code, r]));
  return rows.flatMap((r) => {
    if (!/^[a-z]{2}$/.test(r.code) || r.retired === 1) return [];
    const list = r.parent === null ? undefined : lists.get(r.parent);
    if (list?.retired === 1) return [];
    return [
      {
        country: r.code.toUpperCase(),
        list: r.parent,
        listLabel: list?.label ?? r.label,
        label: r.label,
      },
    ];
  });
}

/** Reads the money side of a case (the whole case: rules over one object still need it). */
export function loadMoneyInput(
  db: Sqlite,
  caseId: string,
  eventParties: readonly PartyRef[],
): MoneyInput {
  const accounts = listRecords(db, ACCOUNT_SPEC, 'case_id = ?', [caseId]);
  const payments = listRecords(db, PAYMENT_SPEC, 'case_id = ?', [caseId], 'date, created_at, id');
  const relationships = listRecords(db, RELATIONSHIP_SPEC, 'case_id = ?', [caseId]);
  const exchangeRates = db
    .prepare(
      `SELECT date, currency, base, json_extract(data, '$.rate') AS rate FROM exchange_rate
       ORDER BY currency, base, date`,
    )
    .all() as RateEntry[];
  const refs: PartyRef[] = [
    ...eventParties,
    ...accounts.flatMap((a) => [a.holder, a.institution]),
    ...payments.flatMap((p) => [p.payer, p.beneficiary]),
    ...relationships.flatMap((r) => [r.subject, r.object]),
  ];
  const { parties, aliases } = partiesOf(
    db,
    refs.flatMap((r) => (r.partyId === null ? [] : [r.partyId])),
  );
  return {
    accounts,
    payments,
    relationships,
    exchangeRates,
    parties,
    partyAliases: aliases,
    highRisk: highRiskCountries(db),
  };
}
